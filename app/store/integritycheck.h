#pragma once

#include <QString>

namespace Entente {

/**
 * PRAGMA quick_check of a project file through a connection of its own, opened read-only on
 * the calling thread: the window opens a big project without reading all of it first (a
 * second for 10,000 articles) and checks it on a worker meanwhile.
 */
class IntegrityCheck
{
public:
    /// True when the file passed. Otherwise false, with @p report saying what was found (the
    /// first problems SQLite lists) or why the file could not be read.
    static bool quickCheck(const QString &projectPath, QString *report);
};

} // namespace Entente

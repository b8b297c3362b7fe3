#pragma once

#include "io/outputfile.h"
#include "store/integritycheck.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>

#include <future>
#include <utility>

namespace Entente::Cli {

/**
 * A project opened for an export without reading all of it first: PRAGMA quick_check (a
 * second for 10,000 articles) runs on a worker thread while the command reads what it needs,
 * and gate() (for OutputFile) keeps the output only if the file passed. Nothing is written
 * from a damaged file, as when the check ran before.
 */
class CheckedRead
{
public:
    bool open(Project &project, const QString &path)
    {
        if (!project.open(path, Project::OpenMode::ReadOnly, Project::Check::Later))
            return false;
        m_check = std::async(std::launch::async, [path] {
            QString report;
            const bool ok = IntegrityCheck::quickCheck(path, &report);
            return std::make_pair(ok, report);
        });
        m_path = path;
        return true;
    }

    OutputFile::Gate gate()
    {
        return [this](QString *error) {
            if (!m_check.valid())
                return true;
            const auto [ok, report] = m_check.get();
            if (!ok && error)
                *error = QCoreApplication::translate("Entente::Cli", "“%1” is damaged (the database check found: %2); nothing was written.")
                             .arg(QDir::toNativeSeparators(m_path), report);
            return ok;
        };
    }

private:
    std::future<std::pair<bool, QString>> m_check;
    QString m_path;
};

} // namespace Entente::Cli

#pragma once

#include "model/article.h"

#include <QString>

#include <functional>

namespace Entente {

/**
 * Reads every article of a project file with its text, one at a time, through a connection
 * of its own opened read-only on the calling thread: a worker thread can go through the
 * texts (to find mentions, say) while the window's Project keeps its connection, and the
 * window's writes go on meanwhile (WAL: the scan sees the file as it was when it started).
 */
class ArticleTextScan
{
public:
    /// Calls @p visit for each article in publication order, then id; stops early when @p visit
    /// returns false. False (and @p error set) when the file could not be read; stopping
    /// early is not an error.
    static bool run(const QString &projectPath, const std::function<bool(const Article &)> &visit, QString *error);
};

} // namespace Entente

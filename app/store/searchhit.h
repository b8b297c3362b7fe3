#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace Entente {

/// One full-text search hit: an article, a snippet around the best match and every match.
struct SearchHit
{
    QString articleId;
    QString title;
    QString snippet;     ///< plain text, with "…" where text was cut
    QString snippetHtml; ///< the same, HTML-escaped, matches in <b>…</b>
    /// Code-point spans [first, second) of every match in the article text, in text order.
    QList<std::pair<qsizetype, qsizetype>> matches;
    double rank = 0; ///< FTS5 bm25; smaller is better
};

using SearchHitList = QList<SearchHit>;

} // namespace Entente

Q_DECLARE_METATYPE(Entente::SearchHit)

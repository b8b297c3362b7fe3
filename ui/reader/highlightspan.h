#pragma once

#include <QList>
#include <QString>
#include <QTextCharFormat>

namespace Entente {

/// One highlighted span of an overlay layer in an ArticleView: code points into
/// Article::text, half-open [start, end), the format merged over the text, a tooltip shown on
/// hover and a free key for the caller (e.g. an annotation id).
struct HighlightSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    QTextCharFormat format;
    QString toolTip;
    QString key;
};

using HighlightSpans = QList<HighlightSpan>;

} // namespace Entente

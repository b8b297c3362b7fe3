#pragma once

#include "model/statement.h"

#include <QList>
#include <QString>

#include <optional>

namespace Entente {

/**
 * A W3C TextQuoteSelector: the quoted text (exact) with up to Context code points of text
 * before (prefix) and after (suffix) it. It names a span by its content rather than by its
 * offsets, so the span can be found again after the text around it changed.
 *
 * Pure functions over code points (Unicode scalar values, as Article::text is indexed): an
 * emoji is one position, a combining mark is its own position.
 */
struct QuoteSelector
{
    /// Code points of prefix and of suffix that fromSpan() keeps.
    static constexpr qsizetype Context = 32;

    QString exact;
    QString prefix;
    QString suffix;

    /// The selector of [@p start, @p end) in @p codePoints (clamped to the text).
    static QuoteSelector fromSpan(const QList<uint> &codePoints, qsizetype start, qsizetype end);
    static QuoteSelector fromSpan(const QString &text, qsizetype start, qsizetype end);

    /**
     * Where the quote stands in @p codePoints now: among the places where exact occurs, the
     * one whose surroundings agree best with prefix and suffix; among equals, the one nearest
     * to @p hint (the old start). Empty when exact does not occur (or is empty).
     */
    std::optional<TextSpan> anchorIn(const QList<uint> &codePoints, qsizetype hint = 0) const;
    std::optional<TextSpan> anchorIn(const QString &text, qsizetype hint = 0) const;

    /// Length of the common prefix of @p a and @p b, in elements.
    static qsizetype commonPrefix(const QList<uint> &a, const QList<uint> &b);
    /// Length of the common suffix of @p a and @p b, in elements.
    static qsizetype commonSuffix(const QList<uint> &a, const QList<uint> &b);
    /// @p codePoints[from, to) as a QString (clamped).
    static QString slice(const QList<uint> &codePoints, qsizetype from, qsizetype to);

    friend bool operator==(const QuoteSelector &, const QuoteSelector &) = default;
};

} // namespace Entente

#include "text/quoteselector.h"

#include <algorithm>

namespace Entente {

qsizetype QuoteSelector::commonPrefix(const QList<uint> &a, const QList<uint> &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

qsizetype QuoteSelector::commonSuffix(const QList<uint> &a, const QList<uint> &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

QString QuoteSelector::slice(const QList<uint> &codePoints, qsizetype from, qsizetype to)
{
    from = std::clamp<qsizetype>(from, 0, codePoints.size());
    to = std::clamp<qsizetype>(to, from, codePoints.size());
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + from, to - from);
}

QuoteSelector QuoteSelector::fromSpan(const QList<uint> &codePoints, qsizetype start, qsizetype end)
{
    return {slice(codePoints, start, end), slice(codePoints, start - Context, start),
            slice(codePoints, end, end + Context)};
}

QuoteSelector QuoteSelector::fromSpan(const QString &text, qsizetype start, qsizetype end)
{
    return fromSpan(text.toUcs4(), start, end);
}

std::optional<TextSpan> QuoteSelector::anchorIn(const QList<uint> &text, qsizetype hint) const
{
    const QList<uint> exactCps = exact.toUcs4();
    const QList<uint> prefixCps = prefix.toUcs4();
    const QList<uint> suffixCps = suffix.toUcs4();
    if (exactCps.isEmpty())
        return std::nullopt;
    qsizetype best = -1, bestScore = -1, bestDistance = 0;
    for (auto it = text.cbegin();; ++it) {
        it = std::search(it, text.cend(), exactCps.cbegin(), exactCps.cend());
        if (it == text.cend())
            break;
        const qsizetype i = it - text.cbegin();
        const qsizetype before = std::min(i, prefixCps.size());
        const QList<uint> around = text.mid(i - before, before);
        const QList<uint> after = text.mid(i + exactCps.size(), suffixCps.size());
        const qsizetype score = commonSuffix(prefixCps, around) + commonPrefix(suffixCps, after);
        const qsizetype distance = std::abs(i - hint);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = i;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (best < 0)
        return std::nullopt;
    return TextSpan{best, best + exactCps.size()};
}

std::optional<TextSpan> QuoteSelector::anchorIn(const QString &text, qsizetype hint) const
{
    return anchorIn(text.toUcs4(), hint);
}

} // namespace Entente

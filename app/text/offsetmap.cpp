#include "text/offsetmap.h"

#include <algorithm>

namespace Entente {

OffsetMap::OffsetMap(const QString &text)
    : m_utf16Length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_astral.append(i);
            ++i;
        }
    }
}

qsizetype OffsetMap::toUtf16(qsizetype cp) const
{
    cp = std::clamp<qsizetype>(cp, 0, codePointLength());
    if (m_astral.isEmpty())
        return cp;
    // The UTF-16 index of code point cp is cp plus the number of astral characters before it.
    // Astral character k (0-based) sits at code point m_astral[k] - k.
    qsizetype lo = 0, hi = m_astral.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_astral.at(mid) - mid < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return cp + lo;
}

qsizetype OffsetMap::toCodePoint(qsizetype u) const
{
    u = std::clamp<qsizetype>(u, 0, m_utf16Length);
    if (m_astral.isEmpty())
        return u;
    // Astral characters that start strictly before u; one that starts at u - 1 is half-covered
    // and counts as before (u points inside it, so it maps to that character's start).
    const auto it = std::lower_bound(m_astral.cbegin(), m_astral.cend(), u);
    const qsizetype before = it - m_astral.cbegin();
    if (before > 0 && m_astral.at(before - 1) == u - 1)
        return u - 1 - (before - 1);
    return u - before;
}

} // namespace Entente

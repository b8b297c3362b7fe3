#pragma once

#include <QList>
#include <QString>

namespace Entente {

/**
 * The one place where Unicode code-point offsets (Entente's unit, as in Python's str indexing)
 * and Qt's UTF-16 offsets meet. Built once per text; conversions are O(log k) for k astral
 * (surrogate-pair) characters and O(1) when there are none.
 */
class OffsetMap
{
public:
    OffsetMap() = default;
    explicit OffsetMap(const QString &text);

    /// Code points in the text.
    qsizetype codePointLength() const { return m_utf16Length - m_astral.size(); }
    qsizetype utf16Length() const { return m_utf16Length; }

    /// UTF-16 index of code point @p cp (0..codePointLength(), clamped).
    qsizetype toUtf16(qsizetype cp) const;
    /// Code-point index of UTF-16 index @p u; an index inside a surrogate pair maps to the pair.
    qsizetype toCodePoint(qsizetype u) const;

private:
    qsizetype m_utf16Length = 0;
    QList<qsizetype> m_astral; // UTF-16 index of each high surrogate, ascending
};

} // namespace Entente

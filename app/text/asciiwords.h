#pragma once

#include <QStringList>
#include <QStringView>

#include <array>
#include <cstdint>

namespace Entente::AsciiWords {

/**
 * Helpers for skipping regular-expression work that cannot succeed. In a QRegularExpression
 * without UseUnicodePropertiesOption, \w is [A-Za-z0-9_] and \b lies between such a character
 * and any other: a match of "\b(?:said|told)\b" is exactly a maximal run of these characters
 * that equals one of the words, and a match of an expression starting with \b and a letter
 * starts where such a run starts. Trying an expression, anchored, only at the runs that can
 * start a match gives the matches a global search would give, at a fraction of the cost.
 */
inline bool isWordChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

/// Calls @p f(start, end) for every maximal run of ASCII word characters of @p text, in
/// order, until it returns false. The ends of @p text count as non-word characters.
template<typename F>
void forEach(QStringView text, F &&f)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i).unicode())) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && isWordChar(text.at(i).unicode()))
            ++i;
        if (!f(start, i))
            return;
    }
}

/// True when @p word, with ASCII letters lower-cased, starts with @p prefix (lower case).
inline bool startsWithFolded(QStringView word, QStringView prefix)
{
    if (word.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        char16_t c = word.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + (u'a' - u'A'));
        if (c != prefix.at(i).unicode())
            return false;
    }
    return true;
}

/// The ASCII letter @p c in lower case as 0..25, or -1 for anything else.
inline int letterIndex(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    return -1;
}

/// A set of lower-case ASCII words asked whether a run equals one of them in any case; most
/// runs are ruled out by their length and first letter alone.
class FoldedWordSet
{
public:
    explicit FoldedWordSet(const QStringList &words)
    {
        for (const QString &w : words) {
            if (w.isEmpty() || w.size() >= MaxLength || letterIndex(w.at(0).unicode()) < 0)
                continue;
            m_words[std::size_t(w.size())].append(w);
            m_first[std::size_t(w.size())] |= 1u << letterIndex(w.at(0).unicode());
        }
    }
    bool contains(QStringView word) const
    {
        if (word.isEmpty() || word.size() >= MaxLength)
            return false;
        const int first = letterIndex(word.at(0).unicode());
        if (first < 0 || !((m_first[std::size_t(word.size())] >> first) & 1u))
            return false;
        for (const QString &w : m_words[std::size_t(word.size())]) {
            if (startsWithFolded(word, w))
                return true;
        }
        return false;
    }

private:
    static constexpr qsizetype MaxLength = 32;
    std::array<QStringList, MaxLength> m_words;
    std::array<std::uint32_t, MaxLength> m_first{};
};

/// True when @p text has no unpaired surrogate: QRegularExpression finds no match in a subject
/// that is not valid UTF-16, and code standing in for one must not either.
inline bool isValidUtf16(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (!QChar::isSurrogate(u))
            continue;
        if (!QChar::isHighSurrogate(u) || i + 1 == n || !QChar::isLowSurrogate(text.at(i + 1).unicode()))
            return false;
        ++i;
    }
    return true;
}

/// True when anchored matches may stand in for a search over @p text: it has no unpaired
/// surrogate (QRegularExpression checks that over the whole subject on every match(), a cost
/// proportional to the text per call, which DontCheckSubjectStringMatchOption skips once this
/// has said yes) and none of the characters that case-insensitive matching takes for an ASCII
/// letter: U+017F (long s) for s, U+212A (Kelvin sign) for k and, to be safe, the Turkish
/// dotted and dotless i. (Callers fall back to a plain search otherwise.)
inline bool canPrefilter(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x0130)
            continue;
        if (u == 0x017F || u == 0x212A || u == 0x0130 || u == 0x0131)
            return false;
        if (QChar::isSurrogate(u)) {
            if (!QChar::isHighSurrogate(u) || i + 1 == n || !QChar::isLowSurrogate(text.at(i + 1).unicode()))
                return false;
            ++i;
        }
    }
    return true;
}

} // namespace Entente::AsciiWords

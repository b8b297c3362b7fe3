#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <bit>
#include <cstdint>

namespace Entente {

/**
 * The text folding the officials matcher compares names in, one UTF-16 unit at a time:
 *
 * - case folded, Latin diacritics and other combining marks dropped ("Hélène" = "helene");
 * - apostrophes (' ’ ‘ ʼ ` ´) become ', dashes (- ‐ ‑ ‒ – — ―, minus) and all white space
 *   become a space: names are compared as words separated by "joiners", so
 *   "Abdul-Mahdi" = "Abdul Mahdi" and a line break does not split a name;
 * - Arabic script: alef forms (أ إ آ ٱ) -> ا, ى ی ئ -> ي, ؤ -> و, ک -> ك, ة ۀ ە -> ه;
 *   tatweel, harakat, the lone hamza ء and format characters (ZWNJ, ZWJ, LRM, RLM, soft
 *   hyphen) are dropped, so "خامنه‌ای" (with ZWNJ) = "خامنهای";
 * - compatibility forms (Arabic presentation forms, full-width letters) -> their base letter.
 *
 * Every character falls into one class: a word character, a joiner (space, dash,
 * apostrophe), a mark or format character (dropped, inside a word) or a breaker
 * (punctuation and everything else; a name never spans one).
 *
 * fold() gives the folded string with an offset map back to the original; tokenize() the
 * words with their original spans. Both are exact however the folding changed lengths.
 */
class TextFolder
{
public:
    enum class CharClass : std::uint8_t {
        Word,    ///< letter or digit
        Joiner,  ///< white space, dash or apostrophe: words either side may form one name
        Mark,    ///< combining mark (harakat, accents): dropped, part of the word before it
        Format,  ///< tatweel, ZWNJ, bidi marks, soft hyphen: dropped, never part of a span end
        Breaker, ///< punctuation, symbols: a name never spans it
        Astral,  ///< half of a surrogate pair: a breaker that is one code point in two units
    };

    /// Folded unit (0 for dropped units) in the low 16 bits, CharClass in the next 8.
    static const std::uint32_t *table();

    static char16_t foldUnit(char16_t c) { return char16_t(table()[c] & 0xFFFFu); }
    static CharClass charClass(char16_t c) { return CharClass((table()[c] >> 16) & 0xFFu); }

    /// A folded text and where each folded unit came from.
    struct Folded
    {
        QString text;             ///< runs of joiners other than ' become one space
        QList<qsizetype> origin;  ///< origin[i]: UTF-16 index in the original of text[i];
                                  ///< origin[text.size()] = the original's length
    };
    static Folded fold(QStringView text);

    /// One word of a text: the folded form and its span in the original (UTF-16 units).
    struct Token
    {
        QString folded;
        qsizetype start = 0;        ///< UTF-16 index in the original
        qsizetype end = 0;          ///< one past the last unit of the word (marks included)
        bool breakBefore = false;   ///< a breaker lies between this token and the previous one
    };
    static QList<Token> tokenize(QStringView text);

    /// The matching key of a name: its folded words joined by single spaces
    /// ("Abdul-Mahdi" -> "abdul mahdi", "علی‌اکبر" -> "علياكبر").
    static QString key(QStringView name);
    static QStringList keyWords(QStringView name);

    /// The 64-bit hash the matcher keeps per word, over folded units: a rotate and an xor per
    /// unit (two cycles, the scan's critical path); tables mix it once per word. Collisions
    /// cost time, never correctness: every match is checked against the name's folded words.
    static constexpr std::uint64_t HashBasis = 0xcbf29ce484222325ull;
    static constexpr std::uint64_t hashStep(std::uint64_t h, char16_t folded)
    {
        return std::rotl(h, 9) ^ folded;
    }
    static std::uint64_t hashWord(QStringView folded);
};

} // namespace Entente

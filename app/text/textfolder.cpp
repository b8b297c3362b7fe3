#include "text/textfolder.h"

#include <QChar>

#include <array>
#include <memory>

namespace Entente {

namespace {

using CC = TextFolder::CharClass;

constexpr std::uint32_t entry(char16_t folded, CC cls)
{
    return std::uint32_t(folded) | (std::uint32_t(cls) << 16);
}

bool isDash(char16_t c)
{
    return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63
        || c == 0xFF0D || c == 0x2E3A || c == 0x2E3B;
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BB || c == u'`'
        || c == 0x00B4 || c == 0x2032 || c == 0xFF07 || c == 0x02BE || c == 0x02BF;
}

bool isFormat(char16_t c)
{
    return c == 0x0640 /* tatweel */ || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F
        || c == 0x00AD || c == 0x061C || c == 0xFEFF || c == 0x2060 || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

// Arabic-script letter folding; 0 when @p c is not one of the folded letters.
char16_t foldArabic(char16_t c)
{
    switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: case 0x0672: case 0x0673:
        return 0x0627; // alef forms -> ا
    case 0x0649: case 0x06CC: case 0x0626: case 0x06D0: case 0x06CD:
        return 0x064A; // ى ی ئ -> ي
    case 0x0624:
        return 0x0648; // ؤ -> و
    case 0x06A9: case 0x06AA:
        return 0x0643; // ک -> ك
    case 0x0629: case 0x06C0: case 0x06D5: case 0x06C1: case 0x06BE:
        return 0x0647; // ة ۀ ە ہ ھ -> ه
    default:
        return 0;
    }
}

bool isArabicMark(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x0610 && c <= 0x061A)
        || (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E8) || (c >= 0x06EA && c <= 0x06ED)
        || c == 0x0621 /* lone hamza */;
}

std::uint32_t classify(char16_t c)
{
    if (QChar::isSurrogate(c))
        return entry(c, CC::Astral);
    if (isFormat(c))
        return entry(0, CC::Format);
    if (isArabicMark(c))
        return entry(0, CC::Mark);
    if (isDash(c))
        return entry(u' ', CC::Joiner);
    if (isApostrophe(c))
        return entry(u'\'', CC::Joiner);
    QChar ch(c);
    if (ch.isSpace())
        return entry(u' ', CC::Joiner);
    const QChar::Category cat = ch.category();
    if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
        return entry(0, CC::Mark);
    if (const char16_t a = foldArabic(c))
        return entry(a, CC::Word);
    // Strip accents (canonical decomposition) and compatibility variants of one character.
    const QChar::Decomposition tag = ch.decompositionTag();
    if (tag != QChar::NoDecomposition) {
        const QString d = ch.decomposition();
        if (!d.isEmpty() && (tag == QChar::Canonical || d.size() == 1) && !d.at(0).isSurrogate()
            && d.at(0) != ch) {
            const std::uint32_t inner = classify(d.at(0).unicode());
            if (CC((inner >> 16) & 0xFF) == CC::Word)
                return inner;
        }
    }
    if (ch.isLetterOrNumber()) {
        const QChar folded = ch.toCaseFolded();
        if (const char16_t a = foldArabic(folded.unicode()))
            return entry(a, CC::Word);
        return entry(folded.unicode(), CC::Word);
    }
    return entry(c, CC::Breaker);
}

std::unique_ptr<std::array<std::uint32_t, 65536>> buildTable()
{
    auto t = std::make_unique<std::array<std::uint32_t, 65536>>();
    for (std::uint32_t c = 0; c < 65536; ++c)
        (*t)[c] = classify(char16_t(c));
    return t;
}

} // namespace

const std::uint32_t *TextFolder::table()
{
    static const std::unique_ptr<std::array<std::uint32_t, 65536>> t = buildTable();
    return t->data();
}

TextFolder::Folded TextFolder::fold(QStringView text)
{
    const std::uint32_t *t = table();
    Folded out;
    out.text.reserve(text.size());
    out.origin.reserve(text.size() + 1);
    bool pendingSpace = false;
    qsizetype spaceOrigin = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const std::uint32_t e = t[c];
        const CC cls = CC((e >> 16) & 0xFF);
        const char16_t f = char16_t(e & 0xFFFF);
        switch (cls) {
        case CC::Mark:
        case CC::Format:
            continue;
        case CC::Joiner:
            if (f == u' ') {
                if (!pendingSpace) {
                    pendingSpace = true;
                    spaceOrigin = i;
                }
                continue;
            }
            break;
        case CC::Word:
        case CC::Breaker:
        case CC::Astral:
            break;
        }
        if (pendingSpace) {
            out.text.append(u' ');
            out.origin.append(spaceOrigin);
            pendingSpace = false;
        }
        out.text.append(QChar(f));
        out.origin.append(i);
    }
    if (pendingSpace) {
        out.text.append(u' ');
        out.origin.append(spaceOrigin);
    }
    out.origin.append(text.size());
    return out;
}

QList<TextFolder::Token> TextFolder::tokenize(QStringView text)
{
    const std::uint32_t *t = table();
    QList<Token> tokens;
    Token current;
    bool inToken = false;
    bool broken = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const std::uint32_t e = t[text.at(i).unicode()];
        const CC cls = CC((e >> 16) & 0xFF);
        switch (cls) {
        case CC::Word:
            if (!inToken) {
                current = Token();
                current.start = i;
                current.breakBefore = broken;
                broken = false;
                inToken = true;
            }
            current.folded.append(QChar(char16_t(e & 0xFFFF)));
            current.end = i + 1;
            break;
        case CC::Mark:
            if (inToken)
                current.end = i + 1;
            break;
        case CC::Format:
            break;
        case CC::Joiner:
        case CC::Breaker:
        case CC::Astral:
            if (inToken) {
                tokens.append(current);
                inToken = false;
            }
            if (cls != CC::Joiner)
                broken = true;
            break;
        }
    }
    if (inToken)
        tokens.append(current);
    return tokens;
}

QStringList TextFolder::keyWords(QStringView name)
{
    const std::uint32_t *t = table();
    QStringList words;
    QString current;
    for (QChar ch : name) {
        const std::uint32_t e = t[ch.unicode()];
        switch (CC((e >> 16) & 0xFF)) {
        case CC::Word:
            current.append(QChar(char16_t(e & 0xFFFF)));
            break;
        case CC::Mark:
        case CC::Format:
            break;
        case CC::Joiner:
        case CC::Breaker:
        case CC::Astral:
            if (!current.isEmpty()) {
                words.append(current);
                current.clear();
            }
            break;
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QString TextFolder::key(QStringView name)
{
    return keyWords(name).join(u' ');
}

std::uint64_t TextFolder::hashWord(QStringView folded)
{
    std::uint64_t h = HashBasis;
    for (QChar c : folded)
        h = hashStep(h, c.unicode());
    return h;
}

} // namespace Entente

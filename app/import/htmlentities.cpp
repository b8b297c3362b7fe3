#include "import/htmlentities.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace Entente {

namespace {

struct NamedEntity
{
    const char *name;
    char32_t first;
    char32_t second;
    bool legacy;
};

constexpr NamedEntity namedEntities[] = {
#include "import/htmlentitytable.inc"
};
constexpr int LongestEntityName = 32;
constexpr int LongestLegacyName = 6;

// The windows-1252 reading of numeric references 0x80-0x9F (HTML standard, "numeric character
// reference end state"); 0 keeps the value.
constexpr char16_t c1Replacements[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

const NamedEntity *findEntity(QStringView name)
{
    if (name.isEmpty() || name.size() > LongestEntityName)
        return nullptr;
    char key[LongestEntityName + 1];
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        if (c > 0x7F)
            return nullptr;
        key[i] = char(c);
    }
    key[name.size()] = '\0';
    const auto *end = std::end(namedEntities);
    const auto *it = std::lower_bound(std::begin(namedEntities), end, key,
                                      [](const NamedEntity &e, const char *k) { return std::strcmp(e.name, k) < 0; });
    return it != end && std::strcmp(it->name, key) == 0 ? it : nullptr;
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// Decodes the reference starting at text[i] == '&'. Returns the number of units consumed (0
// when nothing is a reference) and appends the result.
qsizetype decodeOne(QString &out, QStringView text, qsizetype i, HtmlEntities::Context context)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    if (j < n && text.at(j) == u'#') {
        ++j;
        const bool hex = j < n && (text.at(j) == u'x' || text.at(j) == u'X');
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        char32_t value = 0;
        bool overflow = false;
        while (j < n) {
            const int d = hex ? hexValue(text.at(j).unicode())
                              : (text.at(j).isDigit() && text.at(j).unicode() < 0x80 ? text.at(j).unicode() - u'0' : -1);
            if (d < 0)
                break;
            if (!overflow) {
                value = value * (hex ? 16 : 10) + char32_t(d);
                if (value > 0x10FFFF)
                    overflow = true;
            }
            ++j;
        }
        if (j == digitsStart)
            return 0;
        if (j < n && text.at(j) == u';')
            ++j;
        if (overflow || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            value = 0xFFFD;
        else if (value >= 0x80 && value <= 0x9F && c1Replacements[value - 0x80] != 0)
            value = c1Replacements[value - 0x80];
        HtmlEntities::appendCodePoint(out, value);
        return j - i;
    }
    while (j < n && j - i - 1 < LongestEntityName && isAsciiAlnum(text.at(j)))
        ++j;
    const QStringView name = text.sliced(i + 1, j - i - 1);
    if (name.isEmpty())
        return 0;
    if (j < n && text.at(j) == u';') {
        if (const NamedEntity *e = findEntity(name)) {
            HtmlEntities::appendCodePoint(out, e->first);
            if (e->second)
                HtmlEntities::appendCodePoint(out, e->second);
            return j + 1 - i;
        }
    }
    // A legacy reference without ';': the longest legacy name that prefixes the run.
    for (qsizetype len = std::min<qsizetype>(name.size(), LongestLegacyName); len > 0; --len) {
        const NamedEntity *e = findEntity(name.first(len));
        if (!e || !e->legacy)
            continue;
        if (context == HtmlEntities::Context::Attribute) {
            const qsizetype after = i + 1 + len;
            if (after < n && (isAsciiAlnum(text.at(after)) || text.at(after) == u'='))
                return 0;
        }
        HtmlEntities::appendCodePoint(out, e->first);
        return 1 + len;
    }
    return 0;
}

} // namespace

void HtmlEntities::appendCodePoint(QString &out, char32_t cp)
{
    if (cp > 0xFFFF) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

void HtmlEntities::appendDecoded(QString &out, QStringView text, Context context)
{
    qsizetype from = 0;
    qsizetype amp = text.indexOf(u'&');
    while (amp >= 0) {
        out.append(text.sliced(from, amp - from));
        const qsizetype used = decodeOne(out, text, amp, context);
        if (used == 0) {
            out.append(u'&');
            from = amp + 1;
        } else {
            from = amp + used;
        }
        amp = text.indexOf(u'&', from);
    }
    out.append(text.sliced(from));
}

QString HtmlEntities::decode(QStringView text, Context context)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    appendDecoded(out, text, context);
    return out;
}

} // namespace Entente

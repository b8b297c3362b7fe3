#pragma once

#include <QString>
#include <QStringView>

namespace Entente {

/**
 * Decodes HTML character references as a browser does: every named reference of HTML5
 * (`&amp;`, `&nbsp;`, `&rlm;`, the legacy forms without `;` such as `&copy`), decimal and
 * hexadecimal ones (`&#1601;`, `&#x6F0;`), with the WHATWG fix-ups (0x80-0x9F read as
 * windows-1252, NUL, surrogates and values past U+10FFFF become U+FFFD). An unknown reference
 * stays as written.
 */
class HtmlEntities
{
public:
    /// In an attribute value a legacy reference followed by a letter, digit or `=` is not
    /// decoded (`?a=1&copy=2` stays), as the HTML standard says.
    enum class Context { Text, Attribute };

    static QString decode(QStringView text, Context context = Context::Text);
    /// Appends the decoded @p text to @p out.
    static void appendDecoded(QString &out, QStringView text, Context context = Context::Text);
    /// Appends one code point (a surrogate pair when past U+FFFF).
    static void appendCodePoint(QString &out, char32_t cp);
};

} // namespace Entente

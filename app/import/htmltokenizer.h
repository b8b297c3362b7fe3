#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Entente {

/// One attribute of a start tag: the name in lower case, the value with references decoded.
struct HtmlAttribute
{
    QString name;
    QString value;
};

/// One token of an HTML text, as HtmlTokenizer gives it.
struct HtmlToken
{
    enum class Type { StartTag, EndTag, Text, Comment, Doctype };
    Type type = Type::Text;
    QString name;                    ///< tag name in lower case (tags only)
    QList<HtmlAttribute> attributes; ///< start tags only, at most MaxAttributes
    bool selfClosing = false;        ///< `<br/>`
    QString text;                    ///< text (references decoded unless raw) or comment
    bool raw = false;                ///< text of a script or style: references not decoded
};

/**
 * A tolerant HTML tokenizer in the manner of the HTML standard's, without its error
 * recovery details: tags, attributes (quoted, unquoted or bare), comments (also unclosed),
 * `<!DOCTYPE>`, `<?…>` and `<![CDATA[…]]>` (its content is text), character references, and
 * the raw-text elements (`script`, `style`, `xmp`, `iframe`, `noembed`, `noframes`,
 * `noscript`: content up to the matching end tag, not parsed; `title`, `textarea`: the same,
 * with references decoded). A `<` that starts no tag is text. A raw-text element that is
 * never closed runs to the end, except `noscript`, which is then read as ordinary markup.
 *
 * Each unit of the input is looked at a bounded number of times, so tokenizing is linear in
 * the input, whatever its line lengths or markup errors.
 */
class HtmlTokenizer
{
public:
    static constexpr int MaxAttributes = 64;

    explicit HtmlTokenizer(QStringView input) : m_input(input) {}

    /// Reads the next token into @p token; false at the end of the input.
    bool next(HtmlToken *token);
    /// UTF-16 position in the input of the next unread unit.
    qsizetype position() const { return m_pos; }

private:
    void readTag(HtmlToken *token, bool end);
    bool readRawText(HtmlToken *token);

    QStringView m_input;
    qsizetype m_pos = 0;
    QString m_rawEndTag; ///< set after a raw-text start tag: the element whose end ends it
    bool m_rawDecode = false;
    bool m_noNoscriptEnd = false;
};

} // namespace Entente

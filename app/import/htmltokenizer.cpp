#include "import/htmltokenizer.h"

#include "import/htmlentities.h"

namespace Entente {

namespace {

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

void lowerAsciiInto(QString &out, QStringView s)
{
    out.resize(s.size());
    const char16_t *in = s.utf16();
    QChar *o = out.data();
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = in[i];
        o[i] = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
}

bool isRawTextElement(QStringView name, bool *decode)
{
    *decode = name == u"title" || name == u"textarea";
    return *decode || name == u"script" || name == u"style" || name == u"xmp" || name == u"iframe"
        || name == u"noembed" || name == u"noframes" || name == u"noscript";
}

} // namespace

bool HtmlTokenizer::next(HtmlToken *token)
{
    // Buffers are reused from token to token.
    token->type = HtmlToken::Type::Text;
    token->name.truncate(0);
    token->attributes.resize(0);
    token->selfClosing = false;
    token->text.truncate(0);
    token->raw = false;
    if (!m_rawEndTag.isEmpty() && readRawText(token))
        return true;
    const qsizetype n = m_input.size();
    if (m_pos >= n)
        return false;
    const QChar c = m_input.at(m_pos);
    if (c == u'<' && m_pos + 1 < n) {
        const QChar d = m_input.at(m_pos + 1);
        if (isAsciiAlpha(d)) {
            readTag(token, false);
            return true;
        }
        if (d == u'/' && m_pos + 2 < n && isAsciiAlpha(m_input.at(m_pos + 2))) {
            readTag(token, true);
            return true;
        }
        if (d == u'/' && m_pos + 2 < n && m_input.at(m_pos + 2) == u'>') {
            m_pos += 3; // "</>" is dropped
            token->type = HtmlToken::Type::Comment;
            return true;
        }
        if (d == u'!' || d == u'?' || d == u'/') {
            const QStringView rest = m_input.sliced(m_pos);
            if (rest.startsWith(u"<!--")) {
                qsizetype end = m_input.indexOf(u"-->", m_pos + 4);
                const qsizetype stop = end < 0 ? n : end;
                token->type = HtmlToken::Type::Comment;
                token->text = m_input.sliced(m_pos + 4, stop - m_pos - 4).toString();
                m_pos = end < 0 ? n : end + 3;
                return true;
            }
            if (rest.startsWith(u"<![CDATA[")) {
                const qsizetype end = m_input.indexOf(u"]]>", m_pos + 9);
                const qsizetype stop = end < 0 ? n : end;
                token->type = HtmlToken::Type::Text;
                token->text = m_input.sliced(m_pos + 9, stop - m_pos - 9).toString(); // not decoded
                m_pos = end < 0 ? n : end + 3;
                return true;
            }
            const qsizetype end = m_input.indexOf(u'>', m_pos + 2);
            const qsizetype stop = end < 0 ? n : end;
            token->type = rest.first(std::min<qsizetype>(9, rest.size())).compare(u"<!doctype", Qt::CaseInsensitive) == 0
                ? HtmlToken::Type::Doctype : HtmlToken::Type::Comment;
            token->text = m_input.sliced(m_pos + 2, stop - m_pos - 2).toString();
            m_pos = end < 0 ? n : end + 1;
            return true;
        }
    }
    // Text up to the next '<' that may start markup.
    qsizetype end = m_pos + 1;
    while (true) {
        end = m_input.indexOf(u'<', end);
        if (end < 0 || end + 1 >= n) {
            end = n;
            break;
        }
        const QChar d = m_input.at(end + 1);
        if (isAsciiAlpha(d) || d == u'/' || d == u'!' || d == u'?')
            break;
        ++end;
    }
    token->type = HtmlToken::Type::Text;
    HtmlEntities::appendDecoded(token->text, m_input.sliced(m_pos, end - m_pos));
    m_pos = end;
    return true;
}

void HtmlTokenizer::readTag(HtmlToken *token, bool end)
{
    const qsizetype n = m_input.size();
    const char16_t *in = m_input.utf16();
    auto at = [in](qsizetype k) { return QChar(in[k]); };
    qsizetype i = m_pos + (end ? 2 : 1);
    const qsizetype nameStart = i;
    while (i < n && !isSpace(at(i)) && at(i) != u'/' && at(i) != u'>')
        ++i;
    token->type = end ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
    lowerAsciiInto(token->name, m_input.sliced(nameStart, std::min<qsizetype>(i - nameStart, 64)));
    // Attributes (ignored on end tags, as browsers do).
    while (i < n) {
        while (i < n && (isSpace(at(i)) || at(i) == u'/')) {
            if (at(i) == u'/' && i + 1 < n && at(i + 1) == u'>')
                token->selfClosing = true;
            ++i;
        }
        if (i >= n)
            break;
        if (at(i) == u'>') {
            ++i;
            break;
        }
        const qsizetype attrStart = i;
        ++i; // the first character may be '=' (an odd name, as in the standard)
        while (i < n && !isSpace(at(i)) && at(i) != u'/' && at(i) != u'>'
               && at(i) != u'=')
            ++i;
        const QStringView attrName = m_input.sliced(attrStart, i - attrStart);
        while (i < n && isSpace(at(i)))
            ++i;
        QStringView value;
        bool hasValue = false;
        if (i < n && at(i) == u'=') {
            ++i;
            while (i < n && isSpace(at(i)))
                ++i;
            hasValue = true;
            if (i < n && (at(i) == u'"' || at(i) == u'\'')) {
                const QChar quote = at(i);
                const qsizetype close = m_input.indexOf(quote, i + 1);
                const qsizetype stop = close < 0 ? n : close;
                value = m_input.sliced(i + 1, stop - i - 1);
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !isSpace(at(i)) && at(i) != u'>')
                    ++i;
                value = m_input.sliced(valueStart, i - valueStart);
            }
        }
        if (!end && token->attributes.size() < MaxAttributes) {
            QString name;
            lowerAsciiInto(name, attrName.first(std::min<qsizetype>(attrName.size(), 64)));
            bool duplicate = false;
            for (const HtmlAttribute &a : std::as_const(token->attributes))
                duplicate = duplicate || a.name == name;
            if (!duplicate) // the first of duplicate attributes wins
                token->attributes.append({name, hasValue ? HtmlEntities::decode(value, HtmlEntities::Context::Attribute) : QString()});
        }
    }
    m_pos = i;
    bool decode = false;
    if (!end && !token->selfClosing && isRawTextElement(token->name, &decode)) {
        if (token->name == u"noscript") {
            // A noscript that is never closed is ignored, its content read as markup. Once no
            // end tag is found after a point, none is after any later point: one scan at most.
            if (!m_noNoscriptEnd && m_input.indexOf(u"</noscript", m_pos, Qt::CaseInsensitive) < 0)
                m_noNoscriptEnd = true;
            if (m_noNoscriptEnd) {
                token->type = HtmlToken::Type::Comment;
                return;
            }
        }
        m_rawEndTag = token->name;
        m_rawDecode = decode;
    }
}

bool HtmlTokenizer::readRawText(HtmlToken *token)
{
    const QString endTag = QStringLiteral("</") + m_rawEndTag;
    const QString element = m_rawEndTag;
    m_rawEndTag.clear();
    const qsizetype n = m_input.size();
    qsizetype end = m_pos;
    while (true) {
        end = m_input.indexOf(endTag, end, Qt::CaseInsensitive);
        if (end < 0)
            break;
        const qsizetype after = end + endTag.size();
        if (after >= n || isSpace(m_input.at(after)) || m_input.at(after) == u'>' || m_input.at(after) == u'/')
            break;
        end = after;
    }
    if (end < 0)
        end = n;
    if (end == m_pos)
        return false;
    token->type = HtmlToken::Type::Text;
    const QStringView content = m_input.sliced(m_pos, end - m_pos);
    token->text = m_rawDecode ? HtmlEntities::decode(content) : content.toString();
    token->raw = !m_rawDecode;
    token->name = element; // the raw-text element the text belongs to
    m_pos = end;
    return true;
}

} // namespace Entente

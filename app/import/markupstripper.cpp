#include "import/markupstripper.h"

#include "import/htmlentities.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Entente {

namespace {

bool isBlock(const QString &name)
{
    static const QStringList blocks = {
        u"p"_s,       u"div"_s,     u"li"_s,      u"ul"_s,      u"ol"_s,     u"dl"_s,
        u"dt"_s,      u"dd"_s,      u"h1"_s,      u"h2"_s,      u"h3"_s,     u"h4"_s,
        u"h5"_s,      u"h6"_s,      u"blockquote"_s, u"pre"_s,  u"table"_s,  u"tr"_s,
        u"section"_s, u"article"_s, u"header"_s,  u"footer"_s,  u"aside"_s,  u"nav"_s,
        u"figure"_s,  u"figcaption"_s, u"hr"_s,   u"address"_s, u"main"_s,   u"caption"_s,
        u"thead"_s,   u"tbody"_s,   u"tfoot"_s,   u"details"_s, u"summary"_s, u"center"_s};
    return blocks.contains(name);
}

bool isDropped(const QString &name)
{
    static const QStringList dropped = {u"script"_s, u"style"_s,  u"noscript"_s, u"iframe"_s,
                                        u"object"_s, u"embed"_s,  u"svg"_s,      u"math"_s,
                                        u"template"_s, u"head"_s, u"select"_s,   u"button"_s,
                                        u"form"_s,   u"audio"_s,  u"video"_s,    u"canvas"_s,
                                        u"textarea"_s};
    return dropped.contains(name);
}

/// Collects paragraphs: white space collapses inside each, lines break at <br>.
class ParagraphBuilder
{
public:
    void text(QStringView t, bool pre)
    {
        for (const QChar c : t) {
            if (pre) {
                if (c == u'\n') {
                    lineBreak();
                    continue;
                }
                m_current.append(c == u'\t' ? u' ' : c);
                m_pendingSpace = false;
                continue;
            }
            if (c.isSpace() && c != QChar(0x00A0)) {
                m_pendingSpace = !m_current.isEmpty() && !m_current.endsWith(u'\n');
                continue;
            }
            if (m_pendingSpace)
                m_current.append(u' ');
            m_pendingSpace = false;
            m_current.append(c == QChar(0x00A0) ? QChar(u' ') : c);
        }
    }
    void lineBreak()
    {
        m_pendingSpace = false;
        while (m_current.endsWith(u' '))
            m_current.chop(1);
        m_current.append(u'\n');
    }
    void paragraph()
    {
        QString p = m_current;
        m_current.clear();
        m_pendingSpace = false;
        // Trim spaces and line breaks at either end and spaces around inner line breaks.
        QStringList lines = p.split(u'\n');
        for (QString &line : lines)
            line = line.trimmed();
        while (!lines.isEmpty() && lines.front().isEmpty())
            lines.removeFirst();
        while (!lines.isEmpty() && lines.back().isEmpty())
            lines.removeLast();
        p = lines.join(u'\n');
        if (!p.isEmpty())
            m_paragraphs.append(p);
    }
    QString result()
    {
        paragraph();
        return m_paragraphs.join(u"\n\n"_s);
    }

private:
    QString m_current;
    bool m_pendingSpace = false;
    QStringList m_paragraphs;
};

} // namespace

QString MarkupStripper::decodeEntities(QStringView text)
{
    QString out = HtmlEntities::decode(text);
    out.remove(QChar(0x00AD)); // a soft hyphen is only a hint for line breaking
    return out;
}

QString MarkupStripper::toText(QStringView html)
{
    ParagraphBuilder builder;
    int preDepth = 0;
    qsizetype i = 0;
    const qsizetype n = html.size();
    qsizetype textStart = 0;
    auto flushText = [&](qsizetype end) {
        if (end > textStart)
            builder.text(decodeEntities(html.sliced(textStart, end - textStart)), preDepth > 0);
    };
    while (i < n) {
        if (html.at(i) != u'<') {
            ++i;
            continue;
        }
        // A '<' not followed by a tag start is text ("a < b").
        const QChar next = i + 1 < n ? html.at(i + 1) : QChar();
        if (!(next.isLetter() || next == u'/' || next == u'!' || next == u'?')) {
            ++i;
            continue;
        }
        flushText(i);
        if (html.sliced(i).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            textStart = i;
            continue;
        }
        if (html.sliced(i).startsWith(u"<![CDATA[")) {
            const qsizetype end = html.indexOf(u"]]>", i + 9);
            const qsizetype stop = end < 0 ? n : end;
            builder.text(html.sliced(i + 9, stop - i - 9), preDepth > 0);
            i = end < 0 ? n : end + 3;
            textStart = i;
            continue;
        }
        // Find the end of the tag, skipping quoted attribute values.
        qsizetype j = i + 1;
        QChar quote;
        while (j < n) {
            const QChar c = html.at(j);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
            ++j;
        }
        const QStringView tag = html.sliced(i + 1, (j < n ? j : n) - i - 1);
        i = j < n ? j + 1 : n;
        textStart = i;
        if (tag.startsWith(u'!') || tag.startsWith(u'?'))
            continue;
        const bool closing = tag.startsWith(u'/');
        qsizetype k = closing ? 1 : 0;
        qsizetype nameStart = k;
        while (k < tag.size() && (tag.at(k).isLetterOrNumber() || tag.at(k) == u':' || tag.at(k) == u'-'))
            ++k;
        QString name = tag.sliced(nameStart, k - nameStart).toString().toLower();
        if (const qsizetype colon = name.lastIndexOf(u':'); colon >= 0)
            name = name.sliced(colon + 1); // xhtml:p
        if (!closing && isDropped(name) && !tag.endsWith(u'/')) {
            // Skip to the matching end tag (case-insensitive); unclosed drops the rest.
            const QString endTag = u"</"_s + name;
            qsizetype end = i;
            while (true) {
                end = html.indexOf(endTag, end, Qt::CaseInsensitive);
                if (end < 0)
                    break;
                const qsizetype after = end + endTag.size();
                if (after >= n || !html.at(after).isLetterOrNumber())
                    break;
                end = after;
            }
            if (end < 0) {
                i = n;
            } else {
                const qsizetype close = html.indexOf(u'>', end);
                i = close < 0 ? n : close + 1;
            }
            textStart = i;
            continue;
        }
        if (name == u"br") {
            builder.lineBreak();
        } else if (isBlock(name)) {
            builder.paragraph();
            if (name == u"pre")
                preDepth = closing ? qMax(0, preDepth - 1) : preDepth + 1;
        } else if (name == u"td" || name == u"th") {
            builder.text(u" ", false);
        }
    }
    flushText(n);
    return builder.result();
}

} // namespace Entente

#include "import/feedreader.h"

#include "import/languagetag.h"
#include "import/markupstripper.h"
#include "import/metadatadate.h"
#include "import/plaintextdecoder.h"
#include "import/readersupport.h"
#include "import/xmlsafety.h"
#include "text/normalize.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Entente {

namespace {

constexpr QStringView AtomNs = u"http://www.w3.org/2005/Atom";
constexpr QStringView ContentNs = u"http://purl.org/rss/1.0/modules/content/";
constexpr QStringView DcNs = u"http://purl.org/dc/elements/1.1/";
constexpr QStringView RdfNs = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr QStringView Rss1Ns = u"http://purl.org/rss/1.0/";
constexpr QStringView XmlNs = u"http://www.w3.org/XML/1998/namespace";

/// Fields of one item or entry as written, before they become an ImportedArticle.
struct RawItem
{
    QString title;
    QString link;
    QString guidLink;
    QString date;
    QString dateField;
    QString fallbackDate;
    QString fallbackDateField;
    QStringList authors;
    QString content;     ///< already plain text
    QString externalContent; ///< Atom content src: where the text is (not fetched)
    QString description; ///< already plain text
    QString language;
};

/// Reads one feed with a single QXmlStreamReader, refusing DTDs on every token.
class FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(Entente::FeedReader)
public:
    FeedParser(const QString &fileName, const QByteArray &data)
        : m_fileName(fileName)
        , m_xml(data)
    {
        XmlSafety::prepare(m_xml);
    }

    bool parse(ImportedArticleList *articles, QStringList *skipped, QString *error)
    {
        if (!nextStartElement()) {
            *error = m_error.isEmpty() ? tr("not a feed: no XML element found") : m_error;
            return false;
        }
        const QStringView root = m_xml.name();
        if (root == u"rss") {
            m_format = u"rss"_s;
            readRssRoot();
        } else if (root == u"feed" && m_xml.namespaceUri() == AtomNs) {
            m_format = u"atom"_s;
            m_feedLanguage = LanguageTag::fromName(m_xml.attributes().value(XmlNs, u"lang"));
            readAtomFeed();
        } else if (root == u"RDF" && m_xml.namespaceUri() == RdfNs) {
            m_format = u"rss"_s;
            readRdf();
        } else {
            *error = tr("not a feed: the root element is <%1>, not <rss> or an Atom <feed>")
                         .arg(m_xml.qualifiedName().toString());
            return false;
        }
        if (!m_error.isEmpty()) {
            *error = m_error;
            return false;
        }
        if (m_xml.hasError()) {
            *error = XmlSafety::describeError(m_xml);
            return false;
        }
        // Make the items articles now that the channel's title and language are known.
        int index = 0;
        for (const RawItem &item : std::as_const(m_items)) {
            ++index;
            toArticle(item, index, articles, skipped);
        }
        if (m_items.isEmpty()) {
            *error = m_format == u"atom" ? tr("the feed has no entries") : tr("the feed has no items");
            return false;
        }
        return true;
    }

private:
    bool readNextToken()
    {
        if (m_xml.atEnd())
            return false;
        m_xml.readNext();
        if (!XmlSafety::tokenAllowed(m_xml, &m_error)) {
            m_xml.raiseError(m_error);
            return false;
        }
        return !m_xml.hasError();
    }

    bool nextStartElement()
    {
        while (readNextToken()) {
            if (m_xml.isStartElement())
                return true;
        }
        if (m_xml.hasError() && m_error.isEmpty())
            m_error = XmlSafety::describeError(m_xml);
        return false;
    }

    /// Text of the current element and its descendants; leaves the reader on its end tag.
    QString elementText()
    {
        QString text;
        int depth = 1;
        while (depth > 0 && readNextToken()) {
            if (m_xml.isStartElement())
                ++depth;
            else if (m_xml.isEndElement())
                --depth;
            else if (m_xml.isCharacters())
                text += m_xml.text();
        }
        return text;
    }

    /// The markup of the current element's children, re-serialised (Atom xhtml content).
    QString childMarkup()
    {
        QString markup;
        int depth = 1;
        while (depth > 0 && readNextToken()) {
            if (m_xml.isStartElement()) {
                ++depth;
                markup += u'<' + m_xml.name().toString() + u'>';
            } else if (m_xml.isEndElement()) {
                if (--depth > 0)
                    markup += u"</"_s + m_xml.name().toString() + u'>';
            } else if (m_xml.isCharacters()) {
                QString t = m_xml.text().toString();
                t.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s);
                markup += t;
            }
        }
        return markup;
    }

    /// Text of an Atom text construct (title, content, summary) by its type attribute.
    QString atomText(bool *external = nullptr)
    {
        const QString type = m_xml.attributes().value(u"type").toString().toLower();
        if (external)
            *external = m_xml.attributes().hasAttribute(u"src");
        if (type == u"xhtml")
            return MarkupStripper::toText(childMarkup());
        const QString text = elementText();
        if (type == u"html" || type == u"text/html")
            return MarkupStripper::toText(text);
        return plainText(text);
    }

    static QString plainText(const QString &text)
    {
        // Plain text: paragraphs are blank-line separated; lines inside are kept.
        QString t = normalizeText(text);
        QStringList paragraphs = t.split(QRegularExpression(u"\\n[ \\t]*\\n\\s*"_s), Qt::SkipEmptyParts);
        for (QString &p : paragraphs)
            p = p.trimmed();
        paragraphs.removeAll(QString());
        return paragraphs.join(u"\n\n"_s);
    }

    void skipElement()
    {
        int depth = 1;
        while (depth > 0 && readNextToken()) {
            if (m_xml.isStartElement())
                ++depth;
            else if (m_xml.isEndElement())
                --depth;
        }
    }

    void readRssRoot()
    {
        while (readNextToken()) {
            if (m_xml.isEndElement())
                return;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"channel")
                readRssChannel();
            else
                skipElement();
        }
    }

    void readRdf()
    {
        while (readNextToken()) {
            if (m_xml.isEndElement())
                return;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"channel" && m_xml.namespaceUri() == Rss1Ns)
                readRssChannel();
            else if (m_xml.name() == u"item")
                readRssItem();
            else
                skipElement();
        }
    }

    void readRssChannel()
    {
        while (readNextToken()) {
            if (m_xml.isEndElement())
                return;
            if (!m_xml.isStartElement())
                continue;
            const QStringView ns = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            const bool plain = ns.isEmpty() || ns == Rss1Ns;
            if (plain && name == u"title")
                m_outlet = elementText().simplified();
            else if ((plain && name == u"language") || (ns == DcNs && name == u"language"))
                m_feedLanguage = LanguageTag::fromName(elementText());
            else if (plain && name == u"item")
                readRssItem();
            else
                skipElement();
        }
    }

    void readRssItem()
    {
        RawItem item;
        while (readNextToken()) {
            if (m_xml.isEndElement())
                break;
            if (!m_xml.isStartElement())
                continue;
            const QStringView ns = m_xml.namespaceUri();
            const QString name = m_xml.name().toString();
            const bool plain = ns.isEmpty() || ns == Rss1Ns;
            if (plain && name == u"title") {
                item.title = MarkupStripper::toText(elementText()).simplified();
            } else if (plain && name == u"link") {
                item.link = elementText().trimmed();
            } else if (plain && name == u"guid") {
                const bool permalink = m_xml.attributes().value(u"isPermaLink") != u"false";
                const QString guid = elementText().trimmed();
                if (permalink && guid.startsWith(u"http"))
                    item.guidLink = guid;
            } else if (plain && name == u"pubDate") {
                item.date = elementText();
                item.dateField = u"pubDate"_s;
            } else if (ns == DcNs && name == u"date") {
                item.fallbackDate = elementText();
                item.fallbackDateField = u"dc:date"_s;
            } else if (ns == DcNs && name == u"creator") {
                item.authors.append(elementText().simplified());
            } else if (plain && name == u"author") {
                item.authors.append(rssAuthor(elementText()));
            } else if (ns == DcNs && name == u"language") {
                item.language = LanguageTag::fromName(elementText());
            } else if (plain && name == u"description") {
                item.description = MarkupStripper::toText(elementText());
            } else if (ns == ContentNs && name == u"encoded") {
                item.content = MarkupStripper::toText(elementText());
            } else {
                skipElement();
            }
        }
        if (item.date.trimmed().isEmpty()) {
            item.date = item.fallbackDate;
            item.dateField = item.fallbackDateField;
        }
        item.authors.removeAll(QString());
        m_items.append(item);
    }

    /// RSS 2.0 author is an e-mail address, often "jane@example.com (Jane Doe)": the name.
    static QString rssAuthor(const QString &text)
    {
        static const QRegularExpression withName(u"^\\S+@\\S+\\s*\\((.+)\\)\\s*$"_s);
        const QString t = text.simplified();
        if (const auto m = withName.match(t); m.hasMatch())
            return m.captured(1).trimmed();
        return t;
    }

    void readAtomFeed()
    {
        while (readNextToken()) {
            if (m_xml.isEndElement())
                return;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.namespaceUri() != AtomNs) {
                skipElement();
                continue;
            }
            const QStringView name = m_xml.name();
            if (name == u"title")
                m_outlet = atomText().simplified();
            else if (name == u"entry")
                readAtomEntry();
            else
                skipElement();
        }
    }

    void readAtomEntry()
    {
        RawItem item;
        item.language = LanguageTag::fromName(m_xml.attributes().value(XmlNs, u"lang"));
        while (readNextToken()) {
            if (m_xml.isEndElement())
                break;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.namespaceUri() != AtomNs) {
                skipElement();
                continue;
            }
            const QString name = m_xml.name().toString();
            if (name == u"title") {
                item.title = atomText().simplified();
            } else if (name == u"link") {
                const QString rel = m_xml.attributes().value(u"rel").toString();
                const QString href = m_xml.attributes().value(u"href").toString().trimmed();
                if ((rel.isEmpty() || rel == u"alternate") && item.link.isEmpty())
                    item.link = href;
                skipElement();
            } else if (name == u"published") {
                item.date = elementText();
                item.dateField = u"published"_s;
            } else if (name == u"updated") {
                item.fallbackDate = elementText();
                item.fallbackDateField = u"updated"_s;
            } else if (name == u"author") {
                readAtomAuthor(&item);
            } else if (name == u"content" || name == u"summary") {
                const QString lang = LanguageTag::fromName(m_xml.attributes().value(XmlNs, u"lang"));
                bool external = false;
                const QString src = m_xml.attributes().value(u"src").toString();
                const QString text = atomText(&external);
                if (external && name == u"content")
                    item.externalContent = src;
                if (name == u"content")
                    item.content = text;
                else
                    item.description = text;
                if (item.language.isEmpty())
                    item.language = lang;
            } else {
                skipElement();
            }
        }
        if (item.date.trimmed().isEmpty()) {
            item.date = item.fallbackDate;
            item.dateField = item.fallbackDateField;
        }
        item.authors.removeAll(QString());
        m_items.append(item);
    }

    void readAtomAuthor(RawItem *item)
    {
        while (readNextToken()) {
            if (m_xml.isEndElement())
                return;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.namespaceUri() == AtomNs && m_xml.name() == u"name")
                item->authors.append(elementText().simplified());
            else
                skipElement();
        }
    }

    void toArticle(const RawItem &item, int index, ImportedArticleList *articles,
                   QStringList *skipped) const
    {
        const QString locator = m_format == u"atom" ? tr("entry %1").arg(index) : tr("item %1").arg(index);
        QString text = item.content.trimmed().isEmpty() ? item.description : item.content;
        text = normalizeText(text).trimmed();
        if (text.isEmpty() && !item.externalContent.isEmpty()) {
            skipped->append(tr("%1 ('%2'): its text is at %3, which is not fetched")
                                .arg(locator, item.title, item.externalContent));
            return;
        }
        if (text.isEmpty()) {
            skipped->append(item.title.isEmpty()
                                ? tr("%1: no text (neither content nor a description)").arg(locator)
                                : tr("%1 ('%2'): no text (neither content nor a description)")
                                      .arg(locator, item.title));
            return;
        }
        ImportedArticle a = ReaderSupport::start(m_fileName, m_format, locator);
        a.title = normalizeText(item.title);
        a.text = text;
        a.outlet = normalizeText(m_outlet);
        a.author = normalizeText(item.authors.join(u", "_s));
        a.url = item.link.isEmpty() ? item.guidLink : item.link;
        a.language = item.language.isEmpty() ? m_feedLanguage : item.language;
        if (!item.date.trimmed().isEmpty()) {
            QString problem;
            a.published = MetadataDate::parse(item.date, &problem);
            if (a.published.isValid())
                a.dateEvidence = item.dateField;
            else
                a.warnings.append(tr("%1: %2 '%3' %4")
                                      .arg(locator, item.dateField, item.date.trimmed(), problem));
        }
        ReaderSupport::completeFromText(&a);
        articles->append(a);
    }

    QString m_fileName;
    QXmlStreamReader m_xml;
    QString m_error;
    QString m_format;
    QString m_outlet;
    QString m_feedLanguage;
    QList<RawItem> m_items;
};

} // namespace

QString FeedReader::formatName() const
{
    return u"feed"_s;
}

bool FeedReader::canRead(const QString &fileName, const QByteArray &head) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (head.contains("<rss") || head.contains("<rdf:RDF")
        || (head.contains("<feed") && head.contains("http://www.w3.org/2005/Atom")))
        return true;
    return (suffix == u"rss" || suffix == u"atom") && head.trimmed().startsWith('<');
}

bool FeedReader::readAll(const QString &fileName, const QByteArray &data,
                         ImportedArticleList *articles, QStringList *skipped, QString *error) const
{
    articles->clear();
    QStringList skips;
    auto fail = [&](const QString &why) {
        if (error)
            *error = ReaderSupport::inFile(fileName, why);
        articles->clear();
        return false;
    };
    if (data.trimmed().isEmpty())
        return fail(tr("the file is empty"));
    if (data.contains('\0') && !data.startsWith("\xFF\xFE") && !data.startsWith("\xFE\xFF"))
        return fail(tr("binary data, not a feed"));
    // QXmlStreamReader reports bad UTF-8 without a usable position: check it first.
    static const QRegularExpression declaredEncoding(u"^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)"_s);
    const QString declaration = QString::fromLatin1(data.left(256));
    const auto m = declaredEncoding.match(declaration);
    const QString encoding = m.hasMatch() ? m.captured(1).toLower() : u"utf-8"_s;
    if (!data.startsWith("\xFF\xFE") && !data.startsWith("\xFE\xFF")
        && (encoding == u"utf-8" || encoding == u"utf8")) {
        QString decoded;
        QString why;
        if (!PlainTextDecoder::decode(data, &decoded, &why))
            return fail(why);
    }
    FeedParser parser(fileName, data);
    QString why;
    if (!parser.parse(articles, &skips, &why))
        return fail(why);
    if (skipped)
        *skipped = skips;
    if (articles->isEmpty()) {
        if (error)
            *error = ReaderSupport::nothingImported(fileName, skips);
        return false;
    }
    return true;
}

} // namespace Entente

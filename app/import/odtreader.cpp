#include "import/odtreader.h"

#include "import/readersupport.h"
#include "import/xmlsafety.h"

#include <QFileInfo>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Entente {

namespace {

constexpr QStringView TextNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr QStringView OfficeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr QStringView DrawNs = u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr QStringView MetaNs = u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
constexpr QStringView DcNs = u"http://purl.org/dc/elements/1.1/";

/// ODF white space: runs of space, tab, CR and LF in the XML are one space (ODF 1.2, 6.1.2).
void appendCollapsed(QString *paragraph, QStringView text, bool *lastWasSpace)
{
    for (const QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
            if (!*lastWasSpace)
                paragraph->append(u' ');
            *lastWasSpace = true;
        } else {
            paragraph->append(c);
            *lastWasSpace = false;
        }
    }
}

bool parseContent(const QByteArray &xmlData, DocumentContent *content, QString *error)
{
    QXmlStreamReader xml(xmlData);
    XmlSafety::prepare(xml);
    QString paragraph;
    bool lastWasSpace = true; // leading white space of a paragraph is dropped
    int pDepth = 0;
    int skipDepth = 0;
    bool inBody = false;
    bool heading = false;
    QString style;
    int nonEmptySeen = 0;
    auto endParagraph = [&] {
        const QString p = paragraph.trimmed();
        content->paragraphs.append(p);
        const QString s = style.toLower();
        if (content->titleParagraph < 0 && nonEmptySeen < 3 && !p.isEmpty()
            && (s == u"title" || heading))
            content->titleParagraph = int(content->paragraphs.size() - 1);
        if (!p.isEmpty())
            ++nonEmptySeen;
        paragraph.clear();
        lastWasSpace = true;
        heading = false;
        style.clear();
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!XmlSafety::tokenAllowed(xml, error))
            return false;
        if (xml.isStartElement()) {
            if (skipDepth > 0) {
                ++skipDepth;
                continue;
            }
            const QStringView ns = xml.namespaceUri();
            const QStringView name = xml.name();
            if (ns == OfficeNs && name == u"text") {
                inBody = true;
                continue;
            }
            if (!inBody)
                continue;
            if ((ns == TextNs && (name == u"note" || name == u"tracked-changes"
                                  || name == u"table-of-content" || name == u"index-title"))
                || (ns == OfficeNs && (name == u"annotation" || name == u"annotation-end"))
                || (ns == DrawNs && name == u"frame")) {
                skipDepth = 1;
                continue;
            }
            if (ns != TextNs)
                continue;
            if (name == u"p" || name == u"h") {
                if (pDepth++ > 0)
                    endParagraph();
                style = xml.attributes().value(TextNs, u"style-name").toString();
                heading = name == u"h"
                          && xml.attributes().value(TextNs, u"outline-level").toInt() <= 1;
            } else if (name == u"s") {
                const QStringView count = xml.attributes().value(TextNs, u"c");
                const int n = count.isEmpty() ? 1 : qBound(1, count.toInt(), 1000);
                paragraph += QString(n, u' ');
                lastWasSpace = false;
            } else if (name == u"tab") {
                paragraph += u'\t';
                lastWasSpace = false;
            } else if (name == u"line-break") {
                paragraph += u'\n';
                lastWasSpace = true;
            }
        } else if (xml.isEndElement()) {
            if (skipDepth > 0) {
                --skipDepth;
                continue;
            }
            const QStringView ns = xml.namespaceUri();
            if (ns == OfficeNs && xml.name() == u"text")
                inBody = false;
            if (ns == TextNs && (xml.name() == u"p" || xml.name() == u"h") && pDepth > 0) {
                --pDepth;
                endParagraph();
            }
        } else if (xml.isCharacters() && skipDepth == 0 && pDepth > 0) {
            appendCollapsed(&paragraph, xml.text(), &lastWasSpace);
        }
    }
    if (xml.hasError()) {
        *error = QCoreApplication::translate("Entente::OdtReader", "content.xml: %1")
                     .arg(XmlSafety::describeError(xml));
        return false;
    }
    // Spaces around line breaks are layout, not text.
    for (QString &p : content->paragraphs) {
        QStringList lines = p.split(u'\n');
        for (QString &l : lines)
            l = l.trimmed();
        p = lines.join(u'\n');
    }
    return true;
}

bool parseMeta(const QByteArray &xmlData, DocumentContent *content, QString *error)
{
    QXmlStreamReader xml(xmlData);
    XmlSafety::prepare(xml);
    QString creator;
    QString initialCreator;
    QString creation;
    QString date;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!XmlSafety::tokenAllowed(xml, error))
            return false;
        if (!xml.isStartElement())
            continue;
        const QStringView ns = xml.namespaceUri();
        const QString name = xml.name().toString();
        if (ns == DcNs && name == u"title")
            content->title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (ns == DcNs && name == u"creator")
            creator = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (ns == MetaNs && name == u"initial-creator")
            initialCreator = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (ns == DcNs && name == u"language")
            content->language = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (ns == MetaNs && name == u"creation-date")
            creation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (ns == DcNs && name == u"date")
            date = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (xml.hasError()) {
        *error = QCoreApplication::translate("Entente::OdtReader", "meta.xml: %1")
                     .arg(XmlSafety::describeError(xml));
        return false;
    }
    content->author = initialCreator.trimmed().isEmpty() ? creator : initialCreator;
    if (!creation.trimmed().isEmpty()) {
        content->created = creation;
        content->createdField = u"meta.xml meta:creation-date"_s;
    } else if (!date.trimmed().isEmpty()) {
        content->created = date;
        content->createdField = u"meta.xml dc:date"_s;
    }
    return true;
}

} // namespace

QString OdtReader::formatName() const
{
    return u"document"_s;
}

bool OdtReader::canRead(const QString &fileName, const QByteArray &head) const
{
    if (!head.startsWith("PK\x03\x04"))
        return false;
    return head.contains("application/vnd.oasis.opendocument.text")
           || QFileInfo(fileName).suffix().toLower() == u"odt";
}

bool OdtReader::readContent(const QByteArray &data, DocumentContent *content, QString *error,
                            qint64 maxEntrySize)
{
    *content = DocumentContent();
    ZipPackage zip(data, maxEntrySize);
    if (!zip.open(error))
        return false;
    if (!zip.contains(u"content.xml"_s)) {
        *error = zip.contains(u"word/document.xml"_s)
                     ? tr("a Word document (DOCX), not an OpenDocument text")
                     : tr("not an OpenDocument text: the archive has no content.xml");
        return false;
    }
    if (zip.contains(u"mimetype"_s)) {
        QByteArray mime;
        if (zip.read(u"mimetype"_s, &mime, error) && !mime.trimmed().isEmpty()
            && !mime.startsWith("application/vnd.oasis.opendocument.text")) {
            *error = tr("an OpenDocument file of another kind (%1), not a text document")
                         .arg(QString::fromUtf8(mime.trimmed().left(100)));
            return false;
        }
    }
    QByteArray xml;
    if (!zip.read(u"content.xml"_s, &xml, error) || !parseContent(xml, content, error))
        return false;
    if (zip.contains(u"meta.xml"_s)) {
        QByteArray meta;
        if (!zip.read(u"meta.xml"_s, &meta, error) || !parseMeta(meta, content, error))
            return false;
    }
    return true;
}

bool OdtReader::read(const QString &fileName, const QByteArray &data,
                     ImportedArticleList *articles, QString *error) const
{
    articles->clear();
    DocumentContent content;
    QString why;
    if (!readContent(data, &content, &why, m_maxEntrySize)) {
        if (error)
            *error = ReaderSupport::inFile(fileName, why);
        return false;
    }
    ImportedArticle article = content.toArticle(fileName, u"odt"_s);
    if (article.text.isEmpty()) {
        if (error)
            *error = ReaderSupport::inFile(fileName, tr("the document has no text"));
        return false;
    }
    articles->append(article);
    return true;
}

} // namespace Entente

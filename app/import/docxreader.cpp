#include "import/docxreader.h"

#include "import/newsexportreader.h"
#include "import/readersupport.h"
#include "import/xmlsafety.h"

#include <QFileInfo>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Entente {

namespace {

constexpr QStringView WordNs = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr QStringView WordStrictNs = u"http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr QStringView DcNs = u"http://purl.org/dc/elements/1.1/";
constexpr QStringView DcTermsNs = u"http://purl.org/dc/terms/";

bool isWord(QStringView ns)
{
    return ns == WordNs || ns == WordStrictNs;
}

/// Reads the body of word/document.xml into paragraphs.
bool parseDocument(const QByteArray &xmlData, DocumentContent *content, QString *error)
{
    QXmlStreamReader xml(xmlData);
    XmlSafety::prepare(xml);
    QString paragraph;
    QString style;
    int pDepth = 0;     // nesting of w:p (text boxes could nest them; we skip those)
    int skipDepth = 0;  // > 0 inside an element whose content is left out
    bool inText = false;
    int nonEmptySeen = 0;
    auto endParagraph = [&] {
        content->paragraphs.append(paragraph.trimmed());
        const QString s = style.toLower().remove(u' ');
        if (content->titleParagraph < 0 && nonEmptySeen < 3 && !paragraph.trimmed().isEmpty()
            && (s == u"title" || s == u"heading1"))
            content->titleParagraph = int(content->paragraphs.size() - 1);
        if (!paragraph.trimmed().isEmpty())
            ++nonEmptySeen;
        paragraph.clear();
        style.clear();
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!XmlSafety::tokenAllowed(xml, error))
            return false;
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (skipDepth > 0) {
                ++skipDepth;
                continue;
            }
            const bool word = isWord(xml.namespaceUri());
            if ((word && (name == u"del" || name == u"moveFrom" || name == u"drawing"
                          || name == u"pict" || name == u"object" || name == u"instrText"
                          || name == u"delText" || name == u"footnoteReference"))
                || name == u"AlternateContent") {
                skipDepth = 1;
                continue;
            }
            if (!word)
                continue;
            if (name == u"p") {
                if (pDepth++ > 0)
                    endParagraph();
            } else if (name == u"pStyle") {
                style = xml.attributes().value(WordNs, u"val").toString();
                if (style.isEmpty())
                    style = xml.attributes().value(WordStrictNs, u"val").toString();
            } else if (name == u"t") {
                inText = true;
            } else if (name == u"tab" && pDepth > 0) {
                paragraph += u'\t';
            } else if (name == u"br" || name == u"cr") {
                const QStringView type = xml.attributes().value(xml.namespaceUri().toString(), u"type");
                if (type == u"page" || type == u"column")
                    endParagraph();
                else
                    paragraph += u'\n';
            } else if (name == u"noBreakHyphen") {
                paragraph += u'-';
            }
        } else if (xml.isEndElement()) {
            if (skipDepth > 0) {
                --skipDepth;
                continue;
            }
            if (!isWord(xml.namespaceUri()))
                continue;
            if (xml.name() == u"t")
                inText = false;
            else if (xml.name() == u"p" && pDepth > 0) {
                --pDepth;
                endParagraph();
            }
        } else if (xml.isCharacters() && inText && skipDepth == 0) {
            paragraph += xml.text();
        }
    }
    if (xml.hasError()) {
        *error = QCoreApplication::translate("Entente::DocxReader", "word/document.xml: %1")
                     .arg(XmlSafety::describeError(xml));
        return false;
    }
    return true;
}

bool parseCore(const QByteArray &xmlData, DocumentContent *content, QString *error)
{
    QXmlStreamReader xml(xmlData);
    XmlSafety::prepare(xml);
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
            content->author = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (ns == DcNs && name == u"language")
            content->language = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (ns == DcTermsNs && name == u"created") {
            content->created = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            content->createdField = u"docProps/core.xml dcterms:created"_s;
        }
    }
    if (xml.hasError()) {
        *error = QCoreApplication::translate("Entente::DocxReader", "docProps/core.xml: %1")
                     .arg(XmlSafety::describeError(xml));
        return false;
    }
    return true;
}

} // namespace

QString DocxReader::formatName() const
{
    return u"document"_s;
}

bool DocxReader::canRead(const QString &fileName, const QByteArray &head) const
{
    if (!head.startsWith("PK\x03\x04"))
        return false;
    return QFileInfo(fileName).suffix().toLower() == u"docx" || head.contains("word/");
}

bool DocxReader::readContent(const QByteArray &data, DocumentContent *content, QString *error,
                             qint64 maxEntrySize)
{
    *content = DocumentContent();
    ZipPackage zip(data, maxEntrySize);
    if (!zip.open(error))
        return false;
    if (!zip.contains(u"word/document.xml"_s)) {
        *error = zip.contains(u"content.xml"_s)
                     ? tr("an OpenDocument file, not a Word document (DOCX)")
                     : tr("not a Word document: the archive has no word/document.xml");
        return false;
    }
    QByteArray xml;
    if (!zip.read(u"word/document.xml"_s, &xml, error) || !parseDocument(xml, content, error))
        return false;
    if (zip.contains(u"docProps/core.xml"_s)) {
        QByteArray core;
        if (!zip.read(u"docProps/core.xml"_s, &core, error) || !parseCore(core, content, error))
            return false;
    }
    return true;
}

bool DocxReader::readAll(const QString &fileName, const QByteArray &data,
                         ImportedArticleList *articles, QStringList *skipped,
                         QString *error) const
{
    articles->clear();
    if (skipped)
        skipped->clear();
    DocumentContent content;
    QString why;
    if (!readContent(data, &content, &why, m_maxEntrySize)) {
        if (error)
            *error = ReaderSupport::inFile(fileName, why);
        return false;
    }
    if (NewsExportReader::isNexisExport(content.paragraphs))
        return NewsExportReader::readNexisParagraphs(fileName, u"docx"_s, content.paragraphs,
                                                     articles, skipped, error);
    ImportedArticle article = content.toArticle(fileName, u"docx"_s);
    if (article.text.isEmpty()) {
        if (error)
            *error = ReaderSupport::inFile(fileName, tr("the document has no text"));
        return false;
    }
    articles->append(article);
    return true;
}

} // namespace Entente

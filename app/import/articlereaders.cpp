#include "import/articlereaders.h"

#include "import/docxreader.h"
#include "import/feedreader.h"
#include "import/htmlreader.h"
#include "import/newsexportreader.h"
#include "import/odtreader.h"
#include "import/pdfreader.h"
#include "import/readersupport.h"
#include "import/tablereader.h"
#include "import/textreader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Entente {

ArticleReaders::ArticleReaders()
{
    m_readers.push_back(std::make_unique<NewsExportReader>());
    m_readers.push_back(std::make_unique<FeedReader>());
    m_readers.push_back(std::make_unique<PdfReader>());
    m_readers.push_back(std::make_unique<DocxReader>());
    m_readers.push_back(std::make_unique<OdtReader>());
    m_readers.push_back(std::make_unique<HtmlReader>());
    auto table = std::make_unique<TableReader>();
    m_table = table.get();
    m_readers.push_back(std::move(table));
    m_readers.push_back(std::make_unique<TextReader>());
}

ArticleReaders::~ArticleReaders() = default;

const ArticleReader *ArticleReaders::readerFor(const QString &fileName, const QByteArray &head) const
{
    for (const auto &reader : m_readers)
        if (reader->canRead(fileName, head))
            return reader.get();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto &reader : m_readers)
        if (reader->fileSuffixes().contains(suffix))
            return reader.get();
    return nullptr;
}

void ArticleReaders::setColumnMapping(const ColumnMapping &mapping)
{
    m_table->setMapping(mapping);
}

ColumnMapping ArticleReaders::columnMapping() const
{
    return m_table->mapping();
}

const ArticleReaders &ArticleReaders::all()
{
    static const ArticleReaders readers;
    return readers;
}

QStringList ArticleReaders::fileSuffixes()
{
    QStringList suffixes;
    for (const auto &reader : all().m_readers)
        suffixes += reader->fileSuffixes();
    return suffixes;
}

QStringList ArticleReaders::fileDialogFilters()
{
    auto patterns = [](const QStringList &suffixes) {
        QStringList p;
        for (const QString &s : suffixes)
            p.append(u"*."_s + s);
        return p.join(u' ');
    };
    QStringList filters{tr("Articles (%1)").arg(patterns(fileSuffixes()))};
    const QList<std::pair<QString, QString>> named = {
        {tr("Web pages"), u"html"_s}, {tr("Feeds"), u"rss"_s}, {tr("Spreadsheets and JSON Lines"), u"table"_s},
        {tr("Word documents"), u"docx"_s}, {tr("OpenDocument text"), u"odt"_s}, {tr("PDF"), u"pdf"_s},
        {tr("Plain text, Markdown, news-database exports"), u"txt"_s},
    };
    // Each entry names its reader by one of the reader's extensions.
    for (const auto &[label, suffix] : named)
        for (const auto &reader : all().m_readers)
            if (const QStringList own = reader->fileSuffixes(); own.contains(suffix))
                filters.append(u"%1 (%2)"_s.arg(label, patterns(own)));
    filters.append(tr("All files (*)"));
    return filters;
}

QString ArticleReaders::unknownFormat(const QString &fileName)
{
    return ReaderSupport::inFile(
        fileName, tr("not a format Entente reads (expected a web page, feed, spreadsheet, JSON Lines, DOCX, "
                     "ODT, PDF, plain-text or Markdown file, or a Nexis or Factiva export)"));
}

} // namespace Entente

#pragma once

#include "import/columnmapping.h"
#include "import/importedarticle.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace Entente {

/**
 * Every reader Entente has, and the choice of one for a file. A file is offered to the
 * readers in a fixed order, each judging it by its content where the format has a signature
 * (a zip's entries, "%PDF-", "<rss", a Nexis or Factiva header block) and else by its
 * extension: news-database exports first (they are .txt or .docx files too), then feeds,
 * PDF, DOCX, ODT, HTML, spreadsheets and plain text. When none takes it by content, the
 * extension decides, so a damaged .docx still gets the DOCX reader's precise complaint
 * rather than "unknown format".
 */
class ArticleReaders
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ArticleReaders)
public:
    ArticleReaders();
    ~ArticleReaders();
    ArticleReaders(const ArticleReaders &) = delete;
    ArticleReaders &operator=(const ArticleReaders &) = delete;

    /// The reader for a file named @p fileName starting with @p head (its first 4 KiB), or
    /// nullptr when Entente does not read such files.
    const ArticleReader *readerFor(const QString &fileName, const QByteArray &head) const;
    /// Which spreadsheet columns give which fields (CSV, TSV, JSON Lines).
    void setColumnMapping(const ColumnMapping &mapping);
    ColumnMapping columnMapping() const;

    /// The extensions (lower case, without the dot) of the files a folder import picks up:
    /// those the readers declare (ArticleReader::fileSuffixes()).
    static QStringList fileSuffixes();
    /// "Articles (*.html *.htm …)" and the rest, for a file dialog.
    static QStringList fileDialogFilters();
    /// What to say about a file no reader takes.
    static QString unknownFormat(const QString &fileName);

private:
    /// One set of readers for the static questions.
    static const ArticleReaders &all();

    std::vector<std::unique_ptr<ArticleReader>> m_readers;
    class TableReader *m_table = nullptr;
};

} // namespace Entente

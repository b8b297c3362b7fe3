#pragma once

#include "model/edtf.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Entente {

/**
 * One article as a reader found it in a file, before anything is written to a project: the
 * text (normalised: NFC, LF) and whatever metadata the source itself gives. A field the source
 * does not give stays empty (an invalid date); nothing is guessed to fill it.
 */
struct ImportedArticle
{
    QString sourceFile;   ///< the file it came from (absolute path)
    QString locator;      ///< where in that file, for multi-article files ("item 3", "row 12",
                          ///< "article 2 of 7"); empty when the file is one article
    QString format;       ///< the reader's format name, e.g. "html", "rss", "csv", "docx", "pdf"
    QString title;
    QString text;         ///< normalised article text
    EdtfDate published;   ///< invalid when neither the metadata nor the text says
    QString dateEvidence; ///< where the date came from, e.g. "article:published_time" or
                          ///< "text: ۲۲ شهریور ۱۴۰۲"
    QString outlet;       ///< publisher / site / source name
    QString author;
    QString url;          ///< canonical URL when the source gives one
    QString language;     ///< BCP 47 primary tag ("en", "ar", "fa"), empty when unknown
    QStringList warnings; ///< non-fatal problems, each a sentence naming what and where

    friend bool operator==(const ImportedArticle &, const ImportedArticle &) = default;
};
using ImportedArticleList = QList<ImportedArticle>;

/**
 * Reads one file format. A reader never shows a dialog and never reads past its limits: read()
 * returns false with a specific message (which file, which line/item/part, what was expected)
 * for input it cannot use, and true with one or more articles otherwise.
 */
class ArticleReader
{
public:
    virtual ~ArticleReader() = default;
    /// The format's short name, as in ImportedArticle::format.
    virtual QString formatName() const = 0;
    /// The extensions (lower case, no dot) of the files this reader is for: what a folder
    /// import picks up, and which reader speaks for a file no reader takes by its content.
    virtual QStringList fileSuffixes() const = 0;
    /// Whether this reader takes a file with this @p fileName whose first bytes are @p head
    /// (at most 4 KiB): by content where the format has a signature, else by extension.
    virtual bool canRead(const QString &fileName, const QByteArray &head) const = 0;
    /// Reads @p data (the whole file, already bounded by the caller) that came from @p fileName.
    virtual bool read(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
                      QString *error) const = 0;
    /// As read(), and lists in @p skipped the parts of a multi-article file that were left out
    /// (a row without text, a feed item that is not an article, a JSON line that does not
    /// parse), each a sentence naming the part and why: "row 12: no text in column 'text'".
    /// Returns false when nothing at all could be read. The default skips nothing.
    virtual bool readAll(const QString &fileName, const QByteArray &data,
                         ImportedArticleList *articles, QStringList *skipped, QString *error) const
    {
        if (skipped)
            skipped->clear();
        return read(fileName, data, articles, error);
    }
};

/**
 * A reader of files that hold several articles (feeds, spreadsheets, news-database exports,
 * a Nexis DOCX): it implements readAll(), and read() is readAll() with the skipped parts
 * attached as one warning to the first article (ReaderSupport::attachSkipped), so nothing is
 * left out silently.
 */
class MultiArticleReader : public ArticleReader
{
public:
    bool read(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
              QString *error) const override;
    bool readAll(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
                 QStringList *skipped, QString *error) const override = 0;
};

} // namespace Entente

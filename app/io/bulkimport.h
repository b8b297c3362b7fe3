#pragma once

#include "import/columnmapping.h"
#include "model/edtf.h"
#include "store/storylinks.h"
#include "text/storysketch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace Entente {

class Project;

/// How files are imported: options of `entente import` and of the import dialog.
struct ImportSettings
{
    bool recursive = false;
    QString source;        ///< when set, every article's outlet
    QString language;      ///< when set, every article's language
    ColumnMapping mapping; ///< spreadsheet and JSON Lines columns
    /// Near-duplicates: the least estimated Jaccard similarity of word 5-grams that makes two
    /// texts "the same story" (different outlets' copies of one wire story score 0.6–0.95,
    /// two reports of one event in different words below 0.2).
    double nearThreshold = 0.5;
};

/// A file (or a path) that could not be imported, and why.
struct ImportFailure
{
    QString file;
    QString error;
    friend bool operator==(const ImportFailure &, const ImportFailure &) = default;
};

/**
 * One article found in the files, as the review table shows it and the user edits it before
 * anything is written. The text is not kept (a scan of 10,000 files holds only this), so the
 * import reads the files again and checks that they did not change in between.
 */
struct ImportItem
{
    QString file;    ///< absolute path
    QString locator; ///< where in a multi-article file ("item 3", "row 12"); empty otherwise
    QString format;
    QString id;      ///< the id it gets
    QString title;
    EdtfDate published;
    QString dateEvidence;
    QString outlet;
    QString author;
    QString url;
    QString language;
    qsizetype characters = 0;
    QString duplicateOf;  ///< the article (in the project or earlier in this import) it repeats
    bool near = false;    ///< a near-duplicate: imported, linked as the same story
    double similarity = 0;
    QStringList problems; ///< the readers' warnings
    bool include = true;  ///< exact duplicates start excluded
    QByteArray fileHash;  ///< SHA-256 of the file's bytes when it was read

    QString key() const { return file + u'\x1f' + locator; }
    bool isExactDuplicate() const { return !duplicateOf.isEmpty() && !near; }
};

/// What an import did, for `entente import --report json` and the dialog's summary.
struct ImportReport
{
    struct Imported
    {
        QString file, locator, id, title;
        EdtfDate published;
        QString source, language;
    };
    struct Duplicate
    {
        QString file, locator, of;
        bool near = false;
        double similarity = 0;
    };
    QList<Imported> imported;
    QList<Duplicate> duplicates; ///< exact ones were not imported; near ones were, linked
    QList<ImportFailure> failed;
    bool cancelled = false;
    qint64 importId = 0;

    /// {"imported": [{file, id, title, published, source, language}], "duplicates":
    /// [{file, of, near}], "failed": [{file, error}]} (plus locator where a file holds several
    /// articles, similarity for near-duplicates, cancelled when it was).
    QJsonObject toJson() const;
    /// The summary a person reads: counts, then every failure.
    QString toText() const;
};

/**
 * Imports many files into a project: picks the files (ImportFiles), reads each with its
 * reader (ArticleReaders), leaves out exact duplicates (same folded words as an article of
 * the project or one read before), links near-duplicates ("same story as", MinHash over word
 * 5-grams), gives each article a readable unique id, and hands the articles on in batches of
 * BatchSize for the project to write, each batch in one transaction.
 *
 * Streaming: a file is read, its articles are sketched and passed on, and its bytes and texts
 * are dropped, so memory does not grow with the corpus (only ids and 512-byte sketches are
 * kept). A BulkImport touches no project: Known is read from the project beforehand, and the
 * batches go to a callback, so the reading can run on a worker thread while the project
 * stays on its own.
 *
 * Two uses: import() in one pass (`entente import`), or scan() for the review table and then
 * import() with the reviewed items, whose edits (title, date, outlet, language, include) it
 * applies to what it reads again.
 */
class BulkImport
{
    Q_DECLARE_TR_FUNCTIONS(Entente::BulkImport)
public:
    static constexpr int BatchSize = 200;

    /// What the project already holds: its ids and its articles' sketches.
    struct Known
    {
        QStringList ids;
        QList<std::pair<QString, StorySketch>> sketches;
        QList<ImportedOrigin> origins;
    };
    /// Known for @p project; articles without a stored sketch (seeded, added one by one,
    /// or from before schema 4) are sketched and their sketches stored on the way.
    static Known known(Project *project);

    struct Callbacks
    {
        /// After each file: files done, files in all, articles found so far.
        std::function<void(int done, int total, int articles)> progress;
        /// Polled between files and batches.
        std::function<bool()> cancelled;
        /// Writes one batch; false stops the import (the message goes to the report).
        std::function<bool(const QList<NewArticle> &batch, QString *error)> write;
    };

    BulkImport(ImportSettings settings, Known known);
    ~BulkImport();

    /// Reads @p files and says what importing them would do; writes nothing.
    QList<ImportItem> scan(const QStringList &files, QList<ImportFailure> *failures,
                           const Callbacks &callbacks = {});
    /// Reads @p files and passes their articles to callbacks.write. With @p reviewed (from
    /// scan(), edited), only the items marked include are imported, with their edits; an
    /// article no item names, or a file that changed since the scan, is reported as failed.
    /// Without @p reviewed, a file whose bytes are those an earlier import took its articles
    /// from is not parsed again: its articles are reported as exact duplicates of those.
    ImportReport import(const QStringList &files, const QList<ImportItem> *reviewed,
                        const Callbacks &callbacks);

    /// Every step against @p project in one go (what `entente import` does): beginImport,
    /// the batches, finishImport (one undo step).
    static ImportReport run(Project *project, const QStringList &paths, const ImportSettings &settings,
                            const Callbacks &callbacks = {});

private:
    struct Found;
    /// Reads one file: its articles with overrides applied (those without text left out,
    /// each said in @p failures), or false with the file's failure in @p failures.
    bool readFile(const QString &file, QList<Found> *found, QByteArray *hash, QList<ImportFailure> *failures) const;
    bool readArticles(const QString &file, QList<Found> *found, QByteArray *hash, QString *error) const;
    /// Sorts @p found into new article / exact / near duplicate, assigning an id.
    void classify(Found *found);
    QString uniqueId(const QString &title, const QString &file);
    /// Whether @p file is byte for byte what an earlier import read; if so its articles go
    /// into @p report as exact duplicates of what they became.
    bool unchanged(const QString &file, ImportReport *report) const;

    ImportSettings m_settings;
    NearDuplicateIndex m_index;
    QSet<QString> m_ids;
    /// Per file an earlier import read: its SHA-256 then, and its articles (id, locator).
    struct Origin
    {
        QString sha256;
        QList<std::pair<QString, QString>> articles;
    };
    QHash<QString, Origin> m_origins;
    class ArticleReaders *m_readers;
};

/**
 * The files an import takes from what the user named: a file as it is, a folder's files with
 * the extensions Entente reads (sub-folders too with @p recursive), in a stable order (by
 * path), each once. Hidden files and folders are passed over, and so is the "NAME_files"
 * folder a browser saves next to NAME.html (its pieces are not articles). A path that does
 * not exist or cannot be read is a failure; a folder that holds nothing to import is one too.
 */
class ImportFiles
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ImportFiles)
public:
    static QStringList collect(const QStringList &paths, bool recursive, QList<ImportFailure> *failures);
};

} // namespace Entente

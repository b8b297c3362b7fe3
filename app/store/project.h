#pragma once

#include "model/annotation.h"
#include "model/article.h"
#include "model/tag.h"
#include "model/records.h"
#include "store/changejournal.h"
#include "store/projectcontents.h"
#include "store/projectfile.h"
#include "store/projectqueries.h"
#include "store/rowchange.h"
#include "store/searchhit.h"
#include "store/storylinks.h"
#include "store/undohistory.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QUndoStack;

namespace Entente {

class ProjectCommand;

/**
 * An Entente project: one SQLite file (extension .entente) holding imported articles, the tag
 * tree, annotations, whole-article tags, meetings, statements and officials edits, with an
 * FTS5 index over the article texts.
 *
 * Every edit goes through a verb (addAnnotation(), renameTag(), ...) that records an undo
 * command on undoStack() and commits its own transaction before it returns: when a verb
 * returns success the edit is on disk, so there is nothing to "save". Verbs return false (or
 * 0 for an id) on failure and leave a message in errorString().
 *
 * The file carries PRAGMA application_id = ApplicationId and user_version = the schema
 * version; older files are migrated step by step when opened read-write. A project is locked
 * against a second instance with a lock file next to it ("NAME.entente.lock").
 *
 * Undo is honest: an undo or redo step (also several at once, through QUndoStack::setIndex
 * as QUndoView does) is written in one transaction. When the write fails (the file became
 * read-only, the disk is full, a constraint refuses it) nothing of the step is kept, the
 * stack's index is put back where it was, so it still says what the file holds, and
 * editFailed() reports it (errorString() too).
 *
 * Inside: ProjectFile (the file, lock, migration), ChangeJournal (row changes applied in one
 * transaction and summed up for the signals), RecordTable (meetings, statements and
 * officials edits told once) and QuoteSelector (text/: anchoring annotations).
 */
class Project : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode { ReadWrite, ReadOnly };

    /// PRAGMA application_id of every Entente project: the bytes "Entn".
    static constexpr qint32 ApplicationId = ProjectFile::ApplicationId;
    /// The schema this version writes; files with a higher user_version are refused.
    static constexpr int SchemaVersion = ProjectFile::SchemaVersion;

    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    /// Creates a new, empty project at @p path (which must not exist) and opens it.
    bool create(const QString &path);
    /// Whether open() checks the file (PRAGMA quick_check, which reads all of it: about a
    /// second for a project of 10,000 articles). Later is for a caller that checks it itself
    /// meanwhile (the window: IntegrityCheck on a worker thread, read-only on a failure).
    enum class Check { Quick, Later };
    /// Opens an existing project. On failure the file is left untouched.
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWrite, Check check = Check::Quick);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_file.isReadOnly(); }
    QString fileName() const { return m_file.fileName(); }
    /// The file's base name, for the window title.
    QString displayName() const;
    QString errorString() const { return m_error; }

    /// Writes a consistent copy of the project to @p path (VACUUM INTO); never a partial file.
    bool saveAs(const QString &path);
    /// Runs PRAGMA integrity_check; true when it reports "ok".
    bool checkIntegrity(QString *report = nullptr) const;
    /// The value of PRAGMA @p name ("user_version", "foreign_keys", ...), for diagnostics.
    QVariant pragma(const QString &name) const { return m_file.pragma(name); }

    QUndoStack *undoStack() const { return m_undoStack; }
    /// Undoes one step; false (and editFailed()) when it could not be written.
    bool undo();
    /// Redoes one step; false (and editFailed()) when it could not be written.
    bool redo();

    /// The author recorded on new annotations (default: $ENTENTE_AUTHOR, else the login name).
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    /// Replaces the clock used for created/modified timestamps (tests).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // --- articles --------------------------------------------------------------------------
    /// Every article, ordered by publication date then id, without its text (a
    /// project of 10,000 articles holds some 40 MB of text): article() or articleText() read
    /// one text, forEachArticleText() all of them one at a time.
    ArticleList articles() const { return m_queries.articles(); }
    /// articles() with their texts, all in memory at once (exports of the whole project).
    ArticleList articlesWithText() const { return m_queries.articlesWithText(); }
    /// Calls @p visit with every article and its text in articles() order, holding one at a
    /// time; false when @p visit stopped it (by returning false) or the read failed.
    bool forEachArticleText(const std::function<bool(const Article &)> &visit) const { return m_queries.forEachArticleText(visit); }
    /// The article with its text, or a null one.
    Article article(const QString &id) const { return m_queries.article(id); }
    QString articleText(const QString &id) const { return m_queries.articleText(id); }
    bool hasArticle(const QString &id) const { return m_queries.hasArticle(id); }
    /**
     * Adds an article, or replaces the article with the same id. When the text changed, the
     * article's annotations are re-anchored by their quote selector; those whose quote is no
     * longer found are kept, flagged and listed by orphanedAnnotations(). One undo step, which
     * puts back the old text and the old offsets.
     */
    bool importArticle(const Article &article);
    AnnotationList orphanedAnnotations() const;

    /// The ids of every article (cheaper than articles() when the texts are not needed).
    QStringList articleIds() const { return m_queries.articleIds(); }

    // --- bulk import (io/BulkImport) --------------------------------------------------------
    /**
     * Starts an import of many articles, labelled @p label (e.g. the folder). Returns its id
     * (0 on failure). Batches then go in with addImportedArticles(), each in one transaction
     * of its own, so a crash or a Cancel keeps every batch that was written and no part of
     * one; finishImport() makes the whole import one undo step. Nothing is signalled until
     * finishImport().
     */
    qint64 beginImport(const QString &label);
    /// Writes @p batch (new ids only: an id the project has already is refused) with its
    /// sketches and "same story as" links, in one transaction.
    bool addImportedArticles(qint64 importId, const QList<NewArticle> &batch);
    /**
     * Ends import @p importId: when it added any article, one undo step ("Import 312
     * articles") whose undo moves them, with their sketches and links, to the shelves in the
     * file and whose redo moves them back, so neither holds the texts in memory. Emits
     * articlesChanged().
     */
    bool finishImport(qint64 importId);
    /// How many articles import @p importId has added so far.
    int importedCount(qint64 importId) const;
    /// The story sketch of every article that has one (bulk-imported articles, and those
    /// given one by storeSketches()).
    QList<std::pair<QString, StorySketch>> storySketches() const { return m_queries.storySketches(); }
    /// The articles without a stored sketch (seeded or added one by one), for the importer to
    /// sketch before it looks for duplicates.
    QStringList articlesWithoutSketch() const { return m_queries.articlesWithoutSketch(); }
    /// Where each bulk-imported article came from, with its file's SHA-256 at import.
    QList<ImportedOrigin> importedOrigins() const { return m_queries.importedOrigins(); }
    /// Stores sketches of existing articles: derived data, not an edit (no undo step).
    bool storeSketches(const QList<std::pair<QString, StorySketch>> &sketches);
    /// The "same story as" links of @p articleId in both directions (all when empty), most
    /// similar first.
    StoryLinkList storyLinks(const QString &articleId = QString()) const { return m_queries.storyLinks(articleId); }

    // --- tags ------------------------------------------------------------------------------
    TagList tags() const { return m_queries.tags(); } ///< parents before children, siblings by name
    Tag tag(qint64 id) const { return m_queries.tag(id); }
    /// "parent/child" for a tag; empty for an unknown id.
    QString tagPath(qint64 id) const { return m_queries.tagPath(id); }
    /// The tag at @p path ("a/b"), or 0.
    qint64 tagIdForPath(const QString &path) const { return m_queries.tagIdForPath(path); }
    /// The tag itself and every tag below it.
    QList<qint64> tagWithDescendants(qint64 id) const { return m_queries.tagWithDescendants(id); }
    /// Annotations per tag id (each tag counted alone, without its descendants).
    QHash<qint64, int> annotationCounts() const { return m_queries.annotationCounts(); }
    /// How many annotations removeTag(@p id) would delete (those left with no tag).
    int annotationsRemovedWithTag(qint64 id) const;

    qint64 addTag(const QString &name, qint64 parentId = 0, const QColor &colour = QColor(),
                  const QString &description = QString());
    /// The tag at @p path, creating the missing ones (one undo step). 0 on failure.
    qint64 ensureTagPath(const QString &path);
    bool renameTag(qint64 id, const QString &name);
    bool recolourTag(qint64 id, const QColor &colour);
    bool setTagDescription(qint64 id, const QString &description);
    /// Moves a tag under @p newParentId (0: top level); refused into its own subtree.
    bool moveTag(qint64 id, qint64 newParentId);
    /// Moves every annotation and child of @p sourceId to @p targetId, then removes the source.
    bool mergeTags(qint64 sourceId, qint64 targetId);
    /// Removes a tag and its subtree; annotations left without any tag are removed too.
    bool removeTag(qint64 id);

    // --- annotations ------------------------------------------------------------------------
    /// Tags [start, end) of an article; returns the new annotation's id, 0 on failure.
    qint64 addAnnotation(const QString &articleId, qsizetype start, qsizetype end,
                         const QList<qint64> &tagIds = {}, const QString &note = QString());
    bool tagAnnotation(qint64 annotationId, qint64 tagId);
    bool untagAnnotation(qint64 annotationId, qint64 tagId);
    /// Consecutive setNote() calls on one annotation merge into one undo step.
    bool setNote(qint64 annotationId, const QString &note);
    bool removeAnnotation(qint64 annotationId);
    Annotation annotation(qint64 id) const { return m_queries.annotation(id); }
    /// Annotations of one article (all when @p articleId is empty), by article then start.
    AnnotationList annotations(const QString &articleId = QString()) const { return m_queries.annotations(articleId); }
    /// Where every annotation is (id, article, offsets), by article then start (ties in no
    /// particular order): a fraction
    /// of what annotations() reads.
    QList<AnnotationSpan> annotationSpans() const { return m_queries.annotationSpans(); }
    /// Where the annotations that pass @p filter are (article id, start, end, id order): what
    /// a list of 100,000 keeps, reading the rest of each row when it is shown.
    QList<AnnotationSpan> annotationSpans(const AnnotationFilter &filter, AnnotationSpan *lastRead = nullptr) const
    {
        return m_queries.annotationSpans(filter, lastRead);
    }
    AnnotationList annotationsWithIds(const QList<qint64> &ids) const { return m_queries.annotationsWithIds(ids); }
    int orphanedCount() const { return m_queries.orphanedCount(); }
    QHash<QString, QString> articleTitles(const QStringList &ids) const { return m_queries.articleTitles(ids); }
    QHash<QString, int> articleYears() const { return m_queries.articleYears(); }

    /// Whole-article tags.
    bool tagArticle(const QString &articleId, qint64 tagId);
    bool untagArticle(const QString &articleId, qint64 tagId);
    QList<qint64> articleTags(const QString &articleId) const { return m_queries.articleTags(articleId); }

    // --- meetings, statements, officials edits ----------------------------------------------
    qint64 addMeeting(const MeetingRecord &meeting);
    bool updateMeeting(const MeetingRecord &meeting);
    bool removeMeeting(qint64 id);
    QList<MeetingRecord> meetings() const;
    MeetingRecord meeting(qint64 id) const;

    qint64 addStatement(const StatementRecord &statement);
    bool updateStatement(const StatementRecord &statement);
    bool removeStatement(qint64 id);
    QList<StatementRecord> statements(const QString &articleId = QString()) const;
    StatementRecord statement(qint64 id) const;

    qint64 addOfficialsEdit(const OfficialsEditRecord &edit);
    bool updateOfficialsEdit(const OfficialsEditRecord &edit);
    bool removeOfficialsEdit(qint64 id);
    QList<OfficialsEditRecord> officialsEdits() const;

    // --- the whole project -----------------------------------------------------------------
    /// Everything the project holds (ProjectJson's export).
    ProjectContents contents() const;
    /**
     * Fills an empty project with @p contents in one transaction (a project JSON document, a
     * corpus being seeded): ids are kept, except that records with id 0 get the next free one;
     * tags may come in any order. Emits articlesChanged(), tagsChanged(), articleTagsChanged(),
     * meetingsChanged(), statementsChanged() and officialsEditsChanged() for what it wrote
     * (no signal per annotation: annotation views reload on articlesChanged()).
     *
     * Not undoable, and it clears the undo history: it makes the project's starting point,
     * and an undo step would have to hold a copy of every article text. Refused when the
     * project is not empty.
     */
    bool importContents(const ProjectContents &contents);

    // --- search -----------------------------------------------------------------------------
    /**
     * Full-text search over titles and texts. Words must all occur; "a phrase" in double quotes
     * matches the words in sequence; word* matches a prefix. Any input is accepted: it is turned
     * into a safe FTS5 query, never an SQL error. Best hits first.
     */
    SearchHitList search(const QString &query, int limit = 50) const;
    /// The FTS5 MATCH expression search() uses for @p query (empty when nothing to search).
    static QString toFtsQuery(const QString &query);

Q_SIGNALS:
    void opened();
    void closed();
    /// Articles were added or changed. After importContents() it also stands for the
    /// annotations that came with them (no annotationAdded() per row).
    void articlesChanged();
    /// The tag tree changed (names, colours, structure). Per-annotation tag changes are
    /// reported by annotationChanged().
    void tagsChanged();
    void annotationAdded(qint64 id);
    void annotationRemoved(qint64 id);
    void annotationChanged(qint64 id);
    void articleTagsChanged(const QString &articleId);
    void meetingsChanged();
    void statementsChanged();
    void officialsEditsChanged();
    /// An undo or redo could not be written; the undo stack was put back (see the class).
    void editFailed(const QString &message);

private:
    bool fail(const QString &message);
    bool checkWritable();
    /// The current timestamp as stored (ISO 8601 UTC with milliseconds).
    QString now() const;
    /// Applies @p changes in one transaction and emits the matching signals.
    bool applyChanges(const RowChangeList &changes);
    void emitChanges(const ChangeSummary &summary);
    /// Applies a new edit and puts its (already applied) command on the stack.
    bool push(ProjectCommand *command);

    // The generic verbs of the record tables (meetings, statements, officials edits).
    template<typename Record>
    qint64 addRecord(const RecordTable<Record> &table, const Record &record);
    template<typename Record>
    bool changeRecord(const RecordTable<Record> &table, qint64 id, const std::optional<Record> &after);

    /// Empties the shelves of undone imports (on open, and when no redo can reach them).
    void clearShelves();
    /// clearShelves() when the redo part of the stack, which a push discards, holds an import.
    void clearShelvesBeyondRedo();

    ProjectFile m_file;
    ChangeJournal m_journal{m_file};
    ProjectQueries m_queries{m_file};
    mutable QString m_error;
    QString m_author;
    QUndoStack *m_undoStack = nullptr;
    UndoHistory m_history;
    std::function<QDateTime()> m_clock;
};

} // namespace Entente

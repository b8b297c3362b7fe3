#include "store/project.h"
#include "model/timing.h"

#include "store/projectcommands.h"
#include "store/recordtables.h"
#include "store/rows.h"
#include "text/quoteselector.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSignalBlocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace Entente {

namespace {

const QString idKey = QStringLiteral("id");

bool validTagName(const QString &name)
{
    return !name.trimmed().isEmpty() && !name.contains(u'/');
}

// Whether a tag named @p name already stands under @p parentId.
bool nameTaken(const ProjectQueries &queries, qint64 parentId, const QString &name)
{
    const QString parentPath = queries.tagPath(parentId);
    return queries.tagIdForPath(parentPath.isEmpty() ? name : parentPath + u'/' + name) != 0;
}

} // namespace

Project::Project(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_history(m_undoStack, m_journal, [this](const ChangeSummary &summary) { emitChanges(summary); },
                [this](const QString &message) {
                    m_error = message;
                    Q_EMIT editFailed(message);
                })
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_author = qEnvironmentVariable("ENTENTE_AUTHOR");
    if (m_author.isEmpty())
        m_author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (m_author.isEmpty())
        m_author = QDir::home().dirName();
}

Project::~Project()
{
    // No closed() from the destructor: the receivers may be half-destroyed owners.
    const QSignalBlocker blocker(this);
    close();
}

// --- the file -----------------------------------------------------------------------------

bool Project::isOpen() const
{
    return m_file.isOpen();
}

QString Project::displayName() const
{
    return QFileInfo(m_file.fileName()).completeBaseName();
}

QString Project::now() const
{
    return m_clock().toUTC().toString(Qt::ISODateWithMs);
}

bool Project::fail(const QString &message)
{
    m_error = message;
    return false;
}

void Project::close()
{
    const bool wasOpen = isOpen();
    m_undoStack->clear();
    m_file.close();
    if (wasOpen)
        Q_EMIT closed();
}

bool Project::create(const QString &path)
{
    close();
    m_error.clear();
    if (!m_file.create(path))
        return fail(m_file.errorString());
    Q_EMIT opened();
    return true;
}

bool Project::open(const QString &path, OpenMode mode, Check check)
{
    ScopedTiming timing("Project::open");
    close();
    m_error.clear();
    if (!m_file.open(path, mode == OpenMode::ReadOnly, check == Check::Later))
        return fail(m_file.errorString());
    clearShelves(); // an undo history does not outlive the session
    Q_EMIT opened();
    return true;
}

bool Project::saveAs(const QString &path)
{
    return m_file.saveAs(path) || fail(m_file.errorString());
}

bool Project::checkIntegrity(QString *report) const
{
    return m_file.checkIntegrity(report);
}

bool Project::checkWritable()
{
    if (!isOpen())
        return fail(tr("No project is open."));
    if (isReadOnly())
        return fail(tr("The project is open read-only."));
    return true;
}

// --- writing and the undo history ---------------------------------------------------------

bool Project::applyChanges(const RowChangeList &changes)
{
    if (!m_journal.apply(changes))
        return fail(tr("Cannot write to the project: %1").arg(m_journal.errorString()));
    emitChanges(m_journal.takeSummary());
    return true;
}

void Project::emitChanges(const ChangeSummary &summary)
{
    QList<qint64> added, removed, changed;
    if (!summary.bulk) {
        for (auto it = summary.annotations.cbegin(); it != summary.annotations.cend(); ++it) {
            const auto [before, after] = it.value(); // neither: added and removed, never seen
            if (before && after)
                changed.append(it.key());
            else if (after)
                added.append(it.key());
            else if (before)
                removed.append(it.key());
        }
    }
    for (qint64 id : std::as_const(removed))
        Q_EMIT annotationRemoved(id);
    if (summary.articles || (summary.bulk && !summary.annotations.isEmpty()))
        Q_EMIT articlesChanged();
    if (summary.tags)
        Q_EMIT tagsChanged();
    for (qint64 id : std::as_const(added))
        Q_EMIT annotationAdded(id);
    for (qint64 id : std::as_const(changed))
        Q_EMIT annotationChanged(id);
    for (const QString &a : summary.articleTags)
        Q_EMIT articleTagsChanged(a);
    if (summary.meetings)
        Q_EMIT meetingsChanged();
    if (summary.statements)
        Q_EMIT statementsChanged();
    if (summary.officialsEdits)
        Q_EMIT officialsEditsChanged();
}

bool Project::push(ProjectCommand *command)
{
    // The verb applies and commits first, so a failure is reported to the caller and
    // nothing is recorded; on success the command goes on the stack already applied.
    std::unique_ptr<ProjectCommand> owned(command);
    m_history.settle();
    if (!applyChanges(owned->changes()))
        return false;
    clearShelvesBeyondRedo();
    m_undoStack->push(owned.release());
    return true;
}

bool Project::undo()
{
    if (!m_undoStack->canUndo())
        return false;
    m_history.clearFailure();
    m_undoStack->undo();
    return !m_history.lastFailed();
}

bool Project::redo()
{
    if (!m_undoStack->canRedo())
        return false;
    m_history.clearFailure();
    m_undoStack->redo();
    return !m_history.lastFailed();
}

// --- the whole project --------------------------------------------------------------------

ProjectContents Project::contents() const
{
    ProjectContents c;
    c.articles = articlesWithText();
    c.tags = tags();
    c.annotations = annotations();
    c.articleTags = m_queries.articleTagRecords();
    c.meetings = meetings();
    c.statements = statements();
    c.officialsEdits = officialsEdits();
    return c;
}

bool Project::importContents(const ProjectContents &c)
{
    if (!checkWritable())
        return false;
    if (!m_queries.isEmpty())
        return fail(tr("Only an empty project can be filled from a whole project's contents."));
    // One step per item, so that a refusal names the item; all in one transaction.
    const QList<Rows::Step> steps = Rows::contentsInserts(c, now());
    m_history.settle();
    if (!m_journal.beginBatch())
        return fail(tr("Cannot write to the project: %1").arg(m_journal.errorString()));
    for (const Rows::Step &step : steps) {
        if (!m_journal.apply(step.changes)) {
            const QString message = m_journal.errorString();
            m_journal.rollbackBatch();
            m_journal.takeSummary();
            return fail(tr("Cannot import %1: %2").arg(step.what, message));
        }
    }
    if (!m_journal.commitBatch()) {
        m_journal.takeSummary();
        return fail(tr("Cannot write to the project: %1").arg(m_journal.errorString()));
    }
    m_undoStack->clear(); // the history before the project's contents no longer applies
    clearShelves();
    ChangeSummary summary = m_journal.takeSummary();
    summary.bulk = true;
    emitChanges(summary);
    return true;
}

// --- articles -----------------------------------------------------------------------------

bool Project::importArticle(const Article &article)
{
    if (!checkWritable())
        return false;
    if (article.id.trimmed().isEmpty())
        return fail(tr("The article has no id."));
    const Article old = this->article(article.id);
    const QVariantMap row = Rows::articleRow(article, now());
    if (old.isNull())
        return push(new ImportArticleCommand(&m_history,
                                             {{RowChange::Insert, QStringLiteral("articles"), {{idKey, article.id}}, {}, row}},
                                             tr("Import article “%1”").arg(article.id)));
    RowChangeList changes{{RowChange::Update, QStringLiteral("articles"), {{idKey, article.id}},
                           Rows::articleRow(old, m_queries.importedAt(article.id)), row}};
    if (old.text != article.text) {
        changes += Rows::reanchor(annotations(article.id), article.text);
        // A stored sketch follows the text, so duplicates are found against what the article says now.
        if (const QVariantMap before = m_queries.sketchRow(article.id); !before.isEmpty()) {
            const StorySketch sketch = StorySketch::of(article.text);
            const QVariantMap after{{QStringLiteral("exact_key"), sketch.exactKey.isNull() ? QByteArray("") : sketch.exactKey},
                                    {QStringLiteral("min_hash"), sketch.minHashBytes()},
                                    {QStringLiteral("words"), sketch.words}};
            changes.append({RowChange::Update, QStringLiteral("article_sketches"), {{QStringLiteral("article_id"), article.id}}, before, after});
        }
    }
    return push(new ImportArticleCommand(&m_history, changes, tr("Re-import article “%1”").arg(article.id)));
}

AnnotationList Project::orphanedAnnotations() const
{
    return m_queries.orphanedAnnotations();
}

// --- tags ---------------------------------------------------------------------------------

int Project::annotationsRemovedWithTag(qint64 id) const
{
    const RowChangeList changes = m_queries.tagRemoval(id);
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const RowChange &c) {
        return c.table == QLatin1StringView("annotations");
    }));
}

qint64 Project::addTag(const QString &name, qint64 parentId, const QColor &colour, const QString &description)
{
    if (!checkWritable())
        return 0;
    const QString trimmed = name.trimmed();
    if (!validTagName(trimmed))
        return fail(tr("A tag name must not be empty or contain '/'.")), 0;
    if (parentId != 0 && tag(parentId).isNull())
        return fail(tr("The parent tag does not exist.")), 0;
    if (nameTaken(m_queries, parentId, trimmed))
        return fail(tr("A tag named “%1” already exists there.").arg(trimmed)), 0;
    const qint64 id = m_journal.nextId(QStringLiteral("tags"));
    const Tag t{id, parentId, trimmed, colour, description};
    if (!push(new AddTagCommand(&m_history, {Rows::insertTag(t)},
                                tr("Add tag “%1”").arg(trimmed))))
        return 0;
    return id;
}

qint64 Project::ensureTagPath(const QString &path)
{
    if (!checkWritable())
        return 0;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty() || std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return !validTagName(p); }))
        return fail(tr("“%1” is not a tag path (expected names separated by '/').").arg(path)), 0;
    // The missing tags in one step.
    RowChangeList changes;
    qint64 parent = 0;
    qint64 next = m_journal.nextId(QStringLiteral("tags"));
    QString sofar;
    for (const QString &raw : parts) {
        sofar = sofar.isEmpty() ? raw.trimmed() : sofar + u'/' + raw.trimmed();
        qint64 id = changes.isEmpty() ? tagIdForPath(sofar) : 0;
        if (id == 0) {
            id = next++;
            changes.append(Rows::insertTag({id, parent, raw.trimmed(), QColor(), QString()}));
        }
        parent = id;
    }
    if (!changes.isEmpty() && !push(new AddTagCommand(&m_history, changes, tr("Add tag “%1”").arg(path))))
        return 0;
    return parent;
}

bool Project::renameTag(qint64 id, const QString &name)
{
    if (!checkWritable())
        return false;
    const Tag t = tag(id);
    const QString trimmed = name.trimmed();
    if (t.isNull())
        return fail(tr("No such tag."));
    if (!validTagName(trimmed))
        return fail(tr("A tag name must not be empty or contain '/'."));
    if (trimmed == t.name)
        return true;
    if (nameTaken(m_queries, t.parentId, trimmed))
        return fail(tr("A tag named “%1” already exists there.").arg(trimmed));
    return push(new RenameTagCommand(&m_history, {Rows::updateTag(id, QStringLiteral("name"), t.name, trimmed)},
                                     tr("Rename tag “%1” to “%2”").arg(t.name, trimmed)));
}

bool Project::recolourTag(qint64 id, const QColor &colour)
{
    if (!checkWritable())
        return false;
    const Tag t = tag(id);
    if (t.isNull())
        return fail(tr("No such tag."));
    return push(new RecolourTagCommand(&m_history,
                                       {Rows::updateTag(id, QStringLiteral("colour"), Rows::colourText(t.colour), Rows::colourText(colour))},
                                       tr("Change the colour of “%1”").arg(t.name)));
}

bool Project::setTagDescription(qint64 id, const QString &description)
{
    if (!checkWritable())
        return false;
    const Tag t = tag(id);
    if (t.isNull())
        return fail(tr("No such tag."));
    return push(new DescribeTagCommand(&m_history, {Rows::updateTag(id, QStringLiteral("description"), t.description, description)},
                                       tr("Describe tag “%1”").arg(t.name)));
}

bool Project::moveTag(qint64 id, qint64 newParentId)
{
    if (!checkWritable())
        return false;
    const Tag t = tag(id);
    if (t.isNull())
        return fail(tr("No such tag."));
    if (newParentId != 0 && tag(newParentId).isNull())
        return fail(tr("The new parent tag does not exist."));
    if (tagWithDescendants(id).contains(newParentId))
        return fail(tr("A tag cannot be moved into itself or below itself."));
    if (newParentId == t.parentId)
        return true;
    if (nameTaken(m_queries, newParentId, t.name))
        return fail(tr("A tag named “%1” already exists there.").arg(t.name));
    return push(new MoveTagCommand(&m_history,
                                   {Rows::updateTag(id, QStringLiteral("parent_id"), Rows::nullIfZero(t.parentId), Rows::nullIfZero(newParentId))},
                                   tr("Move tag “%1”").arg(t.name)));
}

bool Project::mergeTags(qint64 sourceId, qint64 targetId)
{
    if (!checkWritable())
        return false;
    const Tag source = tag(sourceId);
    const Tag target = tag(targetId);
    if (source.isNull() || target.isNull())
        return fail(tr("No such tag."));
    if (tagWithDescendants(sourceId).contains(targetId))
        return fail(tr("A tag cannot be merged into itself or into a tag below it."));
    const QString targetPath = tagPath(targetId);
    for (const Tag &child : tags()) {
        if (child.parentId == sourceId && tagIdForPath(targetPath + u'/' + child.name) != 0)
            return fail(tr("“%1” already has a tag named “%2”.").arg(target.name, child.name));
    }
    const RowChangeList changes = m_queries.tagMerge(sourceId, targetId);
    return push(new MergeTagsCommand(&m_history, changes, tr("Merge tag “%1” into “%2”").arg(source.name, target.name)));
}

bool Project::removeTag(qint64 id)
{
    if (!checkWritable())
        return false;
    const Tag t = tag(id);
    if (t.isNull())
        return fail(tr("No such tag."));
    return push(new RemoveTagCommand(&m_history, m_queries.tagRemoval(id), tr("Delete tag “%1”").arg(t.name)));
}

// --- annotations --------------------------------------------------------------------------

qint64 Project::addAnnotation(const QString &articleId, qsizetype start, qsizetype end, const QList<qint64> &tagIds,
                              const QString &note)
{
    if (!checkWritable())
        return 0;
    const Article article = this->article(articleId);
    if (article.isNull())
        return fail(tr("No article with the id “%1”.").arg(articleId)), 0;
    const QList<uint> text = article.text.toUcs4();
    if (start < 0 || end <= start || end > text.size())
        return fail(tr("The span [%1, %2) is not inside the article (%3 code points).")
                        .arg(start).arg(end).arg(text.size())), 0;
    for (qint64 t : tagIds)
        if (tag(t).isNull())
            return fail(tr("No tag with the id %1.").arg(t)), 0;
    const QuoteSelector selector = QuoteSelector::fromSpan(text, start, end);
    Annotation a;
    a.id = m_journal.nextId(QStringLiteral("annotations"));
    a.articleId = articleId;
    a.start = start;
    a.end = end;
    a.exact = selector.exact;
    a.prefix = selector.prefix;
    a.suffix = selector.suffix;
    a.note = note;
    a.author = m_author;
    a.created = a.modified = now();
    a.tagIds = tagIds;
    if (!push(new AddAnnotationCommand(&m_history, Rows::annotationInserts(a), tr("Tag a passage"))))
        return 0;
    return a.id;
}

bool Project::tagAnnotation(qint64 annotationId, qint64 tagId)
{
    if (!checkWritable())
        return false;
    const Annotation a = annotation(annotationId);
    const Tag t = tag(tagId);
    if (a.isNull() || t.isNull())
        return fail(a.isNull() ? tr("No such annotation.") : tr("No such tag."));
    if (a.tagIds.contains(tagId))
        return true;
    return push(new TagAnnotationCommand(
        &m_history,
        {Rows::annotationTag(RowChange::Insert, annotationId, tagId),
         Rows::touchAnnotation(a, now())},
        tr("Add tag “%1”").arg(t.name)));
}

bool Project::untagAnnotation(qint64 annotationId, qint64 tagId)
{
    if (!checkWritable())
        return false;
    const Annotation a = annotation(annotationId);
    if (a.isNull())
        return fail(tr("No such annotation."));
    if (!a.tagIds.contains(tagId))
        return true;
    return push(new UntagAnnotationCommand(
        &m_history,
        {Rows::annotationTag(RowChange::Delete, annotationId, tagId),
         Rows::touchAnnotation(a, now())},
        tr("Remove tag “%1”").arg(tag(tagId).name)));
}

bool Project::setNote(qint64 annotationId, const QString &note)
{
    if (!checkWritable())
        return false;
    const Annotation a = annotation(annotationId);
    if (a.isNull())
        return fail(tr("No such annotation."));
    if (a.note == note)
        return true;
    return push(new SetNoteCommand(&m_history,
                                   {{RowChange::Update, QStringLiteral("annotations"), {{idKey, annotationId}},
                                     {{QStringLiteral("note"), a.note}, {QStringLiteral("modified"), a.modified}},
                                     {{QStringLiteral("note"), note}, {QStringLiteral("modified"), now()}}}},
                                   tr("Edit note")));
}

bool Project::removeAnnotation(qint64 annotationId)
{
    if (!checkWritable())
        return false;
    const Annotation a = annotation(annotationId);
    if (a.isNull())
        return fail(tr("No such annotation."));
    RowChangeList changes;
    for (qint64 t : a.tagIds)
        changes.append(Rows::annotationTag(RowChange::Delete, annotationId, t));
    changes.append({RowChange::Delete, QStringLiteral("annotations"), {{idKey, annotationId}}, Rows::annotationRow(a), {}});
    return push(new RemoveAnnotationCommand(&m_history, changes, tr("Remove annotation")));
}

// --- whole-article tags -------------------------------------------------------------------

bool Project::tagArticle(const QString &articleId, qint64 tagId)
{
    if (!checkWritable())
        return false;
    if (!hasArticle(articleId))
        return fail(tr("No article with the id “%1”.").arg(articleId));
    const Tag t = tag(tagId);
    if (t.isNull())
        return fail(tr("No such tag."));
    if (articleTags(articleId).contains(tagId))
        return true;
    return push(new TagArticleCommand(
        &m_history,
        {Rows::articleTag(RowChange::Insert, articleId, tagId, {{QStringLiteral("author"), m_author}, {QStringLiteral("created"), now()}})},
        tr("Tag article with “%1”").arg(t.name)));
}

bool Project::untagArticle(const QString &articleId, qint64 tagId)
{
    if (!checkWritable())
        return false;
    const QList<ArticleTagRecord> found = m_queries.articleTagRecords(QStringLiteral("WHERE article_id = ? AND tag_id = ?"),
                                                                      {articleId, tagId});
    if (found.isEmpty())
        return true;
    const QVariantMap extra{{QStringLiteral("author"), found.first().author}, {QStringLiteral("created"), found.first().created}};
    return push(new UntagArticleCommand(&m_history, {Rows::articleTag(RowChange::Delete, articleId, tagId, extra)},
                                        tr("Remove article tag “%1”").arg(tag(tagId).name)));
}

// --- meetings, statements, officials edits: one generic set over RecordTable ---------------

template<typename Record>
qint64 Project::addRecord(const RecordTable<Record> &table, const Record &record)
{
    if (!checkWritable())
        return 0;
    const qint64 id = m_journal.nextId(table.name);
    if (!push(new RecordCommand(&m_history, {{RowChange::Insert, table.name, {{idKey, id}}, {}, table.toRow(record)}},
                                tr(table.addText))))
        return 0;
    return id;
}

/// Updates the record @p id to @p after, or removes it when @p after is empty.
template<typename Record>
bool Project::changeRecord(const RecordTable<Record> &table, qint64 id, const std::optional<Record> &after)
{
    if (!checkWritable())
        return false;
    const QList<Record> old = m_queries.records(table, QStringLiteral("WHERE id = ?"), {id});
    if (old.isEmpty())
        return fail(tr(table.missingText));
    const QVariantMap before = table.toRow(old.first());
    const RowChange change = after ? RowChange{RowChange::Update, table.name, {{idKey, id}}, before, table.toRow(*after)}
                                   : RowChange{RowChange::Delete, table.name, {{idKey, id}}, before, {}};
    return push(new RecordCommand(&m_history, {change}, tr(after ? table.editText : table.removeText)));
}

qint64 Project::addMeeting(const MeetingRecord &meeting)
{
    return addRecord(RecordTables::meetings(), meeting);
}

bool Project::updateMeeting(const MeetingRecord &meeting)
{
    return changeRecord(RecordTables::meetings(), meeting.id, std::optional(meeting));
}

bool Project::removeMeeting(qint64 id)
{
    return changeRecord(RecordTables::meetings(), id, std::optional<MeetingRecord>());
}

QList<MeetingRecord> Project::meetings() const
{
    return m_queries.records(RecordTables::meetings());
}

MeetingRecord Project::meeting(qint64 id) const
{
    return m_queries.records(RecordTables::meetings(), QStringLiteral("WHERE id = ?"), {id}).value(0);
}

qint64 Project::addStatement(const StatementRecord &statement)
{
    if (isOpen() && !statement.articleId.isEmpty() && !hasArticle(statement.articleId))
        return fail(tr("No article with the id “%1”.").arg(statement.articleId)), 0;
    return addRecord(RecordTables::statements(), statement);
}

bool Project::updateStatement(const StatementRecord &statement)
{
    return changeRecord(RecordTables::statements(), statement.id, std::optional(statement));
}

bool Project::removeStatement(qint64 id)
{
    return changeRecord(RecordTables::statements(), id, std::optional<StatementRecord>());
}

QList<StatementRecord> Project::statements(const QString &articleId) const
{
    if (articleId.isEmpty())
        return m_queries.records(RecordTables::statements());
    return m_queries.records(RecordTables::statements(), QStringLiteral("WHERE article_id = ?"), {articleId});
}

StatementRecord Project::statement(qint64 id) const
{
    return m_queries.records(RecordTables::statements(), QStringLiteral("WHERE id = ?"), {id}).value(0);
}

qint64 Project::addOfficialsEdit(const OfficialsEditRecord &edit)
{
    return addRecord(RecordTables::officialsEdits(), edit);
}

bool Project::updateOfficialsEdit(const OfficialsEditRecord &edit)
{
    return changeRecord(RecordTables::officialsEdits(), edit.id, std::optional(edit));
}

bool Project::removeOfficialsEdit(qint64 id)
{
    return changeRecord(RecordTables::officialsEdits(), id, std::optional<OfficialsEditRecord>());
}

QList<OfficialsEditRecord> Project::officialsEdits() const
{
    return m_queries.records(RecordTables::officialsEdits());
}

} // namespace Entente

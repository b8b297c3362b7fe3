// Project's bulk-import verbs (see project.h, "bulk import"): batches written straight
// through prepared statements, and one undo step that shelves the whole import.

#include "store/project.h"

#include "store/projectcommands.h"
#include "store/rows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

namespace Entente {

namespace {

const QString importKey = QStringLiteral("import_id");

} // namespace

qint64 Project::beginImport(const QString &label)
{
    if (!checkWritable())
        return 0;
    m_history.settle();
    const qint64 id = m_journal.nextId(QStringLiteral("imports"));
    if (!m_file.execute(QStringLiteral("INSERT INTO imports (id, started, label) VALUES (?, ?, ?)"), {id, now(), label}))
        return fail(tr("Cannot write to the project: %1").arg(m_file.errorString())), 0;
    return id;
}

bool Project::addImportedArticles(qint64 importId, const QList<NewArticle> &batch)
{
    if (!checkWritable())
        return false;
    if (batch.isEmpty())
        return true;
    QSqlDatabase db = m_file.database();
    if (!db.transaction())
        return fail(tr("Cannot write to the project: %1").arg(db.lastError().text()));
    auto abort = [&](const QSqlQuery &q, const QString &what) {
        const QString message = tr("Cannot write to the project: %1 (%2)").arg(q.lastError().databaseText(), what);
        db.rollback();
        return fail(message);
    };
    QSqlQuery article(db);
    article.prepare(QStringLiteral("INSERT INTO articles (id, title, source, url, published, language, description,"
                                   " text, sha256, imported_at, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery sketch(db);
    sketch.prepare(QStringLiteral("INSERT INTO article_sketches (article_id, exact_key, min_hash, words, origin)"
                                  " VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT OR REPLACE INTO article_links (article_id, other_id, kind, similarity)"
                                " VALUES (?, ?, 'same-story', ?)"));
    const QString stamp = now();
    for (const NewArticle &n : batch) {
        const Article &a = n.article;
        if (a.id.trimmed().isEmpty()) {
            db.rollback();
            return fail(tr("An imported article has no id."));
        }
        const QVariantList values{a.id, a.title, a.source, a.url, a.published.isValid() ? a.published.toString() : QString(),
                                  a.language, a.description, a.text, a.sha256, stamp, importId};
        for (int i = 0; i < values.size(); ++i)
            article.bindValue(i, ProjectFile::bindable(values.at(i)));
        if (!article.exec())
            return abort(article, tr("article “%1”").arg(a.id));
        sketch.bindValue(0, a.id);
        sketch.bindValue(1, n.sketch.exactKey.isNull() ? QByteArray("") : n.sketch.exactKey);
        sketch.bindValue(2, n.sketch.minHashBytes());
        sketch.bindValue(3, n.sketch.words);
        sketch.bindValue(4, ProjectFile::bindable(n.origin));
        if (!sketch.exec())
            return abort(sketch, tr("the sketch of “%1”").arg(a.id));
        for (const StoryLink &l : n.sameStoryAs) {
            link.bindValue(0, a.id);
            link.bindValue(1, l.otherId);
            link.bindValue(2, l.similarity);
            if (!link.exec())
                return abort(link, tr("the link from “%1” to “%2”").arg(a.id, l.otherId));
        }
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(tr("Cannot write to the project: %1").arg(message));
    }
    return true;
}

int Project::importedCount(qint64 importId) const
{
    return m_queries.importedCount(importId);
}

bool Project::finishImport(qint64 importId)
{
    if (!isOpen())
        return fail(tr("No project is open."));
    const int count = importedCount(importId);
    if (count == 0)
        return true;
    m_history.settle();
    clearShelvesBeyondRedo();
    // Already applied, batch by batch: pushing runs no step (see ProjectCommand).
    m_undoStack->push(new BulkImportCommand(&m_history, {{RowChange::Unshelve, QStringLiteral("articles"), {{importKey, importId}}, {}, {}}},
                                            tr("Import %n article(s)", nullptr, count)));
    Q_EMIT articlesChanged();
    return true;
}

bool Project::storeSketches(const QList<std::pair<QString, StorySketch>> &sketches)
{
    if (!checkWritable())
        return false;
    QSqlDatabase db = m_file.database();
    if (!db.transaction())
        return fail(tr("Cannot write to the project: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO article_sketches (article_id, exact_key, min_hash, words)"
                             " VALUES (?, ?, ?, ?)"));
    for (const auto &[id, sketch] : sketches) {
        q.bindValue(0, id);
        q.bindValue(1, sketch.exactKey.isNull() ? QByteArray("") : sketch.exactKey);
        q.bindValue(2, sketch.minHashBytes());
        q.bindValue(3, sketch.words);
        if (!q.exec()) {
            const QString message = q.lastError().databaseText();
            db.rollback();
            return fail(tr("Cannot write to the project: %1 (the sketch of “%2”)").arg(message, id));
        }
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(tr("Cannot write to the project: %1").arg(message));
    }
    return true;
}

void Project::clearShelves()
{
    if (!isOpen() || isReadOnly())
        return;
    for (const char *table : {"shelved_links", "shelved_sketches", "shelved_articles"})
        m_file.execute(QStringLiteral("DELETE FROM ") + QLatin1StringView(table));
}

void Project::clearShelvesBeyondRedo()
{
    // Only undone imports are shelved, and they sit in the redo part of the stack, which the
    // push about to happen discards: what is shelved then can never come back.
    for (int i = m_undoStack->index(); i < m_undoStack->count(); ++i) {
        if (dynamic_cast<const BulkImportCommand *>(m_undoStack->command(i))) {
            clearShelves();
            return;
        }
    }
}

} // namespace Entente

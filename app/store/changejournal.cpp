#include "store/changejournal.h"

#include "store/projectfile.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace Entente {

void ChangeSummary::note(const RowChange &c)
{
    const QString &table = c.table;
    if (table == QLatin1StringView("annotations")) {
        const qint64 id = c.key.value(QStringLiteral("id")).toLongLong();
        auto it = annotations.find(id);
        if (it == annotations.end())
            it = annotations.insert(id, {c.kind != RowChange::Insert, true});
        it->second = c.kind != RowChange::Delete;
    } else if (table == QLatin1StringView("annotation_tags")) {
        // The annotation's tags changed: it exists on both sides unless its own row says not.
        const qint64 id = c.key.value(QStringLiteral("annotation_id")).toLongLong();
        if (!annotations.contains(id))
            annotations.insert(id, {true, true});
    } else if (table == QLatin1StringView("articles")) {
        articles = true;
    } else if (table == QLatin1StringView("tags")) {
        tags = true;
    } else if (table == QLatin1StringView("article_tags")) {
        articleTags.insert(c.key.value(QStringLiteral("article_id")).toString());
    } else if (table == QLatin1StringView("meetings")) {
        meetings = true;
    } else if (table == QLatin1StringView("statements")) {
        statements = true;
    } else if (table == QLatin1StringView("officials_edits")) {
        officialsEdits = true;
    }
}

ChangeJournal::ChangeJournal(ProjectFile &file)
    : m_file(file)
{
}

qint64 ChangeJournal::nextId(const QString &table) const
{
    QSqlQuery q(m_file.database());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

ChangeSummary ChangeJournal::takeSummary()
{
    return std::exchange(m_summary, ChangeSummary());
}

bool ChangeJournal::beginBatch()
{
    QSqlDatabase db = m_file.database();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    m_inBatch = true;
    return true;
}

bool ChangeJournal::commitBatch()
{
    m_inBatch = false;
    QSqlDatabase db = m_file.database();
    if (!db.commit()) {
        m_error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

void ChangeJournal::rollbackBatch()
{
    m_inBatch = false;
    m_file.database().rollback();
}

bool ChangeJournal::apply(const RowChangeList &changes)
{
    const bool own = !m_inBatch;
    if (own && !beginBatch())
        return false;
    for (const RowChange &c : changes) {
        if (!write(c)) {
            if (own)
                rollbackBatch();
            return false;
        }
        m_summary.note(c);
    }
    return !own || commitBatch();
}

bool ChangeJournal::moveImport(qint64 importId, bool toShelf)
{
    static const QStringList shelve = {
        QStringLiteral("INSERT INTO shelved_links SELECT * FROM article_links WHERE article_id IN"
                       " (SELECT id FROM articles WHERE import_id = ?1) OR other_id IN"
                       " (SELECT id FROM articles WHERE import_id = ?1)"),
        QStringLiteral("INSERT INTO shelved_sketches SELECT * FROM article_sketches WHERE article_id IN"
                       " (SELECT id FROM articles WHERE import_id = ?1)"),
        QStringLiteral("INSERT INTO shelved_articles SELECT * FROM articles WHERE import_id = ?1"),
        // Sketches and links go with their articles (ON DELETE CASCADE).
        QStringLiteral("DELETE FROM articles WHERE import_id = ?1"),
    };
    static const QStringList unshelve = {
        QStringLiteral("INSERT INTO articles SELECT * FROM shelved_articles WHERE import_id = ?1"),
        QStringLiteral("DELETE FROM shelved_articles WHERE import_id = ?1"),
        QStringLiteral("INSERT INTO article_sketches SELECT * FROM shelved_sketches WHERE article_id IN"
                       " (SELECT id FROM articles WHERE import_id = ?1)"),
        QStringLiteral("DELETE FROM shelved_sketches WHERE article_id IN (SELECT id FROM articles WHERE import_id = ?1)"),
        // A link comes back once both its articles are back (another undone import may hold
        // the other one).
        QStringLiteral("INSERT OR IGNORE INTO article_links SELECT * FROM shelved_links WHERE"
                       " article_id IN (SELECT id FROM articles) AND other_id IN (SELECT id FROM articles)"),
        QStringLiteral("DELETE FROM shelved_links WHERE article_id IN (SELECT id FROM articles)"
                       " AND other_id IN (SELECT id FROM articles)"),
    };
    // The id is an integer, written into the statement (it occurs more than once).
    const QString id = QString::number(importId);
    for (const QString &sql : toShelf ? shelve : unshelve) {
        if (!m_file.execute(QString(sql).replace(QStringLiteral("?1"), id))) {
            m_error = m_file.errorString();
            return false;
        }
    }
    return true;
}

bool ChangeJournal::write(const RowChange &c)
{
    if (c.kind == RowChange::Shelve || c.kind == RowChange::Unshelve)
        return moveImport(c.key.value(QStringLiteral("import_id")).toLongLong(), c.kind == RowChange::Shelve);
    QStringList conditions;
    QVariantList keyValues;
    for (auto it = c.key.cbegin(); it != c.key.cend(); ++it) {
        conditions.append(u'"' + it.key() + QStringLiteral("\" = ?"));
        keyValues.append(it.value());
    }
    QString sql;
    QVariantList values;
    if (c.kind == RowChange::Insert) {
        QVariantMap row = c.after;
        row.insert(c.key);
        QStringList columns;
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            columns.append(u'"' + it.key() + u'"');
            values.append(it.value());
        }
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(c.table, columns.join(u','), QStringList(columns.size(), QStringLiteral("?")).join(u','));
    } else if (c.kind == RowChange::Delete) {
        sql = QStringLiteral("DELETE FROM %1 WHERE %2").arg(c.table, conditions.join(QStringLiteral(" AND ")));
        values = keyValues;
    } else {
        QStringList assignments;
        for (auto it = c.after.cbegin(); it != c.after.cend(); ++it) {
            assignments.append(u'"' + it.key() + QStringLiteral("\" = ?"));
            values.append(it.value());
        }
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                  .arg(c.table, assignments.join(u','), conditions.join(QStringLiteral(" AND ")));
        values += keyValues;
    }
    if (!m_file.execute(sql, values)) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

} // namespace Entente

#include "store/projectqueries.h"

#include "store/projectfile.h"
#include "store/rows.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace Entente {

ProjectQueries::ProjectQueries(const ProjectFile &file)
    : m_file(file)
{
}

QSqlQuery ProjectQueries::query(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_file.database());
    // Rows are only ever read forward: without this, QtSql keeps a copy of every row read.
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return q;
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    return q;
}

bool ProjectQueries::isEmpty() const
{
    QSqlQuery q = query(QStringLiteral("SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM tags)"
                                       " + (SELECT COUNT(*) FROM meetings) + (SELECT COUNT(*) FROM statements)"
                                       " + (SELECT COUNT(*) FROM officials_edits)"));
    return q.next() && q.value(0).toLongLong() == 0;
}

ArticleList ProjectQueries::articles() const
{
    // Without the texts: no QString of 40 MB to decode and hold.
    ArticleList result;
    QSqlQuery q = query(QStringLiteral("SELECT ") + Rows::articleSummaryColumns + QStringLiteral(" FROM articles ORDER BY published, id"));
    while (q.next())
        result.append(Rows::articleFromQuery(q));
    return result;
}

ArticleList ProjectQueries::articlesWithText() const
{
    ArticleList result;
    forEachArticleText([&](const Article &a) {
        result.append(a);
        return true;
    });
    return result;
}

bool ProjectQueries::forEachArticleText(const std::function<bool(const Article &)> &visit) const
{
    QSqlQuery q = query(QStringLiteral("SELECT ") + Rows::articleColumns + QStringLiteral(" FROM articles ORDER BY published, id"));
    while (q.next())
        if (!visit(Rows::articleFromQuery(q)))
            return false;
    return true;
}

QString ProjectQueries::articleText(const QString &id) const
{
    QSqlQuery q = query(QStringLiteral("SELECT text FROM articles WHERE id = ?"), {id});
    return q.next() ? q.value(0).toString() : QString();
}

Article ProjectQueries::article(const QString &id) const
{
    QSqlQuery q = query(QStringLiteral("SELECT ") + Rows::articleColumns + QStringLiteral(" FROM articles WHERE id = ?"), {id});
    return q.next() ? Rows::articleFromQuery(q) : Article();
}

bool ProjectQueries::hasArticle(const QString &id) const
{
    return query(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"), {id}).next();
}

QString ProjectQueries::importedAt(const QString &articleId) const
{
    QSqlQuery q = query(QStringLiteral("SELECT imported_at FROM articles WHERE id = ?"), {articleId});
    return q.next() ? q.value(0).toString() : QString();
}

QStringList ProjectQueries::articleIds() const
{
    QStringList ids;
    QSqlQuery q = query(QStringLiteral("SELECT id FROM articles ORDER BY id"));
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QList<std::pair<QString, StorySketch>> ProjectQueries::storySketches() const
{
    QList<std::pair<QString, StorySketch>> result;
    QSqlQuery q = query(QStringLiteral("SELECT article_id, exact_key, min_hash, words FROM article_sketches ORDER BY article_id"));
    while (q.next()) {
        StorySketch sketch;
        if (StorySketch::fromStored(q.value(1).toByteArray(), q.value(2).toByteArray(), q.value(3).toInt(), &sketch))
            result.append({q.value(0).toString(), sketch});
    }
    return result;
}

QStringList ProjectQueries::articlesWithoutSketch() const
{
    QStringList ids;
    QSqlQuery q = query(QStringLiteral("SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM article_sketches) ORDER BY id"));
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QList<ImportedOrigin> ProjectQueries::importedOrigins() const
{
    QList<ImportedOrigin> result;
    QSqlQuery q = query(QStringLiteral("SELECT s.article_id, s.origin, a.sha256 FROM article_sketches s"
                                       " JOIN articles a ON a.id = s.article_id WHERE s.origin <> '' ORDER BY s.origin"));
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

QVariantMap ProjectQueries::sketchRow(const QString &articleId) const
{
    QSqlQuery q = query(QStringLiteral("SELECT exact_key, min_hash, words FROM article_sketches WHERE article_id = ?"), {articleId});
    if (!q.next())
        return {};
    return {{QStringLiteral("exact_key"), q.value(0)}, {QStringLiteral("min_hash"), q.value(1)}, {QStringLiteral("words"), q.value(2)}};
}

QList<StoryLink> ProjectQueries::storyLinks(const QString &articleId) const
{
    QList<StoryLink> links;
    const QString select = QStringLiteral("SELECT article_id, other_id, similarity FROM article_links");
    QSqlQuery q = articleId.isEmpty()
                      ? query(select + QStringLiteral(" ORDER BY similarity DESC, article_id, other_id"))
                      : query(select + QStringLiteral(" WHERE article_id = ? OR other_id = ? ORDER BY similarity DESC, article_id, other_id"),
                              {articleId, articleId});
    while (q.next())
        links.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble()});
    return links;
}

int ProjectQueries::importedCount(qint64 importId) const
{
    QSqlQuery q = query(QStringLiteral("SELECT COUNT(*) FROM articles WHERE import_id = ?"), {importId});
    return q.next() ? q.value(0).toInt() : 0;
}

TagList ProjectQueries::tags() const
{
    TagList flat;
    QSqlQuery q = query(QStringLiteral("SELECT ") + Rows::tagColumns + QStringLiteral(" FROM tags ORDER BY name COLLATE NOCASE, id"));
    while (q.next())
        flat.append(Rows::tagFromQuery(q));
    // Depth-first order: parents before children, siblings by name.
    TagList ordered;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (const Tag &t : std::as_const(flat)) {
            if (t.parentId == parent) {
                ordered.append(t);
                visit(t.id);
            }
        }
    };
    visit(0);
    return ordered;
}

Tag ProjectQueries::tag(qint64 id) const
{
    QSqlQuery q = query(QStringLiteral("SELECT ") + Rows::tagColumns + QStringLiteral(" FROM tags WHERE id = ?"), {id});
    return q.next() ? Rows::tagFromQuery(q) : Tag();
}

QString ProjectQueries::tagPath(qint64 id) const
{
    QStringList parts;
    QSet<qint64> seen;
    for (Tag t = tag(id); !t.isNull() && !seen.contains(t.id); t = tag(t.parentId)) {
        seen.insert(t.id);
        parts.prepend(t.name);
    }
    return parts.join(u'/');
}

qint64 ProjectQueries::tagIdForPath(const QString &path) const
{
    qint64 parent = 0;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return 0;
    for (const QString &part : parts) {
        QSqlQuery q = query(QStringLiteral("SELECT id FROM tags WHERE IFNULL(parent_id, 0) = ? AND name = ?"),
                            {parent, part.trimmed()});
        if (!q.next())
            return 0;
        parent = q.value(0).toLongLong();
    }
    return parent;
}

QList<qint64> ProjectQueries::tagWithDescendants(qint64 id) const
{
    QList<qint64> result;
    QSqlQuery q = query(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT id FROM tags WHERE id = ?"
                                       " UNION ALL SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub"),
                        {id});
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

QHash<qint64, int> ProjectQueries::annotationCounts() const
{
    QHash<qint64, int> counts;
    QSqlQuery q = query(QStringLiteral("SELECT tag_id, COUNT(*) FROM annotation_tags GROUP BY tag_id"));
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

RowChangeList ProjectQueries::tagRemoval(qint64 id) const
{
    RowChangeList changes;
    const QList<qint64> subtree = tagWithDescendants(id);
    const QSet<qint64> inSubtree(subtree.cbegin(), subtree.cend());
    const auto inside = [&](qint64 t) { return inSubtree.contains(t); };
    QList<Annotation> emptied;
    for (const Annotation &a : annotations()) {
        for (qint64 t : a.tagIds)
            if (inside(t))
                changes.append(Rows::annotationTag(RowChange::Delete, a.id, t));
        if (!a.tagIds.isEmpty() && std::all_of(a.tagIds.cbegin(), a.tagIds.cend(), inside))
            emptied.append(a); // left without a tag: it goes too
    }
    for (const ArticleTagRecord &t : articleTagRecords()) {
        if (inside(t.tagId))
            changes.append(Rows::articleTag(RowChange::Delete, t.articleId, t.tagId,
                                            {{QStringLiteral("author"), t.author}, {QStringLiteral("created"), t.created}}));
    }
    for (const Annotation &a : std::as_const(emptied))
        changes.append({RowChange::Delete, QStringLiteral("annotations"), {{QStringLiteral("id"), a.id}}, Rows::annotationRow(a), {}});
    for (auto it = subtree.crbegin(); it != subtree.crend(); ++it) // deepest first
        changes.append(Rows::deleteTag(tag(*it)));
    return changes;
}

RowChangeList ProjectQueries::tagMerge(qint64 sourceId, qint64 targetId) const
{
    RowChangeList changes;
    for (const Tag &child : tags())
        if (child.parentId == sourceId)
            changes.append(Rows::updateTag(child.id, QStringLiteral("parent_id"), sourceId, targetId));
    for (const Annotation &a : annotations()) {
        if (!a.tagIds.contains(sourceId))
            continue;
        if (!a.tagIds.contains(targetId))
            changes.append(Rows::annotationTag(RowChange::Insert, a.id, targetId));
        changes.append(Rows::annotationTag(RowChange::Delete, a.id, sourceId));
    }
    for (const ArticleTagRecord &t : articleTagRecords(QStringLiteral("WHERE tag_id = ?"), {sourceId})) {
        const QVariantMap extra{{QStringLiteral("author"), t.author}, {QStringLiteral("created"), t.created}};
        if (!articleTags(t.articleId).contains(targetId))
            changes.append(Rows::articleTag(RowChange::Insert, t.articleId, targetId, extra));
        changes.append(Rows::articleTag(RowChange::Delete, t.articleId, sourceId, extra));
    }
    changes.append(Rows::deleteTag(tag(sourceId)));
    return changes;
}

Annotation ProjectQueries::annotation(qint64 id) const
{
    QSqlQuery q = query(QStringLiteral("SELECT ") + Rows::annotationColumns + QStringLiteral(" FROM annotations WHERE id = ?"), {id});
    if (!q.next())
        return {};
    Annotation a = Rows::annotationFromQuery(q);
    QSqlQuery t = query(QStringLiteral("SELECT tag_id FROM annotation_tags WHERE annotation_id = ? ORDER BY tag_id"), {id});
    while (t.next())
        a.tagIds.append(t.value(0).toLongLong());
    return a;
}

AnnotationList ProjectQueries::annotations(const QString &articleId) const
{
    if (articleId.isEmpty())
        return annotationsWhere(QString(), {});
    return annotationsWhere(QStringLiteral("article_id = ?"), {articleId});
}

QList<AnnotationSpan> ProjectQueries::annotationSpans() const
{
    return annotationSpans(AnnotationFilter());
}

namespace {
// Whether SQLite's LIKE (which ignores the case of ASCII letters only) finds exactly what
// QString::contains(Qt::CaseInsensitive) finds for @p needle: when it has no letter outside
// ASCII that has a case (Arabic and Persian letters have none).
bool likeIsExact(const QString &needle)
{
    return std::all_of(needle.cbegin(), needle.cend(), [](QChar c) {
        return c.unicode() < 0x80 || (c.toLower() == c && c.toUpper() == c && c.toCaseFolded() == c);
    });
}

QString likePattern(const QString &needle)
{
    QString escaped;
    escaped.reserve(needle.size() + 2);
    escaped += u'%';
    for (QChar c : needle) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    escaped += u'%';
    return escaped;
}

QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    return numbers.join(u',');
}
} // namespace

QList<AnnotationSpan> ProjectQueries::annotationSpans(const AnnotationFilter &filter, AnnotationSpan *lastRead) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.id != 0) {
        conditions << QStringLiteral("id = ?");
        values << filter.id;
    }
    if (!filter.articleId.isEmpty()) {
        conditions << QStringLiteral("article_id = ?");
        values << filter.articleId;
    }
    if (!filter.tagIds.isEmpty())
        conditions << QStringLiteral("id IN (SELECT annotation_id FROM annotation_tags WHERE tag_id IN (%1))").arg(idList(filter.tagIds));
    if (filter.orphanedOnly)
        conditions << QStringLiteral("orphaned <> 0");
    if (filter.after) {
        // A row value: SQLite reads on from that key in the annotations_span index.
        conditions << QStringLiteral("(article_id, start_offset, end_offset, id) > (?, ?, ?, ?)");
        values << filter.after->articleId << qint64(filter.after->start) << qint64(filter.after->end) << filter.after->id;
    }
    const bool textInSql = !filter.text.isEmpty() && likeIsExact(filter.text);
    const bool textHere = !filter.text.isEmpty() && !textInSql;
    if (textInSql) {
        conditions << QStringLiteral("(exact LIKE ? ESCAPE '\\' OR note LIKE ? ESCAPE '\\')");
        values << likePattern(filter.text) << likePattern(filter.text);
    }
    QString sql = QStringLiteral("SELECT id, article_id, start_offset, end_offset");
    if (textHere)
        sql += QStringLiteral(", exact, note");
    sql += QStringLiteral(" FROM annotations");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY article_id, start_offset, end_offset, id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QList<AnnotationSpan> result;
    QSqlQuery q = query(sql, values);
    AnnotationSpan row;
    bool read = false;
    while (q.next()) {
        const QString articleId = q.value(1).toString();
        if (articleId != row.articleId) // consecutive rows share one string
            row.articleId = articleId;
        row.id = q.value(0).toLongLong();
        row.start = q.value(2).toLongLong();
        row.end = q.value(3).toLongLong();
        read = true;
        if (textHere && !q.value(4).toString().contains(filter.text, Qt::CaseInsensitive)
            && !q.value(5).toString().contains(filter.text, Qt::CaseInsensitive))
            continue;
        result.append(row);
    }
    if (read && lastRead)
        *lastRead = row;
    return result;
}

AnnotationList ProjectQueries::annotationsWithIds(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    return annotationsWhere(QStringLiteral("id IN (%1)").arg(idList(ids)), {});
}

QHash<QString, QString> ProjectQueries::articleTitles(const QStringList &ids) const
{
    QHash<QString, QString> titles;
    if (ids.isEmpty())
        return titles;
    const QString marks = QStringList(ids.size(), QStringLiteral("?")).join(u',');
    QSqlQuery q = query(QStringLiteral("SELECT id, title FROM articles WHERE id IN (%1)").arg(marks), QVariantList(ids.cbegin(), ids.cend()));
    while (q.next())
        titles.insert(q.value(0).toString(), q.value(1).toString());
    return titles;
}

QHash<QString, int> ProjectQueries::articleYears() const
{
    QHash<QString, int> years;
    QSqlQuery q = query(QStringLiteral("SELECT id, published FROM articles"));
    while (q.next()) {
        const EdtfDate published = EdtfDate::parse(q.value(1).toString());
        years.insert(q.value(0).toString(), published.isValid() ? published.year() : 0);
    }
    return years;
}

int ProjectQueries::orphanedCount() const
{
    QSqlQuery q = query(QStringLiteral("SELECT COUNT(*) FROM annotations WHERE orphaned <> 0"));
    return q.next() ? q.value(0).toInt() : 0;
}

AnnotationList ProjectQueries::orphanedAnnotations() const
{
    return annotationsWhere(QStringLiteral("orphaned <> 0"), {});
}

AnnotationList ProjectQueries::annotationsWhere(const QString &condition, const QVariantList &values) const
{
    AnnotationList result;
    QHash<qint64, qsizetype> index;
    const QString where = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
    QSqlQuery q = query(QStringLiteral("SELECT ") + Rows::annotationColumns + QStringLiteral(" FROM annotations") + where
                            + QStringLiteral(" ORDER BY article_id, start_offset, end_offset, id"),
                        values);
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), result.size());
        result.append(Rows::annotationFromQuery(q));
    }
    if (result.isEmpty())
        return result;
    // The tags of those annotations only (one article's, say: not the whole project's).
    const QString tagWhere = condition.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE annotation_id IN (SELECT id FROM annotations") + where + QStringLiteral(")");
    QSqlQuery t = query(QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tags") + tagWhere
                            + QStringLiteral(" ORDER BY annotation_id, tag_id"),
                        values);
    while (t.next()) {
        const auto it = index.constFind(t.value(0).toLongLong());
        if (it != index.cend())
            result[*it].tagIds.append(t.value(1).toLongLong());
    }
    return result;
}

QList<qint64> ProjectQueries::articleTags(const QString &articleId) const
{
    QList<qint64> result;
    for (const ArticleTagRecord &t : articleTagRecords(QStringLiteral("WHERE article_id = ?"), {articleId}))
        result.append(t.tagId);
    return result;
}

QList<ArticleTagRecord> ProjectQueries::articleTagRecords(const QString &where, const QVariantList &values) const
{
    QList<ArticleTagRecord> result;
    QSqlQuery q = query(QStringLiteral("SELECT article_id, tag_id, author, created FROM article_tags %1 ORDER BY article_id, tag_id")
                            .arg(where),
                        values);
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

} // namespace Entente

#include "store/rows.h"

#include "store/recordtables.h"
#include "text/quoteselector.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Entente {

namespace {

const QString idKey = QStringLiteral("id");

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::Project", text);
}

template<typename Record>
void appendRecords(QList<Rows::Step> &steps, const RecordTable<Record> &table, const QList<Record> &records,
                   const QString &what)
{
    qint64 next = 1;
    for (const Record &r : records)
        next = std::max(next, r.id + 1);
    for (const Record &r : records) {
        const qint64 id = r.id != 0 ? r.id : next++;
        steps.append({what.arg(id), {{RowChange::Insert, table.name, {{idKey, id}}, {}, table.toRow(r)}}});
    }
}

} // namespace

const QString Rows::articleColumns = QStringLiteral("id, title, source, url, published, language, description, text, sha256");
const QString Rows::articleSummaryColumns = QStringLiteral("id, title, source, url, published, language, description, '', sha256");
const QString Rows::annotationColumns = QStringLiteral(
    "id, article_id, start_offset, end_offset, exact, prefix, suffix, note, author, created, modified, orphaned");
const QString Rows::tagColumns = QStringLiteral("id, IFNULL(parent_id, 0), name, colour, description");

QVariant Rows::nullIfZero(qint64 id)
{
    return id == 0 ? QVariant::fromValue(nullptr) : QVariant(id);
}

QString Rows::colourText(const QColor &colour)
{
    return colour.isValid() ? colour.name(QColor::HexRgb) : QString();
}

Article Rows::articleFromQuery(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toString();
    a.title = q.value(1).toString();
    a.source = q.value(2).toString();
    a.url = q.value(3).toString();
    a.published = EdtfDate::parse(q.value(4).toString());
    a.language = q.value(5).toString();
    a.description = q.value(6).toString();
    a.text = q.value(7).toString();
    a.sha256 = q.value(8).toString();
    a.file = QStringLiteral("articles/") + a.id + QStringLiteral(".txt");
    return a;
}

QVariantMap Rows::articleRow(const Article &a, const QString &importedAt)
{
    return {{QStringLiteral("title"), a.title}, {QStringLiteral("source"), a.source}, {QStringLiteral("url"), a.url},
            {QStringLiteral("published"), a.published.isValid() ? a.published.toString() : QString()},
            {QStringLiteral("language"), a.language}, {QStringLiteral("description"), a.description},
            {QStringLiteral("text"), a.text}, {QStringLiteral("sha256"), a.sha256},
            {QStringLiteral("imported_at"), importedAt}};
}

Annotation Rows::annotationFromQuery(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.articleId = q.value(1).toString();
    a.start = q.value(2).toLongLong();
    a.end = q.value(3).toLongLong();
    a.exact = q.value(4).toString();
    a.prefix = q.value(5).toString();
    a.suffix = q.value(6).toString();
    a.note = q.value(7).toString();
    a.author = q.value(8).toString();
    a.created = q.value(9).toString();
    a.modified = q.value(10).toString();
    a.orphaned = q.value(11).toInt() != 0;
    return a;
}

QVariantMap Rows::annotationRow(const Annotation &a)
{
    QVariantMap row = anchorRow(a);
    row.insert(QVariantMap{{QStringLiteral("article_id"), a.articleId}, {QStringLiteral("exact"), a.exact},
                {QStringLiteral("note"), a.note}, {QStringLiteral("author"), a.author},
                {QStringLiteral("created"), a.created}, {QStringLiteral("modified"), a.modified}});
    return row;
}

QVariantMap Rows::anchorRow(const Annotation &a)
{
    return {{QStringLiteral("start_offset"), qint64(a.start)}, {QStringLiteral("end_offset"), qint64(a.end)},
            {QStringLiteral("prefix"), a.prefix}, {QStringLiteral("suffix"), a.suffix},
            {QStringLiteral("orphaned"), a.orphaned ? 1 : 0}};
}

RowChangeList Rows::reanchor(const AnnotationList &annotations, const QString &text)
{
    RowChangeList changes;
    const QList<uint> codePoints = text.toUcs4();
    for (const Annotation &a : annotations) {
        Annotation moved = a;
        const std::optional<TextSpan> span = QuoteSelector{a.exact, a.prefix, a.suffix}.anchorIn(codePoints, a.start);
        moved.orphaned = !span;
        if (span) {
            const QuoteSelector selector = QuoteSelector::fromSpan(codePoints, span->start, span->end);
            moved.start = span->start;
            moved.end = span->end;
            moved.prefix = selector.prefix;
            moved.suffix = selector.suffix;
        }
        changes.append({RowChange::Update, QStringLiteral("annotations"), {{idKey, a.id}}, anchorRow(a), anchorRow(moved)});
    }
    return changes;
}

RowChangeList Rows::annotationInserts(const Annotation &a)
{
    RowChangeList changes{{RowChange::Insert, QStringLiteral("annotations"), {{idKey, a.id}}, {}, annotationRow(a)}};
    QList<qint64> unique = a.tagIds;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (qint64 t : std::as_const(unique))
        changes.append(annotationTag(RowChange::Insert, a.id, t));
    return changes;
}

RowChange Rows::touchAnnotation(const Annotation &a, const QString &stamp)
{
    return {RowChange::Update, QStringLiteral("annotations"), {{idKey, a.id}}, {{QStringLiteral("modified"), a.modified}},
            {{QStringLiteral("modified"), stamp}}};
}

Tag Rows::tagFromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            QColor::fromString(q.value(3).toString()), q.value(4).toString()};
}

QVariantMap Rows::tagRow(const Tag &t)
{
    return {{QStringLiteral("parent_id"), nullIfZero(t.parentId)}, {QStringLiteral("name"), t.name},
            {QStringLiteral("colour"), colourText(t.colour)}, {QStringLiteral("description"), t.description}};
}

RowChange Rows::insertTag(const Tag &t)
{
    return {RowChange::Insert, QStringLiteral("tags"), {{idKey, t.id}}, {}, tagRow(t)};
}

RowChange Rows::deleteTag(const Tag &t)
{
    return {RowChange::Delete, QStringLiteral("tags"), {{idKey, t.id}}, tagRow(t), {}};
}

RowChange Rows::updateTag(qint64 id, const QString &column, const QVariant &before, const QVariant &after)
{
    return {RowChange::Update, QStringLiteral("tags"), {{idKey, id}}, {{column, before}}, {{column, after}}};
}

RowChange Rows::annotationTag(RowChange::Kind kind, qint64 annotationId, qint64 tagId)
{
    return {kind, QStringLiteral("annotation_tags"),
            {{QStringLiteral("annotation_id"), annotationId}, {QStringLiteral("tag_id"), tagId}}, {}, {}};
}

RowChange Rows::articleTag(RowChange::Kind kind, const QVariant &articleId, qint64 tagId, const QVariantMap &extra)
{
    return {kind, QStringLiteral("article_tags"), {{QStringLiteral("article_id"), articleId}, {QStringLiteral("tag_id"), tagId}},
            kind == RowChange::Delete ? extra : QVariantMap(), kind == RowChange::Insert ? extra : QVariantMap()};
}

QList<Rows::Step> Rows::contentsInserts(const ProjectContents &c, const QString &stamp)
{
    QList<Step> steps;
    for (const Article &a : c.articles)
        steps.append({tr("the article “%1”").arg(a.id),
                      {{RowChange::Insert, QStringLiteral("articles"), {{idKey, a.id}}, {}, articleRow(a, stamp)}}});
    QSet<qint64> placed{0};
    TagList pending = c.tags;
    while (!pending.isEmpty()) {
        const auto ready = std::stable_partition(pending.begin(), pending.end(),
                                                 [&](const Tag &t) { return placed.contains(t.parentId); });
        if (ready == pending.begin()) // a missing parent or a cycle: the insert will say so
            placed.insert(pending.first().parentId);
        for (auto it = pending.begin(); it != ready; ++it) {
            steps.append({tr("the tag “%1”").arg(it->name), {insertTag(*it)}});
            placed.insert(it->id);
        }
        pending.erase(pending.begin(), ready);
    }
    for (const Annotation &a : c.annotations)
        steps.append({tr("the annotation %1").arg(a.id), annotationInserts(a)});
    for (const ArticleTagRecord &t : c.articleTags)
        steps.append({tr("the tags of article “%1”").arg(t.articleId),
                      {articleTag(RowChange::Insert, t.articleId, t.tagId,
                                  {{QStringLiteral("author"), t.author},
                                   {QStringLiteral("created"), t.created.isEmpty() ? stamp : t.created}})}});
    appendRecords(steps, RecordTables::meetings(), c.meetings, tr("the meeting %1"));
    appendRecords(steps, RecordTables::statements(), c.statements, tr("the statement %1"));
    appendRecords(steps, RecordTables::officialsEdits(), c.officialsEdits, tr("the officials edit %1"));
    return steps;
}

} // namespace Entente

#pragma once

#include "model/annotation.h"
#include "model/article.h"
#include "model/records.h"
#include "model/tag.h"
#include "store/recordtable.h"
#include "store/rowchange.h"
#include "store/storylinks.h"

#include <QHash>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace Entente {

class ProjectFile;

/// Which annotations a list shows (every field narrows; the defaults keep everything).
struct AnnotationFilter
{
    qint64 id = 0;            ///< only this annotation (0: any)
    QString articleId;        ///< only this article's
    QList<qint64> tagIds;     ///< with at least one of these tags (empty: any)
    bool orphanedOnly = false;
    QString text;             ///< in the quote or the note, ignoring case
    /// Paging: only the annotations after this one in the list's order (article id as SQLite
    /// orders text, that is by code point; start; end; id), at most @p limit (0: all).
    std::optional<AnnotationSpan> after;
    int limit = 0;
};

/**
 * Internal to the store: every question Project answers about what the file holds, read
 * straight from it (Project's const API forwards here), and the questions its verbs ask
 * before they write, such as which rows removing a tag takes with it.
 */
class ProjectQueries
{
public:
    explicit ProjectQueries(const ProjectFile &file);

    bool isEmpty() const;
    ArticleList articles() const; ///< without their texts
    ArticleList articlesWithText() const;
    /// Calls @p visit with each article and its text, in articles() order, one at a time;
    /// stops (and returns false) when @p visit returns false.
    bool forEachArticleText(const std::function<bool(const Article &)> &visit) const;
    QString articleText(const QString &id) const;
    AnnotationList orphanedAnnotations() const;
    QList<AnnotationSpan> annotationSpans() const;
    /// Where the annotations that pass @p filter are, ordered by article id, start, end, id.
    /// @p lastRead, if given, receives the key of the last row read for the page, kept or not
    /// (where the next page starts); it is left alone when no row was read.
    QList<AnnotationSpan> annotationSpans(const AnnotationFilter &filter, AnnotationSpan *lastRead = nullptr) const;
    /// The annotations with these ids, with their tags (in no particular order).
    AnnotationList annotationsWithIds(const QList<qint64> &ids) const;
    int orphanedCount() const;
    /// Titles by article id, of these articles only.
    QHash<QString, QString> articleTitles(const QStringList &ids) const;
    /// Publication years by article id (0 when unknown), for every article.
    QHash<QString, int> articleYears() const;
    Article article(const QString &id) const;
    bool hasArticle(const QString &id) const;
    QString importedAt(const QString &articleId) const;
    QStringList articleIds() const;
    QList<std::pair<QString, StorySketch>> storySketches() const;
    QStringList articlesWithoutSketch() const;
    QList<ImportedOrigin> importedOrigins() const;
    /// The stored sketch columns (exact_key, min_hash, words) of @p articleId; empty if none.
    QVariantMap sketchRow(const QString &articleId) const;
    QList<StoryLink> storyLinks(const QString &articleId) const;
    int importedCount(qint64 importId) const;

    TagList tags() const; ///< parents before children, siblings by name
    Tag tag(qint64 id) const;
    QString tagPath(qint64 id) const;
    qint64 tagIdForPath(const QString &path) const;
    QList<qint64> tagWithDescendants(qint64 id) const;
    QHash<qint64, int> annotationCounts() const;
    /// The deletes that removing the tag @p id means: its subtree, their annotation and
    /// article tags, and the annotations left with no tag.
    RowChangeList tagRemoval(qint64 id) const;
    /// The changes that merging the tag @p sourceId into @p targetId means: its children,
    /// annotations and articles move to the target, then the source goes.
    RowChangeList tagMerge(qint64 sourceId, qint64 targetId) const;

    Annotation annotation(qint64 id) const;
    AnnotationList annotations(const QString &articleId = QString()) const;
    QList<qint64> articleTags(const QString &articleId) const;
    /// Every whole-article tag, with who set it when.
    QList<ArticleTagRecord> articleTagRecords(const QString &where = {}, const QVariantList &values = {}) const;

    /// The records of @p table, narrowed by @p where ("WHERE id = ?") with @p values.
    template<typename Record>
    QList<Record> records(const RecordTable<Record> &table, const QString &where = {}, const QVariantList &values = {}) const
    {
        QList<Record> result;
        QSqlQuery q = query(table.select(where + u' ' + table.orderBy), values);
        while (q.next())
            result.append(table.fromQuery(q));
        return result;
    }

private:
    /// @p sql run with @p values, ready for next() (which is false when it failed).
    QSqlQuery query(const QString &sql, const QVariantList &values = {}) const;
    /// The annotations matching @p condition (an SQL expression over the annotations table,
    /// with @p values; every one when empty), with their tags.
    AnnotationList annotationsWhere(const QString &condition, const QVariantList &values) const;

    const ProjectFile &m_file;
};

} // namespace Entente

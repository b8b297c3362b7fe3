#pragma once

#include "model/annotation.h"
#include "model/article.h"
#include "model/tag.h"
#include "store/projectcontents.h"
#include "store/rowchange.h"

#include <QSqlQuery>

namespace Entente {

/**
 * Internal to the store: the shape of the rows of articles, annotations, annotation_tags,
 * tags and article_tags. Reading a row into a value and writing a value as a row (every
 * column but the key) are told here once, for the verbs, their undo and importContents.
 * (meetings, statements and officials_edits are described by RecordTables.)
 */
namespace Rows {

extern const QString articleColumns;    ///< the SELECT list articleFromQuery() reads
extern const QString articleSummaryColumns; ///< the same with an empty text
extern const QString annotationColumns; ///< the SELECT list annotationFromQuery() reads
extern const QString tagColumns;        ///< the SELECT list tagFromQuery() reads

Article articleFromQuery(const QSqlQuery &q);
QVariantMap articleRow(const Article &article, const QString &importedAt);
Annotation annotationFromQuery(const QSqlQuery &q); ///< without its tags
QVariantMap annotationRow(const Annotation &annotation);
/// The columns re-anchoring changes.
QVariantMap anchorRow(const Annotation &annotation);
/// The updates that re-anchor @p annotations in the article's new @p text by their quote
/// selectors; one whose quote is no longer found keeps its offsets and is marked orphaned.
RowChangeList reanchor(const AnnotationList &annotations, const QString &text);
/// Inserts of an annotation and of its (distinct) tags.
RowChangeList annotationInserts(const Annotation &annotation);
/// Sets the annotation's "modified" to @p stamp (its tags changed).
RowChange touchAnnotation(const Annotation &annotation, const QString &stamp);
Tag tagFromQuery(const QSqlQuery &q);
QVariantMap tagRow(const Tag &tag);

RowChange insertTag(const Tag &tag);
RowChange deleteTag(const Tag &tag);
RowChange updateTag(qint64 id, const QString &column, const QVariant &before, const QVariant &after);
RowChange annotationTag(RowChange::Kind kind, qint64 annotationId, qint64 tagId);
/// @p extra: author and created (kept by a delete for undo, written by an insert).
RowChange articleTag(RowChange::Kind kind, const QVariant &articleId, qint64 tagId, const QVariantMap &extra);

/// Rows written together, and what they are in words ("the annotation 7") for a refusal.
struct Step
{
    QString what;
    RowChangeList changes;
};
/// The inserts that fill an empty project with @p contents, one step per item: tags parents
/// first, whatever their order; meetings, statements and officials edits with id 0 numbered
/// after the highest id given. @p stamp: imported_at, and created where a tag has none.
QList<Step> contentsInserts(const ProjectContents &contents, const QString &stamp);

/// NULL for 0, as parent_id stores "no parent".
QVariant nullIfZero(qint64 id);
QString colourText(const QColor &colour);

} // namespace Rows
} // namespace Entente

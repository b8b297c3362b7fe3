#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Entente {

/**
 * A tagged span of an article: code-point offsets [start, end) into Article::text, the W3C
 * TextQuoteSelector (exact, prefix, suffix) that lets it be re-anchored when the text changes,
 * its tags, a note, and who made it when (ISO 8601 UTC timestamps).
 *
 * An annotation is "orphaned" when a re-imported text no longer contains its quote: it is kept,
 * with its last offsets, and listed by Project::orphanedAnnotations().
 */
struct Annotation
{
    qint64 id = 0;
    QString articleId;
    qsizetype start = 0;
    qsizetype end = 0;
    QString exact;  ///< the quoted text, text[start, end)
    QString prefix; ///< up to 32 code points before the span
    QString suffix; ///< up to 32 code points after the span
    QString note;
    QString author;
    QString created;  ///< ISO 8601 UTC
    QString modified; ///< ISO 8601 UTC
    QList<qint64> tagIds;
    bool orphaned = false;

    bool isNull() const { return id == 0; }
    friend bool operator==(const Annotation &, const Annotation &) = default;
};

using AnnotationList = QList<Annotation>;

/// Where an annotation is, without the rest of it (what a pass over 100,000 needs).
struct AnnotationSpan
{
    qint64 id = 0;
    QString articleId;
    qsizetype start = 0;
    qsizetype end = 0;
};

} // namespace Entente

Q_DECLARE_METATYPE(Entente::Annotation)

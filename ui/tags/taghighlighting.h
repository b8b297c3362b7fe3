#pragma once

#include "model/annotation.h"
#include "reader/highlightspan.h"

#include <QColor>
#include <QHash>
#include <QSet>
#include <QObject>
#include <QPointer>

class QPalette;
class QTimer;

namespace Entente {

class ArticleView;
class Project;
class ReaderArea;

/// Keeps the "tags" highlight layer of every reader pane in step with the project: each
/// annotation's span tinted in its tag's colour. Where annotations overlap (or one span has
/// several tags) the tint is stronger and underlined in the colour of the other tag, so
/// overlaps stay visible; the tooltip lists the tag paths and the note of every annotation
/// under the mouse.
class TagHighlighting : public QObject
{
    Q_OBJECT
public:
    static QString layerName() { return QStringLiteral("tags"); }

    TagHighlighting(Project *project, ReaderArea *reader, QObject *parent = nullptr);

    /// The spans of the "tags" layer for @p articleId, coloured for @p palette. Spans do not
    /// overlap: overlapping annotations are cut into segments, each carrying everything that
    /// covers it; the key is the covering annotation ids, comma-separated.
    static HighlightSpans spansFor(const Project *project, const QString &articleId, const QPalette &palette);
    /// Tag paths and colours read from the project, kept between calls until the tags change.
    struct TagLooks
    {
        QHash<qint64, QString> paths;
        QHash<qint64, QColor> colours;
    };
    /// The same for the annotations @p annotations (of one article), already read; tag paths
    /// and colours are taken from (and added to) @p looks when given.
    static HighlightSpans spansFor(const Project *project, const AnnotationList &annotations, const QPalette &palette,
                                   TagLooks *looks = nullptr);

    /// @p current (spansFor() of the annotations before a change) with [@p from, @p to)
    /// computed again from @p annotations (after it): what one added, changed or removed
    /// annotation needs, instead of every segment of an article of 5,000 annotations. A
    /// segment crossing the range is cut at its ends; the segments cover what spansFor()
    /// would give, and look the same.
    static HighlightSpans patched(const Project *project, const AnnotationList &annotations, const HighlightSpans &current,
                                  qsizetype from, qsizetype to, const QPalette &palette, TagLooks *looks = nullptr);

    /// The spans the layer of @p view was last given.
    HighlightSpans shownSpans(ArticleView *view) const { return m_shown.value(view); }

    /// Re-applies the layer to every pane now.
    void refreshAll();
    void refreshView(ArticleView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void attach(ArticleView *view);
    void scheduleRefresh();
    /// The annotations of @p articleId, read once while a pane shows the article.
    const AnnotationList &annotationsOf(const QString &articleId);
    /// One annotation added, changed (re-read) or removed: the cached list of its article
    /// follows and only the panes showing that article are refreshed.
    void onAnnotation(qint64 id, bool removed);
    /// Refreshes the panes of the articles marked dirty (every pane after scheduleRefresh()).
    void refreshDirty();

    QPointer<Project> m_project;
    QPointer<ReaderArea> m_reader;
    QTimer *m_timer = nullptr;
    QHash<QString, AnnotationList> m_annotations; // by article id, for the articles shown
    QSet<QString> m_dirty;                        // articles whose panes need a refresh
    QHash<QString, std::pair<qsizetype, qsizetype>> m_dirtyRanges; // what changed in them (code points)
    QHash<ArticleView *, HighlightSpans> m_shown; // the spans each pane shows
    TagLooks m_looks;
    bool m_refreshAll = false;
};

} // namespace Entente

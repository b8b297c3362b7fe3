#include "tags/taghighlighting.h"

#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "store/project.h"
#include "tags/tagcolours.h"

#include <QEvent>
#include <QHash>
#include <QPalette>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

namespace Entente {

namespace {

// How strongly a tag colour tints the background: one annotation, and two or more overlapping.
constexpr qreal SingleAlpha = 0.30;
constexpr qreal OverlapAlpha = 0.52;

QColor average(const QList<QColor> &colours)
{
    float r = 0, g = 0, b = 0;
    for (const QColor &c : colours) {
        r += c.redF();
        g += c.greenF();
        b += c.blueF();
    }
    const auto n = float(std::max<qsizetype>(1, colours.size()));
    return QColor::fromRgbF(r / n, g / n, b / n);
}

} // namespace

TagHighlighting::TagHighlighting(Project *project, ReaderArea *reader, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_reader(reader)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &TagHighlighting::refreshDirty);

    connect(project, &Project::annotationAdded, this, [this](qint64 id) { onAnnotation(id, false); });
    connect(project, &Project::annotationChanged, this, [this](qint64 id) { onAnnotation(id, false); });
    connect(project, &Project::annotationRemoved, this, [this](qint64 id) { onAnnotation(id, true); });
    connect(project, &Project::tagsChanged, this, [this] { // colours, names
        m_looks = {};
        scheduleRefresh();
    });
    // Anything else read again: another file, an import (which may re-anchor annotations).
    for (auto signal : {&Project::opened, &Project::closed, &Project::articlesChanged}) {
        connect(project, signal, this, [this] {
            m_annotations.clear();
            m_looks = {};
            scheduleRefresh();
        });
    }
    connect(reader, &ReaderArea::paneOpened, this, &TagHighlighting::attach);
    for (ArticleView *view : reader->articleViews())
        attach(view);
    refreshAll();
}

void TagHighlighting::attach(ArticleView *view)
{
    connect(view, &ArticleView::articleChanged, this, [this, view] { refreshView(view); });
    connect(view, &QObject::destroyed, this, [this, view] { m_shown.remove(view); });
    view->installEventFilter(this);
}

bool TagHighlighting::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        if (auto *view = qobject_cast<ArticleView *>(watched))
            refreshView(view);
    return QObject::eventFilter(watched, event);
}

void TagHighlighting::scheduleRefresh()
{
    m_refreshAll = true;
    m_timer->start();
}

void TagHighlighting::refreshAll()
{
    m_refreshAll = true;
    refreshDirty();
}

const AnnotationList &TagHighlighting::annotationsOf(const QString &articleId)
{
    auto it = m_annotations.find(articleId);
    if (it == m_annotations.end()) {
        // Keep only the articles some pane shows.
        QSet<QString> shown;
        if (m_reader)
            for (ArticleView *view : m_reader->articleViews())
                shown.insert(view->article().id);
        m_annotations.removeIf([&](const auto &entry) { return !shown.contains(entry.key()); });
        it = m_annotations.insert(articleId, m_project->annotations(articleId));
    }
    return *it;
}

void TagHighlighting::onAnnotation(qint64 id, bool removed)
{
    if (!m_project)
        return;
    QString changedArticle;
    qsizetype from = -1, to = -1; // the code points whose segments change
    const auto touch = [&](qsizetype start, qsizetype end) {
        from = from < 0 ? start : std::min(from, start);
        to = std::max(to, end);
    };
    for (auto it = m_annotations.begin(); it != m_annotations.end(); ++it) {
        const auto old = std::find_if(it->cbegin(), it->cend(), [id](const Annotation &a) { return a.id == id; });
        if (old == it->cend())
            continue;
        touch(old->start, old->end);
        it->erase(old);
        changedArticle = it.key();
    }
    if (!removed) {
        const Annotation a = m_project->annotation(id);
        if (!a.isNull()) {
            if (!changedArticle.isEmpty() && changedArticle != a.articleId)
                from = -1; // moved to another article (not done today): redraw both
            changedArticle = a.articleId;
            touch(a.start, a.end);
            if (const auto it = m_annotations.find(a.articleId); it != m_annotations.end()) {
                // Kept in the order annotations() gives: by start, end, id.
                const auto at = std::lower_bound(it->begin(), it->end(), a, [](const Annotation &x, const Annotation &y) {
                    return std::tie(x.start, x.end, x.id) < std::tie(y.start, y.end, y.id);
                });
                it->insert(at, a);
            }
        }
    }
    // Coalesced: a command that changes a thousand annotations refreshes each pane once,
    // over the range their changes cover.
    if (!changedArticle.isEmpty()) {
        const bool known = m_annotations.contains(changedArticle) && from >= 0;
        if (!m_dirty.contains(changedArticle)) {
            m_dirty.insert(changedArticle);
            if (known)
                m_dirtyRanges.insert(changedArticle, {from, to});
        } else if (const auto range = m_dirtyRanges.find(changedArticle); range != m_dirtyRanges.end()) {
            if (known)
                *range = {std::min(range->first, from), std::max(range->second, to)};
            else
                m_dirtyRanges.erase(range);
        }
        m_timer->start();
    }
}

void TagHighlighting::refreshDirty()
{
    m_timer->stop();
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    const auto ranges = std::exchange(m_dirtyRanges, {});
    const bool all = std::exchange(m_refreshAll, false);
    if (!m_reader)
        return;
    for (ArticleView *view : m_reader->articleViews()) {
        const QString id = view->article().id;
        if (all || !dirty.contains(id)) {
            if (all)
                refreshView(view);
            continue;
        }
        const auto range = ranges.constFind(id);
        const auto shown = m_shown.constFind(view);
        if (range == ranges.cend() || shown == m_shown.cend() || !m_project || !m_project->isOpen()) {
            refreshView(view);
            continue;
        }
        const HighlightSpans spans = patched(m_project, annotationsOf(id), *shown, range->first, range->second, view->palette(), &m_looks);
        m_shown.insert(view, spans);
        view->setHighlightLayer(layerName(), spans);
    }
}

void TagHighlighting::refreshView(ArticleView *view)
{
    if (!m_project || view->article().isNull())
        return;
    const HighlightSpans spans = m_project->isOpen() ? spansFor(m_project, annotationsOf(view->article().id), view->palette(), &m_looks) : HighlightSpans();
    m_shown.insert(view, spans);
    if (spans.isEmpty() && !view->highlightLayers().contains(layerName()))
        return;
    view->setHighlightLayer(layerName(), spans);
}

HighlightSpans TagHighlighting::patched(const Project *project, const AnnotationList &annotations, const HighlightSpans &current,
                                        qsizetype from, qsizetype to, const QPalette &palette, TagLooks *looks)
{
    if (to <= from)
        return current;
    // What covers the range now: the annotations reaching into it.
    AnnotationList touching;
    for (const Annotation &a : annotations)
        if (a.start < to && a.end > from)
            touching.append(a);
    HighlightSpans result;
    result.reserve(current.size() + 4);
    const auto clipped = [](HighlightSpan span, qsizetype start, qsizetype end) {
        span.start = start;
        span.end = end;
        return span;
    };
    // The old segments outside the range (cut at its ends), the new ones inside it.
    for (const HighlightSpan &s : current)
        if (s.start < from)
            result.append(s.end <= from ? s : clipped(s, s.start, from));
    for (const HighlightSpan &s : spansFor(project, touching, palette, looks))
        if (s.start < to && s.end > from)
            result.append(clipped(s, std::max(s.start, from), std::min(s.end, to)));
    for (const HighlightSpan &s : current)
        if (s.end > to)
            result.append(s.start >= to ? s : clipped(s, to, s.end));
    std::stable_sort(result.begin(), result.end(), [](const HighlightSpan &a, const HighlightSpan &b) { return a.start < b.start; });
    return result;
}

HighlightSpans TagHighlighting::spansFor(const Project *project, const QString &articleId, const QPalette &palette)
{
    return spansFor(project, project->annotations(articleId), palette);
}

HighlightSpans TagHighlighting::spansFor(const Project *project, const AnnotationList &annotations, const QPalette &palette,
                                         TagLooks *looks)
{
    HighlightSpans result;
    if (annotations.isEmpty())
        return result;

    TagLooks local;
    QHash<qint64, QString> &paths = looks ? looks->paths : local.paths;
    QHash<qint64, QColor> &colours = looks ? looks->colours : local.colours;
    const auto pathOf = [&](qint64 id) {
        auto it = paths.find(id);
        if (it == paths.end())
            it = paths.insert(id, project->tagPath(id));
        return *it;
    };
    const auto colourOf = [&](qint64 id) {
        auto it = colours.find(id);
        if (it == colours.end())
            it = colours.insert(id, TagColours::effective(project, id));
        return *it;
    };
    const QColor base = palette.color(QPalette::Base);
    const QColor untagged = palette.color(QPalette::Mid);

    // Elementary segments between every start and end.
    std::set<qsizetype> bounds;
    for (const Annotation &a : annotations) {
        if (a.end > a.start && !a.orphaned) {
            bounds.insert(a.start);
            bounds.insert(a.end);
        }
    }
    const std::vector<qsizetype> cuts(bounds.begin(), bounds.end());
    // A sweep over the cuts: the annotations covering a segment are those started at or
    // before it and not yet ended (every end is a cut), kept in one small active list.
    QList<const Annotation *> byStart;
    for (const Annotation &a : annotations)
        if (a.end > a.start && !a.orphaned)
            byStart.append(&a);
    std::stable_sort(byStart.begin(), byStart.end(), [](const Annotation *x, const Annotation *y) { return x->start < y->start; });
    QList<const Annotation *> active;
    qsizetype next = 0;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        const qsizetype from = cuts[i], to = cuts[i + 1];
        while (next < byStart.size() && byStart.at(next)->start <= from)
            active.append(byStart.at(next++));
        active.removeIf([from](const Annotation *a) { return a->end <= from; });
        QList<const Annotation *> covering = active;
        if (covering.isEmpty())
            continue;
        // Outer (earlier, longer) annotations first; the innermost decides the underline.
        std::stable_sort(covering.begin(), covering.end(), [](const Annotation *x, const Annotation *y) {
            return x->start != y->start ? x->start < y->start : x->end > y->end;
        });
        QList<QColor> tints;
        QList<qint64> tagOrder;
        QStringList keys, tips;
        for (const Annotation *a : std::as_const(covering)) {
            keys << QString::number(a->id);
            QList<qint64> tagIds = a->tagIds;
            std::sort(tagIds.begin(), tagIds.end(), [&](qint64 x, qint64 y) { return pathOf(x) < pathOf(y); });
            QStringList names;
            for (qint64 t : std::as_const(tagIds)) {
                names << pathOf(t);
                if (!tagOrder.contains(t)) {
                    tagOrder << t;
                    tints << colourOf(t);
                }
            }
            QString tip = names.isEmpty() ? tr("(no tag)") : names.join(QStringLiteral(", "));
            if (!a->note.isEmpty())
                tip += QStringLiteral("\n") + tr("Note: %1").arg(a->note);
            tips << tip;
        }
        QTextCharFormat format;
        const bool overlap = covering.size() > 1 || tagOrder.size() > 1;
        const QColor tint = tints.isEmpty() ? untagged : average(tints);
        format.setBackground(TagColours::blend(tint, base, overlap ? OverlapAlpha : SingleAlpha));
        if (overlap) {
            // The innermost annotation's last tag (or the second tag of a single annotation)
            // underlines the segment, so two tags never look like one.
            const QColor line = tints.isEmpty() ? untagged : tints.last();
            format.setUnderlineStyle(covering.size() > 2 || tagOrder.size() > 2 ? QTextCharFormat::WaveUnderline
                                                                                 : QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(line);
        }
        HighlightSpan span;
        span.start = from;
        span.end = to;
        span.format = format;
        span.toolTip = tips.join(QStringLiteral("\n\u2014\n"));
        span.key = keys.join(u',');
        result.append(span);
    }
    return result;
}

} // namespace Entente

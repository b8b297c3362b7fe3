#pragma once

#include "timeline/timelineentries.h"

#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QSet>
#include <QString>

class QPainter;
class QSize;

namespace Entente {

class TimelineLayout;
class TimelineTicks;
struct TimelinePlacement;

/**
 * Paints one frame of the timeline: the time axis with its two tiers of ticks, the grid, the
 * lanes and their titles, every visible meeting (points, spans, dashed outlines of uncertain
 * dates, labels, selection, focus and highlight) and the density strips of meetings that had
 * no room for a label. TimelineView::paintEvent and TimelineExporter both paint through it,
 * and the view hit-tests with its geometry (markerRect, labelRect), so what is clicked is
 * what was drawn.
 *
 * A frame is the entries, their layout built for the size painted, the day at the left edge
 * of the time area, the lane column's width and the vertical scroll offset. The renderer
 * keeps references to the entries and the layout: it lives no longer than one paint or query.
 */
class TimelineRenderer
{
public:
    static constexpr double AxisHeight = 42;

    TimelineRenderer(const TimelineEntries &entries, const TimelineLayout &layout);

    void setStartDay(double day) { m_startDay = day; }
    void setLaneColumnWidth(double width) { m_laneWidth = width; }
    void setVerticalOffset(double offset) { m_vOffset = offset; }
    void setPalette(const QPalette &palette) { m_palette = palette; }
    void setFont(const QFont &font) { m_font = font; }
    /// Entries drawn selected (indices into the entries).
    void setSelectedEntries(const QSet<int> &entries) { m_selected = entries; }
    /// The current entry gets a focus frame when @p focused.
    void setCurrentEntry(int entry, bool focused)
    {
        m_current = entry;
        m_focused = focused;
    }
    /// Text in the top-left corner, above the lane titles ("By host").
    void setCornerText(const QString &text) { m_cornerText = text; }

    double laneColumnWidth() const { return m_laneWidth; }
    /// The layout's absolute x (day × pixels per day) at x = 0 of the frame.
    double origin() const;
    /// Frame x of the start of Julian day @p day.
    double xForDay(double day) const;
    /// Top of the row of @p p in the frame (the overflow strip is the row under the last).
    double rowTop(const TimelinePlacement &p) const;
    /// The marker of @p p, as hit-tested and as QAbstractItemView::visualRect reports it.
    QRectF markerRect(const TimelinePlacement &p) const;
    /// Where the label of a labelled placement is drawn.
    QRectF labelRect(const TimelinePlacement &p) const;

    /// The marker of @p entry in its first lane, or an empty rectangle.
    QRectF markerRectOf(int entry) const;
    /// The entry whose marker (give or take 3 pixels) or label is at @p point, or -1.
    int entryAt(const QPointF &point) const;
    /// The entries whose markers meet @p rect.
    QList<int> entriesIn(const QRectF &rect) const;
    /// Every label drawn in a frame @p width pixels wide.
    QList<QRectF> labelRects(double width) const;

    /// Paints the frame over (0, 0, size), clipped to it.
    void paint(QPainter *painter, const QSize &size) const;

    /// Width of a lane column that holds @p lanes' titles in the bold of @p font.
    static double laneColumnWidth(const QList<TimelineLane> &lanes, const QFont &font);

private:
    void paintLanes(QPainter *p, const TimelineTicks &ticks, double width, double height) const;
    void paintEntries(QPainter *p, double width, double height) const;
    void paintLaneTitles(QPainter *p, double height) const;
    void paintAxis(QPainter *p, const TimelineTicks &ticks, double width) const;
    QFont boldFont() const;

    const TimelineEntries &m_entries;
    const TimelineLayout &m_layout;
    double m_startDay = 0;
    double m_laneWidth = 120;
    double m_vOffset = 0;
    QPalette m_palette;
    QFont m_font;
    QSet<int> m_selected;
    int m_current = -1;
    bool m_focused = false;
    QString m_cornerText;
};

} // namespace Entente

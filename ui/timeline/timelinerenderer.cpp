#include "timeline/timelinerenderer.h"

#include "timeline/timelinelayout.h"
#include "timeline/timelineticks.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Entente {

namespace {

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

} // namespace

TimelineRenderer::TimelineRenderer(const TimelineEntries &entries, const TimelineLayout &layout)
    : m_entries(entries)
    , m_layout(layout)
{
}

double TimelineRenderer::laneColumnWidth(const QList<TimelineLane> &lanes, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    double widest = 60;
    for (const TimelineLane &lane : lanes)
        widest = std::max(widest, fm.horizontalAdvance(lane.title));
    return std::ceil(std::min(widest + 20, 200.0));
}

QFont TimelineRenderer::boldFont() const
{
    QFont bold = m_font;
    bold.setBold(true);
    return bold;
}

double TimelineRenderer::origin() const
{
    return m_startDay * m_layout.pixelsPerDay() - m_laneWidth;
}

double TimelineRenderer::xForDay(double day) const
{
    return day * m_layout.pixelsPerDay() - origin();
}

double TimelineRenderer::rowTop(const TimelinePlacement &p) const
{
    const TimelineLane &lane = m_layout.lanes().at(p.lane);
    const int sub = p.subRow >= 0 ? p.subRow : lane.rows;
    return AxisHeight + lane.top - m_vOffset + sub * TimelineLayout::RowHeight;
}

QRectF TimelineRenderer::markerRect(const TimelinePlacement &p) const
{
    const double top = rowTop(p);
    const double x0 = p.x0 - origin();
    if (p.subRow < 0)
        return QRectF(x0, top + 1, std::max(2.0, p.x1 - p.x0), TimelineLayout::OverflowHeight - 2);
    const double cy = top + TimelineLayout::RowHeight / 2;
    const double half = m_entries.at(p.entry).point ? TimelineLayout::PointRadius + 1 : TimelineLayout::SpanHeight / 2;
    return QRectF(x0, cy - half, p.x1 - p.x0, 2 * half);
}

QRectF TimelineRenderer::labelRect(const TimelinePlacement &p) const
{
    const TimelineEntry &e = m_entries.at(p.entry);
    const double o = origin();
    QRectF r = TimelineLayout::labelRect(p, e);
    r.translate(-o, rowTop(p));
    // A label inside a span that starts off screen slides along to stay readable; it never
    // leaves its span, so it cannot meet another label.
    const double x0 = p.x0 - o;
    const double x1 = p.x1 - o;
    const double edge = m_laneWidth + TimelineLayout::LabelGap;
    if (!e.point && r.left() < x1 && r.left() < edge) {
        const double slid = std::min(edge, x1 - TimelineLayout::LabelGap - r.width());
        r.moveLeft(std::max(r.left(), std::max(x0 + TimelineLayout::LabelGap, slid)));
    }
    return r;
}

QRectF TimelineRenderer::markerRectOf(int entry) const
{
    const QList<int> placements = m_layout.placementsOf(entry);
    return placements.isEmpty() ? QRectF() : markerRect(m_layout.placements().at(placements.constFirst()));
}

int TimelineRenderer::entryAt(const QPointF &point) const
{
    if (point.x() < m_laneWidth || point.y() < AxisHeight)
        return -1;
    const double x = point.x() + origin();
    int found = -1;
    m_layout.forEachVisible(x - TimelineLayout::ItemGap - 400, x + 4, [&](const TimelinePlacement &p) {
        if (found < 0 && (markerRect(p).adjusted(-3, -3, 3, 3).contains(point) || (p.labelled && labelRect(p).contains(point))))
            found = p.entry;
    });
    return found;
}

QList<int> TimelineRenderer::entriesIn(const QRectF &rect) const
{
    QList<int> found;
    for (const TimelinePlacement &p : m_layout.placements()) {
        if (markerRect(p).intersects(rect))
            found.append(p.entry);
    }
    return found;
}

QList<QRectF> TimelineRenderer::labelRects(double width) const
{
    QList<QRectF> rects;
    m_layout.forEachVisible(origin() + m_laneWidth, origin() + width, [&](const TimelinePlacement &p) {
        if (p.labelled)
            rects.append(labelRect(p));
    });
    return rects;
}

void TimelineRenderer::paint(QPainter *p, const QSize &size) const
{
    const double width = size.width();
    const double height = size.height();
    p->save();
    p->setClipRect(QRectF(0, 0, width, height), Qt::IntersectClip);
    p->setRenderHint(QPainter::Antialiasing, true);
    p->fillRect(QRectF(0, 0, width, height), m_palette.color(QPalette::Base));
    const double ppd = m_layout.pixelsPerDay();
    const TimelineTicks ticks = TimelineTicks::compute(m_startDay, m_startDay + (width - m_laneWidth) / ppd, ppd);
    paintLanes(p, ticks, width, height);
    paintEntries(p, width, height);
    paintLaneTitles(p, height);
    paintAxis(p, ticks, width);
    p->restore();
}

void TimelineRenderer::paintLanes(QPainter *p, const TimelineTicks &ticks, double width, double height) const
{
    // Alternate lane backgrounds and their dividers.
    const QList<TimelineLane> &lanes = m_layout.lanes();
    p->save();
    p->setClipRect(QRectF(0, AxisHeight, width, height - AxisHeight), Qt::IntersectClip);
    for (int i = 0; i < lanes.size(); ++i) {
        const TimelineLane &lane = lanes.at(i);
        const QRectF r(0, AxisHeight + lane.top - m_vOffset, width, lane.height);
        if (i % 2 == 1)
            p->fillRect(r, m_palette.color(QPalette::AlternateBase));
        p->setPen(QPen(withAlpha(m_palette.color(QPalette::Mid), 140), 1));
        p->drawLine(QPointF(0, r.bottom()), QPointF(width, r.bottom()));
    }
    p->restore();

    // The grid: a line per minor tick, a stronger one per major tick.
    p->save();
    p->setClipRect(QRectF(m_laneWidth, 0, width - m_laneWidth, height), Qt::IntersectClip);
    p->setPen(QPen(withAlpha(m_palette.color(QPalette::Mid), 90), 1));
    for (const TimelineTicks::Tick &t : ticks.minor()) {
        const double x = std::round(xForDay(t.day)) + 0.5;
        p->drawLine(QPointF(x, AxisHeight), QPointF(x, height));
    }
    p->setPen(QPen(withAlpha(m_palette.color(QPalette::Dark), 160), 1));
    for (const TimelineTicks::Tick &t : ticks.major()) {
        const double x = std::round(xForDay(t.day)) + 0.5;
        p->drawLine(QPointF(x, AxisHeight), QPointF(x, height));
    }
    p->restore();
}

void TimelineRenderer::paintEntries(QPainter *p, double width, double height) const
{
    const QColor text = m_palette.color(QPalette::Text);
    const QColor accent = m_palette.color(QPalette::Link);
    const QColor highlight = m_palette.color(QPalette::Highlight);
    const QColor highlightedText = m_palette.color(QPalette::HighlightedText);
    const QFontMetricsF fm(m_font);
    const double o = origin();

    p->save();
    p->setClipRect(QRectF(m_laneWidth, AxisHeight, width - m_laneWidth, height - AxisHeight), Qt::IntersectClip);
    p->setFont(m_font);
    // Overflow placements are merged into runs so that a dense strip costs one rectangle per run.
    int runLane = -1;
    double runX0 = 0, runX1 = -1e300, runY = 0;
    auto flushRun = [&] {
        if (runLane >= 0 && runX1 > runX0 - 1e200)
            p->fillRect(QRectF(runX0, runY + 2, std::max(2.0, runX1 - runX0), TimelineLayout::OverflowHeight - 4),
                        withAlpha(text, 110));
        runLane = -1;
    };
    m_layout.forEachVisible(o + m_laneWidth, o + width, [&](const TimelinePlacement &pl) {
        const TimelineEntry &e = m_entries.at(pl.entry);
        const double top = rowTop(pl);
        if (top > height || top + TimelineLayout::RowHeight < AxisHeight)
            return;
        const double x0 = pl.x0 - o;
        const double x1 = pl.x1 - o;
        if (pl.subRow < 0) {
            if (runLane == pl.lane && x0 <= runX1 + 1) {
                runX1 = std::max(runX1, x1);
            } else {
                flushRun();
                runLane = pl.lane;
                runX0 = x0;
                runX1 = x1;
                runY = top;
            }
            return;
        }
        const bool isSelected = m_selected.contains(pl.entry);
        const double cy = top + TimelineLayout::RowHeight / 2;
        const double r = TimelineLayout::PointRadius;
        const QRectF marker = e.point ? QRectF((x0 + x1) / 2 - r, cy - r, 2 * r, 2 * r)
                                      : QRectF(x0, cy - TimelineLayout::SpanHeight / 2, x1 - x0, TimelineLayout::SpanHeight);
        if (e.highlighted) {
            p->setPen(Qt::NoPen);
            p->setBrush(withAlpha(highlight, 90));
            if (e.point)
                p->drawEllipse(marker.adjusted(-4, -4, 4, 4));
            else
                p->drawRoundedRect(marker.adjusted(-3, -3, 3, 3), 5, 5);
        }
        QPen pen(isSelected ? highlight : (e.point ? text : accent), isSelected ? 2.5 : 1.4);
        if (e.uncertain)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        QColor fill = isSelected ? highlight : accent;
        fill.setAlpha(e.point ? (e.uncertain ? 110 : 255) : (e.uncertain ? 40 : 80));
        p->setBrush(fill);
        if (e.point)
            p->drawEllipse(marker);
        else
            p->drawRoundedRect(marker, 3, 3);
        if (pl.labelled) {
            const QRectF label = labelRect(pl);
            if (isSelected) {
                p->setPen(Qt::NoPen);
                p->setBrush(highlight);
                p->drawRoundedRect(label.adjusted(-2, 2, 2, -2), 3, 3);
                p->setPen(highlightedText);
            } else {
                p->setPen(text);
            }
            p->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, e.elided);
            if (e.highlighted && !isSelected) {
                p->setPen(QPen(highlight, 1.5));
                const double y = label.center().y() + fm.height() / 2;
                p->drawLine(QPointF(label.left(), y), QPointF(label.left() + e.labelWidth, y));
            }
        }
        if (pl.entry == m_current && m_focused) {
            p->setPen(QPen(text, 1, Qt::DotLine));
            p->setBrush(Qt::NoBrush);
            p->drawRect(marker.adjusted(-3, -3, 3, 3));
        }
    });
    flushRun();
    p->restore();
}

void TimelineRenderer::paintLaneTitles(QPainter *p, double height) const
{
    const QFont bold = boldFont();
    const QFontMetricsF fm(bold);
    const QPen divider(withAlpha(m_palette.color(QPalette::Mid), 140), 1);
    p->save();
    p->setClipRect(QRectF(0, AxisHeight, m_laneWidth, height - AxisHeight), Qt::IntersectClip);
    p->fillRect(QRectF(0, AxisHeight, m_laneWidth, height - AxisHeight), m_palette.color(QPalette::Window));
    p->setFont(bold);
    for (const TimelineLane &lane : m_layout.lanes()) {
        const double top = AxisHeight + lane.top - m_vOffset;
        const QRectF r(8, top, m_laneWidth - 14, std::min(lane.height, TimelineLayout::RowHeight + 4));
        p->setPen(m_palette.color(QPalette::WindowText));
        p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(lane.title, Qt::ElideRight, r.width()));
        p->setPen(divider);
        p->drawLine(QPointF(0, top + lane.height), QPointF(m_laneWidth, top + lane.height));
    }
    p->restore();
    p->setPen(QPen(m_palette.color(QPalette::Mid), 1));
    p->drawLine(QPointF(m_laneWidth - 0.5, 0), QPointF(m_laneWidth - 0.5, height));
}

void TimelineRenderer::paintAxis(QPainter *p, const TimelineTicks &ticks, double width) const
{
    const QFont bold = boldFont();
    const QFontMetricsF boldMetrics(bold);

    p->fillRect(QRectF(0, 0, width, AxisHeight), m_palette.color(QPalette::Window));
    p->setPen(QPen(m_palette.color(QPalette::Mid), 1));
    p->drawLine(QPointF(0, AxisHeight - 0.5), QPointF(width, AxisHeight - 0.5));
    p->save();
    p->setClipRect(QRectF(m_laneWidth, 0, width - m_laneWidth, AxisHeight), Qt::IntersectClip);
    // Major tier on top, minor tier below; with years as the minor unit, one tier.
    const double tier = AxisHeight / 2;
    p->setPen(m_palette.color(QPalette::WindowText));
    p->setFont(bold);
    const QList<TimelineTicks::Tick> &major = ticks.hasMajor() ? ticks.major() : ticks.minor();
    for (int i = 0; i < major.size(); ++i) {
        const double x = xForDay(major.at(i).day);
        const double nextX = i + 1 < major.size() ? xForDay(major.at(i + 1).day) : width;
        // Sticky label: stays at the left edge while its period is on screen.
        const double textWidth = boldMetrics.horizontalAdvance(major.at(i).label);
        const double lx = std::clamp(x + 4, m_laneWidth + 4, std::max(m_laneWidth + 4, nextX - textWidth - 6));
        p->drawLine(QPointF(std::round(x) + 0.5, 0), QPointF(std::round(x) + 0.5, AxisHeight));
        if (nextX - lx < textWidth + 2)
            continue; // the period is almost off screen: no room for its name
        p->drawText(QRectF(lx, 0, std::max(0.0, nextX - lx), ticks.hasMajor() ? tier : AxisHeight),
                    Qt::AlignLeft | Qt::AlignVCenter, major.at(i).label);
    }
    if (ticks.hasMajor()) {
        p->setFont(m_font);
        p->setPen(withAlpha(m_palette.color(QPalette::WindowText), 200));
        const QList<TimelineTicks::Tick> &minor = ticks.minor();
        for (int i = 0; i < minor.size(); ++i) {
            const double x = xForDay(minor.at(i).day);
            const double nextX = i + 1 < minor.size() ? xForDay(minor.at(i + 1).day) : x + 60;
            p->drawLine(QPointF(std::round(x) + 0.5, tier + 4), QPointF(std::round(x) + 0.5, AxisHeight));
            p->drawText(QRectF(x + 3, tier, std::max(0.0, nextX - x - 4), tier), Qt::AlignLeft | Qt::AlignVCenter,
                        minor.at(i).label);
        }
    }
    p->restore();

    // The corner above the lane titles.
    p->setFont(m_font);
    p->setPen(withAlpha(m_palette.color(QPalette::WindowText), 180));
    p->drawText(QRectF(8, 0, m_laneWidth - 12, AxisHeight), Qt::AlignLeft | Qt::AlignVCenter, m_cornerText);
}

} // namespace Entente

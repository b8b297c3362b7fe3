#include "timeline/timelinelayout.h"

#include <QHash>

#include <algorithm>

namespace Entente {

double TimelineLayout::labelX(double x0, double x1, const TimelineEntry &e)
{
    // Inside a span wide enough to hold it, otherwise right of the marker.
    const bool inside = !e.point && x1 - x0 >= e.labelWidth + 2 * LabelGap;
    return inside ? x0 + LabelGap : x1 + LabelGap;
}

QRectF TimelineLayout::labelRect(const TimelinePlacement &p, const TimelineEntry &e)
{
    return QRectF(labelX(p.x0, p.x1, e), 0, e.labelWidth, RowHeight);
}

int TimelineLayout::rowsPerLane(double height, qsizetype lanes, bool scrolling)
{
    // Lanes take only the rows they use. With few lanes the rows share the height; with many
    // each lane may take a few rows and the view scrolls vertically.
    const double perLane = height / double(std::max<qsizetype>(1, lanes)) - LanePadding - OverflowHeight;
    const int fitting = int(perLane / RowHeight);
    return std::clamp(scrolling ? std::max(fitting, 4) : fitting, 2, 12);
}

void TimelineLayout::ensure(const QList<TimelineEntry> &entries, const QList<TimelineLane> &lanes, double ppd,
                            int maxRowsPerLane)
{
    if (!m_valid || ppd != m_ppd || std::max(1, maxRowsPerLane) != m_maxRows)
        build(entries, lanes, ppd, maxRowsPerLane);
}

void TimelineLayout::build(const QList<TimelineEntry> &entries, const QList<TimelineLane> &lanes, double ppd,
                           int maxRowsPerLane)
{
    m_valid = true;
    m_ppd = ppd;
    m_maxRows = std::max(1, maxRowsPerLane);
    m_lanes = lanes;
    m_placements.clear();
    m_byEntry = QList<QList<int>>(entries.size());
    m_rows = QList<QList<QList<int>>>(lanes.size());
    m_overflow = QList<QList<int>>(lanes.size());
    m_overflowMax = QList<QList<double>>(lanes.size());

    QHash<QString, int> laneIndex;
    for (int i = 0; i < lanes.size(); ++i)
        laneIndex.insert(lanes.at(i).key, i);
    // Right edge of the last placement in each row of each lane.
    QList<QList<double>> rowEnd(lanes.size());

    for (int ei = 0; ei < entries.size(); ++ei) {
        const TimelineEntry &e = entries.at(ei);
        double x0, x1;
        if (e.point) {
            const double c = (e.startDay + 0.5) * ppd;
            x0 = c - PointRadius;
            x1 = c + PointRadius;
        } else {
            x0 = e.startDay * ppd;
            x1 = std::max(e.endDay * ppd, x0 + MinSpanWidth);
        }
        for (const QString &key : e.lanes) {
            const int lane = laneIndex.value(key, -1);
            if (lane < 0)
                continue;
            TimelinePlacement p{ei, lane, -1, x0, x1, x1 + ItemGap, false};
            QList<double> &ends = rowEnd[lane];
            const double withLabel = std::max(x1, labelX(x0, x1, e) + e.labelWidth) + ItemGap;
            int row = -1;
            for (int r = 0; r < m_maxRows; ++r) {
                if (r >= ends.size() || ends.at(r) <= x0) {
                    row = r;
                    break;
                }
            }
            if (row >= 0 && !e.elided.isEmpty()) {
                p.labelled = true;
                p.extentEnd = withLabel;
            }
            const int index = int(m_placements.size());
            if (row >= 0) {
                p.subRow = row;
                while (ends.size() <= row)
                    ends.append(-1e300);
                ends[row] = p.extentEnd;
                while (m_rows[lane].size() <= row)
                    m_rows[lane].append(QList<int>());
                m_rows[lane][row].append(index);
            } else {
                const double prev = m_overflowMax[lane].isEmpty() ? -1e300 : m_overflowMax[lane].constLast();
                m_overflow[lane].append(index);
                m_overflowMax[lane].append(std::max(prev, x1));
            }
            m_placements.append(p);
            m_byEntry[ei].append(index);
        }
    }

    double top = 0;
    for (int i = 0; i < m_lanes.size(); ++i) {
        TimelineLane &lane = m_lanes[i];
        lane.rows = std::max<int>(1, int(m_rows.at(i).size()));
        lane.overflow = !m_overflow.at(i).isEmpty();
        lane.top = top;
        lane.height = lane.rows * RowHeight + (lane.overflow ? OverflowHeight : 0) + LanePadding;
        top += lane.height;
    }
    m_totalHeight = top;
}

void TimelineLayout::forEachVisible(double x0, double x1, const std::function<void(const TimelinePlacement &)> &visit) const
{
    for (int lane = 0; lane < m_rows.size(); ++lane) {
        for (const QList<int> &row : m_rows.at(lane)) {
            // No overlaps inside a row: extentEnd is sorted too, so search it.
            auto it = std::partition_point(row.cbegin(), row.cend(),
                                           [&](int i) { return m_placements.at(i).extentEnd <= x0; });
            for (; it != row.cend(); ++it) {
                const TimelinePlacement &p = m_placements.at(*it);
                if (p.x0 >= x1)
                    break;
                visit(p);
            }
        }
        const QList<int> &over = m_overflow.at(lane);
        const QList<double> &maxEnd = m_overflowMax.at(lane);
        qsizetype first = std::partition_point(maxEnd.cbegin(), maxEnd.cend(), [&](double v) { return v < x0; })
            - maxEnd.cbegin();
        for (qsizetype i = first; i < over.size(); ++i) {
            const TimelinePlacement &p = m_placements.at(over.at(i));
            if (p.x0 >= x1)
                break;
            if (p.x1 >= x0)
                visit(p);
        }
    }
}

} // namespace Entente

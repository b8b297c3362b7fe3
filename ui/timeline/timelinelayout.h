#pragma once

#include "timeline/timelineentries.h"

#include <QList>
#include <QRectF>

#include <functional>

namespace Entente {

/// One placement of an entry in a lane, in absolute pixels (x = day * pixels per day).
struct TimelinePlacement
{
    int entry = -1;       ///< index into the entries
    int lane = -1;
    int subRow = -1;      ///< row inside the lane; -1 = overflow strip
    double x0 = 0;        ///< marker extent
    double x1 = 0;
    double extentEnd = 0; ///< right edge of marker and label, plus the gap
    bool labelled = false;
};

/**
 * Greedy row packing of meeting markers and labels, per lane, at one zoom level. The result
 * depends on the zoom, the font and the height available, never on the pan position, so the
 * view computes it once per zoom and answers "what is visible between x0 and x1" by binary
 * search: painting costs O(visible).
 *
 * Entries are taken left to right; each goes, with its label, into the first row of its lane
 * whose last label ends before the marker starts; when every row is taken it goes to the
 * lane's overflow strip (drawn as a density band, without a label). Within a row nothing
 * overlaps, so labels never do.
 */
class TimelineLayout
{
public:
    static constexpr double RowHeight = 22;
    static constexpr double OverflowHeight = 8;
    static constexpr double LanePadding = 6;
    static constexpr double PointRadius = 5;
    static constexpr double SpanHeight = 16;
    static constexpr double MinSpanWidth = 8;
    static constexpr double LabelGap = 4;
    static constexpr double ItemGap = 10;

    /// @p entries must be sorted by startDay. @p lanes gives the lane order.
    void build(const QList<TimelineEntry> &entries, const QList<TimelineLane> &lanes, double pixelsPerDay,
               int maxRowsPerLane);
    /// Builds unless built for the same zoom and rows since the last invalidate().
    void ensure(const QList<TimelineEntry> &entries, const QList<TimelineLane> &lanes, double pixelsPerDay,
                int maxRowsPerLane);
    void invalidate() { m_valid = false; }
    /// How many rows a lane may take in @p height pixels shared by @p lanes lanes. With
    /// @p scrolling (many lanes, as by official) at least 4, and the view scrolls.
    static int rowsPerLane(double height, qsizetype lanes, bool scrolling);

    double pixelsPerDay() const { return m_ppd; }
    int maxRowsPerLane() const { return m_maxRows; }
    const QList<TimelineLane> &lanes() const { return m_lanes; }
    double totalHeight() const { return m_totalHeight; }
    const QList<TimelinePlacement> &placements() const { return m_placements; }
    /// Placement indices of @p entry (one per lane it appears in).
    QList<int> placementsOf(int entry) const { return m_byEntry.value(entry); }

    /// Calls @p visit with every placement whose extent meets [x0, x1) (absolute pixels), lane
    /// by lane and row by row; overflow placements come last in each lane.
    void forEachVisible(double x0, double x1, const std::function<void(const TimelinePlacement &)> &visit) const;

    /// Where the label of @p e starts for a marker over [x0, x1): inside a wide span, else after it.
    static double labelX(double x0, double x1, const TimelineEntry &e);
    /// The label rectangle of a labelled placement, relative to its row (x absolute).
    static QRectF labelRect(const TimelinePlacement &p, const TimelineEntry &e);

private:
    bool m_valid = false;
    double m_ppd = 1;
    int m_maxRows = 1;
    double m_totalHeight = 0;
    QList<TimelineLane> m_lanes;
    QList<TimelinePlacement> m_placements;
    QList<QList<int>> m_byEntry;
    // m_rows[lane][subRow] = placement indices sorted by x0 (and by extentEnd: no overlaps)
    QList<QList<QList<int>>> m_rows;
    // m_overflow[lane] = placement indices sorted by x0; m_overflowMax[lane][i] = max x1 so far
    QList<QList<int>> m_overflow;
    QList<QList<double>> m_overflowMax;
};

} // namespace Entente

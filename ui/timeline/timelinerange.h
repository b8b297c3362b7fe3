#pragma once

#include "timeline/timelineentries.h"

#include <QDate>
#include <QList>

namespace Entente {

/**
 * The stretch of time the timeline shows across a time area of some width: the (fractional)
 * Julian day at the left edge and the number of days across. Zooming keeps a day in place
 * and stays between MaxPixelsPerDay and MaxYearsVisible; fitting leaves room for every label.
 * Pure arithmetic, so the view's zoom, pan and fit behave the same at any size.
 */
class TimelineRange
{
public:
    static constexpr double MaxPixelsPerDay = 240;
    static constexpr double MaxYearsVisible = 40;

    double startDay() const { return m_startDay; }
    double spanDays() const { return m_spanDays; }
    /// First and last day at least partly visible.
    QDate first() const;
    QDate last() const;
    double pixelsPerDay(double width) const { return width / m_spanDays; }

    /// Shows [first, last] across @p width pixels (within the zoom bounds). False, and no
    /// change, when the dates are not a valid range.
    bool show(QDate first, QDate last, double width);
    /// Zooms to @p ppd pixels per day, keeping the day @p anchor pixels right of the left
    /// edge where it is.
    void zoomTo(double ppd, double anchor, double width);
    /// Moves the days by @p pixels to the right (earlier days come into view).
    void panBy(double pixels, double width);
    void setStartDay(double day) { m_startDay = day; }
    /// Brings [startDay, endDay) clear of the edges, centring it if it is not, or always when
    /// @p centre. Returns whether the range moved.
    bool reveal(double startDay, double endDay, bool centre);
    /// Shows every entry, with a little room on the left and, on the right, enough for every
    /// label to end on screen. @p entries must be sorted by start and not empty.
    void fit(const QList<TimelineEntry> &entries, double width, double labelGap);

private:
    double m_startDay = 0;    // Julian day at the left edge of the time area
    double m_spanDays = 1461; // days across the time area
};

} // namespace Entente

#include "timeline/timelinerange.h"

#include <algorithm>
#include <cmath>

namespace Entente {

QDate TimelineRange::first() const
{
    return QDate::fromJulianDay(qint64(std::floor(m_startDay)));
}

QDate TimelineRange::last() const
{
    return QDate::fromJulianDay(qint64(std::ceil(m_startDay + m_spanDays)) - 1);
}

bool TimelineRange::show(QDate first, QDate last, double width)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return false;
    m_startDay = double(first.toJulianDay());
    m_spanDays = std::clamp(double(last.toJulianDay() + 1 - first.toJulianDay()), width / MaxPixelsPerDay,
                            MaxYearsVisible * 365.25);
    return true;
}

void TimelineRange::zoomTo(double ppd, double anchor, double width)
{
    const double anchorDay = m_startDay + anchor / pixelsPerDay(width);
    ppd = std::clamp(ppd, width / (MaxYearsVisible * 365.25), MaxPixelsPerDay);
    m_spanDays = width / ppd;
    m_startDay = anchorDay - anchor / ppd;
}

void TimelineRange::panBy(double pixels, double width)
{
    m_startDay -= pixels / pixelsPerDay(width);
}

bool TimelineRange::reveal(double startDay, double endDay, bool centre)
{
    // Visible enough when some of it is on screen, clear of the edges.
    const double margin = m_spanDays * 0.02;
    const bool outside = endDay <= m_startDay + margin || startDay >= m_startDay + m_spanDays - margin;
    if (!outside && !centre)
        return false;
    m_startDay = (startDay + endDay) / 2 - m_spanDays / 2;
    return true;
}

void TimelineRange::fit(const QList<TimelineEntry> &entries, double width, double labelGap)
{
    const double first = entries.constFirst().startDay;
    double last = first;
    for (const TimelineEntry &e : entries)
        last = std::max(last, e.endDay);
    const double margin = std::max(30.0, last - first) * 0.015 + 1;
    const double left = std::floor(first - margin);
    double ppd = width / (last + margin - left);
    for (const TimelineEntry &e : entries) {
        const double room = width - e.labelWidth - labelGap;
        const double days = (e.point ? e.startDay + 1 : e.endDay) - left;
        if (room > width / 3 && days > 0)
            ppd = std::min(ppd, room / days);
    }
    show(QDate::fromJulianDay(qint64(left)), QDate::fromJulianDay(qint64(std::ceil(left + width / ppd)) - 1), width);
}

} // namespace Entente

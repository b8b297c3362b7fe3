#pragma once

#include <QList>
#include <QString>

namespace Entente {

/**
 * The ticks of the timeline's time axis for a visible range and zoom: a minor tier (days,
 * weeks, months, quarters or years, whichever is the finest unit still at least
 * MinimumSpacing pixels apart) and a major tier one unit up (months over days and weeks,
 * years over months and quarters).
 */
class TimelineTicks
{
public:
    enum class Unit { Day, Week, Month, Quarter, Year };
    struct Tick
    {
        double day;  ///< Julian day where the tick's period starts
        QString label;
    };

    static constexpr double MinimumSpacing = 48;

    /// Ticks covering [firstDay, lastDay] (Julian days) at @p pixelsPerDay.
    static TimelineTicks compute(double firstDay, double lastDay, double pixelsPerDay);

    Unit minorUnit() const { return m_minorUnit; }
    int yearStep() const { return m_yearStep; }
    bool hasMajor() const { return m_minorUnit != Unit::Year; }
    const QList<Tick> &minor() const { return m_minor; }
    const QList<Tick> &major() const { return m_major; }

private:
    Unit m_minorUnit = Unit::Year;
    int m_yearStep = 1;
    QList<Tick> m_minor;
    QList<Tick> m_major;
};

} // namespace Entente

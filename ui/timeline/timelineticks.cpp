#include "timeline/timelineticks.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <cmath>

namespace Entente {

namespace {

QDate unitStart(QDate d, TimelineTicks::Unit unit, int yearStep)
{
    switch (unit) {
    case TimelineTicks::Unit::Day: return d;
    case TimelineTicks::Unit::Week: return d.addDays(1 - d.dayOfWeek());
    case TimelineTicks::Unit::Month: return QDate(d.year(), d.month(), 1);
    case TimelineTicks::Unit::Quarter: return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
    case TimelineTicks::Unit::Year: {
        int y = d.year() - (((d.year() % yearStep) + yearStep) % yearStep);
        return QDate(y, 1, 1);
    }
    }
    return d;
}

QDate next(QDate d, TimelineTicks::Unit unit, int yearStep)
{
    switch (unit) {
    case TimelineTicks::Unit::Day: return d.addDays(1);
    case TimelineTicks::Unit::Week: return d.addDays(7);
    case TimelineTicks::Unit::Month: return d.addMonths(1);
    case TimelineTicks::Unit::Quarter: return d.addMonths(3);
    case TimelineTicks::Unit::Year: return d.addYears(yearStep);
    }
    return d.addDays(1);
}

QString label(QDate d, TimelineTicks::Unit unit, bool major)
{
    const QLocale locale;
    switch (unit) {
    case TimelineTicks::Unit::Day: return QString::number(d.day());
    case TimelineTicks::Unit::Week: return locale.toString(d, QStringLiteral("d MMM"));
    case TimelineTicks::Unit::Month:
        return major ? locale.standaloneMonthName(d.month()) + u' ' + QString::number(d.year())
                     : locale.standaloneMonthName(d.month(), QLocale::ShortFormat);
    case TimelineTicks::Unit::Quarter:
        return QCoreApplication::translate("Entente::TimelineTicks", "Q%1").arg((d.month() - 1) / 3 + 1);
    case TimelineTicks::Unit::Year: return QString::number(d.year());
    }
    return QString();
}

QList<TimelineTicks::Tick> ticks(double firstDay, double lastDay, TimelineTicks::Unit unit, int yearStep, bool major)
{
    QList<TimelineTicks::Tick> out;
    QDate d = unitStart(QDate::fromJulianDay(qint64(std::floor(firstDay))), unit, yearStep);
    const QDate last = QDate::fromJulianDay(qint64(std::ceil(lastDay)));
    while (d.isValid() && d <= last && out.size() < 5000) {
        out.append({double(d.toJulianDay()), label(d, unit, major)});
        d = next(d, unit, yearStep);
    }
    return out;
}

} // namespace

TimelineTicks TimelineTicks::compute(double firstDay, double lastDay, double ppd)
{
    TimelineTicks t;
    struct Choice { Unit unit; double days; };
    static const Choice choices[] = {{Unit::Day, 1}, {Unit::Week, 7}, {Unit::Month, 30.44}, {Unit::Quarter, 91.3}};
    t.m_minorUnit = Unit::Year;
    for (const Choice &c : choices) {
        if (c.days * ppd >= MinimumSpacing) {
            t.m_minorUnit = c.unit;
            break;
        }
    }
    if (t.m_minorUnit == Unit::Year) {
        static const int steps[] = {1, 2, 5, 10, 20, 50, 100};
        for (int s : steps) {
            t.m_yearStep = s;
            if (s * 365.25 * ppd >= MinimumSpacing)
                break;
        }
    }
    t.m_minor = ticks(firstDay, lastDay, t.m_minorUnit, t.m_yearStep, false);
    switch (t.m_minorUnit) {
    case Unit::Day:
    case Unit::Week: t.m_major = ticks(firstDay, lastDay, Unit::Month, 1, true); break;
    case Unit::Month:
    case Unit::Quarter: t.m_major = ticks(firstDay, lastDay, Unit::Year, 1, true); break;
    case Unit::Year: break;
    }
    return t;
}

} // namespace Entente

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace Entente {

/**
 * A date in the Extended Date/Time Format (ISO 8601-2, level 1) as far as Entente needs it:
 * a year, a month or a day (`2021`, `2021-06`, `2021-06-02`), a season (`2021-21` is spring
 * 2021; 21-24 are spring, summer, autumn, winter), each optionally qualified as uncertain
 * (`?`), approximate (`~`) or both (`%`).
 *
 * A date of month or year precision covers a span of days: earliest() to latest().
 */
class EdtfDate
{
    Q_DECLARE_TR_FUNCTIONS(Entente::EdtfDate)
public:
    enum class Precision { Invalid, Year, Season, Month, Day };

    EdtfDate() = default;

    /// Parses @p text; on failure returns an invalid date and, if @p error is given, says why.
    static EdtfDate parse(QStringView text, QString *error = nullptr);
    static EdtfDate fromDate(QDate date);
    static EdtfDate fromYearMonth(int year, int month);
    static EdtfDate fromYear(int year);

    bool isValid() const { return m_precision != Precision::Invalid; }
    Precision precision() const { return m_precision; }
    int year() const { return m_year; }
    /// 1-12, or 21-24 for a season, or 0 when the precision is Year.
    int month() const { return m_month; }
    /// 1-31, or 0 when the precision is coarser than Day.
    int day() const { return m_day; }
    bool isUncertain() const { return m_uncertain; }
    bool isApproximate() const { return m_approximate; }

    EdtfDate withUncertain(bool uncertain) const;
    EdtfDate withApproximate(bool approximate) const;

    /// First and last day of the span the date covers (the same day at Day precision).
    QDate earliest() const;
    QDate latest() const;
    bool covers(QDate date) const { return isValid() && date >= earliest() && date <= latest(); }

    /// The canonical EDTF string, e.g. `2020-03?`.
    QString toString() const;
    /// A readable form for people, e.g. "12 July 2023", "April 2023", "2021 (approx.)".
    QString toDisplayString() const;

    friend bool operator==(const EdtfDate &a, const EdtfDate &b)
    {
        return a.m_precision == b.m_precision && a.m_year == b.m_year && a.m_month == b.m_month
            && a.m_day == b.m_day && a.m_uncertain == b.m_uncertain
            && a.m_approximate == b.m_approximate;
    }
    /// Chronological order by earliest day, then by span length (more precise first).
    friend bool operator<(const EdtfDate &a, const EdtfDate &b);

private:
    Precision m_precision = Precision::Invalid;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    bool m_uncertain = false;
    bool m_approximate = false;
};

} // namespace Entente

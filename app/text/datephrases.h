#pragma once

#include "model/edtf.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Entente {

/// One date written in a text, as DatePhrases found it.
struct DatePhrase
{
    enum class Calendar { Gregorian, SolarHijri, Hijri };

    qsizetype start = 0;  ///< span in code points, half-open, into the text searched
    qsizetype end = 0;
    EdtfDate date;        ///< the Gregorian date; Hijri dates are uncertain (`?`)
    Calendar calendar = Calendar::Gregorian; ///< the calendar the text wrote it in
    QString evidence;     ///< the span's text, as written

    friend bool operator==(const DatePhrase &, const DatePhrase &) = default;
};
using DatePhraseList = QList<DatePhrase>;

/// How to read what a text does not say itself.
struct DatePhraseOptions
{
    /// The text's language ("en", "ar", "fa", or empty): a numeric date with a year before
    /// 1700 is Solar Hijri in Persian and Hijri in Arabic, and is skipped without a language
    /// (unless its digits are Persian, or a suffix such as هـ or ش names the calendar).
    QString language;
    /// The order of day and month in numeric dates such as 05/06/2023. Unknown: such a date is
    /// read only when the order is unambiguous (13/09/2023, 09/13/2023) or the day equals the
    /// month.
    enum class Order { Unknown, DayFirst, MonthFirst };
    Order numericOrder = Order::Unknown;
    /// Stop after this many dates (<= 0: all).
    int maxResults = 0;
};

/**
 * Finds publication-style dates in English, Arabic and Persian text and converts them to
 * EDTF:
 *
 * - month names: English (full and abbreviated, "Sept."), Arabic Gregorian (the Levantine
 *   كانون الثاني … and the Egyptian يناير … series, also paired as "أيلول/سبتمبر"), Maghrebi
 *   (جانفي …), Persian Gregorian (ژانویه …), Solar Hijri (فروردین … اسفند) and Hijri
 *   (محرم … ذو الحجة) months, in "13 September 2023", "September 13th, 2023",
 *   "۲۲ شهریور ۱۴۰۲", "28 صفر 1445 هـ" or, at month precision, "September 2023";
 * - numeric dates: 2023-09-13, 2023/9/13, 13/09/2023, 13.09.2023, 1402/06/22 (see
 *   DatePhraseOptions), with Western, Arabic-Indic (٠-٩) and Persian (۰-۹) digits;
 * - an optional weekday before the date (English, Arabic, Persian) is part of the span; one
 *   that contradicts the date makes it uncertain, except that a Hijri date whose weekday is
 *   one day off the civil calendar is moved to that weekday (the text follows the sighted
 *   month);
 * - a calendar suffix after the year (م, ميلادي, هـ, هجري, ه.ق, ه.ش, ش, …) is part of the span.
 *
 * Solar Hijri and Hijri dates are converted with QCalendar (Jalali, IslamicCivil). A Hijri
 * date is marked uncertain: the civil calendar can differ by a day from the sighted month.
 * A Solar Hijri or Hijri month without a day becomes the Gregorian year it falls in (uncertain
 * for Hijri), or nothing when it straddles two years. No date is completed with a guessed
 * year: "13 September" alone is not a date here. Linear in the text's length.
 */
class DatePhrases
{
public:
    static DatePhraseList find(QStringView text, const DatePhraseOptions &options = {});
    /// The first date of @p text; an invalid date when there is none.
    static DatePhrase first(QStringView text, const DatePhraseOptions &options = {});
    /// "gregorian", "solar-hijri" or "hijri".
    static QString calendarName(DatePhrase::Calendar calendar);
};

} // namespace Entente

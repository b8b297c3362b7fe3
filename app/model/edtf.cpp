#include "model/edtf.h"

#include <QCoreApplication>
#include <QLocale>

namespace Entente {

namespace {

// Reads exactly @p count ASCII digits at @p pos; -1 when they are not all digits.
int readDigits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s.at(pos + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

EdtfDate EdtfDate::parse(QStringView text, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return EdtfDate();
    };
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return fail(tr("empty date; expected an EDTF date such as 2021, 2021-06 or 2021-06-02"));

    EdtfDate d;
    qsizetype end = s.size();
    const QChar last = s.back();
    if (last == u'?' || last == u'~' || last == u'%') {
        d.m_uncertain = last != u'~';
        d.m_approximate = last != u'?';
        --end;
    }
    const QStringView body = s.first(end);
    // Only translated on a failure: parsing 10,000 dates must not look up a translation each.
    const auto expected = [] { return tr("expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %"); };

    if (body.size() != 4 && body.size() != 7 && body.size() != 10)
        return fail(tr("'%1' is not an EDTF date: %2").arg(s.toString(), expected()));
    d.m_year = readDigits(body, 0, 4);
    if (d.m_year < 0)
        return fail(tr("'%1' is not an EDTF date: the year must be four digits (%2)")
                        .arg(s.toString(), expected()));
    d.m_precision = Precision::Year;
    if (body.size() >= 7) {
        if (body.at(4) != u'-')
            return fail(tr("'%1' is not an EDTF date: %2").arg(s.toString(), expected()));
        d.m_month = readDigits(body, 5, 2);
        const bool season = d.m_month >= 21 && d.m_month <= 24;
        if (d.m_month < 1 || (d.m_month > 12 && !season))
            return fail(tr("'%1' has no month %2: months are 01-12 (or 21-24 for seasons)")
                            .arg(s.toString(), body.sliced(5, 2).toString()));
        d.m_precision = season ? Precision::Season : Precision::Month;
        if (body.size() == 10) {
            if (season)
                return fail(tr("'%1' gives a day within a season").arg(s.toString()));
            if (body.at(7) != u'-')
                return fail(tr("'%1' is not an EDTF date: %2").arg(s.toString(), expected()));
            d.m_day = readDigits(body, 8, 2);
            if (d.m_day < 1 || !QDate::isValid(d.m_year, d.m_month, d.m_day))
                return fail(tr("'%1' is not a day of the calendar").arg(s.toString()));
            d.m_precision = Precision::Day;
        }
    }
    if (error)
        error->clear();
    return d;
}

EdtfDate EdtfDate::fromDate(QDate date)
{
    if (!date.isValid())
        return {};
    EdtfDate d;
    d.m_precision = Precision::Day;
    d.m_year = date.year();
    d.m_month = date.month();
    d.m_day = date.day();
    return d;
}

EdtfDate EdtfDate::fromYearMonth(int year, int month)
{
    if (year < 0 || year > 9999 || month < 1 || month > 12)
        return {};
    EdtfDate d;
    d.m_precision = Precision::Month;
    d.m_year = year;
    d.m_month = month;
    return d;
}

EdtfDate EdtfDate::fromYear(int year)
{
    if (year < 0 || year > 9999)
        return {};
    EdtfDate d;
    d.m_precision = Precision::Year;
    d.m_year = year;
    return d;
}

EdtfDate EdtfDate::withUncertain(bool uncertain) const
{
    EdtfDate d = *this;
    d.m_uncertain = isValid() && uncertain;
    return d;
}

EdtfDate EdtfDate::withApproximate(bool approximate) const
{
    EdtfDate d = *this;
    d.m_approximate = isValid() && approximate;
    return d;
}

QDate EdtfDate::earliest() const
{
    switch (m_precision) {
    case Precision::Invalid:
        return {};
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Season:
        // Northern-hemisphere meteorological seasons; winter starts in December of the year.
        return QDate(m_year, 3 + 3 * (m_month - 21), 1);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

QDate EdtfDate::latest() const
{
    switch (m_precision) {
    case Precision::Invalid:
        return {};
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Season:
        return earliest().addMonths(3).addDays(-1);
    case Precision::Month:
        return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
    case Precision::Day:
        return earliest();
    }
    return {};
}

QString EdtfDate::toString() const
{
    QString out;
    switch (m_precision) {
    case Precision::Invalid:
        return {};
    case Precision::Year:
        out = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
        break;
    case Precision::Season:
    case Precision::Month:
        out = QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
        break;
    case Precision::Day:
        out = QStringLiteral("%1-%2-%3")
                  .arg(m_year, 4, 10, QLatin1Char('0'))
                  .arg(m_month, 2, 10, QLatin1Char('0'))
                  .arg(m_day, 2, 10, QLatin1Char('0'));
        break;
    }
    if (m_uncertain && m_approximate)
        out += u'%';
    else if (m_uncertain)
        out += u'?';
    else if (m_approximate)
        out += u'~';
    return out;
}

QString EdtfDate::toDisplayString() const
{
    const QLocale locale;
    QString out;
    switch (m_precision) {
    case Precision::Invalid:
        return tr("unknown date");
    case Precision::Year:
        out = QString::number(m_year);
        break;
    case Precision::Season: {
        static const char *const seasons[] = {
            QT_TRANSLATE_NOOP("Entente::EdtfDate", "Spring %1"),
            QT_TRANSLATE_NOOP("Entente::EdtfDate", "Summer %1"),
            QT_TRANSLATE_NOOP("Entente::EdtfDate", "Autumn %1"),
            QT_TRANSLATE_NOOP("Entente::EdtfDate", "Winter %1"),
        };
        out = QCoreApplication::translate("Entente::EdtfDate", seasons[m_month - 21]).arg(m_year);
        break;
    }
    case Precision::Month:
        out = locale.standaloneMonthName(m_month) + u' ' + QString::number(m_year);
        break;
    case Precision::Day:
        out = locale.toString(earliest(), QStringLiteral("d MMMM yyyy"));
        break;
    }
    if (m_uncertain && m_approximate)
        return tr("%1 (approx., uncertain)").arg(out);
    if (m_uncertain)
        return tr("%1 (uncertain)").arg(out);
    if (m_approximate)
        return tr("c. %1").arg(out);
    return out;
}

bool operator<(const EdtfDate &a, const EdtfDate &b)
{
    if (a.isValid() != b.isValid())
        return !a.isValid(); // invalid dates sort first
    const QDate ea = a.earliest(), eb = b.earliest();
    if (ea != eb)
        return ea < eb;
    const QDate la = a.latest(), lb = b.latest();
    if (la != lb)
        return la < lb;
    return a.toString() < b.toString();
}

} // namespace Entente

#include "import/metadatadate.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>

namespace Entente {

namespace {

QString foldDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            out.append(QChar(u'0' + (u - 0x0660)));
        else if (u >= 0x06F0 && u <= 0x06F9)
            out.append(QChar(u'0' + (u - 0x06F0)));
        else if (u == 0x00A0 || u == 0x202F)
            out.append(u' ');
        else
            out.append(c);
    }
    return out;
}

/// 1-12 for an English month name or abbreviation ("March", "Mar", "Mar.", "Sept"), else 0.
int monthNumber(QString word)
{
    word = word.toLower();
    if (word.endsWith(u'.'))
        word.chop(1);
    static const char16_t *const names[] = {u"january", u"february", u"march", u"april",
                                            u"may", u"june", u"july", u"august",
                                            u"september", u"october", u"november", u"december"};
    for (int i = 0; i < 12; ++i) {
        const QString name = QString::fromUtf16(names[i]);
        if (word == name || (word.size() >= 3 && name.startsWith(word)))
            return i + 1;
    }
    if (word == u"sept")
        return 9;
    return 0;
}

bool isWeekday(QString word)
{
    word = word.toLower();
    if (word.endsWith(u'.'))
        word.chop(1);
    static const char16_t *const names[] = {u"monday", u"tuesday", u"wednesday", u"thursday",
                                            u"friday", u"saturday", u"sunday"};
    for (const char16_t *n : names) {
        const QString name = QString::fromUtf16(n);
        if (word == name || (word.size() >= 3 && name.startsWith(word)))
            return true;
    }
    return word == u"tues" || word == u"thur" || word == u"thurs";
}

/// Words that may stand beside a date without being part of it: times, zones, AM/PM.
bool isIgnorable(const QString &word)
{
    static const QRegularExpression time(QStringLiteral("^\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"));
    static const QRegularExpression offset(QStringLiteral("^[+-]\\d{2}:?\\d{2}$"));
    static const QRegularExpression zone(QStringLiteral("^\\(?[A-Z]{1,5}\\)?$"));
    const QString lower = word.toLower();
    if (lower == u"am" || lower == u"pm" || lower == u"a.m." || lower == u"p.m." || lower == u"at"
        || lower == u"the" || lower == u"of")
        return true;
    if (time.match(word).hasMatch() || offset.match(word).hasMatch())
        return true;
    // Upper-case zone names (GMT, UTC, EST, CEST, Z); month names are handled before this.
    return zone.match(word).hasMatch() && monthNumber(word) == 0;
}

EdtfDate fromParts(int year, int month, int day)
{
    if (day == 0)
        return EdtfDate::fromYearMonth(year, month);
    if (!QDate::isValid(year, month, day))
        return {};
    return EdtfDate::fromDate(QDate(year, month, day));
}

int expandYear(int year, qsizetype digits)
{
    if (digits == 2) // RFC 2822 section 4.3: 00-49 are 2000-2049, 50-99 are 1950-1999
        return year < 50 ? 2000 + year : 1900 + year;
    return digits == 4 ? year : -1;
}

} // namespace

EdtfDate MetadataDate::parse(QStringView text, QString *problem)
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return EdtfDate();
    };
    const QString s = foldDigits(text).simplified();
    if (s.isEmpty())
        return fail(tr("is empty"));
    if (problem)
        problem->clear();

    // EDTF / ISO 8601 dates, and ISO date-times whose date part we keep as written.
    if (const EdtfDate edtf = EdtfDate::parse(s); edtf.isValid())
        return edtf;
    static const QRegularExpression isoDateTime(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?"
                       "\\s*(Z|[+-]\\d{2}:?\\d{2}|[A-Z]{1,5})?$"));
    if (const auto m = isoDateTime.match(s); m.hasMatch()) {
        const EdtfDate d = fromParts(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? d : fail(tr("is not a day of the calendar"));
    }
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto m = compact.match(s); m.hasMatch()) {
        const EdtfDate d = fromParts(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? d : fail(tr("is not a day of the calendar"));
    }

    // Numeric dates with separators: 2021/03/12, 31/12/2020, 12.31.2020, 31-12-2020.
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,4})([/.-])(\\d{1,2})\\2(\\d{2}|\\d{4})$"));
    if (const auto m = numeric.match(s); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(3).toInt();
        const int c = m.captured(4).toInt();
        if (m.captured(1).size() == 4) {
            if (m.captured(4).size() != 2)
                return fail(tr("is not a date"));
            const EdtfDate d = fromParts(a, b, c);
            return d.isValid() ? d : fail(tr("is not a date"));
        }
        if (m.captured(1).size() > 2)
            return fail(tr("is not a date"));
        const int year = expandYear(c, m.captured(4).size());
        int day = 0;
        int month = 0;
        if (a > 12 && b <= 12) {
            day = a;
            month = b;
        } else if (b > 12 && a <= 12) {
            day = b;
            month = a;
        } else if (a == b && a >= 1) {
            day = month = a;
        } else if (a <= 12 && b <= 12 && a >= 1 && b >= 1) {
            return fail(tr("is ambiguous: day and month could be either way round"));
        } else {
            return fail(tr("is not a date"));
        }
        const EdtfDate d = fromParts(year, month, day);
        return d.isValid() && day > 0 ? d : fail(tr("is not a date"));
    }

    // Words: day, month name, year in either order, with weekdays, times and zones around.
    QString cleaned = s;
    cleaned.replace(u',', u' ');
    const QStringList words = cleaned.split(u' ', Qt::SkipEmptyParts);
    static const QRegularExpression dayNumber(QStringLiteral("^(\\d{1,2})(st|nd|rd|th)?\\.?$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yearNumber(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression shortYear(QStringLiteral("^(\\d{2})$"));
    int day = 0;
    int month = 0;
    int year = -1;
    bool monthSeen = false;
    for (const QString &word : words) {
        if (const int mo = monthNumber(word); mo != 0 && !monthSeen) {
            month = mo;
            monthSeen = true;
            continue;
        }
        if (year < 0) {
            if (const auto y = yearNumber.match(word); y.hasMatch()) {
                year = y.captured(1).toInt();
                continue;
            }
        }
        if (day == 0) {
            if (const auto d = dayNumber.match(word); d.hasMatch()) {
                const int value = d.captured(1).toInt();
                if (value >= 1 && value <= 31) {
                    day = value;
                    continue;
                }
            }
        } else if (year < 0 && monthSeen) {
            // "10 Jun 03": a two-digit number after day and month is an RFC 822 year.
            if (const auto y = shortYear.match(word); y.hasMatch()) {
                year = expandYear(y.captured(1).toInt(), 2);
                continue;
            }
        }
        if (isWeekday(word) || isIgnorable(word))
            continue;
        return fail(tr("is not a date"));
    }
    if (!monthSeen || year < 0)
        return fail(tr("is not a date"));
    const EdtfDate d = fromParts(year, month, day);
    return d.isValid() ? d : fail(tr("is not a day of the calendar"));
}

} // namespace Entente

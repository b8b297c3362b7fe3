#pragma once

#include "model/edtf.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Entente {

/**
 * Parses the dates that file metadata gives (a feed's pubDate, a spreadsheet's date column, a
 * document's creation date, a news database's date line) into EDTF, as written: the calendar
 * date the source states, with no time-zone shift and nothing filled in (a month stays a month).
 *
 * Accepted: EDTF and ISO 8601 (`2021`, `2021-03`, `2021-03-12`, `2021-03-12T10:00:00Z`,
 * `20210312`), RFC 822 / RFC 2822 (`Fri, 12 Mar 2021 10:00:00 GMT`, two-digit years too), day
 * month year and month day year with English month names, full or abbreviated, an optional
 * weekday and time anywhere (`12 March 2021`, `March 12, 2021 Friday`, `Friday, 12th March
 * 2021 10:30 AM EST`), month and year (`March 2021`), and numeric dates (`2021/03/12`,
 * `31/12/2020`, `12/31/2020`) when the order of day and month is not in doubt. Arabic-Indic
 * and Persian digits are read as digits.
 */
class MetadataDate
{
    Q_DECLARE_TR_FUNCTIONS(Entente::MetadataDate)
public:
    /// The date in @p text; invalid when it is not one of the forms above. Then @p problem, if
    /// given, says why in a few words ("is not a date", "is ambiguous: day and month could be
    /// either way round").
    static EdtfDate parse(QStringView text, QString *problem = nullptr);
};

} // namespace Entente

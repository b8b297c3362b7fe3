#pragma once

#include "model/meeting.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Entente {

/**
 * Text exports of a list of meetings: a CSV in the columns of TimelineJS's spreadsheet template
 * (so a timeline can be published with TimelineJS) and a plain CSV of the meetings. Both are
 * RFC 4180: UTF-8, a header row, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, and cells a spreadsheet would run as a formula (starting with = + - @ tab or CR)
 * prefixed with an apostrophe.
 *
 * Official ids are shown by name through @p officialNames (id -> name); ids missing from it
 * fall back to Meeting::nameFromOfficialId().
 */
class TimelineExport
{
    Q_DECLARE_TR_FUNCTIONS(Entente::TimelineExport)
public:
    /// The TimelineJS columns, in order: Year, Month, Day, Time, End Year, ... Background.
    static QStringList timelineJsColumns();
    static QByteArray toTimelineJsCsv(const MeetingList &meetings,
                                      const QHash<QString, QString> &officialNames = {});
    /// id, date, earliest, latest, precision, uncertain, approximate, place, host_country,
    /// participants, others, kind, summary, articles, evidence_count.
    static QByteArray toMeetingsCsv(const MeetingList &meetings);

    /// "Talks: Ali Shamkhani, Barham Salih" — the headline of a meeting.
    static QString headline(const Meeting &meeting, const QHash<QString, QString> &officialNames = {});
    /// One CSV field, quoted and neutralised as described above.
    static QString csvField(const QString &value);
};

} // namespace Entente

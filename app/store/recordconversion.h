#pragma once

#include "model/meeting.h"
#include "model/statement.h"
#include "model/records.h"

namespace Entente {

/**
 * Conversions between the value types the views use (Meeting, Statement) and the records the
 * project stores (MeetingRecord, StatementRecord). Nothing is lost either way: a Meeting's
 * free-text participants ("others") are stored as participants prefixed "text:", and a
 * record without a slug (made before schema version 3) is given the id "meeting-<id>".
 */
class RecordConversion
{
public:
    /// The prefix that marks a free-text participant in MeetingRecord::participants.
    static QString textParticipantPrefix() { return QStringLiteral("text:"); }

    static Meeting toMeeting(const MeetingRecord &record);
    /// @p id is the project's row id (0 for a new meeting); @p source "corpus" or "user".
    static MeetingRecord toRecord(const Meeting &meeting, qint64 id = 0,
                                  const QString &source = QStringLiteral("user"));
    static MeetingList toMeetings(const QList<MeetingRecord> &records);
    /// The id a Meeting made from @p record carries.
    static QString meetingId(const MeetingRecord &record);

    static Statement toStatement(const StatementRecord &record);
    static StatementRecord toRecord(const Statement &statement);
    static StatementList toStatements(const QList<StatementRecord> &records);
};

} // namespace Entente

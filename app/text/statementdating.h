#pragma once

#include "model/meeting.h"
#include "model/statement.h"

namespace Entente::StatementDating {

/**
 * Dates statements by the meeting at which they were made, where the article leaves no doubt.
 * The extractor gives each statement its article's publication date; a statement whose
 * speaker took part in meetings the same article reports is re-dated to that meeting's date
 * when every such meeting has the same date and that date is not after the article's.
 * Otherwise (no meeting, or meetings on different dates — an interview recalling an earlier
 * visit, say) the publication date stays. Returns how many statements were re-dated.
 */
int applyMeetingDates(StatementList &statements, const MeetingList &meetings);

} // namespace Entente::StatementDating

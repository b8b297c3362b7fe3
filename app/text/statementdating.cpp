#include "text/statementdating.h"

namespace Entente::StatementDating {

int applyMeetingDates(StatementList &statements, const MeetingList &meetings)
{
    int changed = 0;
    for (Statement &s : statements) {
        if (s.speakerId.isEmpty() || !s.date.isValid())
            continue;
        std::optional<EdtfDate> date;
        bool conflicting = false;
        for (const Meeting &m : meetings) {
            if (!m.involves(s.speakerId) || !m.isReportedIn({s.articleId}) || !m.date.isValid())
                continue;
            if (date && !(*date == m.date))
                conflicting = true;
            date = m.date;
        }
        if (!date || conflicting || date->latest() > s.date.latest() || *date == s.date)
            continue;
        s.date = *date;
        ++changed;
    }
    return changed;
}

} // namespace Entente::StatementDating

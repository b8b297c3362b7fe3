#pragma once

#include "model/meeting.h"

#include <QSet>
#include <QString>

namespace Entente {

class Project;

/**
 * Questions about tags that cut across the project's tables.
 */
namespace TagQueries {

/// Ids of the meetings in @p meetings that tag @p tagId (or one of its sub-tags) touches: an
/// evidence quote overlaps a passage annotated with the tag, or the evidence's article is
/// tagged as a whole. Orphaned annotations (no longer anchored) do not count.
QSet<QString> meetingsWithTag(const Project &project, const MeetingList &meetings, qint64 tagId);

} // namespace TagQueries
} // namespace Entente

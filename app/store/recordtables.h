#pragma once

#include "model/records.h"
#include "store/recordtable.h"

namespace Entente {

/**
 * The descriptions of the project's record tables (see RecordTable): the one place that says
 * which column of meetings, statements and officials_edits holds which field of
 * MeetingRecord, StatementRecord and OfficialsEditRecord, and under which JSON key.
 */
namespace RecordTables {
const RecordTable<MeetingRecord> &meetings();
const RecordTable<StatementRecord> &statements();
const RecordTable<OfficialsEditRecord> &officialsEdits();
} // namespace RecordTables

} // namespace Entente

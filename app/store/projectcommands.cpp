#include "store/projectcommands.h"

#include "store/undohistory.h"

namespace Entente {

ProjectCommand::ProjectCommand(UndoHistory *history, RowChangeList changes, const QString &text)
    : QUndoCommand(text)
    , m_history(history)
    , m_changes(std::move(changes))
{
}

void ProjectCommand::redo()
{
    if (!m_applied) // the verb applied it already
        m_history->replay(this, m_changes, true);
}

void ProjectCommand::undo()
{
    if (!m_applied)
        return;
    RowChangeList reverse;
    reverse.reserve(m_changes.size());
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        reverse.append(it->reversed());
    m_history->replay(this, reverse, false);
}

bool SetNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetNoteCommand *>(other);
    if (o->m_changes.size() != 1 || m_changes.size() != 1 || o->m_changes.first().key != m_changes.first().key)
        return false;
    RowChange &change = m_changes.first();
    change.after = o->m_changes.first().after;
    const QString note = QStringLiteral("note");
    setObsolete(change.after.value(note).toString() == change.before.value(note).toString());
    return true;
}

} // namespace Entente

#include "store/projectcommands.h"

#include "store/project.h"

#include <algorithm>

namespace Entente {

ProjectCommand::ProjectCommand(Project *project, RowChangeList changes, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_changes(std::move(changes))
{
}

void ProjectCommand::redo()
{
    if (m_applied) // the verb applied it already
        return;
    m_applied = m_project->applyChanges(m_changes);
}

void ProjectCommand::undo()
{
    RowChangeList reverse;
    reverse.reserve(m_changes.size());
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        reverse.append(it->reversed());
    if (m_project->applyChanges(reverse))
        m_applied = false;
}

bool SetNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetNoteCommand *>(other);
    if (o->m_changes.size() != 1 || m_changes.size() != 1 || o->m_changes.first().key != m_changes.first().key)
        return false;
    m_changes.first().after = o->m_changes.first().after;
    return true;
}

} // namespace Entente

#include "store/undohistory.h"

#include "store/changejournal.h"
#include "store/projectcommands.h"

#include <QUndoStack>

namespace Entente {

UndoHistory::UndoHistory(QUndoStack *stack, ChangeJournal &journal, std::function<void(const ChangeSummary &)> committed,
                         std::function<void(const QString &)> failed)
    : m_stack(stack)
    , m_journal(journal)
    , m_committed(std::move(committed))
    , m_failed(std::move(failed))
{
    // Connected before any view: the index is settled before anybody else hears of it.
    QObject::connect(m_stack, &QUndoStack::indexChanged, m_stack, [this] { settle(); });
}

void UndoHistory::replay(ProjectCommand *command, const RowChangeList &changes, bool applying)
{
    if (!m_active) {
        m_active = true;
        m_index = m_stack->index(); // the stack moves its index only after the commands ran
        m_message.clear();
        if (!m_journal.beginBatch())
            m_message = m_journal.errorString();
    }
    if (!m_message.isEmpty())
        return; // a step of this operation failed: the rest is rolled back anyway
    m_touched.append({command, command->isApplied()});
    if (!m_journal.apply(changes)) {
        m_message = (applying ? tr("Cannot redo “%1”: %2") : tr("Cannot undo “%1”: %2"))
                        .arg(command->actionText(), m_journal.errorString());
        return;
    }
    command->setApplied(applying);
}

void UndoHistory::settle()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_message.isEmpty() && m_journal.commitBatch()) {
        m_touched.clear();
        m_lastFailed = false;
        m_committed(m_journal.takeSummary());
        return;
    }
    if (m_message.isEmpty())
        m_message = tr("Cannot write to the project: %1").arg(m_journal.errorString());
    if (m_journal.inBatch())
        m_journal.rollbackBatch();
    m_journal.takeSummary(); // nothing of it is in the file
    for (const auto &[command, applied] : std::as_const(m_touched))
        command->setApplied(applied);
    m_touched.clear();
    // Every command is in its old state again, so moving the index back runs no step.
    m_stack->setIndex(m_index);
    m_lastFailed = true;
    m_failed(m_message);
}

} // namespace Entente

#pragma once

#include "store/rowchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QUndoStack;

namespace Entente {

class ChangeJournal;
struct ChangeSummary;
class ProjectCommand;

/**
 * Internal to the store: keeps the undo stack honest. QUndoStack moves its index whatever a
 * command's undo() or redo() did, so the commands hand their row changes here instead of
 * writing them: every step of one stack operation (undo(), redo(), or setIndex() over several
 * steps, as QUndoView does, macros included) goes into one transaction. When the operation
 * ends (the stack's indexChanged) the transaction is committed and @p committed gets the
 * summary for the signals; when a step failed, the whole operation is rolled back, every
 * command gets its previous state back, the index is set back to where it was, and
 * @p failed gets the message. Either way the index says what the file holds.
 */
class UndoHistory
{
    Q_DECLARE_TR_FUNCTIONS(Entente::UndoHistory)
public:
    UndoHistory(QUndoStack *stack, ChangeJournal &journal, std::function<void(const ChangeSummary &)> committed,
                std::function<void(const QString &)> failed);

    /// A step of @p command: @p changes to apply so that it ends up applied (@p applying) or not.
    void replay(ProjectCommand *command, const RowChangeList &changes, bool applying);
    /// Ends the stack operation under way, if any (also called before a new edit is pushed).
    void settle();
    /// Whether the last stack operation failed.
    bool lastFailed() const { return m_lastFailed; }
    void clearFailure() { m_lastFailed = false; }

private:
    QUndoStack *m_stack;
    ChangeJournal &m_journal;
    std::function<void(const ChangeSummary &)> m_committed;
    std::function<void(const QString &)> m_failed;
    // The operation under way: where the index was, the commands it touched with their
    // state before, and, once a step failed, why.
    bool m_active = false;
    int m_index = 0;
    QList<std::pair<ProjectCommand *, bool>> m_touched;
    QString m_message;
    bool m_lastFailed = false;
};

} // namespace Entente

#pragma once

#include "store/rowchange.h"

#include <QUndoCommand>

// Internal to the store: the undo commands behind Project's verbs. Each kind of edit has its
// own small class (its undo text and, for notes, its merge rule); the row changes themselves
// are computed by Project. Callers never see these classes: they call Project's verbs.
namespace Entente {

class UndoHistory;

/// Base: applies its row changes on redo and their reverse on undo, through UndoHistory (one
/// transaction per stack operation, rolled back as a whole when a step fails). The verb has
/// already applied (and committed) the change when the command is pushed, so a command that
/// is applied does nothing on redo, and one that is not does nothing on undo.
class ProjectCommand : public QUndoCommand
{
public:
    ProjectCommand(UndoHistory *history, RowChangeList changes, const QString &text);
    void redo() override;
    void undo() override;
    const RowChangeList &changes() const { return m_changes; }
    bool isApplied() const { return m_applied; }
    void setApplied(bool applied) { m_applied = applied; }

protected:
    UndoHistory *m_history;
    RowChangeList m_changes;
    bool m_applied = true;
};

#define ENTENTE_PROJECT_COMMAND(Name)                                                          \
    class Name : public ProjectCommand                                                         \
    {                                                                                          \
    public:                                                                                    \
        using ProjectCommand::ProjectCommand;                                                  \
    };

ENTENTE_PROJECT_COMMAND(AddTagCommand)
ENTENTE_PROJECT_COMMAND(RenameTagCommand)
ENTENTE_PROJECT_COMMAND(RecolourTagCommand)
ENTENTE_PROJECT_COMMAND(DescribeTagCommand)
ENTENTE_PROJECT_COMMAND(MoveTagCommand)
ENTENTE_PROJECT_COMMAND(MergeTagsCommand)
ENTENTE_PROJECT_COMMAND(RemoveTagCommand)
ENTENTE_PROJECT_COMMAND(AddAnnotationCommand)
ENTENTE_PROJECT_COMMAND(RemoveAnnotationCommand)
ENTENTE_PROJECT_COMMAND(TagAnnotationCommand)
ENTENTE_PROJECT_COMMAND(UntagAnnotationCommand)
ENTENTE_PROJECT_COMMAND(TagArticleCommand)
ENTENTE_PROJECT_COMMAND(UntagArticleCommand)
ENTENTE_PROJECT_COMMAND(ImportArticleCommand)
ENTENTE_PROJECT_COMMAND(BulkImportCommand) // changes: one Unshelve of the import
ENTENTE_PROJECT_COMMAND(RecordCommand) // meetings, statements, officials edits

#undef ENTENTE_PROJECT_COMMAND

/// Editing a note: consecutive edits of the same annotation's note merge into one step, and
/// the step disappears from the stack when the note is back to what it was before it.
class SetNoteCommand : public ProjectCommand
{
public:
    using ProjectCommand::ProjectCommand;
    static constexpr int Id = 0x4e6f7465;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;
};

} // namespace Entente

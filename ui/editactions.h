#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QUndoView;
class QWidget;

namespace Entente {

class Workspace;

/// Edit > Undo and Redo over the workspace's project undo stack, and the History dock (the
/// stack as a list). A failed undo or redo (Workspace::editFailed()) is not silent: it is
/// shown above the history and sent as message() for the status bar.
class EditActions : public QObject
{
    Q_OBJECT
public:
    /// The actions are added to @p window, so their shortcuts work anywhere in it.
    EditActions(Workspace *workspace, QWidget *window);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    /// Shows and hides the History dock (for the Edit menu).
    QAction *historyAction() const;
    QDockWidget *historyDock() const { return m_historyDock; }
    QUndoView *historyView() const { return m_view; }
    /// The line above the history that tells of the last failed edit (hidden when none).
    QLabel *failureLabel() const { return m_failure; }

Q_SIGNALS:
    /// A short message for the status bar.
    void message(const QString &text);

private:
    void showFailure(const QString &text);

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoView *m_view = nullptr;
    QLabel *m_failure = nullptr;
    int m_failedIndex = -1; ///< the stack's index when the last failure was reported
};

} // namespace Entente

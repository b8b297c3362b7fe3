#include "editactions.h"

#include "store/project.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace Entente {

EditActions::EditActions(Workspace *workspace, QWidget *window)
    : QObject(window)
{
    QUndoStack *stack = workspace->project()->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *a : {m_undo, m_redo}) {
        a->setShortcutContext(Qt::WindowShortcut);
        window->addAction(a);
    }

    m_historyDock = new QDockWidget(tr("History"), window);
    m_historyDock->setObjectName(QStringLiteral("HistoryDock"));
    auto *content = new QWidget(m_historyDock);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_failure = new QLabel(content);
    m_failure->setObjectName(QStringLiteral("editFailureLabel"));
    m_failure->setWordWrap(true);
    m_failure->setContentsMargins(4, 2, 4, 2);
    m_failure->setForegroundRole(QPalette::BrightText);
    m_failure->hide();
    m_view = new QUndoView(stack, content);
    m_view->setEmptyLabel(tr("<opened>"));
    layout->addWidget(m_failure);
    layout->addWidget(m_view, 1);
    m_historyDock->setWidget(content);
    m_historyDock->hide();
    historyAction()->setText(tr("&History"));

    connect(workspace, &Workspace::editFailed, this, [this, stack](const QString &text) {
        m_failedIndex = stack->index(); // put back where it was
        showFailure(text);
    });
    // The next step that works (or another file) makes the old failure news no longer. The
    // index is read when told, not taken from the signal: the failed step itself moved it and
    // back, and those signals may still be on their way.
    connect(stack, &QUndoStack::indexChanged, this, [this, stack] {
        if (stack->index() != m_failedIndex)
            m_failure->hide();
    });
    for (auto signal : {&Project::opened, &Project::closed})
        connect(workspace->project(), signal, m_failure, &QWidget::hide);
}

QAction *EditActions::historyAction() const
{
    return m_historyDock->toggleViewAction();
}

void EditActions::showFailure(const QString &text)
{
    m_failure->setText(tr("The last change could not be made: %1").arg(text));
    m_failure->setToolTip(text);
    m_failure->show();
    Q_EMIT message(tr("The change could not be made: %1").arg(text));
}

} // namespace Entente

#pragma once

#include "model/statement.h"

#include "statements/statementdialog.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace Entente {

class ArticleView;
class ComparisonView;
class Project;
class ReaderArea;
class Workspace;

/// Statements as the user edits them in the project: accept, correct (speaker, cue, direct or
/// indirect, date) and delete from the comparison view, and "New Statement from Selection…" in
/// every reader pane's context menu. Every change is one undo step through a Project verb.
class StatementsController : public QObject
{
    Q_OBJECT
public:
    /// Edits the workspace's project from @p reader's panes and @p comparison; dialogs open
    /// over @p window.
    StatementsController(Workspace *workspace, ReaderArea *reader, ComparisonView *comparison, QWidget *window);

    QAction *newFromSelectionAction() const { return m_newAction; }
    StatementDialog *dialog() const { return m_dialog; }

    /// The statement a selection suggests (not stored): the selected text as a direct
    /// statement, dated like the article; the speaker is the official mentioned in the
    /// selection when exactly one is, else left for the user to choose.
    Statement statementFromSelection(const ArticleView *view) const;
    bool newStatementFromSelection(ArticleView *view = nullptr);
    bool acceptStatement(qint64 id);
    /// Opens the dialog to correct statement @p id.
    bool correctStatement(qint64 id);
    bool deleteStatement(qint64 id);
    /// Stores a corrected statement: status "edited" (a user's own stays "user").
    bool updateStatement(Statement statement);

Q_SIGNALS:
    void message(const QString &text);

private:
    void addContextMenuItem(ArticleView *view);
    bool isWritable() const;
    void updateEnabled();

    QPointer<Workspace> m_workspace;
    QPointer<Project> m_project;
    QPointer<ReaderArea> m_reader;
    QPointer<ComparisonView> m_comparison;
    QPointer<QWidget> m_window;
    QPointer<StatementDialog> m_dialog;
    QAction *m_newAction = nullptr;
};

} // namespace Entente

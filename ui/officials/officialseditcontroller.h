#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QWidget;

namespace Entente {

class ArticleView;
class Gazetteer;
class Project;
class ReaderArea;
class Workspace;

/// Officials edits from the reader: "Add Official from Selection…" (Ctrl+Shift+O) and "Add
/// Selection as Alias of…" (Ctrl+Shift+A), in the window and in every pane's context menu.
/// Each opens a dialog (AddOfficialDialog, OfficialPickerDialog) and, when accepted, records
/// the edit with Project::addOfficialsEdit(): committed at once and undoable. The Workspace
/// applies the project's edits to its ReferenceData; whoever shows officials follows it.
class OfficialsEditController : public QObject
{
    Q_OBJECT
public:
    /// Edits the workspace's project, offering the officials of its reference data (with the
    /// edits so far); the actions are added to @p window so their shortcuts work anywhere in it.
    OfficialsEditController(Workspace *workspace, ReaderArea *reader, QWidget *window);

    QAction *addOfficialAction() const { return m_addOfficial; }
    QAction *addAliasAction() const { return m_addAlias; }
    /// The open dialog, if any (for tests).
    QDialog *dialog() const { return m_dialog; }

    /// Opens the Add Official dialog for the selection of @p view (the current pane when null).
    /// False, with a message, when nothing is selected or the project cannot be edited.
    bool addOfficialFromSelection(ArticleView *view = nullptr);
    /// Opens the alias picker for the selection of @p view (the current pane when null).
    bool addSelectionAsAlias(ArticleView *view = nullptr);

Q_SIGNALS:
    /// A short message for the status bar.
    void message(const QString &text);

private:
    void addContextMenuItems(ArticleView *view);
    QString selectedText(ArticleView *view, QString *why) const;
    void updateEnabled();

    const Gazetteer &gazetteer() const;

    QPointer<Workspace> m_workspace;
    QPointer<Project> m_project;
    QPointer<ReaderArea> m_reader;
    QPointer<QWidget> m_window;
    QPointer<QDialog> m_dialog;
    QAction *m_addOfficial = nullptr;
    QAction *m_addAlias = nullptr;
};

} // namespace Entente

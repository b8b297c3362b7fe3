#pragma once

#include "model/article.h"
#include "model/meeting.h"

#include <QHash>
#include <QMainWindow>

class QDockWidget;
class QLabel;

namespace Entente {

class AnnotationsPanel;
class ArticleListModel;
class ComparisonDock;
class EditActions;
class LibraryPane;
class MeetingsController;
class OfficialsEditController;
class OfficialsPanel;
class ProjectController;
class ReaderArea;
class ReferenceData;
class SearchPanel;
class StatementsController;
class TagHighlighting;
class TagPanel;
class TaggingController;
class TimelineDock;
class Workspace;

/// The main window: wiring only. It creates the Workspace (the open project and its reference
/// data), the controllers and docks that work on it, lays the docks out once and connects
/// their signals to the reader (showSpan(), showMeetingEvidence()). Other parts add their
/// docks with addDock() and their actions to menu("file"|"edit"|"view"|"help"|...).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// What the window works on; every controller and dock takes it.
    Workspace *workspace() const { return m_workspace; }
    const ReferenceData &referenceData() const;

    /// Replaces the articles being read (without a project; see Workspace::setArticles()).
    void setArticles(const ArticleList &articles);
    const ArticleList &articles() const;
    ArticleListModel *articleModel() const { return m_model; }

    /// Opens the article @p id (current pane, or a new one). False if there is no such article.
    bool openArticle(const QString &id, bool newPane);
    /// Opens @p ids side by side, replacing the open panes.
    void openArticles(const QStringList &ids);
    /// Shows [start, end) of article @p id (code points): in the pane that already shows it,
    /// else in the current pane; scrolled to and flashed.
    bool showSpan(const QString &id, qsizetype start, qsizetype end);
    /// Opens the articles that report @p meeting side by side, each scrolled to and flashing
    /// its evidence quotes (layer "evidence").
    void showMeetingEvidence(const Meeting &meeting);
    /// Shows the Search panel searching for @p query. With @p waitMs > 0 (screenshots), waits
    /// up to that long for the hits and opens the first one.
    void showSearch(const QString &query, int waitMs = 0);

    ReaderArea *readerArea() const { return m_reader; }
    LibraryPane *library() const { return m_library; }
    QDockWidget *libraryDock() const { return m_libraryDock; }
    /// The project file behind the window (new, open, save as, recent).
    ProjectController *projectController() const { return m_projectController; }
    /// Undo, Redo and the History dock.
    EditActions *editActions() const { return m_editActions; }
    TimelineDock *timelineDock() const { return m_timeline; }
    OfficialsPanel *officialsPanel() const { return m_officials; }
    ComparisonDock *comparisonDock() const { return m_comparison; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    QDockWidget *searchDock() const { return m_searchDock; }
    TagPanel *tagPanel() const { return m_tagPanel; }
    AnnotationsPanel *annotationsPanel() const { return m_annotationsPanel; }
    /// Tagging from the reader and the tag layer of every pane.
    TaggingController *tagging() const { return m_tagging; }
    TagHighlighting *tagHighlighting() const { return m_tagHighlighting; }
    /// Adding officials and aliases from the reader (stored in the project, undoable).
    OfficialsEditController *officialsEditController() const { return m_officialsEdits; }
    /// Meetings and statements edited in the project (reader context menu, timeline, comparison).
    MeetingsController *meetingsController() const { return m_meetingsController; }
    StatementsController *statementsController() const { return m_statementsController; }

    /// The menu named @p name ("file", "edit", "view", "help", or a new one, inserted before
    /// Help), for other parts to add actions to.
    QMenu *menu(const QString &name);
    /// Adds @p dock at @p area and its toggle action to View > Panels.
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);

    /// Restores geometry, dock layout and the reader's panes from Settings.
    void restoreSession();
    void saveSession() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createDocks();
    void createControllers();
    void arrangeDefaultLayout();
    QDockWidget *newDock(QWidget *content, const QString &title, const char *objectName);
    void showMessage(const QString &text, int timeout = 6000);
    void filterLibraryByOfficial(const QString &officialId);
    void refreshTimeline(bool resetRange);
    void updateOpenArticles();
    void updateStatus();
    void updateTitle();
    void about();

    Workspace *m_workspace = nullptr;
    ArticleListModel *m_model = nullptr;
    LibraryPane *m_library = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    ReaderArea *m_reader = nullptr;
    QHash<QString, QMenu *> m_menus;
    QMenu *m_panelsMenu = nullptr;
    QLabel *m_status = nullptr;
    ProjectController *m_projectController = nullptr;
    EditActions *m_editActions = nullptr;
    TimelineDock *m_timeline = nullptr;
    OfficialsPanel *m_officials = nullptr;
    QDockWidget *m_officialsDock = nullptr;
    ComparisonDock *m_comparison = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QDockWidget *m_searchDock = nullptr;
    TagPanel *m_tagPanel = nullptr;
    QDockWidget *m_tagDock = nullptr;
    AnnotationsPanel *m_annotationsPanel = nullptr;
    QDockWidget *m_annotationsDock = nullptr;
    TaggingController *m_tagging = nullptr;
    TagHighlighting *m_tagHighlighting = nullptr;
    OfficialsEditController *m_officialsEdits = nullptr;
    MeetingsController *m_meetingsController = nullptr;
    StatementsController *m_statementsController = nullptr;
};

} // namespace Entente

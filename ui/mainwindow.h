#pragma once

#include "model/article.h"
#include "model/meeting.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;

namespace Entente {

class ArticleListModel;
class ArticleView;
class ComparisonDock;
class LibraryPane;
class MeetingsController;
class StatementsController;
class OfficialsEditController;
class OfficialsPanel;
class ReferenceData;
class TimelineDock;
class ProjectController;
class ReaderArea;

/// The main window: wiring only. The library dock and the central ReaderArea; other parts
/// add their docks with addDock() and their actions to menu("file"|"view"|"help"|...).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

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

    /// Loads the gazetteer and meetings that come with the corpus in @p corpusDirectory.
    bool loadReferenceData(const QString &corpusDirectory, QString *error);
    const ReferenceData &referenceData() const { return *m_reference; }
    TimelineDock *timelineDock() const { return m_timeline; }
    OfficialsPanel *officialsPanel() const { return m_officials; }
    ComparisonDock *comparisonDock() const { return m_comparison; }
    /// Adding officials and aliases from the reader (stored in the project, undoable).
    OfficialsEditController *officialsEditController() const { return m_officialsEdits; }
    /// Meetings and statements edited in the project (reader context menu, timeline, comparison).
    MeetingsController *meetingsController() const { return m_meetingsController; }
    StatementsController *statementsController() const { return m_statementsController; }

    ReaderArea *readerArea() const { return m_reader; }
    LibraryPane *library() const { return m_library; }
    QDockWidget *libraryDock() const { return m_libraryDock; }
    /// The project file behind the window (its articles fill the library).
    ProjectController *projectController() const { return m_projectController; }

    /// The menu named @p name ("file", "view", "help", or a new one, inserted before Help),
    /// for other parts to add actions to.
    QMenu *menu(const QString &name);
    /// Adds @p dock at @p area and its toggle action to View > Panels.
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);

    /// Restores geometry, dock layout, splitter and open panes from Settings.
    void restoreSession();
    void saveSession() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createReferenceDocks();
    void arrangeDefaultLayout();
    void refreshReferenceViews();
    void applyOfficialsEdits();
    void filterLibraryByOfficial(const QString &officialId);
    void refreshMeetings(bool resetRange = false);
    void refreshStatements();
    void attachToPane(ArticleView *view);
    void updateOpenArticles();
    void updateStatus();
    void updateTitle();
    void about();

    ArticleListModel *m_model = nullptr;
    LibraryPane *m_library = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    ReaderArea *m_reader = nullptr;
    QHash<QString, QMenu *> m_menus;
    QMenu *m_panelsMenu = nullptr;
    QLabel *m_status = nullptr;
    ProjectController *m_projectController = nullptr;
    std::unique_ptr<ReferenceData> m_reference;
    TimelineDock *m_timeline = nullptr;
    OfficialsPanel *m_officials = nullptr;
    QDockWidget *m_officialsDock = nullptr;
    ComparisonDock *m_comparison = nullptr;
    OfficialsEditController *m_officialsEdits = nullptr;
    MeetingsController *m_meetingsController = nullptr;
    StatementsController *m_statementsController = nullptr;
};

} // namespace Entente

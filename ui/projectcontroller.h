#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QTemporaryDir;
class QUndoView;

namespace Entente {

class MainWindow;
class OfficialMentions;
class Project;
class AnnotationsPanel;
class SearchPanel;
class TagPanel;
class TagHighlighting;
class TaggingController;

/// The project file behind one main window: creating, opening (with a clear explanation when a
/// file cannot be opened, and a read-only fallback), Open Recent, Save As, importing articles
/// and exporting annotations; Edit > Undo/Redo and the History dock over the project's undo
/// stack. The Project object lives as long as the controller; opening another file reopens
/// it, so everything holding the pointer stays valid and follows its opened()/closed().
///
/// It also installs what works on the project in the window: tagging from the reader
/// (TaggingController, TagHighlighting), the tag, annotation and search docks.
class ProjectController : public QObject
{
    Q_OBJECT
public:
    explicit ProjectController(MainWindow *window);
    ~ProjectController() override;

    Project *project() const { return m_project; }
    MainWindow *window() const { return m_window; }

    /// Where the default project lives: AppDataLocation/default.entente.
    static QString defaultProjectPath();
    /// Opens the default project, creating it from @p corpusDirectory (the bundled corpus when
    /// empty) the first time. False with @p error when neither works.
    bool openDefaultProject(QString *error, const QString &corpusDirectory = QString());
    /// A throwaway project in a temporary folder, seeded from the corpus in @p directory (used
    /// for --corpus and screenshots: nothing of the user's is read or written).
    bool openTemporaryProject(const QString &directory, QString *error);
    /// Opens @p path. Quietly returns false with @p error; the current project stays open.
    bool openProjectFile(const QString &path, bool readOnly, QString *error);
    /// Opens @p path, explaining a failure in a message box (offering read-only when possible).
    bool openProjectInteractively(const QString &path);
    /// True when the open project is a temporary one.
    bool isTemporary() const { return bool(m_temporary); }

    QStringList recentProjects() const;
    /// "name [read-only]" (or "(temporary)") for the window title; empty without a project.
    QString titleText() const;

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QDockWidget *historyDock() const { return m_historyDock; }
    TaggingController *tagging() const { return m_tagging; }
    TagHighlighting *tagHighlighting() const { return m_highlighting; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    QDockWidget *searchDock() const { return m_searchDock; }
    TagPanel *tagPanel() const { return m_tagPanel; }
    QDockWidget *tagDock() const { return m_tagDock; }
    AnnotationsPanel *annotationsPanel() const { return m_annotationsPanel; }
    QDockWidget *annotationsDock() const { return m_annotationsDock; }

    /// Shows the Search panel searching for @p query. With @p waitMs > 0 (screenshots), waits
    /// up to that long for the hits and opens the first one.
    void showSearch(const QString &query, int waitMs = 0);

public Q_SLOTS:
    void newProject();
    void openProject();
    void saveProjectAs();
    void importArticles();
    void exportAnnotations();

Q_SIGNALS:
    /// Another file is open (or the open one was reloaded).
    void projectChanged();
    void titleChanged(const QString &title);
    void message(const QString &text);

private:
    void createActions();
    void createPanels();
    void addRecent(const QString &path);
    void updateRecentMenu();
    void updateActions();
    void reloadArticles();
    void onOpened();

    MainWindow *m_window = nullptr;
    Project *m_project = nullptr;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_temporaryName;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoView *m_undoView = nullptr;
    TaggingController *m_tagging = nullptr;
    TagHighlighting *m_highlighting = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QDockWidget *m_searchDock = nullptr;
    TagPanel *m_tagPanel = nullptr;
    QDockWidget *m_tagDock = nullptr;
    AnnotationsPanel *m_annotationsPanel = nullptr;
    QDockWidget *m_annotationsDock = nullptr;
    OfficialMentions *m_mentions = nullptr;
};

} // namespace Entente

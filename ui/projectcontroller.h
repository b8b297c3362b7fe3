#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class QMenu;
class QTemporaryDir;

class QThread;

namespace Entente {

class MainWindow;
class Project;
class Workspace;

/// The file behind one main window, and only that: creating, opening (with a clear
/// explanation when a file cannot be opened or is locked by another instance, and a read-only
/// fallback), Open Recent, Save As, importing articles (many files or a folder through the
/// bulk import dialog, or one article described by hand) and exporting annotations (File menu).
/// The Project is the workspace's and lives as long as it; opening another file reopens it, so
/// everything holding the pointer stays valid and follows its opened()/closed().
class ProjectController : public QObject
{
    Q_OBJECT
public:
    /// Adds its actions to @p window's File menu.
    ProjectController(Workspace *workspace, MainWindow *window);
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

public Q_SLOTS:
    void newProject();
    void openProject();
    void saveProjectAs();
    /// File ▸ Import Articles: any number of files, reviewed in the bulk import dialog.
    void importArticles();
    /// File ▸ Import Folder: a folder and its sub-folders, reviewed in the bulk import dialog.
    void importFolder();
    /// File ▸ Import Single Article: one text, Markdown or HTML file whose title, source,
    /// date and id are typed in (and which may replace the article with the same id).
    void importSingleArticle();
    /// Reviews and imports @p paths (files and folders) in the bulk import dialog; without a
    /// project open for writing, says why (and offers to create one).
    void importPaths(const QStringList &paths);
    void exportAnnotations();

public:
    /// Files bigger than this are checked (PRAGMA quick_check) on a worker thread after they
    /// open, not before: about a fifth of a second of checking.
    static constexpr qint64 DefaultBackgroundCheckThreshold = 16 * 1024 * 1024;
    /// Another threshold, for tests.
    static void setBackgroundCheckThreshold(qint64 bytes);
    /// Whether a background check is still running.
    bool isChecking() const;

Q_SIGNALS:
    /// Another file is open (or the open one was reloaded).
    void projectChanged();
    void titleChanged(const QString &title);
    void message(const QString &text);
    /// The background check of the open file @p path passed.
    void checked(const QString &path);
    /// The background check of @p path found damage; @p text says what and what was done.
    void damaged(const QString &path, const QString &text);

private:
    void createActions();
    void addRecent(const QString &path);
    void updateRecentMenu();
    void updateActions();
    void onOpened();
    /// True when a project is open for writing; else explains, offering a new project.
    bool ensureWritableProject();
    void checkInBackground(const QString &path);

    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    Project *m_project = nullptr;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_temporaryName;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_import = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_importSingle = nullptr;
    QAction *m_export = nullptr;
    QList<QThread *> m_checks; // background checks still running
    quint64 m_checkGeneration = 0;
    static inline qint64 s_backgroundCheckThreshold = DefaultBackgroundCheckThreshold;
};

} // namespace Entente

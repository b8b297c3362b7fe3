#include "projectcontroller.h"

#include "dialogs/bulkimportdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importarticledialog.h"
#include "import/articlereaders.h"
#include "io/corpusloader.h"
#include "io/corpusseeder.h"
#include "mainwindow.h"
#include "settings.h"
#include "store/integritycheck.h"
#include "store/project.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

namespace Entente {

namespace {

constexpr int MaxRecent = 8;
const Preference<QStringList> recentProjectsPreference{"Project/Recent"};
const Preference<QString> lastFolderPreference{"Project/LastFolder"};

QString startFolder()
{
    const QString last = lastFolderPreference.get();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString withSuffix(const QString &path)
{
    return path.endsWith(QLatin1StringView(".entente"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".entente");
}

} // namespace

ProjectController::ProjectController(Workspace *workspace, MainWindow *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_project(workspace->project())
{
    connect(m_project, &Project::opened, this, &ProjectController::onOpened);
    connect(m_project, &Project::closed, this, &ProjectController::updateActions);
    createActions();
    updateActions();
}

ProjectController::~ProjectController()
{
    // The window is being destroyed around us: nobody is left to tell.
    blockSignals(true);
    for (QThread *thread : std::as_const(m_checks)) { // a check has no way to stop early
        thread->disconnect(this);
        thread->wait();
        delete thread;
    }
}

QString ProjectController::defaultProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("default.entente"));
}

void ProjectController::createActions()
{
    QMenu *file = m_window->menu(QStringLiteral("file"));
    QAction *before = file->actions().value(0);

    auto *newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Project\u2026"), this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &ProjectController::newProject);
    auto *openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Project\u2026"), this);
    openAction->setShortcut(QKeySequence::Open);
    connect(openAction, &QAction::triggered, this, &ProjectController::openProject);
    m_recentMenu = new QMenu(tr("Open &Recent"), m_window);
    m_recentMenu->setObjectName(QStringLiteral("recentProjectsMenu"));
    m_saveAs = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As\u2026"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_saveAs->setToolTip(tr("Save a copy of the project under another name and continue in the copy"));
    connect(m_saveAs, &QAction::triggered, this, &ProjectController::saveProjectAs);
    m_import = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Articles\u2026"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setToolTip(tr("Import web pages, feeds, spreadsheets, documents and news-database exports; review them before anything is written"));
    connect(m_import, &QAction::triggered, this, &ProjectController::importArticles);
    m_importFolder = new QAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Import &Folder\u2026"), this);
    m_importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importFolder->setToolTip(tr("Import every article file in a folder and its sub-folders"));
    connect(m_importFolder, &QAction::triggered, this, &ProjectController::importFolder);
    m_importSingle = new QAction(tr("Import Single Ar&ticle\u2026"), this);
    m_importSingle->setToolTip(tr("Import one text, Markdown or HTML file, typing its title, source, date and id yourself"));
    connect(m_importSingle, &QAction::triggered, this, &ProjectController::importSingleArticle);
    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Annotations\u2026"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &ProjectController::exportAnnotations);
    for (QAction *a : {newAction, openAction, m_saveAs, m_import, m_importFolder, m_importSingle, m_export})
        a->setShortcutContext(Qt::WindowShortcut);

    file->insertAction(before, newAction);
    file->insertAction(before, openAction);
    file->insertMenu(before, m_recentMenu);
    file->insertAction(before, m_saveAs);
    file->insertSeparator(before);
    file->insertAction(before, m_import);
    file->insertAction(before, m_importFolder);
    file->insertAction(before, m_importSingle);
    file->insertAction(before, m_export);
    file->insertSeparator(before);
    updateRecentMenu();
}

void ProjectController::updateActions()
{
    const bool open = m_project->isOpen();
    const bool writable = open && !m_project->isReadOnly();
    m_saveAs->setEnabled(open);
    // Without a project the bulk imports offer to create one; a read-only one takes nothing.
    m_import->setEnabled(writable || !open);
    m_importFolder->setEnabled(writable || !open);
    m_importSingle->setEnabled(writable);
    m_export->setEnabled(open);
    Q_EMIT titleChanged(titleText());
}

QString ProjectController::titleText() const
{
    if (!m_project->isOpen())
        return QString();
    QString title = m_temporary ? tr("%1 (temporary)").arg(m_temporaryName) : m_project->displayName();
    if (m_project->isReadOnly())
        title += QStringLiteral(" ") + tr("[read-only]");
    return title;
}

void ProjectController::onOpened()
{
    updateActions();
    if (!m_temporary)
        addRecent(m_project->fileName());
    Q_EMIT projectChanged();
}

bool ProjectController::openDefaultProject(QString *error, const QString &corpusDirectory)
{
    const QString path = defaultProjectPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QString corpus = corpusDirectory.isEmpty() ? CorpusLoader::bundledCorpusDirectory() : corpusDirectory;
        if (!CorpusSeeder::createProject(path, corpus, error))
            return false;
    }
    if (openProjectFile(path, false, error))
        return true;
    // Another instance has it open, or the file is read-only: read it at least.
    QString readOnlyError;
    if (openProjectFile(path, true, &readOnlyError)) {
        Q_EMIT message(tr("The default project opened read-only: %1").arg(error ? *error : QString()));
        return true;
    }
    return false;
}

bool ProjectController::openTemporaryProject(const QString &directory, QString *error)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        if (error)
            *error = tr("Cannot create a temporary folder: %1").arg(dir->errorString());
        return false;
    }
    const QString path = dir->filePath(QStringLiteral("corpus.entente"));
    if (!CorpusSeeder::createProject(path, directory, error))
        return false;
    // The new file is opened by the project object, so the old temporary folder can go after.
    std::unique_ptr<QTemporaryDir> previous = std::move(m_temporary);
    m_temporary = std::move(dir);
    m_temporaryName = QFileInfo(QDir::cleanPath(directory)).fileName();
    if (!openProjectFile(path, false, error)) {
        m_temporary = std::move(previous);
        return false;
    }
    return true;
}

bool ProjectController::openProjectFile(const QString &path, bool readOnly, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const Project::OpenMode mode = readOnly ? Project::OpenMode::ReadOnly : Project::OpenMode::ReadWrite;
    // A big file is checked on a worker thread once it is open (PRAGMA quick_check reads all
    // of it: a second at 10,000 articles); a small one before, by the probe.
    const bool checkLater = QFileInfo(absolute).size() > s_backgroundCheckThreshold;
    {
        // Try the file first, so a file that cannot be opened leaves the current one open.
        Project probe;
        if (!probe.open(absolute, mode, checkLater ? Project::Check::Later : Project::Check::Quick)) {
            if (error)
                *error = probe.errorString();
            return false;
        }
    }
    const QString previous = m_project->fileName();
    const bool previousReadOnly = m_project->isReadOnly();
    const bool wasTemporary = m_temporary && previous.startsWith(m_temporary->path());
    // Checked by the probe a moment ago, or about to be: not read through a second time.
    if (!m_project->open(absolute, mode, Project::Check::Later)) {
        if (error)
            *error = m_project->errorString();
        if (!previous.isEmpty())
            m_project->open(previous, previousReadOnly ? Project::OpenMode::ReadOnly : Project::OpenMode::ReadWrite);
        return false;
    }
    if (wasTemporary && !absolute.startsWith(m_temporary->path()))
        m_temporary.reset();
    if (checkLater)
        checkInBackground(absolute);
    return true;
}

void ProjectController::setBackgroundCheckThreshold(qint64 bytes)
{
    s_backgroundCheckThreshold = bytes;
}

void ProjectController::checkInBackground(const QString &path)
{
    struct Result
    {
        bool ok = true;
        QString report;
    };
    auto result = std::make_shared<Result>();
    const quint64 generation = ++m_checkGeneration;
    QThread *thread = QThread::create([path, result] { result->ok = IntegrityCheck::quickCheck(path, &result->report); });
    m_checks.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, result, generation, path] {
        m_checks.removeOne(thread);
        thread->deleteLater();
        // Only the check of the file still open says anything.
        if (generation != m_checkGeneration || m_project->fileName() != path)
            return;
        if (result->ok) {
            Q_EMIT checked(path);
            return;
        }
        const QString name = QDir::toNativeSeparators(path);
        if (!m_project->isReadOnly() && m_project->open(path, Project::OpenMode::ReadOnly, Project::Check::Later))
            Q_EMIT damaged(path, tr("\u201C%1\u201D is damaged (the database check found: %2). It is now open read-only, so that "
                                    "nothing more is written to it; export what you need, or restore a backup.")
                                     .arg(name, result->report));
        else
            Q_EMIT damaged(path, tr("\u201C%1\u201D is damaged (the database check found: %2); what it shows may be incomplete.")
                                     .arg(name, result->report));
    });
    thread->start();
}

bool ProjectController::isChecking() const
{
    return !m_checks.isEmpty();
}

bool ProjectController::openProjectInteractively(const QString &path)
{
    QString error;
    if (openProjectFile(path, false, &error))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Open failed"),
                    tr("\u201C%1\u201D could not be opened.").arg(QFileInfo(path).fileName()), QMessageBox::NoButton, m_window);
    box.setInformativeText(error + QStringLiteral("\n\n") + tr("The file was left as it is."));
    QString readOnlyError;
    bool canReadOnly = false;
    {
        Project probe;
        canReadOnly = probe.open(QFileInfo(path).absoluteFilePath(), Project::OpenMode::ReadOnly);
        readOnlyError = probe.errorString();
    }
    QPushButton *readOnly = nullptr;
    if (canReadOnly) {
        box.setInformativeText(error + QStringLiteral("\n\n")
                               + tr("You can still open it read-only: read, search and export, but not edit."));
        readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    }
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (readOnly && box.clickedButton() == readOnly) {
        if (openProjectFile(path, true, &error))
            return true;
        QMessageBox::warning(m_window, tr("Open failed"), error);
    }
    return false;
}

void ProjectController::newProject()
{
    QString fileName = QFileDialog::getSaveFileName(m_window, tr("New Project"), QDir(startFolder()).filePath(tr("Untitled.entente")),
                                                    tr("Entente projects (*.entente)"));
    if (fileName.isEmpty())
        return;
    fileName = withSuffix(fileName);
    lastFolderPreference.set(QFileInfo(fileName).absolutePath());
    if (QFileInfo::exists(fileName)) {
        QMessageBox::warning(m_window, tr("New Project"),
                             tr("\u201C%1\u201D already exists. Choose another name; existing files are never overwritten.")
                                 .arg(QDir::toNativeSeparators(fileName)));
        return;
    }
    const auto answer = QMessageBox::question(m_window, tr("New Project"), tr("Start the new project with the articles of the bundled corpus?"),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    QString error;
    bool ok = false;
    if (answer == QMessageBox::Yes) {
        ok = CorpusSeeder::createProject(fileName, CorpusLoader::bundledCorpusDirectory(), &error);
    } else {
        Project created;
        ok = created.create(fileName);
        if (!ok)
            error = created.errorString();
    }
    if (!ok) {
        QMessageBox::warning(m_window, tr("New Project"), tr("The project could not be created.") + QStringLiteral("\n\n") + error);
        return;
    }
    openProjectInteractively(fileName);
}

void ProjectController::openProject()
{
    const QString fileName = QFileDialog::getOpenFileName(m_window, tr("Open Project"), startFolder(),
                                                          tr("Entente projects (*.entente);;All files (*)"));
    if (fileName.isEmpty())
        return;
    lastFolderPreference.set(QFileInfo(fileName).absolutePath());
    openProjectInteractively(fileName);
}

void ProjectController::saveProjectAs()
{
    if (!m_project->isOpen())
        return;
    QString fileName = QFileDialog::getSaveFileName(m_window, tr("Save Project As"),
                                                    QDir(startFolder()).filePath(m_project->displayName() + tr(" copy.entente")),
                                                    tr("Entente projects (*.entente)"));
    if (fileName.isEmpty())
        return;
    fileName = withSuffix(fileName);
    if (QFileInfo(fileName).absoluteFilePath() == QFileInfo(m_project->fileName()).absoluteFilePath())
        return; // every edit is saved already
    // The copy is written under a fresh name next to the target and only then moved into
    // place, so a file being replaced is never lost to a failed copy.
    const QString staging = fileName + QStringLiteral(".saving");
    QFile::remove(staging);
    if (!m_project->saveAs(staging)) {
        QMessageBox::warning(m_window, tr("Save As failed"), m_project->errorString());
        return;
    }
    if ((QFileInfo::exists(fileName) && !QFile::remove(fileName)) || !QFile::rename(staging, fileName)) {
        QFile::remove(staging);
        QMessageBox::warning(m_window, tr("Save As failed"),
                             tr("\u201C%1\u201D could not be replaced.").arg(QDir::toNativeSeparators(fileName)));
        return;
    }
    lastFolderPreference.set(QFileInfo(fileName).absolutePath());
    QString error;
    if (!openProjectFile(fileName, false, &error))
        QMessageBox::warning(m_window, tr("Save As"), tr("The copy was written but could not be opened:") + QStringLiteral("\n\n") + error);
    else
        Q_EMIT message(tr("Saved a copy as %1; you are now working in it.").arg(QDir::toNativeSeparators(fileName)));
}

bool ProjectController::ensureWritableProject()
{
    if (m_project->isOpen() && !m_project->isReadOnly())
        return true;
    if (m_project->isOpen()) {
        QMessageBox::information(m_window, tr("Import Articles"),
                                 tr("\u201C%1\u201D is open read-only, so nothing can be imported into it.").arg(m_project->displayName()),
                                 QMessageBox::Ok);
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("Import Articles"), tr("Articles are imported into a project, and no project is open."),
                    QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("Create a new project for them, or open an existing one."));
    QPushButton *create = box.addButton(tr("&New Project\u2026"), QMessageBox::AcceptRole);
    QPushButton *open = box.addButton(tr("&Open Project\u2026"), QMessageBox::AcceptRole);
    box.setDefaultButton(create);
    box.exec();
    if (box.clickedButton() == create)
        newProject();
    else if (box.clickedButton() == open)
        openProject();
    return m_project->isOpen() && !m_project->isReadOnly();
}

void ProjectController::importArticles()
{
    if (!ensureWritableProject())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Import Articles"), startFolder(),
                                                            ArticleReaders::fileDialogFilters().join(QStringLiteral(";;")));
    if (files.isEmpty())
        return;
    lastFolderPreference.set(QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void ProjectController::importFolder()
{
    if (!ensureWritableProject())
        return;
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import Folder"), startFolder());
    if (folder.isEmpty())
        return;
    lastFolderPreference.set(folder);
    importPaths({folder});
}

void ProjectController::importPaths(const QStringList &paths)
{
    if (paths.isEmpty() || !ensureWritableProject())
        return;
    BulkImportDialog dialog(m_project, paths, m_window);
    dialog.exec();
    if (dialog.phase() != BulkImportDialog::Phase::Finished)
        return;
    const ImportReport &report = dialog.report();
    const int imported = int(report.imported.size());
    const int failed = int(report.failed.size());
    QString text = imported == 1 ? tr("Imported 1 article.") : tr("Imported %n articles.", nullptr, imported);
    if (report.cancelled)
        text += QLatin1Char(' ') + tr("The import was cancelled.");
    if (failed > 0)
        text += QLatin1Char(' ') + (failed == 1 ? tr("1 could not be imported.") : tr("%n could not be imported.", nullptr, failed));
    Q_EMIT message(text);
}

void ProjectController::importSingleArticle()
{
    if (!m_project->isOpen() || m_project->isReadOnly())
        return;
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import Single Article"), startFolder(),
                                                      tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    if (file.isEmpty())
        return;
    lastFolderPreference.set(QFileInfo(file).absolutePath());
    ImportArticleDialog dialog(m_project, m_window);
    if (!dialog.setFile(file)) {
        QMessageBox::warning(m_window, tr("Import failed"), dialog.errorString());
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_project->importArticle(dialog.article())) {
        QMessageBox::warning(m_window, tr("Import failed"), m_project->errorString());
        return;
    }
    Q_EMIT message(tr("Imported \u201C%1\u201D.").arg(dialog.article().title));
}

void ProjectController::exportAnnotations()
{
    if (!m_project->isOpen())
        return;
    ExportDialog dialog(m_project, m_window);
    dialog.setReferenceData(&m_workspace->reference());
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Annotations exported."));
}

QStringList ProjectController::recentProjects() const
{
    return recentProjectsPreference.get();
}

void ProjectController::addRecent(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList recent = recentProjectsPreference.get();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    recentProjectsPreference.set(recent);
    updateRecentMenu();
}

void ProjectController::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentProjectsPreference.get();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).completeBaseName());
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openProjectInteractively(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
            recentProjectsPreference.set({});
            updateRecentMenu();
        });
    }
}

} // namespace Entente

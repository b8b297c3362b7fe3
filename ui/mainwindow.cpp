#include "mainwindow.h"
#include "model/timing.h"

#include "application.h"
#include "editactions.h"
#include "io/corpusloader.h"
#include "library/librarypane.h"
#include "models/articlelistmodel.h"
#include "officials/mentionhighlighting.h"
#include "officials/officialseditcontroller.h"
#include "officials/officialspanel.h"
#include "projectcontroller.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "search/searchpanel.h"
#include "settings.h"
#include "statements/comparisondock.h"
#include "statements/statementscontroller.h"
#include "store/project.h"
#include "tags/annotationspanel.h"
#include "tags/taggingcontroller.h"
#include "tags/taghighlighting.h"
#include "tags/tagpanel.h"
#include "timeline/meetingscontroller.h"
#include "timeline/timelinedock.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace Entente {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Entente"));
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);

    // First, so that it follows the project before anything else does.
    m_workspace = new Workspace(this);
    m_model = new ArticleListModel(this);
    m_reader = new ReaderArea(this);
    setCentralWidget(m_reader);
    m_library = new LibraryPane(m_model, this);
    m_libraryDock = newDock(m_library, tr("Library"), "LibraryDock");

    createMenus();
    addDock(m_libraryDock, Qt::LeftDockWidgetArea);
    createDocks();
    m_projectController = new ProjectController(m_workspace, this);
    createControllers();
    arrangeDefaultLayout();

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    // What the workspace says changed, to the views that show it.
    connect(m_workspace, &Workspace::articlesChanged, this, [this] {
        ScopedTiming timing("library model setArticles + story links");
        m_model->setArticles(m_workspace->articles());
        // The versions of one story a bulk import linked, marked in the library.
        Project *project = m_workspace->project();
        m_model->setStoryLinks(project->isOpen() ? project->storyLinks() : StoryLinkList());
        updateStatus();
    });
    connect(m_workspace, &Workspace::mentionsChanged, this, [this] {
        if (!m_officials->currentOfficial().isEmpty())
            filterLibraryByOfficial(m_officials->currentOfficial());
    });
    connect(m_workspace, &Workspace::meetingsChanged, this, &MainWindow::refreshTimeline);
    // A big project's mentions are found on a worker thread after it opens.
    connect(m_workspace, &Workspace::indexingProgress, this, [this](int done, int total) {
        if (done < total)
            showMessage(tr("Finding officials in the articles: %1 of %2\u2026").arg(QLocale().toString(done), QLocale().toString(total)), 0);
        else
            showMessage(tr("Officials found in all %1 articles.").arg(QLocale().toString(total)), 4000);
    });
    connect(m_workspace, &Workspace::indexingFailed, this, [this](const QString &message) {
        showMessage(tr("Officials could not be looked for in the articles: %1").arg(message), 0);
    });
    connect(m_workspace, &Workspace::officialsEditsFailed, this, [this](const QStringList &errors) {
        showMessage(tr("Some officials edits could not be applied: %1").arg(errors.join(QStringLiteral("; "))), 10000);
    });
    // Every pane highlights the officials it mentions, with the workspace's reference data.
    connect(m_reader, &ReaderArea::paneOpened, this, [this](ArticleView *view) { new MentionHighlighting(view, m_workspace); });
    // A pane whose article is one version of a story (a near-duplicate of a bulk import)
    // offers the other versions beside it.
    connect(m_reader, &ReaderArea::paneOpened, this, [this](ArticleView *view) {
        connect(view, &ArticleView::contextMenuRequested, this, [this, view](QMenu *menu) {
            const QString id = view->article().id;
            const QStringList others = m_model->sameStoryAs(id);
            if (others.isEmpty())
                return;
            menu->addSeparator();
            QAction *open = menu->addAction(tr("Open Same-Story &Versions Side by Side"));
            open->setObjectName(QStringLiteral("openSameStoryMenuItem"));
            // The panes are replaced with deleteLater(), so this pane outlives its menu.
            connect(open, &QAction::triggered, this, [this, id, others] { openArticles(QStringList{id} + others); });
        });
    });

    connect(m_library, &LibraryPane::openRequested, this, [this](const QString &id, bool newPane) { openArticle(id, newPane); });
    connect(m_library, &LibraryPane::openSideBySideRequested, this, &MainWindow::openArticles);
    connect(m_library, &LibraryPane::importRequested, m_projectController, &ProjectController::importPaths);
    connect(m_library, &LibraryPane::tagArticleRequested, m_tagging,
            [this](const QString &id, const QPoint &where) { m_tagging->tagArticleById(id, m_library, where); });
    connect(m_reader, &ReaderArea::currentArticleChanged, this, [this](const QString &id) {
        m_library->selectArticle(id);
        updateTitle();
        updateStatus();
    });
    connect(m_reader, &ReaderArea::paneCountChanged, this, &MainWindow::updateStatus);
    connect(m_reader, &ReaderArea::paneCountChanged, this, &MainWindow::updateOpenArticles);
    connect(m_reader, &ReaderArea::currentArticleChanged, this, &MainWindow::updateOpenArticles);
    connect(m_officials, &OfficialsPanel::mentionActivated, this, &MainWindow::showSpan);
    connect(m_officials, &OfficialsPanel::officialFilterChanged, this, &MainWindow::filterLibraryByOfficial);
    connect(m_comparison, &ComparisonDock::statementActivated, this, &MainWindow::showSpan);
    connect(m_timeline, &TimelineDock::meetingActivated, this, &MainWindow::showMeetingEvidence);
    connect(m_tagPanel, &TagPanel::tagActivated, this, [this](qint64 id) {
        m_annotationsDock->show();
        m_annotationsDock->raise();
        m_annotationsPanel->filterByTag(id);
    });
    connect(m_projectController, &ProjectController::titleChanged, this, &MainWindow::updateTitle);
    // A big project is checked after it opens; damage found then is said where it cannot be
    // missed (without blocking: the project is already safe, read-only).
    connect(m_projectController, &ProjectController::damaged, this, [this](const QString &, const QString &text) {
        showMessage(text, 0);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Damaged project"), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("damagedProjectBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    const auto toStatusBar = [this](auto *sender) {
        using Sender = std::remove_pointer_t<decltype(sender)>;
        connect(sender, &Sender::message, this, [this](const QString &text) { showMessage(text); });
    };
    toStatusBar(m_projectController);
    toStatusBar(m_editActions);
    toStatusBar(m_tagging);
    toStatusBar(m_tagPanel);
    toStatusBar(m_officialsEdits);
    toStatusBar(m_meetingsController);
    toStatusBar(m_statementsController);

    // The bundled corpus's officials and meetings until a corpus of its own is given.
    if (!m_workspace->loadReferenceData(CorpusLoader::bundledCorpusDirectory()))
        showMessage(tr("Officials and meetings could not be loaded: %1").arg(m_workspace->errorString()), 0);
    updateStatus();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::newDock(QWidget *content, const QString &title, const char *objectName)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(QLatin1StringView(objectName));
    dock->setWidget(content);
    return dock;
}

void MainWindow::createDocks()
{
    // Created in the order View > Panels lists them.
    m_officials = new OfficialsPanel(m_workspace, this);
    m_officialsDock = newDock(m_officials, tr("Officials"), "OfficialsDock");
    addDock(m_officialsDock, Qt::LeftDockWidgetArea);
    tabifyDockWidget(m_libraryDock, m_officialsDock);

    m_timeline = new TimelineDock(this);
    addDock(m_timeline, Qt::BottomDockWidgetArea);
    m_comparison = new ComparisonDock(m_workspace, this);
    addDock(m_comparison, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_timeline, m_comparison);
    m_timeline->raise();

    m_editActions = new EditActions(m_workspace, this);
    addDock(m_editActions->historyDock(), Qt::RightDockWidgetArea);
    m_editActions->historyDock()->hide();

    m_searchPanel = new SearchPanel(m_workspace->project(), m_reader, this);
    m_searchDock = newDock(m_searchPanel, tr("Search"), "SearchDock");
    addDock(m_searchDock, Qt::LeftDockWidgetArea);
    tabifyDockWidget(m_libraryDock, m_searchDock);
    m_libraryDock->raise();

    m_tagPanel = new TagPanel(m_workspace->project(), this);
    m_tagDock = newDock(m_tagPanel, tr("Tags"), "TagsDock");
    addDock(m_tagDock, Qt::RightDockWidgetArea);
    m_annotationsPanel = new AnnotationsPanel(m_workspace, m_reader, this);
    m_annotationsDock = newDock(m_annotationsPanel, tr("Annotations"), "AnnotationsDock");
    addDock(m_annotationsDock, Qt::RightDockWidgetArea);
    splitDockWidget(m_tagDock, m_annotationsDock, Qt::Vertical);
}

void MainWindow::createControllers()
{
    // What edits the project from the reader and the docks; each brings its actions for Edit.
    m_tagHighlighting = new TagHighlighting(m_workspace->project(), m_reader, this);
    m_tagging = new TaggingController(m_workspace, m_reader, this);
    m_officialsEdits = new OfficialsEditController(m_workspace, m_reader, this);
    m_meetingsController = new MeetingsController(this, m_workspace->project());
    m_statementsController = new StatementsController(m_workspace, m_reader, m_comparison->view(), this);
    m_timeline->setProject(m_workspace->project());

    auto *find = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Search Articles\u2026"), this);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_searchPanel->focusSearch();
    });
    addAction(find);

    QMenu *edit = menu(QStringLiteral("edit"));
    edit->addActions({m_editActions->undoAction(), m_editActions->redoAction()});
    edit->addSeparator();
    edit->addActions({m_editActions->historyAction(), m_tagging->tagSelectionAction(), m_tagging->tagArticleAction(), find});
    edit->addSeparator();
    edit->addActions({m_officialsEdits->addOfficialAction(), m_officialsEdits->addAliasAction(),
                      m_meetingsController->newFromSelectionAction(), m_statementsController->newFromSelectionAction()});
}

void MainWindow::arrangeDefaultLayout()
{
    // The first-run layout (a saved one replaces it): reading room first, and small enough for
    // a 1366x768 laptop (the window's minimum height stays under 600 px). Left, tabs for the
    // library, search and officials; right, one narrow column of tabs for tags, annotations
    // and history; bottom, the timeline tabbed with the statement comparison.
    tabifyDockWidget(m_tagDock, m_annotationsDock);
    tabifyDockWidget(m_annotationsDock, m_editActions->historyDock());
    m_libraryDock->raise();
    m_tagDock->raise();
    resizeDocks({m_tagDock}, {280}, Qt::Horizontal);
    resizeDocks({m_libraryDock}, {360}, Qt::Horizontal);
    resizeDocks({m_timeline}, {250}, Qt::Vertical);
}

const ReferenceData &MainWindow::referenceData() const
{
    return m_workspace->reference();
}

void MainWindow::showMessage(const QString &text, int timeout)
{
    statusBar()->showMessage(text, timeout);
}

void MainWindow::refreshTimeline(bool resetRange)
{
    ScopedTiming timing("MainWindow::refreshTimeline");
    // Which meetings is the workspace's decision; the timeline shows them.
    m_timeline->setMeetings(m_workspace->meetings(), m_workspace->reference().officialNames(), resetRange);
    m_timeline->setOpenArticles(m_reader->openArticleIds());
}

void MainWindow::filterLibraryByOfficial(const QString &id)
{
    if (id.isEmpty()) {
        m_library->setRestriction({}, QString());
        return;
    }
    const ReferenceData &reference = m_workspace->reference();
    const Official *o = reference.gazetteer().official(id);
    m_library->setRestriction(reference.mentions().articlesMentioning(id), tr("Articles mentioning %1").arg(o ? o->name : id));
}

void MainWindow::updateOpenArticles()
{
    m_timeline->setOpenArticles(m_reader->openArticleIds());
    if (const ArticleView *pane = m_reader->currentPane())
        m_officials->setReferenceDate(pane->article().published.earliest());
}

bool MainWindow::showSpan(const QString &id, qsizetype start, qsizetype end)
{
    ArticleView *target = m_reader->paneShowing(id);
    if (!target) {
        if (!openArticle(id, m_reader->paneCount() == 0))
            return false;
        target = m_reader->currentPane();
    }
    m_reader->setCurrentPane(int(m_reader->articleViews().indexOf(target)));
    target->scrollToSpan(start, end, true);
    return true;
}

void MainWindow::showMeetingEvidence(const Meeting &meeting)
{
    QStringList available;
    for (const QString &id : meeting.articleIds())
        if (!m_model->articleById(id).isNull())
            available << id;
    if (available.isEmpty()) {
        showMessage(tr("The articles that report this meeting are not in the project."));
        return;
    }
    openArticles(available);
    for (ArticleView *view : m_reader->articleViews()) {
        QList<HighlightSpan> spans;
        for (const MeetingEvidence &e : meeting.evidence) {
            if (e.articleId != view->article().id || e.start < 0)
                continue;
            HighlightSpan span;
            span.start = e.start;
            span.end = e.end;
            span.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            span.format.setUnderlineColor(palette().color(QPalette::Highlight));
            span.toolTip = tr("Evidence for: %1").arg(meeting.summary);
            spans << span;
        }
        view->setHighlightLayer(QStringLiteral("evidence"), spans);
        if (!spans.isEmpty())
            view->scrollToSpan(spans.first().start, spans.first().end, true);
    }
    showMessage(tr("%1 — %2").arg(meeting.date.toDisplayString(), meeting.summary), 8000);
}

void MainWindow::showSearch(const QString &query, int waitMs)
{
    m_searchDock->show();
    m_searchDock->raise();
    m_searchPanel->searchEdit()->setText(query);
    if (waitMs <= 0)
        return;
    QEventLoop loop;
    connect(m_searchPanel, &SearchPanel::resultsShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    m_searchPanel->searchNow();
    loop.exec();
    m_searchPanel->activateHit(0);
}

void MainWindow::createMenus()
{
    QMenu *file = menu(QStringLiteral("file"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    menu(QStringLiteral("edit"));

    QMenu *view = menu(QStringLiteral("view"));
    m_panelsMenu = view->addMenu(tr("&Panels"));
    QAction *filter = view->addAction(tr("Filter &Library"), m_library, &LibraryPane::focusFilter);
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addSeparator();
    QAction *next = view->addAction(tr("&Next Pane"), m_reader, &ReaderArea::nextPane);
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::Key_F6)});
    QAction *previous = view->addAction(tr("&Previous Pane"), m_reader, &ReaderArea::previousPane);
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                            QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    QAction *close = view->addAction(tr("&Close Pane"), m_reader, &ReaderArea::closeCurrentPane);
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    for (QAction *a : {filter, next, previous, close})
        a->setShortcutContext(Qt::WindowShortcut);
    view->addSeparator();

    QMenu *scheme = view->addMenu(tr("Colo&r Scheme"));
    auto *group = new QActionGroup(this);
    const QString currentScheme = colorSchemeName(currentColorScheme());
    const std::pair<QString, QString> schemes[] = {{QStringLiteral("system"), tr("&System")},
                                                   {QStringLiteral("light"), tr("&Light")},
                                                   {QStringLiteral("dark"), tr("&Dark")}};
    for (const auto &[key, label] : schemes) {
        QAction *a = scheme->addAction(label);
        a->setCheckable(true);
        a->setChecked(key == currentScheme);
        a->setData(key);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [key] {
            applyColorScheme(colorSchemeFromName(key));
            Settings::colorScheme.set(key);
        });
    }

    QMenu *help = menu(QStringLiteral("help"));
    help->addAction(tr("&About Entente"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

QMenu *MainWindow::menu(const QString &name)
{
    if (QMenu *m = m_menus.value(name))
        return m;
    QString title;
    if (name == QLatin1String("file"))
        title = tr("&File");
    else if (name == QLatin1String("edit"))
        title = tr("&Edit");
    else if (name == QLatin1String("view"))
        title = tr("&View");
    else if (name == QLatin1String("help"))
        title = tr("&Help");
    else
        title = name;
    auto *m = new QMenu(title, this);
    m->setObjectName(name + QLatin1String("Menu"));
    QMenu *helpMenu = m_menus.value(QStringLiteral("help"));
    if (helpMenu && name != QLatin1String("help"))
        menuBar()->insertMenu(helpMenu->menuAction(), m);
    else
        menuBar()->addMenu(m);
    m_menus.insert(name, m);
    return m;
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    m_panelsMenu->addAction(dock->toggleViewAction());
}

void MainWindow::setArticles(const ArticleList &articles)
{
    m_workspace->setArticles(articles);
}

const ArticleList &MainWindow::articles() const
{
    return m_workspace->articles();
}

bool MainWindow::openArticle(const QString &id, bool newPane)
{
    const Article a = m_workspace->article(id);
    if (a.isNull())
        return false;
    m_reader->openArticle(a, newPane);
    return true;
}

void MainWindow::openArticles(const QStringList &ids)
{
    ArticleList articles;
    for (const QString &id : ids)
        if (const Article a = m_workspace->article(id); !a.isNull())
            articles << a;
    m_reader->openArticles(articles);
}

void MainWindow::restoreSession()
{
    restoreGeometry(Settings::windowGeometry.get());
    restoreState(Settings::windowState.get());
    m_reader->restoreSession([this](const QString &id) { return m_workspace->article(id); });
}

void MainWindow::saveSession() const
{
    Settings::windowGeometry.set(saveGeometry());
    Settings::windowState.set(saveState());
    m_reader->saveSession();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTitle()
{
    // "Article — project [read-only] — Entente"
    QStringList parts;
    const ArticleView *pane = m_reader->currentPane();
    const Article a = pane ? m_model->articleById(pane->article().id) : Article();
    if (!a.isNull())
        parts << a.title;
    const QString project = m_projectController->titleText();
    if (!project.isEmpty())
        parts << project;
    parts << tr("Entente");
    setWindowTitle(parts.join(QStringLiteral(" \u2014 ")));
}

void MainWindow::updateStatus()
{
    // Singular spelled out so English reads right without a loaded translation; other
    // languages get their plural forms from the %n numerus entries.
    const int articles = int(m_model->rowCount());
    const int panes = m_reader->paneCount();
    const QString a = articles == 1 ? tr("1 article") : tr("%n articles", nullptr, articles);
    const QString p = panes == 1 ? tr("1 pane open") : tr("%n panes open", nullptr, panes);
    m_status->setText(a + QStringLiteral("  \u00B7  ") + p);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Entente"),
                       tr("<h3>Entente %1</h3><p>Read, annotate and compare news articles on "
                          "meetings between Iranian and Iraqi officials, side by side.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Entente

#include "mainwindow.h"

#include "application.h"
#include "io/corpusloader.h"
#include "io/referencedata.h"
#include "library/librarypane.h"
#include "models/articlelistmodel.h"
#include "officials/mentionhighlighting.h"
#include "officials/officialseditcontroller.h"
#include "officials/officialspanel.h"
#include "projectcontroller.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "settings.h"
#include "statements/comparisondock.h"
#include "statements/statementscontroller.h"
#include "store/project.h"
#include "store/recordconversion.h"
#include "timeline/meetingscontroller.h"
#include "timeline/timelinedock.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace Entente {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Entente"));
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);

    m_model = new ArticleListModel(this);
    m_reader = new ReaderArea(this);
    setCentralWidget(m_reader);

    m_library = new LibraryPane(m_model, this);
    m_libraryDock = new QDockWidget(tr("Library"), this);
    m_libraryDock->setObjectName(QStringLiteral("LibraryDock"));
    m_libraryDock->setWidget(m_library);

    createMenus();
    addDock(m_libraryDock, Qt::LeftDockWidgetArea);
    createReferenceDocks();
    // The project file: File and Edit actions, tagging, search, the tag and annotation docks.
    m_projectController = new ProjectController(this);
    // Officials edits from the reader (a person or an alias), stored in the project and
    // undoable: the reference data is rebuilt from the project's edits whenever they change.
    m_officialsEdits = new OfficialsEditController(m_projectController->project(), m_reader,
                                                   [this]() -> const Gazetteer & { return m_reference->gazetteer(); }, this);
    if (QMenu *edit = m_menus.value(QStringLiteral("edit"))) {
        edit->addSeparator();
        edit->addAction(m_officialsEdits->addOfficialAction());
        edit->addAction(m_officialsEdits->addAliasAction());
    }
    connect(m_officialsEdits, &OfficialsEditController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_projectController->project(), &Project::officialsEditsChanged, this, [this] {
        applyOfficialsEdits();
        refreshMeetings();
        refreshStatements();
    });
    // Meetings and statements live in the project: edits show at once in the timeline and the
    // comparison; the reader's context menu and the timeline offer the editing verbs.
    m_meetingsController = new MeetingsController(this, m_projectController->project());
    m_statementsController = new StatementsController(this, m_projectController->project());
    m_timeline->setProject(m_projectController->project());
    if (QMenu *edit = m_menus.value(QStringLiteral("edit"))) {
        edit->addAction(m_meetingsController->newFromSelectionAction());
        edit->addAction(m_statementsController->newFromSelectionAction());
    }
    connect(m_projectController->project(), &Project::meetingsChanged, this, [this] { refreshMeetings(); });
    connect(m_projectController->project(), &Project::statementsChanged, this, &MainWindow::refreshStatements);
    connect(m_projectController->project(), &Project::closed, this, [this] {
        refreshMeetings(true);
        refreshStatements();
    });
    connect(m_meetingsController, &MeetingsController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_statementsController, &StatementsController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    arrangeDefaultLayout();

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    connect(m_library, &LibraryPane::openRequested, this, [this](const QString &id, bool newPane) { openArticle(id, newPane); });
    connect(m_reader, &ReaderArea::currentArticleChanged, this, [this](const QString &id) {
        m_library->selectArticle(id);
        updateTitle();
        updateStatus();
    });
    connect(m_reader, &ReaderArea::paneCountChanged, this, &MainWindow::updateStatus);
    connect(m_projectController, &ProjectController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_projectController, &ProjectController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::arrangeDefaultLayout()
{
    // The first-run layout (a saved one replaces it): reading room first, and small enough for
    // a 1366x768 laptop (the window's minimum height stays under 600 px). Left, tabs for the
    // library, search and officials; right, one narrow column of tabs for tags, annotations
    // and history; bottom, the timeline tabbed with the statement comparison.
    auto dock = [this](const char *name) { return findChild<QDockWidget *>(QLatin1StringView(name)); };
    QDockWidget *tags = dock("TagsDock");
    QDockWidget *annotations = dock("AnnotationsDock");
    QDockWidget *history = dock("HistoryDock");
    QDockWidget *search = dock("SearchDock");
    if (tags && annotations)
        tabifyDockWidget(tags, annotations);
    if (annotations && history)
        tabifyDockWidget(annotations, history);
    Q_UNUSED(search); // tabified with the library by the project controller
    m_libraryDock->raise();
    if (tags) {
        tags->raise();
        resizeDocks({tags}, {280}, Qt::Horizontal);
    }
    resizeDocks({m_libraryDock}, {360}, Qt::Horizontal);
    resizeDocks({m_timeline}, {250}, Qt::Vertical);
}

void MainWindow::createReferenceDocks()
{
    m_reference = std::make_unique<ReferenceData>();

    m_officials = new OfficialsPanel(this);
    m_officialsDock = new QDockWidget(tr("Officials"), this);
    m_officialsDock->setObjectName(QStringLiteral("OfficialsDock"));
    m_officialsDock->setWidget(m_officials);
    addDock(m_officialsDock, Qt::LeftDockWidgetArea);
    tabifyDockWidget(m_libraryDock, m_officialsDock);

    m_timeline = new TimelineDock(this);
    addDock(m_timeline, Qt::BottomDockWidgetArea);
    m_comparison = new ComparisonDock(this);
    addDock(m_comparison, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_timeline, m_comparison);
    m_timeline->raise();

    connect(m_officials, &OfficialsPanel::mentionActivated, this, &MainWindow::showSpan);
    connect(m_officials, &OfficialsPanel::officialFilterChanged, this, [this](const QString &id) {
        filterLibraryByOfficial(id);
    });
    connect(m_comparison, &ComparisonDock::statementActivated, this, &MainWindow::showSpan);
    connect(m_timeline, &TimelineDock::meetingActivated, this, &MainWindow::showMeetingEvidence);
    connect(m_reader, &ReaderArea::paneOpened, this, &MainWindow::attachToPane);
    connect(m_reader, &ReaderArea::paneCountChanged, this, &MainWindow::updateOpenArticles);
    connect(m_reader, &ReaderArea::currentArticleChanged, this, &MainWindow::updateOpenArticles);

    // The bundled corpus's officials and meetings until a corpus of its own is given.
    QString error;
    if (!loadReferenceData(CorpusLoader::bundledCorpusDirectory(), &error))
        statusBar()->showMessage(tr("Officials and meetings could not be loaded: %1").arg(error));
}

bool MainWindow::loadReferenceData(const QString &corpusDirectory, QString *error)
{
    auto reference = std::make_unique<ReferenceData>();
    if (!reference->load(corpusDirectory)) {
        if (error)
            *error = reference->errorString();
        return false;
    }
    reference->setArticles(m_model->articles());
    m_reference = std::move(reference);
    // Highlighters hold the gazetteer and matcher of the old data: give every pane new ones.
    for (ArticleView *view : m_reader->articleViews())
        attachToPane(view);
    refreshReferenceViews();
    return true;
}

void MainWindow::refreshReferenceViews()
{
    m_reference->setArticles(m_model->articles());
    applyOfficialsEdits();
    refreshMeetings(true);
    refreshStatements();
    updateOpenArticles();
}

void MainWindow::refreshMeetings(bool resetRange)
{
    // The open project's meetings; the corpus's only while no project is open.
    const Project *project = m_projectController ? m_projectController->project() : nullptr;
    const MeetingList meetings = project && project->isOpen() ? RecordConversion::toMeetings(project->meetings())
                                                              : m_reference->meetings();
    m_timeline->setMeetings(meetings, m_reference->officialNames(), resetRange);
    m_timeline->setOpenArticles(m_reader->openArticleIds());
}

void MainWindow::refreshStatements()
{
    const Project *project = m_projectController ? m_projectController->project() : nullptr;
    if (project && project->isOpen())
        m_comparison->setStatements(RecordConversion::toStatements(project->statements()), m_model->articles(),
                                    m_reference->gazetteer());
    else
        m_comparison->setSources(m_model->articles(), m_reference->gazetteer());
}

void MainWindow::filterLibraryByOfficial(const QString &id)
{
    if (id.isEmpty()) {
        m_library->setRestriction({}, QString());
        return;
    }
    const Official *o = m_reference->gazetteer().official(id);
    m_library->setRestriction(m_reference->mentions().articlesMentioning(id), tr("Articles mentioning %1").arg(o ? o->name : id));
}

void MainWindow::applyOfficialsEdits()
{
    // The loaded gazetteer plus the open project's officials edits, in order (so undo and redo
    // of an edit simply rebuild it); then every view of the officials follows.
    const Project *project = m_projectController ? m_projectController->project() : nullptr;
    const QList<OfficialsEditRecord> edits = project && project->isOpen() ? project->officialsEdits() : QList<OfficialsEditRecord>();
    if (!m_reference->setOfficialsEdits(edits))
        statusBar()->showMessage(tr("Some officials edits could not be applied: %1")
                                     .arg(m_reference->officialsEditErrors().join(QStringLiteral("; "))),
                                 10000);
    for (ArticleView *view : m_reader->articleViews())
        if (auto *highlighting = view->findChild<MentionHighlighting *>(QStringLiteral("mentionHighlighting"), Qt::FindDirectChildrenOnly))
            highlighting->update();
    m_officials->setSources(m_model->articles(), m_reference->gazetteer());
    if (!m_officials->currentOfficial().isEmpty())
        filterLibraryByOfficial(m_officials->currentOfficial());
}

void MainWindow::attachToPane(ArticleView *view)
{
    // One highlighter per pane and reference data; it follows the pane's article and palette.
    const QString name = QStringLiteral("mentionHighlighting");
    delete view->findChild<MentionHighlighting *>(name, Qt::FindDirectChildrenOnly);
    auto *highlighting = new MentionHighlighting(view, &m_reference->gazetteer(), &m_reference->matcher(), view);
    highlighting->setObjectName(name);
    highlighting->update();
}

void MainWindow::updateOpenArticles()
{
    m_timeline->setOpenArticles(m_reader->openArticleIds());
    if (const ArticleView *pane = m_reader->currentPane())
        m_officials->setReferenceDate(pane->article().published.earliest());
}

bool MainWindow::showSpan(const QString &id, qsizetype start, qsizetype end)
{
    ArticleView *target = nullptr;
    for (ArticleView *view : m_reader->articleViews())
        if (view->article().id == id)
            target = view;
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
    const QStringList ids = meeting.articleIds();
    QStringList available;
    for (const QString &id : ids)
        if (!m_model->articleById(id).isNull())
            available << id;
    if (available.isEmpty()) {
        statusBar()->showMessage(tr("The articles that report this meeting are not in the project."), 6000);
        return;
    }
    openArticles(available);
    const QList<ArticleView *> views = m_reader->articleViews();
    for (ArticleView *view : views) {
        QList<HighlightSpan> spans;
        qsizetype first = -1, firstEnd = -1;
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
            if (first < 0) {
                first = e.start;
                firstEnd = e.end;
            }
        }
        view->setHighlightLayer(QStringLiteral("evidence"), spans);
        if (first >= 0)
            view->scrollToSpan(first, firstEnd, true);
    }
    statusBar()->showMessage(tr("%1 — %2").arg(meeting.date.toDisplayString(), meeting.summary), 8000);
}

void MainWindow::createMenus()
{
    QMenu *file = menu(QStringLiteral("file"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

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
    m_model->setArticles(articles);
    refreshReferenceViews();
    updateStatus();
}

const ArticleList &MainWindow::articles() const
{
    return m_model->articles();
}

bool MainWindow::openArticle(const QString &id, bool newPane)
{
    const Article a = m_model->articleById(id);
    if (a.isNull())
        return false;
    m_reader->openArticle(a, newPane);
    return true;
}

void MainWindow::openArticles(const QStringList &ids)
{
    while (m_reader->paneCount() > 0)
        m_reader->closePane(m_reader->paneCount() - 1);
    for (const QString &id : ids)
        openArticle(id, true);
    m_reader->setCurrentPane(0);
}

void MainWindow::restoreSession()
{
    restoreGeometry(Settings::windowGeometry.get());
    restoreState(Settings::windowState.get());
    QStringList ids;
    for (const QString &id : Settings::openArticles.get())
        if (!m_model->articleById(id).isNull())
            ids << id;
    if (ids.isEmpty())
        return;
    openArticles(ids);
    m_reader->splitter()->restoreState(Settings::readerSplitterState.get());
    m_reader->setCurrentPane(Settings::currentPane.get());
}

void MainWindow::saveSession() const
{
    Settings::windowGeometry.set(saveGeometry());
    Settings::windowState.set(saveState());
    Settings::readerSplitterState.set(m_reader->splitter()->saveState());
    Settings::openArticles.set(m_reader->openArticleIds());
    Settings::currentPane.set(m_reader->currentIndex());
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

// Tests for MainWindow: library filter, keyboard shortcuts, menus, the status bar, settings
// round-trips, and the `entente` command line (--open, --screenshot).
#include "application.h"
#include "io/corpusloader.h"
#include "library/librarypane.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "projectcontroller.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "settings.h"
#include "store/project.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    ArticleList m_articles;

    static void showAndWait(QWidget &w)
    {
        w.resize(1300, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }

    static QStringList ids(const MainWindow &w) { return w.readerArea()->openArticleIds(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"entente-tests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        CorpusLoader loader;
        QVERIFY2(loader.load(QStringLiteral(ENTENTE_TEST_CORPUS)), qPrintable(loader.errorString()));
        m_articles = loader.articles();
        QCOMPARE(m_articles.size(), 5);
    }

    void init()
    {
        Settings::setEnabled(true);
        QSettings().clear();
        // Nothing may query the project before it is open (this printed at every start-up).
        QTest::failOnWarning(QRegularExpression(u"database not open"_s));
    }

    void startUpQueriesNothingBeforeTheProjectIsOpen()
    {
        // What `entente` does at start-up: the window, then a project, then the saved session.
        MainWindow w;
        QString error;
        QVERIFY2(w.projectController()->openTemporaryProject(QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
        w.restoreSession();
        showAndWait(w);
        QCOMPARE(w.articles().size(), 5);
        w.projectController()->project()->close();
        QCOMPARE(w.articles().size(), 0);
    }

    void libraryFilter_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("rows");
        QTest::newRow("title word") << u"Kazimi"_s << 1;
        QTest::newRow("case-insensitive") << u"kazimi"_s << 1;
        QTest::newRow("source") << u"EghtesadOnline"_s << 1;
        QTest::newRow("readable date") << u"July"_s << 1;
        QTest::newRow("common word") << u"Iraq"_s << 5;
        QTest::newRow("nothing") << u"zzzz"_s << 0;
    }

    void libraryFilter()
    {
        QFETCH(QString, typed);
        QFETCH(int, rows);
        MainWindow w;
        w.setArticles(m_articles);
        showAndWait(w);
        QAbstractItemModelTester tester(w.library()->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(w.library()->filterEdit()->hasFocus());
        QTest::keyClicks(w.library()->filterEdit(), typed);
        QCOMPARE(w.library()->proxyModel()->rowCount(), rows);
        w.library()->filterEdit()->clear();
        QCOMPARE(w.library()->proxyModel()->rowCount(), 5);
    }

    void librarySortsChronologically()
    {
        MainWindow w;
        w.setArticles(m_articles);
        QTreeView *view = w.library()->view();
        view->sortByColumn(ArticleListModel::PublishedColumn, Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            order << view->model()->index(r, 0).data(ArticleListModel::IdRole).toString();
        QCOMPARE(order.first(), u"shamkhani-salih-baghdad-2020"_s);
        QCOMPARE(order.last(), u"rashid-al-alam-interview-2023"_s);
        QVERIFY(order.indexOf(u"khamenei-rashid-2023"_s) < order.indexOf(u"rashid-al-alam-interview-2023"_s));
    }

    void keyboard()
    {
        MainWindow w;
        w.setArticles(m_articles);
        showAndWait(w);
        QTreeView *view = w.library()->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        const QString first = view->model()->index(0, 0).data(ArticleListModel::IdRole).toString();
        const QString second = view->model()->index(1, 0).data(ArticleListModel::IdRole).toString();

        QTest::keyClick(view, Qt::Key_Return); // open in the current (new) pane
        QCOMPARE(ids(w), QStringList{first});
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_Return); // replaces the current pane's article
        QCOMPARE(ids(w), QStringList{second});
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier); // a new pane
        QCOMPARE(ids(w), (QStringList{second, first}));
        QCOMPARE(w.readerArea()->currentIndex(), 1);
        QVERIFY(w.readerArea()->currentPane()->textView()->hasFocus());

        QTest::keyClick(&w, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(w.readerArea()->currentIndex(), 0);
        QVERIFY(w.readerArea()->pane(0)->textView()->hasFocus());
        QTest::keyClick(&w, Qt::Key_F6);
        QCOMPARE(w.readerArea()->currentIndex(), 1);
        QTest::keyClick(&w, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.readerArea()->currentIndex(), 0);

        QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(ids(w), QStringList{first});
        QVERIFY(w.statusBar()->findChild<QLabel *>()->text().contains(u"1 pane"_s));
        QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(w.readerArea()->paneCount(), 0);
        QCOMPARE(w.windowTitle(), u"Entente"_s);
    }

    void menusAndStatus()
    {
        MainWindow w;
        w.setArticles(m_articles);
        QVERIFY(w.statusBar()->findChild<QLabel *>()->text().contains(u"5 articles"_s));
        QMenu *view = w.menu(u"view"_s);
        QCOMPARE(w.menu(u"view"_s), view); // the same menu each time
        QMenu *extra = w.menu(u"Tags"_s);
        const auto actions = w.menuBar()->actions();
        QCOMPARE(actions.last(), w.menu(u"help"_s)->menuAction()); // Help stays last
        QVERIFY(actions.indexOf(extra->menuAction()) > actions.indexOf(view->menuAction()));

        auto *dock = new QDockWidget(u"Extra"_s, &w);
        dock->setObjectName(u"ExtraDock"_s);
        w.addDock(dock, Qt::RightDockWidgetArea);
        bool listed = false;
        for (QAction *a : view->actions())
            if (a->menu())
                listed = listed || a->menu()->actions().contains(dock->toggleViewAction());
        QVERIFY(listed);
    }

    void windowIconResource()
    {
        const QIcon icon = applicationIcon();
        const QPixmap pixmap = icon.pixmap(32, 32);
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size(), QSize(32, 32));
        // The centre of the icon is painted (the rounded square), its corner is transparent.
        const QImage image = pixmap.toImage();
        QVERIFY(qAlpha(image.pixel(16, 16)) > 200);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    }

    void settingsRoundTrip()
    {
        const QStringList open{u"rouhani-fuad-hussein-2021"_s, u"khamenei-rashid-2023"_s, u"kazimi-iranian-journalists-2021"_s};
        QByteArray splitter;
        {
            MainWindow w;
            w.setArticles(m_articles);
            showAndWait(w);
            w.openArticles(open);
            w.readerArea()->setCurrentPane(2);
            w.readerArea()->splitter()->setSizes({500, 250, 250});
            splitter = w.readerArea()->splitter()->saveState();
            w.close(); // saves
        }
        QCOMPARE(Settings::openArticles.get(), open);
        {
            MainWindow w;
            w.setArticles(m_articles);
            w.restoreSession();
            showAndWait(w);
            QCOMPARE(ids(w), open);
            QCOMPARE(w.readerArea()->currentIndex(), 2);
            QCOMPARE(w.readerArea()->splitter()->saveState(), splitter);
        }
        // Disabled settings read defaults and write nothing.
        Settings::setEnabled(false);
        QCOMPARE(Settings::openArticles.get(), QStringList());
        Settings::openArticles.set({u"x"_s});
        Settings::setEnabled(true);
        QCOMPARE(Settings::openArticles.get(), open);
        // An id that no longer exists is skipped on restore.
        Settings::openArticles.set({u"gone"_s, u"khamenei-rashid-2023"_s});
        MainWindow w;
        w.setArticles(m_articles);
        w.restoreSession();
        QCOMPARE(ids(w), QStringList{u"khamenei-rashid-2023"_s});
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("unknown id") << QStringList{u"--open"_s, u"khamenei-rashid-2023,nope"_s} << 2 << u"\"nope\""_s;
        QTest::newRow("unknown id lists valid ids") << QStringList{u"--open"_s, u"nope"_s} << 2 << u"rouhani-fuad-hussein-2021"_s;
        QTest::newRow("bad palette") << QStringList{u"--palette"_s, u"purple"_s} << 2 << u"purple"_s;
        QTest::newRow("bad corpus") << QStringList{u"--corpus"_s, u"/nonexistent/corpus"_s} << 1 << u"corpus.json"_s;
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        QTemporaryDir dir;
        QProcess p;
        p.setProcessEnvironment([] {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            return env;
        }());
        p.start(QStringLiteral(ENTENTE_EXECUTABLE), QStringList{u"--screenshot"_s, dir.filePath(u"s.png"_s)} + args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), exitCode);
        QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(stderrContains), qPrintable(stderrContains));
        QVERIFY(!QFile::exists(dir.filePath(u"s.png"_s)));
    }

    void helpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("stdoutContains");
        QTest::newRow("--help lists options and headless commands") << u"--help"_s << u"export-csv"_s;
        QTest::newRow("-h") << u"-h"_s << u"--screenshot"_s;
        QTest::newRow("--version") << u"--version"_s << u"entente "_s;
    }

    void helpWithoutDisplay()
    {
        // Printing help must not need a display: no DISPLAY, no WAYLAND_DISPLAY, no platform.
        QFETCH(QString, option);
        QFETCH(QString, stdoutContains);
        QProcess p;
        p.setProcessEnvironment([] {
            auto env = QProcessEnvironment::systemEnvironment();
            for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
                env.remove(name);
            return env;
        }());
        p.start(QStringLiteral(ENTENTE_EXECUTABLE), {option});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains(stdoutContains), qPrintable(out));
    }

    void screenshot()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"shot.png"_s);
        QProcess p;
        p.setProcessEnvironment([] {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            return env;
        }());
        p.start(QStringLiteral(ENTENTE_EXECUTABLE),
                {u"--screenshot"_s, file, u"--size"_s, u"900x600"_s, u"--palette"_s, u"dark"_s,
                 u"--open"_s, u"shamkhani-salih-baghdad-2020,rouhani-fuad-hussein-2021"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(u"shot.png"_s));
        const QString errors = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(!errors.contains(u"database not open"_s), qPrintable(errors));
        QImage image(file);
        QCOMPARE(image.size(), QSize(900, 600));
        QVERIFY(qGray(image.pixel(450, 400)) < 100); // dark palette
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// ProjectController: which project opens (default, temporary from a corpus, a file), files
// that cannot be opened leave the current project open and themselves untouched, the window
// title, Undo/Redo and History, and the import dialog's prefilled fields.
#include "fixtures.h"
#include "io/corpusseeder.h"
#include "dialogs/importarticledialog.h"
#include "editactions.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "settings.h"
#include "store/project.h"
#include "tags/taggingcontroller.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QMenu>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestProjectController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_good;

    static QByteArray hashOf(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setEnabled(false);
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(u"good.entente"_s);
        QString error;
        QVERIFY2(CorpusSeeder::createProject(m_good, QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
    }

    void badFilesLeaveEverythingAsItWas_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message"); // a piece of the explanation
        QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
        QTest::newRow("text file") << u"text"_s << u"not an SQLite database"_s;
        QTest::newRow("other SQLite database") << u"sqlite"_s << u"not an Entente project"_s;
        QTest::newRow("newer format") << u"newer"_s << u"newer version of Entente"_s;
    }

    void badFilesLeaveEverythingAsItWas()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString bad = m_dir.filePath(u"bad-%1.entente"_s.arg(kind));
        if (kind == u"text"_s) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(200, 'x'));
        } else if (kind == u"sqlite"_s || kind == u"newer"_s) {
            if (kind == u"newer"_s)
                QVERIFY(QFile::copy(m_good, bad));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"maker"_s);
                db.setDatabaseName(bad);
                QVERIFY(db.open());
                QSqlQuery q(db);
                if (kind == u"sqlite"_s)
                    QVERIFY(q.exec(u"CREATE TABLE t(x)"_s));
                else
                    QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(u"maker"_s);
        }
        const QByteArray before = hashOf(bad);

        MainWindow window;
        ProjectController *projects = window.projectController();
        QString error;
        QVERIFY2(projects->openProjectFile(m_good, false, &error), qPrintable(error));
        QVERIFY(!projects->openProjectFile(bad, false, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        // The good project is still open, and the bad file was not touched.
        QVERIFY(projects->project()->isOpen());
        QCOMPARE(QFileInfo(projects->project()->fileName()), QFileInfo(m_good));
        QCOMPARE(window.articles().size(), 5);
        QCOMPARE(hashOf(bad), before);
    }

    // A big file opens at once and is checked on a worker: damage found then leaves the
    // project open read-only, with a warning; a small one is checked before it opens.
    void bigProjectCheckedInBackground()
    {
        const QString damaged = m_dir.filePath(u"damaged.entente"_s);
        QFile::remove(damaged);
        QVERIFY(QFile::copy(m_good, damaged));
        // A table that opening the project does not read: only the check finds it broken.
        const QString damage = TestFixtures::damageTable(damaged, u"imports"_s);
        QVERIFY2(damage.isEmpty(), qPrintable(damage));
        QFile::remove(damaged + u"-wal"_s);
        QFile::remove(damaged + u"-shm"_s);

        MainWindow window;
        ProjectController *projects = window.projectController();
        QString error;
        QVERIFY(!projects->openProjectFile(damaged, false, &error)); // small: checked first
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));

        ProjectController::setBackgroundCheckThreshold(0); // every file is "big"
        const auto restore = qScopeGuard([] { ProjectController::setBackgroundCheckThreshold(ProjectController::DefaultBackgroundCheckThreshold); });
        QSignalSpy checked(projects, &ProjectController::checked);
        QSignalSpy found(projects, &ProjectController::damaged);
        QVERIFY2(projects->openProjectFile(m_good, false, &error), qPrintable(error));
        QTRY_COMPARE(checked.size(), 1);
        QCOMPARE(found.size(), 0);
        QVERIFY(!projects->project()->isReadOnly());

        QVERIFY2(projects->openProjectFile(damaged, false, &error), qPrintable(error));
        QVERIFY(!projects->project()->isReadOnly()); // until the check says otherwise
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(checked.size(), 1);
        QVERIFY(projects->project()->isOpen());
        QVERIFY(projects->project()->isReadOnly());
        QCOMPARE(QFileInfo(found.at(0).at(0).toString()), QFileInfo(damaged));
        QVERIFY2(found.at(0).at(1).toString().contains(u"read-only"_s), qPrintable(found.at(0).at(1).toString()));
        QTRY_VERIFY(window.findChild<QMessageBox *>(u"damagedProjectBox"_s));
        QVERIFY(!projects->isChecking());
        // Another file opened while a check runs: the old check says nothing.
        QVERIFY2(projects->openProjectFile(damaged, true, &error), qPrintable(error));
        QVERIFY2(projects->openProjectFile(m_good, false, &error), qPrintable(error));
        QTRY_VERIFY(!projects->isChecking());
        QCOMPARE(found.size(), 1);
        QVERIFY(!projects->project()->isReadOnly());
    }

    void readOnlyProject()
    {
        MainWindow window;
        ProjectController *projects = window.projectController();
        QString error;
        QVERIFY2(projects->openProjectFile(m_good, true, &error), qPrintable(error));
        QVERIFY(projects->project()->isReadOnly());
        QCOMPARE(projects->titleText(), u"good [read-only]"_s);
        QVERIFY(window.windowTitle().contains(u"[read-only]"_s));
        QVERIFY(!window.tagging()->tagSelectionAction()->isEnabled());
        // Read-write again.
        QVERIFY2(projects->openProjectFile(m_good, false, &error), qPrintable(error));
        QCOMPARE(projects->titleText(), u"good"_s);
        QVERIFY(window.tagging()->tagSelectionAction()->isEnabled());
    }

    void importActions()
    {
        // File ▸ Import Articles and Import Folder go to the bulk import (which offers a new
        // project when none is open); Import Single Article keeps the one-file dialog.
        MainWindow window;
        ProjectController *projects = window.projectController();
        auto action = [&](const QString &text) -> QAction * {
            for (QAction *a : window.menu(u"file"_s)->actions())
                if (a->text().remove(u'&') == text)
                    return a;
            return nullptr;
        };
        QAction *many = action(u"Import Articles\u2026"_s);
        QAction *folder = action(u"Import Folder\u2026"_s);
        QAction *single = action(u"Import Single Article\u2026"_s);
        QVERIFY(many && folder && single);
        QCOMPARE(many->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QVERIFY(!projects->project()->isOpen());
        QVERIFY(many->isEnabled());
        QVERIFY(folder->isEnabled());
        QVERIFY(!single->isEnabled());
        QString error;
        QVERIFY2(projects->openProjectFile(m_good, true, &error), qPrintable(error));
        QVERIFY(!many->isEnabled());
        QVERIFY(!folder->isEnabled());
        QVERIFY(!single->isEnabled());
        QVERIFY2(projects->openProjectFile(m_good, false, &error), qPrintable(error));
        QVERIFY(many->isEnabled());
        QVERIFY(folder->isEnabled());
        QVERIFY(single->isEnabled());
    }

    void temporaryAndDefaultProjects()
    {
        MainWindow window;
        ProjectController *projects = window.projectController();
        QString error;
        QVERIFY2(projects->openTemporaryProject(QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
        QVERIFY(projects->isTemporary());
        QCOMPARE(projects->titleText(), u"corpus (temporary)"_s);
        QCOMPARE(window.articles().size(), 5);
        const QString temporaryFile = projects->project()->fileName();
        QVERIFY(QFileInfo::exists(temporaryFile));

        // The default project lives in the (test-mode) data folder and is seeded once.
        const QString defaultPath = ProjectController::defaultProjectPath();
        QVERIFY(defaultPath.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QFile::remove(defaultPath);
        QVERIFY2(projects->openDefaultProject(&error, QStringLiteral(ENTENTE_TEST_CORPUS)), qPrintable(error));
        QCOMPARE(QFileInfo(projects->project()->fileName()), QFileInfo(defaultPath));
        QVERIFY(!projects->isTemporary());
        QVERIFY(!QFileInfo::exists(temporaryFile)); // the temporary folder went with it
        QCOMPARE(window.articles().size(), 5);
        const qint64 tag = projects->project()->ensureTagPath(u"kept"_s);
        QVERIFY(tag);
        projects->project()->close();
        QVERIFY2(projects->openDefaultProject(&error), qPrintable(error));
        QCOMPARE(projects->project()->tagIdForPath(u"kept"_s), tag); // reopened, not recreated
        QFile::remove(defaultPath);
    }

    void undoRedoAndHistory()
    {
        MainWindow window;
        ProjectController *projects = window.projectController();
        EditActions *edit = window.editActions();
        QString error;
        QVERIFY2(projects->openProjectFile(m_good, false, &error), qPrintable(error));
        QVERIFY(window.menu(u"edit"_s)->actions().contains(edit->undoAction()));
        QVERIFY(window.menu(u"edit"_s)->actions().contains(edit->redoAction()));
        QVERIFY(window.menu(u"edit"_s)->actions().contains(edit->historyAction()));
        QVERIFY(edit->historyDock()->isAncestorOf(edit->historyView()));
        QCOMPARE(edit->historyView()->stack(), projects->project()->undoStack());
        QVERIFY(!edit->undoAction()->isEnabled());
        const qint64 id = projects->project()->addTag(u"undo me"_s);
        QVERIFY(id);
        QVERIFY(edit->undoAction()->isEnabled());
        QVERIFY(edit->undoAction()->text().contains(u"undo me"_s));
        edit->undoAction()->trigger();
        QVERIFY(projects->project()->tag(id).isNull());
        edit->redoAction()->trigger();
        QVERIFY(!projects->project()->tag(id).isNull());
        projects->project()->removeTag(id);
    }

    void failedRedoIsShown()
    {
        // A redo that cannot be written (another connection took the tag's id meanwhile) is
        // not silent: the status bar and the History dock say so, until a step works.
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProjectController *projects = window.projectController();
        EditActions *edit = window.editActions();
        QString error;
        QVERIFY2(projects->openProjectFile(m_good, false, &error), qPrintable(error));
        edit->historyDock()->show();
        QVERIFY(!edit->failureLabel()->isVisible());
        Project *project = projects->project();
        const qint64 id = project->addTag(u"taken"_s);
        QVERIFY(id);
        edit->undoAction()->trigger();
        QVERIFY(project->tag(id).isNull());
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"squatter"_s);
            other.setDatabaseName(m_good);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"INSERT INTO tags (id, name) VALUES (%1, 'squatter')"_s.arg(id)));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"squatter"_s);

        QSignalSpy failed(window.workspace(), &Workspace::editFailed);
        QSignalSpy messages(edit, &EditActions::message);
        const int index = project->undoStack()->index();
        edit->redoAction()->trigger();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(project->undoStack()->index(), index); // the stack still says what the file holds
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
        QVERIFY(window.statusBar()->currentMessage().contains(failed.first().first().toString()));
        QVERIFY(edit->failureLabel()->isVisible());
        QVERIFY(edit->failureLabel()->text().contains(failed.first().first().toString()));

        // The next step that works clears the news.
        const qint64 next = project->addTag(u"works"_s);
        QVERIFY(next);
        QVERIFY(!edit->failureLabel()->isVisible());
        QVERIFY(project->removeTag(next));
        QSqlDatabase cleanup = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cleanup"_s);
        cleanup.setDatabaseName(m_good);
        QVERIFY(cleanup.open());
        QSqlQuery(cleanup).exec(u"DELETE FROM tags WHERE name = 'squatter'"_s);
        cleanup.close();
        cleanup = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"cleanup"_s);
    }

    void importDialogPrefills()
    {
        const QString file = m_dir.filePath(u"visit.html"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("<html><head><title>Envoy visits Baghdad</title></head><body><p>Published 6 February 2021.</p>"
                    "<p>The envoy met the president.</p></body></html>");
        }
        Project project;
        QVERIFY(project.open(m_good, Project::OpenMode::ReadOnly));
        ImportArticleDialog dialog(&project);
        QVERIFY2(dialog.setFile(file), qPrintable(dialog.errorString()));
        QCOMPARE(dialog.titleEdit()->text(), u"Envoy visits Baghdad"_s);
        QCOMPARE(dialog.dateEdit()->text(), u"2021-02-06"_s);
        QCOMPARE(dialog.idEdit()->text(), u"envoy-visits-baghdad-2021"_s); // ArticleImporter adds the year
        QVERIFY(dialog.problem().isEmpty());
        const Article a = dialog.article();
        QVERIFY(a.text.contains(u"The envoy met the president."_s));
        QVERIFY(!a.text.contains(u"<p>"_s));
        QCOMPARE(a.published.toString(), u"2021-02-06"_s);
        dialog.dateEdit()->setText(u"not a date"_s);
        QVERIFY(!dialog.problem().isEmpty());
        dialog.dateEdit()->setText(QString());
        QVERIFY(dialog.problem().isEmpty()); // undated is allowed
        QVERIFY(!dialog.setFile(m_dir.filePath(u"nope.txt"_s)));
        QVERIFY(!dialog.errorString().isEmpty());
    }
};

QTEST_MAIN(TestProjectController)
#include "tst_projectcontroller.moc"

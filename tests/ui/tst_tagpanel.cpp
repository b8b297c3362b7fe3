// TagPanel and AnnotationsPanel: creating tags, renaming through the tree, moving by drag and
// drop (and refusing a drop into the own subtree), deleting with the question that says how
// many annotations would go, and the annotations list: filters, opening, inline notes.
#include "io/corpusseeder.h"
#include "models/annotationsmodel.h"
#include "models/tagtreemodel.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "settings.h"
#include "store/project.h"
#include "tags/annotationofficialfilter.h"
#include "tags/annotationspanel.h"
#include "tags/tagpanel.h"
#include "tags/tagtreedragmodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestTagPanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Project> newProject()
    {
        const QString path = m_dir.filePath(u"tags-%1.entente"_s.arg(++m_counter));
        QString error;
        if (!CorpusSeeder::createProject(path, QStringLiteral(ENTENTE_TEST_CORPUS), &error))
            return nullptr;
        auto project = std::make_unique<Project>();
        return project->open(path) ? std::move(project) : nullptr;
    }

    static QMimeData *dragOf(TagPanel &panel, qint64 tagId)
    {
        const QModelIndex index = panel.dragModel()->mapFromSource(panel.model()->indexForTag(tagId));
        return panel.dragModel()->mimeData({index});
    }

    static QModelIndex indexOf(TagPanel &panel, qint64 tagId, int column = 0)
    {
        return panel.dragModel()->mapFromSource(panel.model()->indexForTag(tagId, column));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setEnabled(false);
        QVERIFY(m_dir.isValid());
    }

    void createRenameAndCount()
    {
        auto project = newProject();
        QVERIFY(project);
        TagPanel panel(project.get());
        QAbstractItemModelTester tester(panel.dragModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 people = panel.createTag(u"people"_s, 0);
        const qint64 iraq = panel.createTag(u"iraq"_s, people);
        QVERIFY(people && iraq);
        QCOMPARE(panel.currentTagId(), iraq); // a new tag is selected
        QCOMPARE(project->tagPath(iraq), u"people/iraq"_s);
        QVERIFY(project->tag(people).colour.isValid());
        QVERIFY(project->tag(people).colour != project->tag(iraq).colour);
        QCOMPARE(panel.createTag(u"iraq"_s, people), 0); // no duplicate names among siblings

        QVERIFY(project->addAnnotation(u"khamenei-rashid-2023"_s, 0, 10, {iraq}));
        QVERIFY(project->addAnnotation(u"khamenei-rashid-2023"_s, 20, 30, {people}));
        QTRY_COMPARE(indexOf(panel, iraq, TagTreeModel::CountColumn).data().toInt(), 1);
        QCOMPARE(indexOf(panel, people, TagTreeModel::CountColumn).data().toInt(), 2); // with the tag below

        // Rename in place: through the project, undoable.
        QVERIFY(panel.dragModel()->setData(indexOf(panel, iraq), u"iraqi officials"_s, Qt::EditRole));
        QCOMPARE(project->tagPath(iraq), u"people/iraqi officials"_s);
        project->undoStack()->undo();
        QCOMPARE(project->tagPath(iraq), u"people/iraq"_s);
    }

    void dragAndDropMoves()
    {
        auto project = newProject();
        QVERIFY(project);
        TagPanel panel(project.get());
        QAbstractItemModelTester tester(panel.dragModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 a = panel.createTag(u"a"_s, 0);
        const qint64 b = panel.createTag(u"b"_s, a);
        const qint64 c = panel.createTag(u"c"_s, 0);
        QVERIFY(panel.dragModel()->flags(indexOf(panel, b)).testFlag(Qt::ItemIsDragEnabled));
        QCOMPARE(panel.dragModel()->supportedDropActions(), Qt::DropActions(Qt::MoveAction));

        // b onto c.
        std::unique_ptr<QMimeData> data(dragOf(panel, b));
        QVERIFY(data);
        QVERIFY(panel.dragModel()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, indexOf(panel, c)));
        QCOMPARE(project->tagPath(b), u"c/b"_s);
        // c into its own child b: refused, nothing changes.
        data.reset(dragOf(panel, c));
        QVERIFY(!panel.dragModel()->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, indexOf(panel, b)));
        QVERIFY(!panel.dragModel()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, indexOf(panel, b)));
        QCOMPARE(project->tagPath(c), u"c"_s);
        // b onto the empty area: top level.
        data.reset(dragOf(panel, b));
        QVERIFY(panel.dragModel()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, QModelIndex()));
        QCOMPARE(project->tag(b).parentId, 0);
        // Each move is one undo step.
        project->undoStack()->undo();
        QCOMPARE(project->tagPath(b), u"c/b"_s);
        // Move To… offers everything but the tag and its subtree.
        QCOMPARE(panel.moveTargets(c), QStringList({QString(), u"a"_s}));
        Q_UNUSED(a);
    }

    void deleteAsks_data()
    {
        QTest::addColumn<bool>("secondTag"); // the annotations also carry another tag
        QTest::addColumn<int>("removed");
        QTest::newRow("annotations only tagged with it") << false << 2;
        QTest::newRow("annotations with another tag") << true << 0;
    }

    void deleteAsks()
    {
        QFETCH(bool, secondTag);
        QFETCH(int, removed);
        auto project = newProject();
        QVERIFY(project);
        TagPanel panel(project.get());
        const qint64 doomed = panel.createTag(u"doomed"_s, 0);
        const qint64 other = panel.createTag(u"other"_s, 0);
        QList<qint64> tags{doomed};
        if (secondTag)
            tags << other;
        QVERIFY(project->addAnnotation(u"kazimi-iranian-journalists-2021"_s, 0, 10, tags));
        QVERIFY(project->addAnnotation(u"kazimi-iranian-journalists-2021"_s, 40, 60, tags));

        QStringList asked;
        bool answer = false;
        panel.setConfirmer([&](const QString &q) {
            asked << q;
            return answer;
        });
        const QString question = panel.deletionQuestion(doomed);
        if (removed == 0) {
            QVERIFY(question.isEmpty());
        } else {
            QVERIFY2(question.contains(u"%1 annotation"_s.arg(removed)), qPrintable(question));
            QVERIFY(question.contains(u"doomed"_s));
            // "No": nothing changes.
            QVERIFY(!panel.deleteTag(doomed));
            QCOMPARE(asked.size(), 1);
            QVERIFY(!project->tag(doomed).isNull());
            QCOMPARE(project->annotations().size(), 2);
            answer = true;
        }
        QVERIFY(panel.deleteTag(doomed));
        QCOMPARE(asked.size(), removed == 0 ? 0 : 2);
        QVERIFY(project->tag(doomed).isNull());
        QCOMPARE(project->annotations().size(), 2 - removed);
        // Undo brings the tag and its annotations back.
        project->undoStack()->undo();
        QVERIFY(!project->tag(doomed).isNull());
        QCOMPARE(project->annotations().size(), 2);
    }

    void annotationsPanel()
    {
        // The panel works on a workspace: its project, and its reference data for the
        // official filter.
        const QString path = m_dir.filePath(u"tags-%1.entente"_s.arg(++m_counter));
        QString error;
        QVERIFY2(CorpusSeeder::createProject(path, QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
        Workspace workspace;
        QVERIFY(workspace.loadReferenceData(QStringLiteral(ENTENTE_TEST_CORPUS)));
        Project *project = workspace.project();
        QVERIFY(project->open(path));
        const ReferenceData &mentions = workspace.reference();
        ReaderArea reader;
        reader.resize(900, 700);
        reader.show();
        AnnotationsPanel panel(&workspace, &reader);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(panel.viewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Nothing is read until the panel is shown (a project may hold 100,000 annotations).
        QVERIFY(!panel.model()->isActive());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.model()->isActive());
        const qint64 people = project->ensureTagPath(u"people"_s);
        const qint64 places = project->ensureTagPath(u"places"_s);
        const qint64 first = project->addAnnotation(u"khamenei-rashid-2023"_s, 10, 30, {people}, u"first note"_s);
        const qint64 second = project->addAnnotation(u"shamkhani-salih-baghdad-2020"_s, 5, 15, {places});
        QVERIFY(first && second);
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        QVERIFY(panel.tagFilter()->findData(places) > 0); // the filter lists the new tags

        panel.filterByTag(places);
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->annotationAt(0).id, second);
        panel.filterByTag(0);
        QCOMPARE(panel.model()->rowCount(), 2);

        panel.yearFilter()->setCurrentIndex(panel.yearFilter()->findData(2023));
        Q_EMIT panel.yearFilter()->activated(panel.yearFilter()->currentIndex());
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->annotationAt(0).id, first);
        panel.yearFilter()->setCurrentIndex(0);
        Q_EMIT panel.yearFilter()->activated(0);

        QTest::keyClicks(panel.textFilter(), u"first note"_s);
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        panel.textFilter()->clear();
        QTRY_COMPARE(panel.model()->rowCount(), 2);

        // The official filter: annotations whose passage mentions the official.
        const QString shamkhaniText = project->article(u"shamkhani-salih-baghdad-2020"_s).text;
        const qsizetype at = QStringView(shamkhaniText).left(shamkhaniText.indexOf(u"Ali Shamkhani"_s)).toUcs4().size();
        const qint64 third = project->addAnnotation(u"shamkhani-salih-baghdad-2020"_s, at, at + 43, {people});
        QVERIFY(third);
        QCOMPARE(mentions.officialsInSpan(u"shamkhani-salih-baghdad-2020"_s, at, at + 43), QStringList{u"ali-shamkhani"_s});
        QTRY_VERIFY(panel.officialFilter()->findData(u"ali-shamkhani"_s) > 0);
        panel.filterByOfficial(u"ali-shamkhani"_s);
        QCOMPARE(panel.viewModel()->rowCount(), 1);
        QCOMPARE(panel.viewModel()->index(0, 0).data(AnnotationsModel::AnnotationIdRole).toLongLong(), third);
        panel.filterByOfficial(QString());
        QCOMPARE(panel.viewModel()->rowCount(), 3);
        QVERIFY(project->removeAnnotation(third));
        QTRY_COMPARE(panel.model()->rowCount(), 2);

        // Opening an annotation shows its article with the span selected.
        const int row = panel.model()->rowOf(first);
        panel.openRow(row);
        ArticleView *view = reader.currentPane();
        QVERIFY(view);
        QCOMPARE(view->article().id, u"khamenei-rashid-2023"_s);
        QCOMPARE(view->selectedSpan(), qMakePair(qsizetype(10), qsizetype(30)));

        // The note is edited in place, through the project.
        const QModelIndex note = panel.model()->index(row, AnnotationsModel::NoteColumn);
        QVERIFY(panel.model()->flags(note).testFlag(Qt::ItemIsEditable));
        QVERIFY(panel.model()->setData(note, u"edited"_s, Qt::EditRole));
        QCOMPARE(project->annotation(first).note, u"edited"_s);

        // ENTENTE_TEST_SHOTS=DIR saves the panel as DIR/annotations-panel.png, to check it by eye.
        if (const QString shots = qEnvironmentVariable("ENTENTE_TEST_SHOTS"); !shots.isEmpty()) {
            panel.resize(640, 260);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QVERIFY(panel.grab().save(shots + u"/annotations-panel.png"_s));
        }

        // Delete removes the selected annotation.
        panel.view()->setCurrentIndex(panel.viewModel()->mapFromSource(panel.model()->index(panel.model()->rowOf(second), 0)));
        panel.view()->selectionModel()->select(panel.view()->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        panel.removeSelected();
        QVERIFY(project->annotation(second).isNull());
        QTRY_COMPARE(panel.model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestTagPanel)
#include "tst_tagpanel.moc"

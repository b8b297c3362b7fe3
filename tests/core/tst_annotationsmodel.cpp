// AnnotationsModel under QAbstractItemModelTester: filters, incremental updates from the
// project's signals, and note editing through setData() (undoable, merged).
#include "models/annotationsmodel.h"
#include "store/project.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Entente;

class TestAnnotationsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void incrementalUpdates();
    void inactiveReadsNothing();
    void editNote();
    void orphanedAfterReimport();
    void pagedLoading();
    void textFilterOutsideAscii_data();
    void textFilterOutsideAscii();

private:
    QList<qint64> ids() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<AnnotationsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_parent = 0, m_child = 0, m_other = 0;
};

void TestAnnotationsModel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = std::make_unique<Project>();
    QVERIFY(m_project->create(m_dir->filePath(QStringLiteral("a.entente"))));
    Article x;
    x.id = QStringLiteral("x");
    x.title = QStringLiteral("X title");
    x.published = EdtfDate::parse(QStringLiteral("2021-02-06"));
    x.text = QStringLiteral("Alpha beta gamma delta epsilon zeta eta theta.");
    QVERIFY(m_project->importArticle(x));
    Article y;
    y.id = QStringLiteral("y");
    y.published = EdtfDate::parse(QStringLiteral("2023"));
    y.text = QStringLiteral("Iota kappa lambda mu nu xi omicron pi.");
    QVERIFY(m_project->importArticle(y));
    m_parent = m_project->addTag(QStringLiteral("p"));
    m_child = m_project->addTag(QStringLiteral("c"), m_parent);
    m_other = m_project->addTag(QStringLiteral("o"));
    QCOMPARE(m_project->addAnnotation(QStringLiteral("x"), 6, 10, {m_child}, QStringLiteral("second letter")), 1); // beta
    QCOMPARE(m_project->addAnnotation(QStringLiteral("x"), 0, 5, {m_other}), 2);  // Alpha
    QCOMPARE(m_project->addAnnotation(QStringLiteral("y"), 0, 4, {m_parent}), 3); // Iota
    m_model = std::make_unique<AnnotationsModel>(m_project.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAnnotationsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_project.reset();
    m_dir.reset();
}

QList<qint64> TestAnnotationsModel::ids() const
{
    QList<qint64> result;
    for (int r = 0; r < m_model->rowCount(); ++r)
        result.append(m_model->index(r, 0).data(AnnotationsModel::AnnotationIdRole).toLongLong());
    return result;
}

void TestAnnotationsModel::filters_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("article");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("none, ordered by article and start") << QString() << QString() << 0 << QString() << QList<qint64>{2, 1, 3};
    QTest::newRow("tag with descendants") << QStringLiteral("p") << QString() << 0 << QString() << QList<qint64>{1, 3};
    QTest::newRow("leaf tag") << QStringLiteral("p/c") << QString() << 0 << QString() << QList<qint64>{1};
    QTest::newRow("article") << QString() << QStringLiteral("y") << 0 << QString() << QList<qint64>{3};
    QTest::newRow("year") << QString() << QString() << 2021 << QString() << QList<qint64>{2, 1};
    QTest::newRow("text in quote") << QString() << QString() << 0 << QStringLiteral("IOTA") << QList<qint64>{3};
    QTest::newRow("text in note") << QString() << QString() << 0 << QStringLiteral("letter") << QList<qint64>{1};
    QTest::newRow("combined, nothing") << QStringLiteral("o") << QStringLiteral("y") << 0 << QString() << QList<qint64>{};
}

void TestAnnotationsModel::filters()
{
    QFETCH(QString, tag);
    QFETCH(QString, article);
    QFETCH(int, year);
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    m_model->setTagFilter(tag.isEmpty() ? 0 : m_project->tagIdForPath(tag));
    m_model->setArticleFilter(article);
    m_model->setYearFilter(year);
    m_model->setTextFilter(text);
    QCOMPARE(ids(), expected);
}

void TestAnnotationsModel::inactiveReadsNothing()
{
    const int rows = m_model->rowCount();
    QVERIFY(rows > 0);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setActive(false);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(reset.size(), 1);
    QVERIFY(m_project->addAnnotation(QStringLiteral("x"), 11, 16, {m_child}));
    QCOMPARE(m_model->rowCount(), 0); // not followed while inactive
    m_model->setActive(true);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(m_model->rowCount(), rows + 1);
}

void TestAnnotationsModel::incrementalUpdates()
{
    m_model->setTagFilter(m_parent);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const qint64 id = m_project->addAnnotation(QStringLiteral("x"), 11, 16, {m_child}); // gamma
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(ids(), (QList<qint64>{1, id, 3}));
    QVERIFY(m_project->addAnnotation(QStringLiteral("x"), 17, 22, {m_other})); // filtered out
    QCOMPARE(inserted.size(), 1);
    QVERIFY(m_project->untagAnnotation(id, m_child)); // leaves the filter
    QCOMPARE(removed.size(), 1);
    QCOMPARE(ids(), (QList<qint64>{1, 3}));
    m_project->undoStack()->undo(); // back in
    QCOMPARE(ids(), (QList<qint64>{1, id, 3}));
    QVERIFY(m_project->removeAnnotation(1));
    QCOMPARE(ids(), (QList<qint64>{id, 3}));
    QCOMPARE(reset.size(), 0);
    m_project->undoStack()->undo();
    QCOMPARE(ids(), (QList<qint64>{1, id, 3}));
    QCOMPARE(m_model->index(0, AnnotationsModel::TagsColumn).data().toString(), QStringLiteral("p/c"));
}

void TestAnnotationsModel::editNote()
{
    const QModelIndex note = m_model->index(m_model->rowOf(1), AnnotationsModel::NoteColumn);
    QVERIFY(m_model->flags(note) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(0, AnnotationsModel::QuoteColumn)) & Qt::ItemIsEditable));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const int steps = m_project->undoStack()->count();
    QVERIFY(m_model->setData(note, QStringLiteral("s")));
    QVERIFY(m_model->setData(note, QStringLiteral("se")));
    QVERIFY(m_model->setData(note, QStringLiteral("see")));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(note.data().toString(), QStringLiteral("see"));
    QCOMPARE(m_project->annotation(1).note, QStringLiteral("see"));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    m_project->undoStack()->undo();
    QCOMPARE(m_model->index(m_model->rowOf(1), AnnotationsModel::NoteColumn).data().toString(), QStringLiteral("second letter"));
    QVERIFY(!m_model->setData(m_model->index(0, AnnotationsModel::QuoteColumn), QStringLiteral("no")));
}

void TestAnnotationsModel::orphanedAfterReimport()
{
    QCOMPARE(m_model->orphanedCount(), 0);
    // Re-import "x" without "beta": annotation 1 cannot be anchored again and is kept, marked.
    Article x = m_project->article(QStringLiteral("x"));
    x.text = QStringLiteral("Alpha gamma delta epsilon zeta eta theta.");
    QVERIFY2(m_project->importArticle(x), qPrintable(m_project->errorString()));
    QCOMPARE(m_model->orphanedCount(), 1);
    QCOMPARE(ids().size(), 3); // never dropped
    m_model->setOrphanedFilter(true);
    QCOMPARE(ids(), QList<qint64>{1});
    const QModelIndex quote = m_model->index(0, AnnotationsModel::QuoteColumn);
    QVERIFY(quote.data(AnnotationsModel::OrphanedRole).toBool());
    QVERIFY(quote.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(quote.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not found in the article's current text")));
    m_model->setOrphanedFilter(false);
    QCOMPARE(ids().size(), 3);
    const QModelIndex kept = m_model->index(int(ids().indexOf(2)), AnnotationsModel::QuoteColumn);
    QVERIFY(!kept.data(AnnotationsModel::OrphanedRole).toBool());
    QVERIFY(!kept.data(Qt::FontRole).isValid());
}

void TestAnnotationsModel::pagedLoading()
{
    // One row per page: the reload returns with the first row, the others follow in the
    // event loop, appended in order.
    m_model->setPageSizes(1, 1);
    QSignalSpy loaded(m_model.get(), &AnnotationsModel::loaded);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setTagFilter(0); // reloads
    QCOMPARE(ids(), QList<qint64>{2});
    QVERIFY(m_model->loading());
    // Before the rows read so far (x 0–3 comes before x 0–5): shown at once, at its place.
    const qint64 early = m_project->addAnnotation(QStringLiteral("x"), 0, 3, {m_other});
    QCOMPARE(ids(), (QList<qint64>{early, 2}));
    // After them (article y): left to a later page, and not shown twice.
    const qint64 late = m_project->addAnnotation(QStringLiteral("y"), 5, 10, {m_other});
    QCOMPARE(ids(), (QList<qint64>{early, 2}));
    QTRY_VERIFY(!m_model->loading());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(ids(), (QList<qint64>{early, 2, 1, 3, late}));
    QVERIFY(inserted.size() >= 4);
    // The details of rows read in pages are read when shown.
    QCOMPARE(m_model->index(2, AnnotationsModel::NoteColumn).data().toString(), QStringLiteral("second letter"));
    QCOMPARE(m_model->index(2, AnnotationsModel::ArticleColumn).data().toString(), QStringLiteral("X title"));
    QCOMPARE(m_model->index(3, AnnotationsModel::QuoteColumn).data().toString(), QStringLiteral("Iota"));
    // Removing a row while pages are read.
    m_model->setTextFilter(QString());
    QVERIFY(m_model->loading());
    QVERIFY(m_project->removeAnnotation(3));
    QTRY_VERIFY(!m_model->loading());
    QCOMPARE(ids(), (QList<qint64>{early, 2, 1, late}));
}

void TestAnnotationsModel::textFilterOutsideAscii_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("found");
    // Letters with a case outside ASCII are compared here, not by SQLite's LIKE (ASCII only).
    QTest::newRow("accented, other case") << QStringLiteral("Élysée talks") << QStringLiteral("élysée") << true;
    QTest::newRow("Greek, other case") << QStringLiteral("ΕΛΛΆΔΑ") << QStringLiteral("ελλάδα") << true;
    // Arabic and Persian letters have no case: LIKE is exact for them.
    QTest::newRow("Persian") << QStringLiteral("دیدار وزیران") << QStringLiteral("وزیران") << true;
    QTest::newRow("Persian, absent") << QStringLiteral("دیدار وزیران") << QStringLiteral("سفیر") << false;
    // LIKE's wildcards are plain characters in a filter.
    QTest::newRow("percent sign") << QStringLiteral("up 5% on the year") << QStringLiteral("5%") << true;
    QTest::newRow("underscore is not a wildcard") << QStringLiteral("a-b") << QStringLiteral("a_b") << false;
}

void TestAnnotationsModel::textFilterOutsideAscii()
{
    QFETCH(QString, note);
    QFETCH(QString, filter);
    QFETCH(bool, found);
    const qint64 id = m_project->addAnnotation(QStringLiteral("y"), 5, 10, {m_other}, note);
    m_model->setTextFilter(filter);
    QTRY_VERIFY(!m_model->loading());
    QCOMPARE(ids(), found ? QList<qint64>{id} : QList<qint64>{});
}

QTEST_GUILESS_MAIN(TestAnnotationsModel)
#include "tst_annotationsmodel.moc"

// TagTreeModel under QAbstractItemModelTester: structure, counts, renaming through the model
// (undoable), and following the project's edits and undo.
#include "models/tagtreemodel.h"
#include "store/project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Entente;

class TestTagTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void structureAndCounts();
    void renameThroughModel();
    void followsEditsAndUndo();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TagTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_a = 0, m_b = 0, m_c = 0;
};

void TestTagTreeModel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = std::make_unique<Project>();
    QVERIFY(m_project->create(m_dir->filePath(QStringLiteral("t.entente"))));
    Article article;
    article.id = QStringLiteral("x");
    article.text = QStringLiteral("Some text to annotate, long enough for a few spans.");
    QVERIFY(m_project->importArticle(article));
    m_model = std::make_unique<TagTreeModel>(m_project.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_a = m_project->addTag(QStringLiteral("alpha"), 0, QColor(Qt::red));
    m_b = m_project->addTag(QStringLiteral("beta"), m_a);
    m_c = m_project->addTag(QStringLiteral("gamma"));
    QVERIFY(m_project->addAnnotation(QStringLiteral("x"), 0, 4, {m_a}));
    QVERIFY(m_project->addAnnotation(QStringLiteral("x"), 5, 9, {m_b}));
    QVERIFY(m_project->addAnnotation(QStringLiteral("x"), 10, 12, {m_b, m_c}));
}

void TestTagTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_project.reset();
    m_dir.reset();
}

void TestTagTreeModel::structureAndCounts()
{
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex alpha = m_model->index(0, 0);
    QCOMPARE(alpha.data().toString(), QStringLiteral("alpha"));
    QCOMPARE(alpha.data(Qt::DecorationRole).value<QColor>(), QColor(Qt::red));
    QCOMPARE(m_model->rowCount(alpha), 1);
    const QModelIndex beta = m_model->index(0, 0, alpha);
    QCOMPARE(beta.data(TagTreeModel::PathRole).toString(), QStringLiteral("alpha/beta"));
    QCOMPARE(m_model->parent(beta), alpha);
    QCOMPARE(m_model->index(0, TagTreeModel::CountColumn).data().toInt(), 3); // alpha: 1 own + 2 in beta
    QCOMPARE(alpha.data(TagTreeModel::OwnCountRole).toInt(), 1);
    QCOMPARE(m_model->index(0, TagTreeModel::CountColumn, alpha).data().toInt(), 2);
    QCOMPARE(m_model->index(1, TagTreeModel::CountColumn).data().toInt(), 1); // gamma
    QCOMPARE(m_model->indexForTag(m_b), beta);
    QCOMPARE(m_model->tagId(beta), m_b);
}

void TestTagTreeModel::renameThroughModel()
{
    const QModelIndex gamma = m_model->indexForTag(m_c);
    QVERIFY(m_model->flags(gamma) & Qt::ItemIsEditable);
    QVERIFY(m_model->setData(gamma, QStringLiteral("delta")));
    QCOMPARE(m_project->tag(m_c).name, QStringLiteral("delta"));
    QCOMPARE(m_model->indexForTag(m_c).data().toString(), QStringLiteral("delta"));
    QVERIFY(!m_model->setData(m_model->indexForTag(m_c), QStringLiteral("alpha"))); // sibling clash
    m_project->undoStack()->undo();
    QCOMPARE(m_model->indexForTag(m_c).data().toString(), QStringLiteral("gamma"));
}

void TestTagTreeModel::followsEditsAndUndo()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_project->moveTag(m_b, m_c));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->parent(m_model->indexForTag(m_b)), m_model->indexForTag(m_c));
    QCOMPARE(m_model->indexForTag(m_c, TagTreeModel::CountColumn).data().toInt(), 3);
    QVERIFY(m_project->removeTag(m_a));
    QCOMPARE(m_model->rowCount(), 1);
    m_project->undoStack()->undo();
    m_project->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, TagTreeModel::CountColumn).data().toInt(), 3);
    // Counts follow annotations.
    QVERIFY(m_project->addAnnotation(QStringLiteral("x"), 20, 25, {m_c}));
    QCOMPARE(m_model->indexForTag(m_c, TagTreeModel::CountColumn).data().toInt(), 2);
    m_project->close();
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTagTreeModel)
#include "tst_tagtreemodel.moc"

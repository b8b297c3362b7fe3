// The project file: creation, every edit with undo/redo and its signals, bad files, re-import.
#include "io/corpusseeder.h"
#include "store/project.h"

#include "io/corpusloader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Entente;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

const QString rouhani = QStringLiteral("rouhani-fuad-hussein-2021");
} // namespace

class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createFromCorpus();
    void pragmas();
    void createRefusesExistingFile();
    void addAnnotationUndoRedo();
    void addAnnotationRejectsBadSpans_data();
    void addAnnotationRejectsBadSpans();
    void tagUntagAnnotation();
    void noteEditsMerge();
    void noteBackToOriginalLeavesNoStep();
    void failedUndoKeepsTheStackHonest();
    void failedSetIndexRollsBackEveryStep();
    void failedRedoKeepsTheStackHonest();
    void importContentsFillsAnEmptyProject();
    void removeAnnotationRestoresTags();
    void tagVerbs();
    void moveTagRefusesCycles();
    void mergeTags();
    void removeTagRemovesOrphanedAnnotations();
    void ensureTagPath();
    void articleTags();
    void meetingsStatementsOfficials();
    void reimportReanchors();
    void badFiles_data();
    void badFiles();
    void secondInstanceIsRefused();
    void staleLockIsIgnored();
    void readOnlyMode();
    void saveAs();

private:
    QString newProjectPath(const QString &name = QStringLiteral("p.entente")) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    QString m_template; // a corpus-seeded project, copied for each test
};

void TestProject::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProject::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QVERIFY2(CorpusSeeder::createProject(newProjectPath(), QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
    m_project = std::make_unique<Project>();
    m_project->setAuthor(QStringLiteral("tester"));
    QVERIFY2(m_project->open(newProjectPath()), qPrintable(m_project->errorString()));
}

void TestProject::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestProject::createFromCorpus()
{
    CorpusLoader loader;
    QVERIFY(loader.load(QStringLiteral(ENTENTE_TEST_CORPUS)));
    const ArticleList articles = m_project->articles();
    QCOMPARE(articles.size(), loader.articles().size());
    for (const Article &expected : loader.articles()) {
        const Article a = m_project->article(expected.id);
        QCOMPARE(a.title, expected.title);
        QCOMPARE(a.text, expected.text);
        QCOMPARE(a.sha256, expected.sha256);
        QCOMPARE(a.published, expected.published);
        QCOMPARE(m_project->articleText(expected.id), expected.text);
    }
    // The list holds the metadata, not the texts; the texts come one at a time, in its order.
    for (const Article &a : articles) {
        QVERIFY(a.text.isEmpty());
        QVERIFY(!a.title.isEmpty());
        QCOMPARE(a.sha256, m_project->article(a.id).sha256);
    }
    QStringList visited;
    QVERIFY(m_project->forEachArticleText([&](const Article &a) {
        visited << a.id;
        return a.text == m_project->article(a.id).text;
    }));
    QCOMPARE(visited.size(), articles.size());
    for (qsizetype i = 0; i < visited.size(); ++i)
        QCOMPARE(visited.at(i), articles.at(i).id);
    visited.clear();
    QVERIFY(!m_project->forEachArticleText([&](const Article &a) { visited << a.id; return false; }));
    QCOMPARE(visited.size(), 1);
    QVERIFY(m_project->articlesWithText().constFirst().text == m_project->article(articles.constFirst().id).text);
    QVERIFY(m_project->tags().isEmpty());
    QVERIFY(m_project->annotations().isEmpty());
    QCOMPARE(m_project->displayName(), QStringLiteral("p"));
    QVERIFY(QFile::exists(newProjectPath() + QStringLiteral(".lock")));
}

void TestProject::pragmas()
{
    QCOMPARE(m_project->pragma(QStringLiteral("application_id")).toLongLong(), qint64(Project::ApplicationId));
    QCOMPARE(m_project->pragma(QStringLiteral("user_version")).toInt(), Project::SchemaVersion);
    QCOMPARE(m_project->pragma(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(m_project->pragma(QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(m_project->pragma(QStringLiteral("synchronous")).toInt(), 2); // FULL
}

void TestProject::createRefusesExistingFile()
{
    Project other;
    QVERIFY(!other.create(newProjectPath()));
    QVERIFY2(other.errorString().contains(QStringLiteral("already exists")), qPrintable(other.errorString()));
}

void TestProject::addAnnotationUndoRedo()
{
    const qint64 tag = m_project->addTag(QStringLiteral("security"), 0, QColor(Qt::red));
    QVERIFY(tag != 0);
    QSignalSpy added(m_project.get(), &Project::annotationAdded);
    QSignalSpy removed(m_project.get(), &Project::annotationRemoved);
    const Article a = m_project->article(rouhani);
    const qsizetype start = a.text.indexOf(QStringLiteral("President Hassan Rouhani"));
    QVERIFY(start > 0);
    const qint64 id = m_project->addAnnotation(rouhani, start, start + 24, {tag}, QStringLiteral("first"));
    QVERIFY2(id != 0, qPrintable(m_project->errorString()));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().toLongLong(), id);
    Annotation ann = m_project->annotation(id);
    QCOMPARE(ann.exact, QStringLiteral("President Hassan Rouhani"));
    QCOMPARE(ann.prefix, a.text.mid(start - 32, 32));
    QCOMPARE(ann.suffix, a.text.mid(start + 24, 32));
    QCOMPARE(ann.tagIds, QList<qint64>{tag});
    QCOMPARE(ann.note, QStringLiteral("first"));
    QCOMPARE(ann.author, QStringLiteral("tester"));
    QVERIFY(!ann.created.isEmpty());
    QCOMPARE(m_project->annotationCounts().value(tag), 1);

    m_project->undoStack()->undo();
    QCOMPARE(removed.size(), 1);
    QVERIFY(m_project->annotation(id).isNull());
    QCOMPARE(m_project->annotationCounts().value(tag), 0);
    m_project->undoStack()->redo();
    QCOMPARE(added.size(), 2);
    QCOMPARE(m_project->annotation(id), ann);

    // The edit is on disk: another connection (read-only) sees it.
    Project reader;
    QVERIFY2(reader.open(newProjectPath(), Project::OpenMode::ReadOnly), qPrintable(reader.errorString()));
    QCOMPARE(reader.annotation(id), ann);
}

void TestProject::addAnnotationRejectsBadSpans_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown article") << QStringLiteral("nope") << qsizetype(0) << qsizetype(5) << QStringLiteral("No article");
    QTest::newRow("empty span") << rouhani << qsizetype(5) << qsizetype(5) << QStringLiteral("not inside");
    QTest::newRow("negative start") << rouhani << qsizetype(-1) << qsizetype(5) << QStringLiteral("not inside");
    QTest::newRow("past the end") << rouhani << qsizetype(0) << qsizetype(1000000) << QStringLiteral("not inside");
}

void TestProject::addAnnotationRejectsBadSpans()
{
    QFETCH(QString, article);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(QString, message);
    QCOMPARE(m_project->addAnnotation(article, start, end), 0);
    QVERIFY2(m_project->errorString().contains(message), qPrintable(m_project->errorString()));
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void TestProject::tagUntagAnnotation()
{
    const qint64 t1 = m_project->addTag(QStringLiteral("one"));
    const qint64 t2 = m_project->addTag(QStringLiteral("two"));
    const qint64 id = m_project->addAnnotation(rouhani, 10, 20, {t1});
    QSignalSpy changed(m_project.get(), &Project::annotationChanged);
    QVERIFY(m_project->tagAnnotation(id, t2));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_project->annotation(id).tagIds, (QList<qint64>{t1, t2}));
    QVERIFY(m_project->untagAnnotation(id, t1));
    QCOMPARE(m_project->annotation(id).tagIds, QList<qint64>{t2});
    m_project->undoStack()->undo();
    QCOMPARE(m_project->annotation(id).tagIds, (QList<qint64>{t1, t2}));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->annotation(id).tagIds, QList<qint64>{t1});
    QCOMPARE(changed.size(), 4);
    m_project->undoStack()->redo();
    QCOMPARE(m_project->annotation(id).tagIds, (QList<qint64>{t1, t2}));
}

void TestProject::noteEditsMerge()
{
    const qint64 id = m_project->addAnnotation(rouhani, 10, 20);
    const int before = m_project->undoStack()->count();
    QVERIFY(m_project->setNote(id, QStringLiteral("a")));
    QVERIFY(m_project->setNote(id, QStringLiteral("ab")));
    QVERIFY(m_project->setNote(id, QStringLiteral("abc")));
    QCOMPARE(m_project->undoStack()->count(), before + 1);
    QCOMPARE(m_project->annotation(id).note, QStringLiteral("abc"));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->annotation(id).note, QString());
    m_project->undoStack()->redo();
    QCOMPARE(m_project->annotation(id).note, QStringLiteral("abc"));
    // A note of another annotation is a separate step.
    const qint64 other = m_project->addAnnotation(rouhani, 30, 40);
    QVERIFY(m_project->setNote(other, QStringLiteral("x")));
    QVERIFY(m_project->setNote(id, QStringLiteral("abcd")));
    QCOMPARE(m_project->undoStack()->count(), before + 4);
}

void TestProject::noteBackToOriginalLeavesNoStep()
{
    const qint64 id = m_project->addAnnotation(rouhani, 10, 20, {}, QStringLiteral("kept"));
    const int before = m_project->undoStack()->count();
    QVERIFY(m_project->setNote(id, QStringLiteral("kept!")));
    QVERIFY(m_project->setNote(id, QStringLiteral("kept!!")));
    QCOMPARE(m_project->undoStack()->count(), before + 1);
    QVERIFY(m_project->setNote(id, QStringLiteral("kept"))); // typed back to what it was
    QCOMPARE(m_project->undoStack()->count(), before);
    QCOMPARE(m_project->undoStack()->index(), before);
    QCOMPARE(m_project->annotation(id).note, QStringLiteral("kept"));
    QCOMPARE(m_project->undoStack()->undoText(), QStringLiteral("Tag a passage"));
}

namespace {
// Makes the project file refuse @p operation ("INSERT", "UPDATE", "DELETE") on @p table from
// now on, through a second connection, the way a full disk or a broken constraint would.
void refuse(const QString &path, const QString &operation, const QString &table, bool on = true)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const QString name = QStringLiteral("refuse_%1_%2").arg(operation.toLower(), table);
        QSqlQuery q(db);
        QVERIFY2(q.exec(on ? QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT RAISE(ABORT, 'refused by the test');"
                                            " END").arg(name, operation, table)
                           : QStringLiteral("DROP TRIGGER %1").arg(name)),
                 qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
}
} // namespace

void TestProject::failedUndoKeepsTheStackHonest()
{
    const qint64 tag = m_project->addTag(QStringLiteral("kept"));
    const qint64 id = m_project->addAnnotation(rouhani, 10, 20, {tag});
    QUndoStack *stack = m_project->undoStack();
    QCOMPARE(stack->index(), 2);
    refuse(m_project->fileName(), QStringLiteral("DELETE"), QStringLiteral("annotations"));
    QSignalSpy failed(m_project.get(), &Project::editFailed);
    QSignalSpy removed(m_project.get(), &Project::annotationRemoved);
    QVERIFY(!m_project->undo());
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("refused by the test")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(m_project->errorString().contains(QStringLiteral("Cannot undo “Tag a passage”")));
    QCOMPARE(stack->index(), 2); // still "done", as the file says
    QVERIFY(stack->canUndo());
    QCOMPARE(m_project->annotation(id).tagIds, QList<qint64>{tag}); // nothing half-undone
    QCOMPARE(removed.size(), 0);
    // Once the file takes writes again, the same step undoes.
    refuse(m_project->fileName(), QStringLiteral("DELETE"), QStringLiteral("annotations"), false);
    QVERIFY(m_project->undo());
    QVERIFY(m_project->annotation(id).isNull());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(failed.size(), 1);
}

void TestProject::failedSetIndexRollsBackEveryStep()
{
    const qint64 tag = m_project->addTag(QStringLiteral("kept"));
    const qint64 id = m_project->addAnnotation(rouhani, 10, 20, {tag});
    QVERIFY(m_project->setNote(id, QStringLiteral("n")));
    QUndoStack *stack = m_project->undoStack();
    QCOMPARE(stack->index(), 3);
    // The note and the annotation would undo; the tag cannot: QUndoView's jump to the start
    // fails as a whole.
    refuse(m_project->fileName(), QStringLiteral("DELETE"), QStringLiteral("tags"));
    QSignalSpy failed(m_project.get(), &Project::editFailed);
    QSignalSpy removed(m_project.get(), &Project::annotationRemoved);
    QSignalSpy changed(m_project.get(), &Project::annotationChanged);
    stack->setIndex(0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(stack->index(), 3);
    QCOMPARE(m_project->annotation(id).note, QStringLiteral("n"));
    QCOMPARE(m_project->tags().size(), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 0);
    // A jump that does not reach the refused step goes through, in one go.
    stack->setIndex(1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(stack->index(), 1);
    QVERIFY(m_project->annotation(id).isNull());
    QCOMPARE(removed.size(), 1);
    stack->setIndex(3);
    QCOMPARE(m_project->annotation(id).note, QStringLiteral("n"));
}

void TestProject::failedRedoKeepsTheStackHonest()
{
    const qint64 id = m_project->addAnnotation(rouhani, 10, 20);
    QVERIFY(m_project->undo());
    QVERIFY(m_project->annotation(id).isNull());
    refuse(m_project->fileName(), QStringLiteral("INSERT"), QStringLiteral("annotations"));
    QSignalSpy failed(m_project.get(), &Project::editFailed);
    QSignalSpy added(m_project.get(), &Project::annotationAdded);
    QVERIFY(!m_project->redo());
    QCOMPARE(failed.size(), 1);
    QVERIFY(m_project->errorString().contains(QStringLiteral("Cannot redo")));
    QCOMPARE(m_project->undoStack()->index(), 0);
    QVERIFY(m_project->undoStack()->canRedo());
    QVERIFY(m_project->annotation(id).isNull());
    QCOMPARE(added.size(), 0);
    // A new edit is refused the same way, and reported by the verb itself.
    QCOMPARE(m_project->addAnnotation(rouhani, 30, 40), 0);
    QVERIFY(m_project->errorString().contains(QStringLiteral("refused by the test")));
    refuse(m_project->fileName(), QStringLiteral("INSERT"), QStringLiteral("annotations"), false);
    QVERIFY(m_project->redo());
    QCOMPARE(m_project->annotation(id).start, qsizetype(10));
    QCOMPARE(added.size(), 1);
}

void TestProject::importContentsFillsAnEmptyProject()
{
    // Not into a project that holds something.
    QVERIFY(!m_project->importContents({}));
    QVERIFY(m_project->errorString().contains(QStringLiteral("empty project")));
    const ProjectContents seeded = m_project->contents();
    Project copy;
    QVERIFY(copy.create(newProjectPath(QStringLiteral("copy.entente"))));
    ProjectContents contents = seeded;
    // Tags in any order: the child first.
    contents.tags = {{2, 1, QStringLiteral("child"), QColor(), QString()}, {1, 0, QStringLiteral("parent"), QColor(), QString()}};
    contents.annotations = {{7, rouhani, 1, 5, QStringLiteral("x"), {}, {}, QStringLiteral("n"), QStringLiteral("a"),
                             QStringLiteral("c"), QStringLiteral("m"), {2}, false}};
    contents.articleTags = {{rouhani, 1, QStringLiteral("a"), QStringLiteral("2024-01-01")}};
    QSignalSpy added(&copy, &Project::annotationAdded);
    QSignalSpy articles(&copy, &Project::articlesChanged);
    QVERIFY2(copy.importContents(contents), qPrintable(copy.errorString()));
    QCOMPARE(articles.size(), 1);
    QCOMPARE(added.size(), 0); // one bulk signal, not one per row
    QCOMPARE(copy.tagPath(2), QStringLiteral("parent/child"));
    QCOMPARE(copy.annotation(7).tagIds, QList<qint64>{2});
    QCOMPARE(copy.articleTags(rouhani), QList<qint64>{1});
    QCOMPARE(copy.meetings(), seeded.meetings);
    QCOMPARE(copy.statements(), seeded.statements);
    QCOMPARE(copy.undoStack()->count(), 0);
    // A refused item names itself and leaves nothing behind.
    Project other;
    QVERIFY(other.create(newProjectPath(QStringLiteral("other.entente"))));
    ProjectContents bad;
    bad.tags = {{1, 0, QStringLiteral("t"), QColor(), QString()}};
    bad.annotations = {{3, QStringLiteral("missing"), 0, 1, QStringLiteral("x"), {}, {}, {}, {}, {}, {}, {}, false}};
    QVERIFY(!other.importContents(bad));
    QVERIFY2(other.errorString().contains(QStringLiteral("annotation 3")), qPrintable(other.errorString()));
    QVERIFY(other.tags().isEmpty());
}

void TestProject::removeAnnotationRestoresTags()
{
    const qint64 t1 = m_project->addTag(QStringLiteral("one"));
    const qint64 t2 = m_project->addTag(QStringLiteral("two"));
    const qint64 id = m_project->addAnnotation(rouhani, 10, 20, {t1, t2}, QStringLiteral("n"));
    const Annotation before = m_project->annotation(id);
    QSignalSpy removed(m_project.get(), &Project::annotationRemoved);
    QVERIFY(m_project->removeAnnotation(id));
    QCOMPARE(removed.size(), 1);
    QVERIFY(m_project->annotation(id).isNull());
    m_project->undoStack()->undo();
    QCOMPARE(m_project->annotation(id), before);
}

void TestProject::tagVerbs()
{
    QSignalSpy tagsChanged(m_project.get(), &Project::tagsChanged);
    const qint64 parent = m_project->addTag(QStringLiteral("diplomacy"));
    const qint64 child = m_project->addTag(QStringLiteral("visits"), parent, QColor(0x12, 0x34, 0x56), QStringLiteral("d"));
    QCOMPARE(tagsChanged.size(), 2);
    QCOMPARE(m_project->tagPath(child), QStringLiteral("diplomacy/visits"));
    QCOMPARE(m_project->tagIdForPath(QStringLiteral("diplomacy/visits")), child);
    QCOMPARE(m_project->tag(child).colour, QColor(0x12, 0x34, 0x56));
    QCOMPARE(m_project->addTag(QStringLiteral("visits"), parent), 0); // duplicate sibling
    QCOMPARE(m_project->addTag(QStringLiteral("a/b")), 0);
    QCOMPARE(m_project->addTag(QStringLiteral("  ")), 0);

    QVERIFY(m_project->renameTag(child, QStringLiteral("trips")));
    QCOMPARE(m_project->tagPath(child), QStringLiteral("diplomacy/trips"));
    QVERIFY(m_project->recolourTag(child, QColor(Qt::blue)));
    QCOMPARE(m_project->tag(child).colour, QColor(Qt::blue));
    QVERIFY(m_project->setTagDescription(child, QStringLiteral("new")));
    QVERIFY(m_project->moveTag(child, 0));
    QCOMPARE(m_project->tagPath(child), QStringLiteral("trips"));
    QCOMPARE(tagsChanged.size(), 6);

    m_project->undoStack()->undo(); // move
    QCOMPARE(m_project->tagPath(child), QStringLiteral("diplomacy/trips"));
    m_project->undoStack()->undo(); // description
    QCOMPARE(m_project->tag(child).description, QStringLiteral("d"));
    m_project->undoStack()->undo(); // colour
    QCOMPARE(m_project->tag(child).colour, QColor(0x12, 0x34, 0x56));
    m_project->undoStack()->undo(); // rename
    QCOMPARE(m_project->tagPath(child), QStringLiteral("diplomacy/visits"));
    QCOMPARE(tagsChanged.size(), 10);
    while (m_project->undoStack()->canRedo())
        m_project->undoStack()->redo();
    QCOMPARE(m_project->tagPath(child), QStringLiteral("trips"));
    QCOMPARE(m_project->tag(child).colour, QColor(Qt::blue));
    QCOMPARE(m_project->tag(child).description, QStringLiteral("new"));
}

void TestProject::moveTagRefusesCycles()
{
    const qint64 a = m_project->addTag(QStringLiteral("a"));
    const qint64 b = m_project->addTag(QStringLiteral("b"), a);
    QVERIFY(!m_project->moveTag(a, b));
    QVERIFY(m_project->errorString().contains(QStringLiteral("below itself")));
    QVERIFY(!m_project->moveTag(a, a));
    QCOMPARE(m_project->tag(a).parentId, 0);
}

void TestProject::mergeTags()
{
    const qint64 source = m_project->addTag(QStringLiteral("iran-iraq"));
    const qint64 sub = m_project->addTag(QStringLiteral("border"), source);
    const qint64 target = m_project->addTag(QStringLiteral("bilateral"));
    const qint64 both = m_project->addAnnotation(rouhani, 10, 20, {source, target});
    const qint64 only = m_project->addAnnotation(rouhani, 30, 40, {source});
    QVERIFY(m_project->tagArticle(rouhani, source));
    QVERIFY(m_project->mergeTags(source, target));
    QVERIFY(m_project->tag(source).isNull());
    QCOMPARE(m_project->tag(sub).parentId, target);
    QCOMPARE(m_project->annotation(both).tagIds, QList<qint64>{target});
    QCOMPARE(m_project->annotation(only).tagIds, QList<qint64>{target});
    QCOMPARE(m_project->articleTags(rouhani), QList<qint64>{target});
    m_project->undoStack()->undo();
    QCOMPARE(m_project->tag(source).name, QStringLiteral("iran-iraq"));
    QCOMPARE(m_project->tag(sub).parentId, source);
    QCOMPARE(m_project->annotation(both).tagIds, (QList<qint64>{source, target}));
    QCOMPARE(m_project->annotation(only).tagIds, QList<qint64>{source});
    QCOMPARE(m_project->articleTags(rouhani), QList<qint64>{source});
    QVERIFY(!m_project->mergeTags(source, sub)); // into its own subtree
}

void TestProject::removeTagRemovesOrphanedAnnotations()
{
    const qint64 parent = m_project->addTag(QStringLiteral("p"));
    const qint64 child = m_project->addTag(QStringLiteral("c"), parent);
    const qint64 other = m_project->addTag(QStringLiteral("o"));
    const qint64 onlyChild = m_project->addAnnotation(rouhani, 10, 20, {child}, QStringLiteral("keep me"));
    const qint64 mixed = m_project->addAnnotation(rouhani, 30, 40, {parent, other});
    QCOMPARE(m_project->annotationsRemovedWithTag(parent), 1);
    const Annotation before = m_project->annotation(onlyChild);
    QSignalSpy removed(m_project.get(), &Project::annotationRemoved);
    QVERIFY(m_project->removeTag(parent));
    QVERIFY(m_project->tag(parent).isNull());
    QVERIFY(m_project->tag(child).isNull());
    QVERIFY(m_project->annotation(onlyChild).isNull());
    QCOMPARE(m_project->annotation(mixed).tagIds, QList<qint64>{other});
    QCOMPARE(removed.size(), 1);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->tagPath(child), QStringLiteral("p/c"));
    QCOMPARE(m_project->annotation(onlyChild), before);
    QCOMPARE(m_project->annotation(mixed).tagIds, (QList<qint64>{parent, other}));
    m_project->undoStack()->redo();
    QVERIFY(m_project->annotation(onlyChild).isNull());
}

void TestProject::ensureTagPath()
{
    const int before = m_project->undoStack()->count();
    const qint64 id = m_project->ensureTagPath(QStringLiteral("a/b/c"));
    QVERIFY(id != 0);
    QCOMPARE(m_project->tagPath(id), QStringLiteral("a/b/c"));
    QCOMPARE(m_project->undoStack()->count(), before + 1); // one step
    QCOMPARE(m_project->ensureTagPath(QStringLiteral("a/b/c")), id);
    QCOMPARE(m_project->undoStack()->count(), before + 1);
    m_project->undoStack()->undo();
    QVERIFY(m_project->tags().isEmpty());
    const qint64 a = m_project->ensureTagPath(QStringLiteral("a//"));
    QVERIFY(a != 0);
    QCOMPARE(m_project->tagIdForPath(QStringLiteral("a")), a);
    QCOMPARE(m_project->ensureTagPath(QStringLiteral("/")), 0);
}

void TestProject::articleTags()
{
    const qint64 t = m_project->addTag(QStringLiteral("read"));
    QSignalSpy spy(m_project.get(), &Project::articleTagsChanged);
    QVERIFY(m_project->tagArticle(rouhani, t));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toString(), rouhani);
    QCOMPARE(m_project->articleTags(rouhani), QList<qint64>{t});
    QVERIFY(m_project->untagArticle(rouhani, t));
    QVERIFY(m_project->articleTags(rouhani).isEmpty());
    m_project->undoStack()->undo();
    QCOMPARE(m_project->articleTags(rouhani), QList<qint64>{t});
    QVERIFY(!m_project->tagArticle(QStringLiteral("nope"), t));
}

void TestProject::meetingsStatementsOfficials()
{
    QSignalSpy meetings(m_project.get(), &Project::meetingsChanged);
    // createFromCorpus seeds the corpus's meetings and the extracted statements.
    const QList<MeetingRecord> seeded = m_project->meetings();
    MeetingRecord m;
    m.date = QStringLiteral("2021-02-03?");
    m.place = QStringLiteral("Tehran");
    m.participants = {QStringLiteral("hassan-rouhani"), QStringLiteral("fuad-hussein")};
    m.evidence = {{rouhani, QStringLiteral("in a meeting"), 10, 22}};
    m.id = m_project->addMeeting(m);
    QVERIFY(m.id != 0);
    QCOMPARE(m_project->meeting(m.id), m);
    MeetingRecord edited = m;
    edited.place = QStringLiteral("Baghdad");
    QVERIFY(m_project->updateMeeting(edited));
    QCOMPARE(m_project->meeting(m.id).place, QStringLiteral("Baghdad"));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->meeting(m.id), m);
    QVERIFY(m_project->removeMeeting(m.id));
    QCOMPARE(m_project->meetings(), seeded);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->meetings().size(), seeded.size() + 1);
    QCOMPARE(m_project->meeting(m.id), m);
    QCOMPARE(meetings.size(), 5);

    QSignalSpy statements(m_project.get(), &Project::statementsChanged);
    StatementRecord s;
    s.speakerId = QStringLiteral("hassan-rouhani");
    s.speakerText = QStringLiteral("Rouhani");
    s.cue = QStringLiteral("said");
    s.articleId = rouhani;
    s.start = 5;
    s.end = 9;
    s.quote = QStringLiteral("abcd");
    s.direct = true;
    s.tags = {QStringLiteral("x")};
    s.id = m_project->addStatement(s);
    QCOMPARE(m_project->statement(s.id), s);
    s.status = QStringLiteral("accepted");
    QVERIFY(m_project->updateStatement(s));
    QCOMPARE(m_project->statement(s.id).status, QStringLiteral("accepted"));
    QVERIFY(m_project->removeStatement(s.id));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->statement(s.id), s);
    QCOMPARE(statements.size(), 4);

    QSignalSpy officials(m_project.get(), &Project::officialsEditsChanged);
    OfficialsEditRecord e{0, QStringLiteral("fuad-hussein"), QStringLiteral("add-alias"), QJsonObject{{QStringLiteral("alias"), QStringLiteral("F. Hussein")}}};
    e.id = m_project->addOfficialsEdit(e);
    QCOMPARE(m_project->officialsEdits(), QList<OfficialsEditRecord>{e});
    QVERIFY(m_project->removeOfficialsEdit(e.id));
    QVERIFY(m_project->officialsEdits().isEmpty());
    m_project->undoStack()->undo();
    QCOMPARE(m_project->officialsEdits(), QList<OfficialsEditRecord>{e});
    QCOMPARE(officials.size(), 3);
}

void TestProject::reimportReanchors()
{
    Article a = m_project->article(rouhani);
    const qsizetype start = a.text.indexOf(QStringLiteral("Fuad Hussein in Tehran"));
    QVERIFY(start > 0);
    const qint64 moved = m_project->addAnnotation(rouhani, start, start + 22);
    const qsizetype gone = a.text.indexOf(QStringLiteral("fraternal"));
    const qint64 orphan = m_project->addAnnotation(rouhani, gone, gone + 9, {}, QStringLiteral("note kept"));
    QSignalSpy changed(m_project.get(), &Project::annotationChanged);
    QSignalSpy articles(m_project.get(), &Project::articlesChanged);
    a.text = QStringLiteral("NEW FIRST LINE 😀\n") + a.text;
    a.text.replace(QStringLiteral("fraternal"), QStringLiteral("brotherly"));
    QVERIFY2(m_project->importArticle(a), qPrintable(m_project->errorString()));
    QCOMPARE(articles.size(), 1);
    QCOMPARE(changed.size(), 2);
    const Annotation m = m_project->annotation(moved);
    QCOMPARE(m.start, start + 17); // 16 code points and a newline; the emoji is one code point
    QCOMPARE(m.exact, QStringLiteral("Fuad Hussein in Tehran"));
    QVERIFY(!m.orphaned);
    const AnnotationList orphans = m_project->orphanedAnnotations();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().id, orphan);
    QCOMPARE(orphans.first().note, QStringLiteral("note kept"));
    // The search index follows the text.
    QCOMPARE(m_project->search(QStringLiteral("brotherly")).size(), 1);
    QCOMPARE(m_project->search(QStringLiteral("fraternal")).size(), 0);
    // One undo step puts back the text, the offsets and the anchoring.
    QCOMPARE(m_project->undoStack()->count(), 3);
    QVERIFY(m_project->undo());
    QCOMPARE(m_project->article(rouhani).text.indexOf(QStringLiteral("fraternal")), gone);
    QCOMPARE(m_project->annotation(moved).start, start);
    QVERIFY(m_project->orphanedAnnotations().isEmpty());
    QCOMPARE(m_project->search(QStringLiteral("fraternal")).size(), 1);
    QVERIFY(m_project->redo());
    QCOMPARE(m_project->annotation(moved).start, start + 17);
    QCOMPARE(m_project->orphanedAnnotations().size(), 1);
}

void TestProject::badFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("not an SQLite database");
    QTest::newRow("other SQLite database") << QStringLiteral("sqlite") << QStringLiteral("not an Entente project");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version of Entente");
    QTest::newRow("corrupt") << QStringLiteral("corrupt") << QStringLiteral("damaged");
    QTest::newRow("read-only file") << QStringLiteral("readonly") << QStringLiteral("read-only");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
}

void TestProject::badFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    m_project->close();
    const QString path = newProjectPath(QStringLiteral("bad.entente"));
    auto withDatabase = [&](const std::function<void(QSqlDatabase &)> &f) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            f(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("maker"));
    };
    if (kind == QLatin1StringView("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("id,title\n1,hello\n").repeated(20));
    } else if (kind == QLatin1StringView("empty")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1StringView("sqlite")) {
        withDatabase([](QSqlDatabase &db) { QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)")); });
    } else if (kind == QLatin1StringView("newer")) {
        QVERIFY(QFile::copy(newProjectPath(), path));
        withDatabase([](QSqlDatabase &db) {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(Project::SchemaVersion + 1));
        });
    } else if (kind == QLatin1StringView("corrupt")) {
        QVERIFY(QFile::copy(newProjectPath(), path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        // Overwrite the pages after the schema page with garbage, header intact.
        f.seek(4096);
        f.write(QByteArray(size - 8192, '\x5a'));
    } else if (kind == QLatin1StringView("readonly")) {
        QVERIFY(QFile::copy(newProjectPath(), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    }
    const QByteArray before = fileHash(path);
    Project p;
    QSignalSpy opened(&p, &Project::opened);
    QVERIFY(!p.open(path));
    QVERIFY2(p.errorString().contains(message), qPrintable(p.errorString()));
    QVERIFY(!p.isOpen());
    QCOMPARE(opened.size(), 0);
    QCOMPARE(fileHash(path), before); // untouched
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    if (kind == QLatin1StringView("readonly")) {
        QVERIFY2(p.open(path, Project::OpenMode::ReadOnly), qPrintable(p.errorString()));
        QVERIFY(p.isReadOnly());
        QCOMPARE(p.articles().size(), 5);
        p.close();
        QCOMPARE(fileHash(path), before);
    }
}

void TestProject::secondInstanceIsRefused()
{
    Project second;
    QVERIFY(!second.open(newProjectPath()));
    QVERIFY2(second.errorString().contains(QStringLiteral("already open in another instance")), qPrintable(second.errorString()));
    // Reading is still possible.
    QVERIFY(second.open(newProjectPath(), Project::OpenMode::ReadOnly));
    second.close();
    m_project->close();
    QVERIFY(!QFile::exists(newProjectPath() + QStringLiteral(".lock")));
    QVERIFY2(second.open(newProjectPath()), qPrintable(second.errorString()));
}

void TestProject::staleLockIsIgnored()
{
    m_project->close();
    // A lock left by a process that no longer exists (pid far beyond pid_max).
    QFile lock(newProjectPath() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("2147483000\nentente\nnohost-that-matches\n");
    lock.close();
    Project p;
    // A lock from another host cannot be judged stale; from this host with a dead pid it is.
    QFile local(newProjectPath() + QStringLiteral(".lock"));
    QVERIFY(local.open(QIODevice::WriteOnly));
    local.write("2147483000\nentente\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    local.close();
    QVERIFY2(p.open(newProjectPath()), qPrintable(p.errorString()));
}

void TestProject::readOnlyMode()
{
    m_project->close();
    Project p;
    QVERIFY(p.open(newProjectPath(), Project::OpenMode::ReadOnly));
    QVERIFY(p.isReadOnly());
    QCOMPARE(p.addTag(QStringLiteral("x")), 0);
    QVERIFY(p.errorString().contains(QStringLiteral("read-only")));
    QCOMPARE(p.articles().size(), 5);
    QVERIFY(!QFile::exists(newProjectPath() + QStringLiteral(".lock")));
}

void TestProject::saveAs()
{
    const qint64 t = m_project->addTag(QStringLiteral("kept"));
    m_project->addAnnotation(rouhani, 1, 5, {t});
    const QString copy = newProjectPath(QStringLiteral("copy.entente"));
    QVERIFY2(m_project->saveAs(copy), qPrintable(m_project->errorString()));
    QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
    QVERIFY(!m_project->saveAs(copy)); // never overwrites
    Project p;
    QVERIFY2(p.open(copy), qPrintable(p.errorString()));
    QCOMPARE(p.annotations(), m_project->annotations());
    QCOMPARE(p.tags(), m_project->tags());
    QVERIFY(p.checkIntegrity());
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"

// ProjectJson: export, import into a new project, export again gives the same document.
#include "io/corpusseeder.h"
#include "io/projectjson.h"
#include "store/project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Entente;

class TestProjectJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void importIntoOpenProjectSignalsEverything();
    void rejects_data();
    void rejects();

private:
    QTemporaryDir m_dir;
};

void TestProjectJson::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProjectJson::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("a.entente"));
    QString error;
    QVERIFY2(CorpusSeeder::createProject(path, QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
    {
        Project p;
        QVERIFY(p.open(path));
        const qint64 child = p.ensureTagPath(QStringLiteral("people/officials"));
        const qint64 other = p.addTag(QStringLiteral("other"), 0, QColor(Qt::green), QStringLiteral("desc"));
        QVERIFY(p.addAnnotation(QStringLiteral("rouhani-fuad-hussein-2021"), 5, 25, {child, other}, QStringLiteral("note, with \"quotes\"")));
        QVERIFY(p.tagArticle(QStringLiteral("khamenei-rashid-2023"), other));
        MeetingRecord m;
        m.date = QStringLiteral("2023-04-29");
        m.participants = {QStringLiteral("ali-khamenei"), QStringLiteral("text:an aide")};
        m.evidence = {{QStringLiteral("khamenei-rashid-2023"), QStringLiteral("quote"), 1, 6}};
        m.slug = QStringLiteral("khamenei-rashid-visit");
        m.hostCountry = QStringLiteral("IR");
        m.note = QStringLiteral("Day from the public record, not from the text.");
        QVERIFY(p.addMeeting(m));
        StatementRecord s;
        s.articleId = QStringLiteral("khamenei-rashid-2023");
        s.quote = QStringLiteral("q");
        s.tags = {QStringLiteral("t")};
        s.content = {{10, 20}, {30, 40}};
        s.start = 10;
        s.end = 40;
        s.evidenceStart = 5;
        s.evidenceEnd = 45;
        s.speakerCandidates = {QStringLiteral("barham-salih"), QStringLiteral("abdul-latif-rashid")};
        QVERIFY(p.addStatement(s));
        QVERIFY(p.addOfficialsEdit({0, QStringLiteral("x"), QStringLiteral("add-person"), QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}}}));
    }
    Project a;
    QVERIFY(a.open(path, Project::OpenMode::ReadOnly));
    const QJsonObject first = ProjectJson::toJson(a);
    QCOMPARE(first.value(QStringLiteral("articles")).toArray().size(), 5);
    QCOMPARE(first.value(QStringLiteral("annotations")).toArray().size(), 1);
    const QString json = m_dir.filePath(QStringLiteral("a.json"));
    ProjectJson io;
    QVERIFY2(io.exportFile(a, json), qPrintable(io.errorString()));
    const QString copy = m_dir.filePath(QStringLiteral("b.entente"));
    QVERIFY2(io.importFile(json, copy), qPrintable(io.errorString()));
    Project b;
    QVERIFY(b.open(copy, Project::OpenMode::ReadOnly));
    QCOMPARE(ProjectJson::toJson(b), first);
    QCOMPARE(b.annotations(), a.annotations());
    // Every field of every record survives, not only what both sides happen to write.
    QCOMPARE(b.meetings(), a.meetings());
    QCOMPARE(b.statements(), a.statements());
    QCOMPARE(b.officialsEdits(), a.officialsEdits());
    bool sawSlug = false;
    for (const MeetingRecord &m : b.meetings())
        sawSlug = sawSlug || (m.slug == QStringLiteral("khamenei-rashid-visit") && m.hostCountry == QStringLiteral("IR"));
    QVERIFY(sawSlug);
    QCOMPARE(b.search(QStringLiteral("strateg*")).size(), 2); // the index is rebuilt
    QVERIFY(!io.importFile(json, copy)); // never overwrites
    QVERIFY(io.errorString().contains(QStringLiteral("already exists")));
}

void TestProjectJson::importIntoOpenProjectSignalsEverything()
{
    const QString path = m_dir.filePath(QStringLiteral("source.entente"));
    QString error;
    QVERIFY2(CorpusSeeder::createProject(path, QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
    QJsonObject document;
    {
        Project source;
        QVERIFY(source.open(path));
        const qint64 tag = source.addTag(QStringLiteral("visits"));
        QVERIFY(source.addAnnotation(QStringLiteral("rouhani-fuad-hussein-2021"), 5, 25, {tag}));
        QVERIFY(source.addOfficialsEdit({0, QStringLiteral("x"), QStringLiteral("add-person"), QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}}}));
        document = ProjectJson::toJson(source);
    }
    QVERIFY(!document.value(QStringLiteral("meetings")).toArray().isEmpty());
    QVERIFY(!document.value(QStringLiteral("statements")).toArray().isEmpty());

    Project target;
    QVERIFY(target.create(m_dir.filePath(QStringLiteral("target.entente"))));
    QVERIFY(target.addTag(QStringLiteral("scratch")) != 0);
    QVERIFY(target.removeTag(target.tagIdForPath(QStringLiteral("scratch")))); // empty again, with a history
    QSignalSpy articles(&target, &Project::articlesChanged);
    QSignalSpy tags(&target, &Project::tagsChanged);
    QSignalSpy meetings(&target, &Project::meetingsChanged);
    QSignalSpy statements(&target, &Project::statementsChanged);
    QSignalSpy officials(&target, &Project::officialsEditsChanged);
    ProjectJson io;
    QVERIFY2(io.importJson(document, target), qPrintable(io.errorString()));
    QCOMPARE(articles.size(), 1);
    QCOMPARE(tags.size(), 1);
    QCOMPARE(meetings.size(), 1);
    QCOMPARE(statements.size(), 1);
    QCOMPARE(officials.size(), 1);
    QCOMPARE(target.articles().size(), 5);
    QCOMPARE(target.tagPath(target.annotations().value(0).tagIds.value(0)), QStringLiteral("visits"));
    QCOMPARE(qsizetype(target.meetings().size()), document.value(QStringLiteral("meetings")).toArray().size());
    QCOMPARE(qsizetype(target.statements().size()), document.value(QStringLiteral("statements")).toArray().size());
    QCOMPARE(target.officialsEdits().size(), 1);
    QCOMPARE(ProjectJson::toJson(target), document);
    // The history before the import no longer applies.
    QCOMPARE(target.undoStack()->count(), 0);
    // A second import is refused: the project is no longer empty.
    QVERIFY(!io.importJson(document, target));
    QCOMPARE(meetings.size(), 1);
}

void TestProjectJson::rejects_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{nope") << QStringLiteral("not valid JSON");
    QTest::newRow("other format") << QByteArray(R"({"format": "entente-corpus", "version": 1})") << QStringLiteral("Not an Entente project document");
    QTest::newRow("newer version") << QByteArray(R"({"format": "entente-project", "version": 99})") << QStringLiteral("Unsupported");
    QTest::newRow("annotation of a missing article")
        << QByteArray(R"({"format": "entente-project", "version": 2, "annotations": [{"id": 1, "articleId": "nope", "start": 0, "end": 1}]})")
        << QStringLiteral("annotation 1");
}

void TestProjectJson::rejects()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, message);
    const QString in = m_dir.filePath(QStringLiteral("in.json"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(document);
    f.close();
    const QString target = m_dir.filePath(QStringLiteral("rejected.entente"));
    ProjectJson io;
    QVERIFY(!io.importFile(in, target));
    QVERIFY2(io.errorString().contains(message), qPrintable(io.errorString()));
    QVERIFY(!QFile::exists(target)); // nothing half-made is left
}

QTEST_GUILESS_MAIN(TestProjectJson)
#include "tst_projectjson.moc"

// Meetings and statements in the project: Meeting <-> MeetingRecord and Statement <->
// StatementRecord conversions through the database, seeding from the corpus, and the
// v2 -> v3 migration of a file made by the version-2 schema code (tests/data/project-v2.entente).
#include "io/corpusseeder.h"
#include "io/corpusloader.h"
#include "io/gazetteerreader.h"
#include "reference/gazetteer.h"
#include "io/meetingsloader.h"
#include "store/project.h"
#include "store/recordconversion.h"
#include "store/schema.h"
#include "reference/gazetteerspeakerresolver.h"
#include "text/statementextractor.h"

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

const QString v2File = QStringLiteral(ENTENTE_TEST_DATA "/project-v2.entente");

// The content of the version-2 file: one article, one meeting, one statement, written with
// the version-2 schema. Run with ENTENTE_REGENERATE_TEST_DATA=1 to rewrite it.
bool writeVersion2(const QString &path, QString *error)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        if (db.open() && Schema::create(db, 2, error)) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("INSERT INTO articles (id, title, source, published, language, text, sha256) VALUES"
                                       " ('visit', 'A visit', 'Test', '2021-06', 'en',"
                                       " 'The minister met the speaker in Tehran. \"We are neighbours,\" he said.', 'x')"))
                && q.exec(QStringLiteral("INSERT INTO meetings (id, date, place, kind, summary, participants, evidence, source)"
                                         " VALUES (7, '2021-06?', 'Tehran', 'talks', 'The minister met the speaker',"
                                         " '[\"fuad-hussein\",\"text:a delegation\"]',"
                                         " '[{\"articleId\":\"visit\",\"quote\":\"The minister met the speaker\",\"start\":0,\"end\":28}]',"
                                         " 'user')"))
                && q.exec(QStringLiteral("INSERT INTO statements (id, speaker_id, speaker_text, cue, article_id, start_offset,"
                                         " end_offset, quote, direct, date, tags, status) VALUES (3, '', 'he', 'said', 'visit',"
                                         " 41, 60, 'We are neighbours,', 1, '2021-06', '[]', 'extracted')"));
            if (!ok && error)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    return ok;
}

Meeting sampleMeeting()
{
    Meeting m;
    m.id = QStringLiteral("hussein-zarif-sample");
    m.date = EdtfDate::parse(QStringLiteral("2021-04~"));
    m.place = QStringLiteral("Baghdad");
    m.hostCountry = QStringLiteral("IQ");
    m.participants = {QStringLiteral("fuad-hussein"), QStringLiteral("mohammad-javad-zarif")};
    m.others = {QStringLiteral("a group of Iranian journalists")};
    m.kind = QStringLiteral("talks");
    m.summary = QStringLiteral("Talks in Baghdad");
    m.note = QStringLiteral("Month from the article's date");
    m.evidence = {{QStringLiteral("rouhani-fuad-hussein-2021"), QStringLiteral("Zarif"), 10, 15},
                  {QStringLiteral("khamenei-rashid-2023"), QStringLiteral("Baghdad"), -1, -1}};
    return m;
}

} // namespace

class TestMeetingRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void meetingRoundTrip_data();
    void meetingRoundTrip();
    void recordWithoutSlugGetsAnId();
    void statementRoundTrip();
    void seedsMeetingsAndStatements();
    void seededMeetingsEditUndoRedo();
    void migratesVersion2();

private:
    QString newPath() { return m_dir.filePath(QStringLiteral("p%1.entente").arg(++m_count)); }
    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestMeetingRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIntValue("ENTENTE_REGENERATE_TEST_DATA")) {
        QFile::remove(v2File);
        QString error;
        QVERIFY2(writeVersion2(v2File, &error), qPrintable(error));
    }
    QVERIFY2(QFile::exists(v2File), "tests/data/project-v2.entente is missing");
}

void TestMeetingRecords::meetingRoundTrip_data()
{
    QTest::addColumn<Meeting>("meeting");
    QTest::newRow("full") << sampleMeeting();
    Meeting bare;
    bare.id = QStringLiteral("bare");
    QTest::newRow("no date, no evidence") << bare;
    Meeting uncertain = sampleMeeting();
    uncertain.date = EdtfDate::parse(QStringLiteral("2020-01-05?"));
    uncertain.others.clear();
    QTest::newRow("uncertain day, officials only") << uncertain;
}

void TestMeetingRecords::meetingRoundTrip()
{
    QFETCH(Meeting, meeting);
    // In memory.
    const MeetingRecord record = RecordConversion::toRecord(meeting, 0, QStringLiteral("user"));
    QCOMPARE(record.slug, meeting.id);
    QCOMPARE(RecordConversion::toMeeting(record), meeting);
    // And through the database.
    Project project;
    QVERIFY2(project.create(newPath()), qPrintable(project.errorString()));
    const qint64 id = project.addMeeting(record);
    QVERIFY2(id != 0, qPrintable(project.errorString()));
    const MeetingRecord stored = project.meeting(id);
    QCOMPARE(stored.slug, meeting.id);
    QCOMPARE(stored.hostCountry, meeting.hostCountry);
    QCOMPARE(stored.note, meeting.note);
    QCOMPARE(RecordConversion::toMeeting(stored), meeting);
}

void TestMeetingRecords::recordWithoutSlugGetsAnId()
{
    MeetingRecord r;
    r.id = 42;
    r.participants = {QStringLiteral("ali-larijani"), QStringLiteral("text:a delegation")};
    const Meeting m = RecordConversion::toMeeting(r);
    QCOMPARE(m.id, QStringLiteral("meeting-42"));
    QCOMPARE(m.participants, QStringList{QStringLiteral("ali-larijani")});
    QCOMPARE(m.others, QStringList{QStringLiteral("a delegation")});
}

void TestMeetingRecords::statementRoundTrip()
{
    Statement s;
    s.articleId = QStringLiteral("visit");
    s.speakerText = QStringLiteral("the president");
    s.speakerCandidates = {QStringLiteral("barham-salih"), QStringLiteral("abdul-latif-rashid")};
    s.cue = QStringLiteral("stressed");
    s.kind = Statement::Kind::Direct;
    s.content = {{10, 20}, {30, 45}};
    s.text = QStringLiteral("first … second");
    s.date = EdtfDate::parse(QStringLiteral("2021-06"));
    s.tags = {QStringLiteral("security")};
    s.evidence = {0, 50};
    s.status = Statement::Status::Edited;
    const StatementRecord r = RecordConversion::toRecord(s);
    QCOMPARE(r.start, qsizetype(10));
    QCOMPARE(r.end, qsizetype(45));
    QCOMPARE(RecordConversion::toStatement(r), s);

    Project project;
    QVERIFY2(project.create(newPath()), qPrintable(project.errorString()));
    Article a;
    a.id = QStringLiteral("visit");
    a.title = QStringLiteral("Visit");
    a.text = QString(60, u'x');
    QVERIFY2(project.importArticle(a), qPrintable(project.errorString()));
    const qint64 id = project.addStatement(r);
    QVERIFY2(id != 0, qPrintable(project.errorString()));
    Statement back = RecordConversion::toStatement(project.statement(id));
    QCOMPARE(back.id, id);
    back.id = 0;
    QCOMPARE(back, s);
}

void TestMeetingRecords::seedsMeetingsAndStatements()
{
    const QString corpus = QStringLiteral(ENTENTE_TEST_CORPUS);
    const QString path = newPath();
    QString error;
    QVERIFY2(CorpusSeeder::createProject(path, corpus, &error), qPrintable(error));

    // What the corpus holds, computed independently of the project.
    CorpusLoader loader;
    QVERIFY(loader.load(corpus));
    Gazetteer gazetteer;
    QVERIFY(GazetteerReader::readFile(GazetteerReader::bundledPath(), &gazetteer));
    MeetingsLoader meetingsLoader;
    meetingsLoader.setArticles(loader.articles());
    QVERIFY(meetingsLoader.load(MeetingsLoader::meetingsFile(corpus)));
    const GazetteerSpeakerResolver resolver(gazetteer);
    const StatementList extracted = StatementExtractor(&resolver).extract(loader.articles());
    QVERIFY(!extracted.isEmpty());

    Project project;
    QVERIFY2(project.open(path, Project::OpenMode::ReadOnly), qPrintable(project.errorString()));
    const QList<MeetingRecord> meetings = project.meetings();
    QCOMPARE(meetings.size(), qsizetype(12));
    QCOMPARE(meetings.size(), meetingsLoader.meetings().size());
    for (const MeetingRecord &r : meetings) {
        QCOMPARE(r.source, QStringLiteral("corpus"));
        const Meeting m = RecordConversion::toMeeting(r);
        const auto it = std::find_if(meetingsLoader.meetings().cbegin(), meetingsLoader.meetings().cend(),
                                     [&m](const Meeting &x) { return x.id == m.id; });
        QVERIFY2(it != meetingsLoader.meetings().cend(), qPrintable(m.id));
        QCOMPARE(m, *it); // slug, host country, note, evidence spans: all kept
    }
    const QList<StatementRecord> statements = project.statements();
    QCOMPARE(statements.size(), extracted.size());
    QStringList storedTexts, extractedTexts;
    for (const StatementRecord &r : statements) {
        QCOMPARE(r.status, QStringLiteral("extracted"));
        storedTexts << r.articleId + u'|' + r.quote;
    }
    for (const Statement &s : extracted)
        extractedTexts << s.articleId + u'|' + s.text;
    storedTexts.sort();
    extractedTexts.sort();
    QCOMPARE(storedTexts, extractedTexts);
    // Dates: Rouhani spoke at the Wednesday meeting, not on the publication day; Rashid's
    // July interview recalls an April visit, so his statements keep the report's date.
    int rouhani = 0, rashid = 0;
    for (const StatementRecord &r : statements) {
        if (r.articleId == QStringLiteral("rouhani-fuad-hussein-2021") && r.speakerId == QStringLiteral("hassan-rouhani")) {
            QCOMPARE(r.date, QStringLiteral("2021-02-03?"));
            ++rouhani;
        }
        if (r.articleId == QStringLiteral("rashid-al-alam-interview-2023") && r.speakerId == QStringLiteral("abdul-latif-rashid")) {
            QCOMPARE(r.date, QStringLiteral("2023-07-12"));
            ++rashid;
        }
    }
    QVERIFY(rouhani > 0);
    QVERIFY(rashid > 0);
    QCOMPARE(project.undoStack()->count(), 0);
}

void TestMeetingRecords::seededMeetingsEditUndoRedo()
{
    const QString path = newPath();
    QString error;
    QVERIFY2(CorpusSeeder::createProject(path, QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
    Project project;
    QVERIFY2(project.open(path), qPrintable(project.errorString()));
    QSignalSpy changed(&project, &Project::meetingsChanged);
    const qint64 id = project.addMeeting(RecordConversion::toRecord(sampleMeeting()));
    QVERIFY(id != 0);
    QCOMPARE(project.meetings().size(), qsizetype(13));
    QCOMPARE(changed.count(), 1);
    project.undoStack()->undo();
    QCOMPARE(project.meetings().size(), qsizetype(12));
    QCOMPARE(changed.count(), 2);
    project.undoStack()->redo();
    QCOMPARE(RecordConversion::toMeeting(project.meeting(id)), sampleMeeting());
}

void TestMeetingRecords::migratesVersion2()
{
    const QString path = newPath();
    QVERIFY(QFile::copy(v2File, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    Project project;
    QVERIFY2(project.open(path), qPrintable(project.errorString()));
    const QList<MeetingRecord> meetings = project.meetings();
    QCOMPARE(meetings.size(), qsizetype(1));
    const Meeting m = RecordConversion::toMeeting(meetings.constFirst());
    QCOMPARE(m.id, QStringLiteral("meeting-7"));
    QCOMPARE(m.date.toString(), QStringLiteral("2021-06?"));
    QCOMPARE(m.participants, QStringList{QStringLiteral("fuad-hussein")});
    QCOMPARE(m.others, QStringList{QStringLiteral("a delegation")});
    QCOMPARE(m.evidence.size(), qsizetype(1));
    QCOMPARE(m.evidence.constFirst().end, qsizetype(28));
    QVERIFY(m.hostCountry.isEmpty());

    const QList<StatementRecord> statements = project.statements();
    QCOMPARE(statements.size(), qsizetype(1));
    const Statement s = RecordConversion::toStatement(statements.constFirst());
    QCOMPARE(s.content.size(), qsizetype(1));
    QCOMPARE(s.content.constFirst(), (TextSpan{41, 60}));
    QCOMPARE(s.evidence, (TextSpan{41, 60})); // unknown evidence falls back to the content
    QVERIFY(s.speakerCandidates.isEmpty());

    // The new columns are writable after the migration.
    MeetingRecord edited = meetings.constFirst();
    edited.slug = QStringLiteral("minister-speaker-2021");
    edited.hostCountry = QStringLiteral("IR");
    QVERIFY2(project.updateMeeting(edited), qPrintable(project.errorString()));
    QCOMPARE(project.meeting(edited.id).slug, QStringLiteral("minister-speaker-2021"));
    QCOMPARE(project.meeting(edited.id).hostCountry, QStringLiteral("IR"));
    QString report;
    QVERIFY2(project.checkIntegrity(&report), qPrintable(report));
}

QTEST_GUILESS_MAIN(TestMeetingRecords)
#include "tst_meetingrecords.moc"

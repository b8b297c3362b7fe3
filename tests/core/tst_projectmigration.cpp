// Migration of an old project file (tests/data/project-v1.entente, made by the version-1 schema
// code) to the current schema.
#include "store/project.h"
#include "store/schema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

namespace {
const QString v1File = QStringLiteral(ENTENTE_TEST_DATA "/project-v1.entente");

// The content of the version-1 file. Run with ENTENTE_REGENERATE_TEST_DATA=1 to rewrite it.
bool writeVersion1(const QString &path, QString *error)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        if (db.open() && Schema::create(db, 1, error)) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("INSERT INTO articles (id, title, source, published, language, text, sha256) VALUES"
                                       " ('mixed', 'Mixed scripts', 'Test', '2021-06', 'en',"
                                       " 'Emoji 😀 then Arabic: العراق وإيران. The end.', 'x'),"
                                       " ('plain', 'Plain', '', '2020', 'en', 'A plain text about strategic ties.', 'y')"))
                && q.exec(QStringLiteral("INSERT INTO tags (id, parent_id, name, colour) VALUES (1, NULL, 'places', '#ff0000'),"
                                         " (2, 1, 'countries', '#00ff00')"))
                && q.exec(QStringLiteral("INSERT INTO annotations (id, article_id, start_offset, end_offset, exact, prefix,"
                                         " suffix, note, author, created, modified) VALUES"
                                         "(1, 'mixed', 21, 27, 'العراق', 'Emoji 😀 then Arabic: ', ' وإيران. The end.',"
                                         " 'Iraq', 'v1', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),"
                                         " (2, 'plain', 19, 28, 'strategic', 'A plain text about ', ' ties.', '', 'v1',"
                                         " '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')"))
                && q.exec(QStringLiteral("INSERT INTO annotation_tags VALUES (1, 2), (2, 1)"));
            if (!ok && error)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    return ok;
}
} // namespace

class TestProjectMigration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fileIsVersion1();
    void migratesToCurrent();
    void readOnlyRefusesOldFormat();
    void listsReadFromIndexes_data();
    void listsReadFromIndexes();
};

void TestProjectMigration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIntValue("ENTENTE_REGENERATE_TEST_DATA")) {
        QFile::remove(v1File);
        QString error;
        QVERIFY2(writeVersion1(v1File, &error), qPrintable(error));
    }
    QVERIFY2(QFile::exists(v1File), "tests/data/project-v1.entente is missing");
}

void TestProjectMigration::fileIsVersion1()
{
    QFile f(v1File);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(100);
    auto be32 = [&](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16)
            | (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
    };
    QCOMPARE(be32(60), 1u); // user_version
    QCOMPARE(be32(68), quint32(Project::ApplicationId));
}

void TestProjectMigration::migratesToCurrent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.entente"));
    QVERIFY(QFile::copy(v1File, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Project p;
    QVERIFY2(p.open(path), qPrintable(p.errorString()));
    QCOMPARE(p.pragma(QStringLiteral("user_version")).toInt(), Project::SchemaVersion);
    // Data kept.
    QCOMPARE(p.articles().size(), 2);
    QCOMPARE(p.tagPath(2), QStringLiteral("places/countries"));
    const Annotation a = p.annotation(1);
    QCOMPARE(a.exact, QStringLiteral("العراق"));
    QCOMPARE(a.tagIds, QList<qint64>{2});
    QCOMPARE(p.article(QStringLiteral("mixed")).text.toUcs4().mid(a.start, a.end - a.start), a.exact.toUcs4());
    QVERIFY(!a.orphaned);
    // New tables work: the full-text index was built from the old articles.
    const SearchHitList hits = p.search(QStringLiteral("strateg*"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().articleId, QStringLiteral("plain"));
    QCOMPARE(p.search(QStringLiteral("العراق")).size(), 1);
    QVERIFY(p.tagArticle(QStringLiteral("plain"), 1));
    QVERIFY(p.addMeeting(MeetingRecord{}) != 0);
    QVERIFY(p.checkIntegrity());
    p.close();
    // Reopening does not migrate again.
    QVERIFY2(p.open(path), qPrintable(p.errorString()));
    QCOMPARE(p.articleTags(QStringLiteral("plain")), QList<qint64>{1});
}

void TestProjectMigration::listsReadFromIndexes_data()
{
    QTest::addColumn<bool>("migrated");
    QTest::newRow("migrated from version 1") << true;
    QTest::newRow("new project") << false;
}

// Version 5: the lists of 100,000 annotations and 10,000 articles are read from covering
// indexes (never through the rows and their texts), the orphans from a partial one.
void TestProjectMigration::listsReadFromIndexes()
{
    QFETCH(bool, migrated);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.entente"));
    {
        Project p;
        if (migrated) {
            QVERIFY(QFile::copy(v1File, path));
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QVERIFY2(p.open(path), qPrintable(p.errorString()));
        } else {
            QVERIFY2(p.create(path), qPrintable(p.errorString()));
        }
    }
    const auto plan = [&](const QString &sql) {
        QStringList steps;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
                    while (q.next())
                        steps << q.value(3).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
        return steps.join(QStringLiteral("; "));
    };
    const QString spans = plan(QStringLiteral("SELECT id, article_id, start_offset, end_offset FROM annotations"
                                              " WHERE (article_id, start_offset, end_offset, id) > ('a', 0, 0, 0)"
                                              " ORDER BY article_id, start_offset, end_offset, id LIMIT 100"));
    QVERIFY2(spans.contains(QStringLiteral("COVERING INDEX annotations_span")), qPrintable(spans));
    QVERIFY2(!spans.contains(QStringLiteral("TEMP B-TREE")), qPrintable(spans));
    const QString articles = plan(QStringLiteral("SELECT id, title, source, url, published, language, description, sha256"
                                                 " FROM articles ORDER BY published, id"));
    QVERIFY2(articles.contains(QStringLiteral("COVERING INDEX articles_summary")), qPrintable(articles));
    const QString orphans = plan(QStringLiteral("SELECT COUNT(*) FROM annotations WHERE orphaned <> 0"));
    QVERIFY2(orphans.contains(QStringLiteral("annotations_orphaned")), qPrintable(orphans));
}

void TestProjectMigration::readOnlyRefusesOldFormat()
{
    Project p;
    QVERIFY(!p.open(v1File, Project::OpenMode::ReadOnly));
    QVERIFY2(p.errorString().contains(QStringLiteral("older project format")), qPrintable(p.errorString()));
}

QTEST_GUILESS_MAIN(TestProjectMigration)
#include "tst_projectmigration.moc"

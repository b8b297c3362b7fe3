// Crash safety: a child `entente tag --repeat N` prints each annotation id once it is committed;
// the test kills it with SIGKILL mid-stream, reopens the project and finds every acknowledged
// id there and the database intact.
#include "io/corpusseeder.h"
#include "store/project.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killMidStream_data();
    void killMidStream();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QSet<qint64> m_acknowledged; // over all rounds
};

void TestCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(ENTENTE_EXECUTABLE)), ENTENTE_EXECUTABLE);
    m_path = m_dir.filePath(QStringLiteral("crash.entente"));
    QString error;
    QVERIFY2(CorpusSeeder::createProject(m_path, QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
}

void TestCrashSafety::killMidStream_data()
{
    QTest::addColumn<int>("killAfter"); // acknowledged ids to read before the kill
    QTest::newRow("early") << 3;
    QTest::newRow("later") << 40;
    QTest::newRow("again, after a recovered crash") << 15;
}

void TestCrashSafety::killMidStream()
{
    QFETCH(int, killAfter);
    QProcess child;
    child.setProgram(QStringLiteral(ENTENTE_EXECUTABLE));
    child.setArguments({QStringLiteral("tag"), m_path, QStringLiteral("--article"), QStringLiteral("rouhani-fuad-hussein-2021"),
                        QStringLiteral("--start"), QStringLiteral("10"), QStringLiteral("--end"), QStringLiteral("20"),
                        QStringLiteral("--tag"), QStringLiteral("crash/test"), QStringLiteral("--note"),
                        QStringLiteral("written by a process about to be killed"), QStringLiteral("--repeat"),
                        QStringLiteral("1000000")});
    child.start();
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    QByteArray output;
    int count = 0;
    QElapsedTimer timer;
    timer.start();
    while (count < killAfter && timer.elapsed() < 60000) {
        if (!child.waitForReadyRead(1000) && child.state() != QProcess::Running)
            break;
        output += child.readAllStandardOutput();
        count = int(output.count('\n'));
    }
    QVERIFY2(count >= killAfter, qPrintable(QString::fromUtf8(child.readAllStandardError())));
    child.kill(); // SIGKILL: no cleanup, the lock file stays behind
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    output += child.readAllStandardOutput();
    // Only complete lines are acknowledgements.
    const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
    QList<qint64> ids;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        bool ok = false;
        ids.append(line.toLongLong(&ok));
        QVERIFY2(ok, line.constData());
    }
    QVERIFY(ids.size() >= killAfter);
    qInfo("round acknowledged %lld ids before SIGKILL", qlonglong(ids.size()));
    m_acknowledged.unite(QSet<qint64>(ids.cbegin(), ids.cend()));

    QVERIFY(QFile::exists(m_path + QStringLiteral(".lock"))); // stale, left by the killed process
    Project project;
    QVERIFY2(project.open(m_path), qPrintable(project.errorString()));
    QString report;
    QVERIFY2(project.checkIntegrity(&report), qPrintable(report));
    const qint64 tag = project.tagIdForPath(QStringLiteral("crash/test"));
    QVERIFY(tag != 0);
    for (qint64 id : std::as_const(m_acknowledged)) {
        const Annotation a = project.annotation(id);
        QVERIFY2(!a.isNull(), qPrintable(QStringLiteral("acknowledged annotation %1 is missing").arg(id)));
        QCOMPARE(a.tagIds, QList<qint64>{tag});
        QCOMPARE(a.note, QStringLiteral("written by a process about to be killed"));
    }
    QVERIFY(!project.pragma(QStringLiteral("foreign_key_check")).isValid()); // no row: no violation
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

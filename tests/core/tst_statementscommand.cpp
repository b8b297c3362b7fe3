// `entente statements PROJECT`: a project without stored statements lists the statements a
// seeded project stores, dated the same way (by the project's meetings), and one with stored
// statements lists those. Runs the built executable, as a user would.
#include "io/corpusseeder.h"
#include "store/project.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestStatementsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unseededProjectIsDatedLikeASeededOne_data();
    void unseededProjectIsDatedLikeASeededOne();

private:
    static QStringList rows(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_seeded;
    QString m_unseeded;
};

QStringList TestStatementsCommand::rows(const QStringList &arguments)
{
    QProcess child;
    child.start(QStringLiteral(ENTENTE_EXECUTABLE), QStringList{u"statements"_s} + arguments);
    if (!child.waitForFinished(120000) || child.exitCode() != 0) {
        qWarning() << child.readAllStandardError();
        return {};
    }
    QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    // The order differs (stored statements come by article id, found ones by publication);
    // what is said, by whom and when must not.
    std::sort(lines.begin(), lines.end());
    return lines;
}

void TestStatementsCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(ENTENTE_EXECUTABLE)), ENTENTE_EXECUTABLE);
    m_seeded = m_dir.filePath(u"seeded.entente"_s);
    QString error;
    QVERIFY2(CorpusSeeder::createProject(m_seeded, QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
    // The same articles and meetings, no statements.
    m_unseeded = m_dir.filePath(u"unseeded.entente"_s);
    Project seeded;
    QVERIFY(seeded.open(m_seeded, Project::OpenMode::ReadOnly));
    QVERIFY(!seeded.statements().isEmpty());
    ProjectContents contents = seeded.contents();
    contents.statements.clear();
    Project unseeded;
    QVERIFY(unseeded.create(m_unseeded));
    QVERIFY2(unseeded.importContents(contents), qPrintable(unseeded.errorString()));
    QVERIFY(unseeded.statements().isEmpty());
}

void TestStatementsCommand::unseededProjectIsDatedLikeASeededOne_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("csv") << QStringList();
    QTest::newRow("one speaker") << QStringList{u"--speaker"_s, u"hassan-rouhani"_s};
    QTest::newRow("by office and date") << QStringList{u"--office"_s, u"President of Iraq"_s};
}

void TestStatementsCommand::unseededProjectIsDatedLikeASeededOne()
{
    QFETCH(QStringList, options);
    const QStringList seeded = rows(QStringList{m_seeded} + options);
    const QStringList unseeded = rows(QStringList{m_unseeded} + options);
    QVERIFY(seeded.size() > 1); // a header and statements
    QCOMPARE(unseeded, seeded);
    // Dated through the meetings: Rouhani's remarks at the 2021 meeting carry its date.
    if (options.isEmpty())
        QVERIFY(std::any_of(seeded.cbegin(), seeded.cend(), [](const QString &row) {
            return row.startsWith(u"rouhani-fuad-hussein-2021,"_s) && row.contains(u",2021-02-03?,"_s);
        }));
}

QTEST_GUILESS_MAIN(TestStatementsCommand)
#include "tst_statementscommand.moc"

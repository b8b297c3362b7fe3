// TimelineExport: RFC 4180 fields with formula neutralisation, the TimelineJS CSV against a
// golden file, and the plain meetings CSV of the bundled corpus.
#include "io/meetingsloader.h"
#include "fixtures.h"
#include "io/timelineexport.h"

#include <QFile>
#include <QLocale>
#include <QTest>

using namespace Entente;

class TestMeetingsExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Tehran") << QStringLiteral("Tehran");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("Tehran, Iran") << QStringLiteral("\"Tehran, Iran\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula =") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("formula +") << QStringLiteral("+98") << QStringLiteral("'+98");
        QTest::newRow("formula -") << QStringLiteral("-x") << QStringLiteral("'-x");
        QTest::newRow("formula @") << QStringLiteral("@SUM") << QStringLiteral("'@SUM");
        QTest::newRow("leading tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("leading CR") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
        QTest::newRow("formula and comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
        QTest::newRow("Arabic") << QStringLiteral("فؤاد حسين") << QStringLiteral("فؤاد حسين");
    }

    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(TimelineExport::csvField(value), expected);
    }

    void timelineJsGolden()
    {
        MeetingsLoader loader;
        QVERIFY2(loader.load(QStringLiteral(ENTENTE_TEST_DATA "/timeline-meetings.json")), qPrintable(loader.errorString()));
        const QByteArray csv = TimelineExport::toTimelineJsCsv(
            loader.meetings(), {{QStringLiteral("hassan-rouhani"), QStringLiteral("Hassan Rouhani")}});
        const QString goldenPath = QStringLiteral(ENTENTE_TEST_DATA "/timeline-meetings.timelinejs.csv");
        if (TestFixtures::regenerateGoldenFiles()) {
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(csv);
        }
        QFile golden(goldenPath);
        QVERIFY2(golden.open(QIODevice::ReadOnly), "missing golden file; run with ENTENTE_UPDATE_GOLDEN=1 once");
        QCOMPARE(QString::fromUtf8(csv), QString::fromUtf8(golden.readAll()));

        // Shape: header with the 18 TimelineJS columns, CRLF line ends.
        QVERIFY(csv.startsWith("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
                               "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
        QCOMPARE(TimelineExport::timelineJsColumns().size(), 18);
    }

    void headline()
    {
        Meeting m;
        m.kind = QStringLiteral("press meeting");
        m.participants = {QStringLiteral("mustafa-al-kadhimi")};
        m.others = {QStringLiteral("a group of Iranian journalists")};
        QCOMPARE(TimelineExport::headline(m), QStringLiteral("Press meeting: Mustafa al-Kadhimi, a group of Iranian journalists"));
        QCOMPARE(TimelineExport::headline(m, {{QStringLiteral("mustafa-al-kadhimi"), QStringLiteral("Mustafa Kadhimi")}}),
                 QStringLiteral("Press meeting: Mustafa Kadhimi, a group of Iranian journalists"));
    }

    void meetingsCsvOfCorpus()
    {
        MeetingsLoader loader;
        QVERIFY(loader.load(MeetingsLoader::meetingsFile(QStringLiteral(ENTENTE_TEST_CORPUS))));
        const QString csv = QString::fromUtf8(TimelineExport::toMeetingsCsv(loader.meetings()));
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), loader.meetings().size() + 2); // header, rows, empty after the last CRLF
        QVERIFY(lines.constFirst().startsWith(QStringLiteral("id,date,earliest,latest,precision,uncertain")));
        QVERIFY(csv.contains(QStringLiteral("rouhani-fuad-hussein-2021,2021-02-03?,2021-02-03,2021-02-03,day,true,false,Tehran,IR,")));
        QVERIFY(!csv.contains(QStringLiteral("\n,")) && !csv.contains(QStringLiteral("\r\r")));
    }
};

QTEST_GUILESS_MAIN(TestMeetingsExport)
#include "tst_meetingsexport.moc"

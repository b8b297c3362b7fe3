#include "import/metadatadate.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestMetadataDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestMetadataDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("edtf");    // empty: not a date
    QTest::addColumn<QString>("problem"); // when not a date
    QTest::newRow("EDTF day") << u"2021-03-12"_s << u"2021-03-12"_s << QString();
    QTest::newRow("EDTF month") << u"2021-03"_s << u"2021-03"_s << QString();
    QTest::newRow("ISO date-time keeps the written day") << u"2021-03-12T23:30:00-05:00"_s << u"2021-03-12"_s << QString();
    QTest::newRow("ISO with Z") << u"2023-04-29T08:00:00Z"_s << u"2023-04-29"_s << QString();
    QTest::newRow("compact") << u"20210312"_s << u"2021-03-12"_s << QString();
    QTest::newRow("RFC 822") << u"Sat, 06 Feb 2021 08:15:00 +0330"_s << u"2021-02-06"_s << QString();
    QTest::newRow("RFC 822 two-digit year") << u"Tue, 10 Jun 03 04:00:00 GMT"_s << u"2003-06-10"_s << QString();
    QTest::newRow("day month year") << u"12 March 2021"_s << u"2021-03-12"_s << QString();
    QTest::newRow("month day, year weekday") << u"March 12, 2021 Friday"_s << u"2021-03-12"_s << QString();
    QTest::newRow("weekday, month day, year") << u"Friday, March 12, 2021"_s << u"2021-03-12"_s << QString();
    QTest::newRow("ordinal and abbreviation") << u"12th Mar. 2021 10:30 AM EST"_s << u"2021-03-12"_s << QString();
    QTest::newRow("Sept") << u"Sept 1, 2020"_s << u"2020-09-01"_s << QString();
    QTest::newRow("month and year") << u"March 2021"_s << u"2021-03"_s << QString();
    QTest::newRow("year first numeric") << u"2021/03/12"_s << u"2021-03-12"_s << QString();
    QTest::newRow("day first, unambiguous") << u"31/12/2020"_s << u"2020-12-31"_s << QString();
    QTest::newRow("month first, unambiguous") << u"12/31/2020"_s << u"2020-12-31"_s << QString();
    QTest::newRow("same day and month") << u"05.05.2021"_s << u"2021-05-05"_s << QString();
    QTest::newRow("Arabic-Indic digits") << u"٢٠٢١-٠٣-١٢"_s << u"2021-03-12"_s << QString();
    QTest::newRow("Persian digits") << u"۲۰۲۳/۰۹/۱۳"_s << u"2023-09-13"_s << QString();
    QTest::newRow("ambiguous") << u"03/04/2021"_s << QString()
                               << u"is ambiguous: day and month could be either way round"_s;
    QTest::newRow("impossible") << u"31/31/2020"_s << QString() << u"is not a date"_s;
    QTest::newRow("30 February") << u"30 February 2021"_s << QString() << u"is not a day of the calendar"_s;
    QTest::newRow("words") << u"sometime in March"_s << QString() << u"is not a date"_s;
    QTest::newRow("no year") << u"March 12"_s << QString() << u"is not a date"_s;
    QTest::newRow("empty") << u"  "_s << QString() << u"is empty"_s;
}

void TestMetadataDate::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, edtf);
    QFETCH(QString, problem);
    QString why;
    const EdtfDate d = MetadataDate::parse(text, &why);
    QCOMPARE(d.isValid() ? d.toString() : QString(), edtf);
    QCOMPARE(why, problem);
}

QTEST_GUILESS_MAIN(TestMetadataDate)
#include "tst_metadatadate.moc"

#include "model/edtf.h"

#include <QTest>

using Entente::EdtfDate;
using P = EdtfDate::Precision;

class TestEdtf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void ordering();
    void display();
};

void TestEdtf::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<bool>("uncertain");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("day") << "2023-07-12" << int(P::Day) << QDate(2023, 7, 12) << QDate(2023, 7, 12) << false << false << "2023-07-12";
    QTest::newRow("month spans the month") << "2023-04" << int(P::Month) << QDate(2023, 4, 1) << QDate(2023, 4, 30) << false << false << "2023-04";
    QTest::newRow("february of a leap year") << "2020-02" << int(P::Month) << QDate(2020, 2, 1) << QDate(2020, 2, 29) << false << false << "2020-02";
    QTest::newRow("year spans the year") << "2021" << int(P::Year) << QDate(2021, 1, 1) << QDate(2021, 12, 31) << false << false << "2021";
    QTest::newRow("uncertain day") << "2020-03-08?" << int(P::Day) << QDate(2020, 3, 8) << QDate(2020, 3, 8) << true << false << "2020-03-08?";
    QTest::newRow("approximate month") << "2021-06~" << int(P::Month) << QDate(2021, 6, 1) << QDate(2021, 6, 30) << false << true << "2021-06~";
    QTest::newRow("both qualifiers") << "2021%" << int(P::Year) << QDate(2021, 1, 1) << QDate(2021, 12, 31) << true << true << "2021%";
    QTest::newRow("spring season") << "2021-21" << int(P::Season) << QDate(2021, 3, 1) << QDate(2021, 5, 31) << false << false << "2021-21";
    QTest::newRow("winter crosses the year") << "2021-24" << int(P::Season) << QDate(2021, 12, 1) << QDate(2022, 2, 28) << false << false << "2021-24";
    QTest::newRow("surrounding spaces ignored") << "  2022-10-13 " << int(P::Day) << QDate(2022, 10, 13) << QDate(2022, 10, 13) << false << false << "2022-10-13";
}

void TestEdtf::parse()
{
    QFETCH(QString, text);
    QFETCH(int, precision);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    QFETCH(bool, uncertain);
    QFETCH(bool, approximate);
    QFETCH(QString, canonical);
    QString error;
    const EdtfDate d = EdtfDate::parse(text, &error);
    QVERIFY2(d.isValid(), qPrintable(error));
    QCOMPARE(int(d.precision()), precision);
    QCOMPARE(d.earliest(), earliest);
    QCOMPARE(d.latest(), latest);
    QCOMPARE(d.isUncertain(), uncertain);
    QCOMPARE(d.isApproximate(), approximate);
    QCOMPARE(d.toString(), canonical);
    QCOMPARE(EdtfDate::parse(d.toString()), d);
}

void TestEdtf::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "" << "empty date";
    QTest::newRow("month 13") << "2021-13" << "no month 13";
    QTest::newRow("february 30") << "2021-02-30" << "not a day of the calendar";
    QTest::newRow("two-digit year") << "21-02-03" << "not an EDTF date";
    QTest::newRow("slashes") << "2021/02/03" << "not an EDTF date";
    QTest::newRow("words") << "Feb 6, 2021" << "not an EDTF date";
    QTest::newRow("day in a season") << "2021-21-03" << "day within a season";
}

void TestEdtf::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    const EdtfDate d = EdtfDate::parse(text, &error);
    QVERIFY(!d.isValid());
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestEdtf::ordering()
{
    const EdtfDate month = EdtfDate::parse(u"2023-04");
    const EdtfDate day = EdtfDate::parse(u"2023-04-01");
    const EdtfDate year = EdtfDate::parse(u"2023");
    QVERIFY(year < month);   // both start on 1 January / 1 April; year starts earlier
    QVERIFY(day < month);    // same start, shorter span first
    QVERIFY(!(month < day));
    QVERIFY(month.covers(QDate(2023, 4, 29)));
    QVERIFY(!month.covers(QDate(2023, 5, 1)));
}

void TestEdtf::display()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(EdtfDate::parse(u"2023-07-12").toDisplayString(), QStringLiteral("12 July 2023"));
    QCOMPARE(EdtfDate::parse(u"2023-04").toDisplayString(), QStringLiteral("April 2023"));
    QCOMPARE(EdtfDate::parse(u"2020-03-08?").toDisplayString(), QStringLiteral("8 March 2020 (uncertain)"));
    QCOMPARE(EdtfDate::parse(u"2021~").toDisplayString(), QStringLiteral("c. 2021"));
}

QTEST_GUILESS_MAIN(TestEdtf)
#include "tst_edtf.moc"

#include "text/datephrases.h"

#include <QElapsedTimer>
#include <QTest>

using Entente::DatePhrase;
using Entente::DatePhraseOptions;
using Entente::DatePhrases;
using Cal = DatePhrase::Calendar;

class TestDatePhrases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void first_data();
    void first();
    void none_data();
    void none();
    void spansAreCodePoints();
    void severalDates();
    void numericOrderOption();
    void hijriBesideGregorian();
    void linearOnLongText();
};

void TestDatePhrases::first_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<int>("calendar");
    QTest::addColumn<QString>("evidence");
    const int G = int(Cal::Gregorian), S = int(Cal::SolarHijri), H = int(Cal::Hijri);
    // English
    QTest::newRow("day month year") << "Published 13 September 2023 at 10:00" << "" << "2023-09-13" << G << "13 September 2023";
    QTest::newRow("month day, year") << "Updated: September 13, 2023" << "" << "2023-09-13" << G << "September 13, 2023";
    QTest::newRow("abbreviated with dot") << "Sept. 13, 2023" << "" << "2023-09-13" << G << "Sept. 13, 2023";
    QTest::newRow("ordinal") << "on the 13th of September 2023" << "" << "2023-09-13" << G << "13th of September 2023";
    QTest::newRow("ordinal month first") << "Sep 13th 2023" << "" << "2023-09-13" << G << "Sep 13th 2023";
    QTest::newRow("weekday") << "Wednesday, 13 September 2023" << "" << "2023-09-13" << G << "Wednesday, 13 September 2023";
    QTest::newRow("wrong weekday: uncertain") << "Tuesday, 13 September 2023" << "" << "2023-09-13?" << G << "Tuesday, 13 September 2023";
    QTest::newRow("dashed") << "13-Sep-2023" << "" << "2023-09-13" << G << "13-Sep-2023";
    QTest::newRow("month precision") << "In September 2023 the talks" << "" << "2023-09" << G << "September 2023";
    QTest::newRow("upper case") << "13 SEPTEMBER 2023" << "" << "2023-09-13" << G << "13 SEPTEMBER 2023";
    // numeric
    QTest::newRow("iso") << "posted 2023-09-13T08:00" << "" << "2023-09-13" << G << "2023-09-13";
    QTest::newRow("slashes year first") << "2023/9/13" << "" << "2023-09-13" << G << "2023/9/13";
    QTest::newRow("day first unambiguous") << "13/09/2023" << "" << "2023-09-13" << G << "13/09/2023";
    QTest::newRow("month first unambiguous") << "09/13/2023" << "" << "2023-09-13" << G << "09/13/2023";
    QTest::newRow("dots") << "13.09.2023" << "" << "2023-09-13" << G << "13.09.2023";
    QTest::newRow("same day and month") << "05/05/2023" << "" << "2023-05-05" << G << "05/05/2023";
    // Arabic
    QTest::newRow("arabic egyptian") << QString::fromUtf16(u"نشر في 13 سبتمبر 2023") << "ar" << "2023-09-13" << G << QString::fromUtf16(u"13 سبتمبر 2023");
    QTest::newRow("arabic levantine pair") << QString::fromUtf16(u"الأربعاء 13 أيلول/سبتمبر 2023") << "ar" << "2023-09-13" << G << QString::fromUtf16(u"الأربعاء 13 أيلول/سبتمبر 2023");
    QTest::newRow("arabic two-word month") << QString::fromUtf16(u"٦ كانون الثاني ٢٠٢١") << "ar" << "2021-01-06" << G << QString::fromUtf16(u"٦ كانون الثاني ٢٠٢١");
    QTest::newRow("arabic parenthesised pair") << QString::fromUtf16(u"٣ تشرين الأول (أكتوبر) ٢٠٢٢") << "" << "2022-10-03" << G << QString::fromUtf16(u"٣ تشرين الأول (أكتوبر) ٢٠٢٢");
    QTest::newRow("arabic suffix m") << QString::fromUtf16(u"13 سبتمبر 2023م") << "" << "2023-09-13" << G << QString::fromUtf16(u"13 سبتمبر 2023م");
    QTest::newRow("maghrebi") << QString::fromUtf16(u"13 جويلية 2023") << "" << "2023-07-13" << G << QString::fromUtf16(u"13 جويلية 2023");
    // Hijri: uncertain
    QTest::newRow("hijri") << QString::fromUtf16(u"28 صفر 1445 هـ") << "ar" << "2023-09-14?" << H << QString::fromUtf16(u"28 صفر 1445 هـ");
    QTest::newRow("hijri weekday picks the neighbour") << QString::fromUtf16(u"الأربعاء 28 صفر 1445 هـ") << "ar" << "2023-09-13?" << H << QString::fromUtf16(u"الأربعاء 28 صفر 1445 هـ");
    // Eid al-Adha 1444 was 28 June 2023 by sighting; the civil calendar says the 29th: hence "?".
    QTest::newRow("hijri two-word month") << QString::fromUtf16(u"١٠ ذو الحجة ١٤٤٤") << "ar" << "2023-06-29?" << H << QString::fromUtf16(u"١٠ ذو الحجة ١٤٤٤");
    QTest::newRow("hijri persian spelling") << QString::fromUtf16(u"۱۰ ذی‌الحجه ۱۴۴۴ ه.ق") << "fa" << "2023-06-29?" << H << QString::fromUtf16(u"۱۰ ذی‌الحجه ۱۴۴۴ ه.ق");
    QTest::newRow("hijri numeric with suffix") << QString::fromUtf16(u"1445/02/28هـ") << "" << "2023-09-14?" << H << QString::fromUtf16(u"1445/02/28هـ");
    QTest::newRow("hijri numeric in arabic text") << QString::fromUtf16(u"بتاريخ 28/2/1445") << "ar" << "2023-09-14?" << H << QString::fromUtf16(u"28/2/1445");
    QTest::newRow("hijri month precision") << QString::fromUtf16(u"في رمضان 1444") << "ar" << "2023?" << H << QString::fromUtf16(u"رمضان 1444");
    // Persian
    QTest::newRow("solar hijri") << QString::fromUtf16(u"۲۲ شهریور ۱۴۰۲") << "" << "2023-09-13" << S << QString::fromUtf16(u"۲۲ شهریور ۱۴۰۲");
    QTest::newRow("solar hijri weekday zwnj") << QString::fromUtf16(u"سه‌شنبه ۲۱ شهریور ۱۴۰۲ - ۱۰:۳۰") << "fa" << "2023-09-12" << S << QString::fromUtf16(u"سه‌شنبه ۲۱ شهریور ۱۴۰۲");
    QTest::newRow("solar hijri weekday space") << QString::fromUtf16(u"سه شنبه ۲۱ شهریور ۱۴۰۲") << "fa" << "2023-09-12" << S << QString::fromUtf16(u"سه شنبه ۲۱ شهریور ۱۴۰۲");
    QTest::newRow("solar hijri mah") << QString::fromUtf16(u"۱ فروردین ماه ۱۴۰۰") << "" << "2021-03-21" << S << QString::fromUtf16(u"۱ فروردین ماه ۱۴۰۰");
    QTest::newRow("solar numeric with persian context") << "1402/06/22" << "fa" << "2023-09-13" << S << "1402/06/22";
    QTest::newRow("solar numeric persian digits") << QString::fromUtf16(u"تاریخ: ۱۴۰۲/۰۶/۲۲") << "" << "2023-09-13" << S << QString::fromUtf16(u"۱۴۰۲/۰۶/۲۲");
    QTest::newRow("solar suffix") << QString::fromUtf16(u"۲۲ شهریور ۱۴۰۲ ه.ش") << "" << "2023-09-13" << S << QString::fromUtf16(u"۲۲ شهریور ۱۴۰۲ ه.ش");
    QTest::newRow("solar month precision in one year") << QString::fromUtf16(u"شهریور ۱۴۰۲") << "" << "2023" << S << QString::fromUtf16(u"شهریور ۱۴۰۲");
    QTest::newRow("persian gregorian month") << QString::fromUtf16(u"۱۳ سپتامبر ۲۰۲۳") << "" << "2023-09-13" << G << QString::fromUtf16(u"۱۳ سپتامبر ۲۰۲۳");
    QTest::newRow("persian may with day and year") << QString::fromUtf16(u"۲۲ مه ۲۰۲۳") << "" << "2023-05-22" << G << QString::fromUtf16(u"۲۲ مه ۲۰۲۳");
}

void TestDatePhrases::first()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, edtf);
    QFETCH(int, calendar);
    QFETCH(QString, evidence);
    DatePhraseOptions options;
    options.language = language;
    const DatePhrase p = DatePhrases::first(text, options);
    QVERIFY2(p.date.isValid(), qPrintable(text));
    QCOMPARE(p.date.toString(), edtf);
    QCOMPARE(int(p.calendar), calendar);
    QCOMPARE(p.evidence, evidence);
    QCOMPARE(text.mid(p.start, p.end - p.start), evidence); // no astral characters here
}

void TestDatePhrases::none_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("no year") << "on 13 September the talks" << "";
    QTest::newRow("ambiguous numeric") << "05/06/2023" << "";
    QTest::newRow("lower-case may") << "it may 2023 be" << "";
    QTest::newRow("invalid day") << "31 February 2023" << "";
    QTest::newRow("invalid solar day") << QString::fromUtf16(u"۳۱ اسفند ۱۴۰۱") << "";
    QTest::newRow("old year without calendar") << "1402/06/22" << "";
    QTest::newRow("version number") << "release 1.2.2023.4" << "";
    QTest::newRow("phone-like run") << "12/05/2023/7" << "";
    QTest::newRow("contradicting suffix") << QString::fromUtf16(u"13 سبتمبر 1445 هـ") << "ar";
    QTest::newRow("year out of range") << "13 September 2523" << "";
    QTest::newRow("solar month across two years") << QString::fromUtf16(u"دی ۱۴۰۲") << "fa";
    QTest::newRow("empty") << "" << "";
}

void TestDatePhrases::none()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    DatePhraseOptions options;
    options.language = language;
    const DatePhrase p = DatePhrases::first(text, options);
    QVERIFY2(!p.date.isValid(), qPrintable(p.evidence + QStringLiteral(" -> ") + p.date.toString()));
}

void TestDatePhrases::spansAreCodePoints()
{
    // An emoji (two UTF-16 units, one code point) before the date.
    const QString text = QString::fromUtf16(u"\U0001F4C5 13 September 2023");
    const DatePhrase p = DatePhrases::first(text);
    QCOMPARE(p.start, 2);
    QCOMPARE(p.end, 19);
    QCOMPARE(p.evidence, QStringLiteral("13 September 2023"));
}

void TestDatePhrases::severalDates()
{
    const QString text = QString::fromUtf16(u"Talks on 2 March 2021 followed a visit in January 2021 and ۲۲ شهریور ۱۴۰۲.");
    const auto all = DatePhrases::find(text);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).date.toString(), QStringLiteral("2021-03-02"));
    QCOMPARE(all.at(1).date.toString(), QStringLiteral("2021-01"));
    QCOMPARE(all.at(2).date.toString(), QStringLiteral("2023-09-13"));
    QCOMPARE(DatePhrases::calendarName(all.at(2).calendar), QStringLiteral("solar-hijri"));
    DatePhraseOptions two;
    two.maxResults = 2;
    QCOMPARE(DatePhrases::find(text, two).size(), 2);
}

void TestDatePhrases::numericOrderOption()
{
    DatePhraseOptions options;
    options.numericOrder = DatePhraseOptions::Order::DayFirst;
    QCOMPARE(DatePhrases::first(QStringLiteral("05/06/2023"), options).date.toString(), QStringLiteral("2023-06-05"));
    options.numericOrder = DatePhraseOptions::Order::MonthFirst;
    QCOMPARE(DatePhrases::first(QStringLiteral("05/06/2023"), options).date.toString(), QStringLiteral("2023-05-06"));
    // The order never overrides what the numbers say.
    QCOMPARE(DatePhrases::first(QStringLiteral("13/09/2023"), options).date.toString(), QStringLiteral("2023-09-13"));
}

void TestDatePhrases::hijriBesideGregorian()
{
    const QString text = QString::fromUtf16(u"الأربعاء 28 صفر 1445 هـ الموافق 13 سبتمبر 2023 م");
    const auto all = DatePhrases::find(text);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).calendar, Cal::Hijri);
    QCOMPARE(all.at(0).date.toString(), QStringLiteral("2023-09-13?"));
    QCOMPARE(all.at(1).calendar, Cal::Gregorian);
    QCOMPARE(all.at(1).date.toString(), QStringLiteral("2023-09-13"));
    QCOMPARE(all.at(1).evidence, QString::fromUtf16(u"13 سبتمبر 2023 م"));
}

void TestDatePhrases::linearOnLongText()
{
    QString text;
    while (text.size() < 2'000'000)
        text += QStringLiteral("The 12 ministers met on 3 May and again, 2023 talks / 14. ");
    text += QStringLiteral("Finally 13 September 2023.");
    QElapsedTimer t;
    t.start();
    const auto all = DatePhrases::find(text);
    QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().date.toString(), QStringLiteral("2023-09-13"));
}

QTEST_GUILESS_MAIN(TestDatePhrases)
#include "tst_datephrases.moc"

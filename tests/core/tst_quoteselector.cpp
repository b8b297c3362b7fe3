// QuoteSelector: making a W3C TextQuoteSelector from a code-point span and finding it again
// after the text changed, over emoji, Arabic, combining marks, moved and vanished quotes.
#include "text/quoteselector.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestQuoteSelector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromSpan_data();
    void fromSpan();
    void anchorIn_data();
    void anchorIn();
    void commonAffixes();
};

void TestQuoteSelector::fromSpan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("plain") << u"one two three"_s << qsizetype(4) << qsizetype(7) << u"two"_s << u"one "_s << u" three"_s;
    // 😀 is one code point (two UTF-16 units): offsets count it once.
    QTest::newRow("emoji") << u"a😀b😀c"_s << qsizetype(2) << qsizetype(3) << u"b"_s << u"a😀"_s << u"😀c"_s;
    QTest::newRow("emoji inside") << u"x😀y"_s << qsizetype(1) << qsizetype(2) << u"😀"_s << u"x"_s << u"y"_s;
    QTest::newRow("arabic") << u"قال الرئيس العراقي"_s << qsizetype(4) << qsizetype(10) << u"الرئيس"_s << u"قال "_s
                            << u" العراقي"_s;
    // e + U+0301 COMBINING ACUTE ACCENT: two code points, each its own position.
    QTest::newRow("combining mark") << u"cafe\u0301 noir"_s << qsizetype(0) << qsizetype(5) << u"cafe\u0301"_s << QString()
                                    << u" noir"_s;
    QTest::newRow("context is capped")
        << QString(40, u'a') + u"X"_s + QString(40, u'b') << qsizetype(40) << qsizetype(41) << u"X"_s
        << QString(QuoteSelector::Context, u'a') << QString(QuoteSelector::Context, u'b');
    QTest::newRow("clamped") << u"abc"_s << qsizetype(-5) << qsizetype(99) << u"abc"_s << QString() << QString();
}

void TestQuoteSelector::fromSpan()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(QString, exact);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    const QuoteSelector s = QuoteSelector::fromSpan(text, start, end);
    QCOMPARE(s.exact, exact);
    QCOMPARE(s.prefix, prefix);
    QCOMPARE(s.suffix, suffix);
}

void TestQuoteSelector::anchorIn_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<QString>("after");
    QTest::addColumn<qsizetype>("newStart"); // -1: not found

    QTest::newRow("unchanged") << u"the minister said"_s << qsizetype(4) << qsizetype(12) << u"the minister said"_s
                               << qsizetype(4);
    QTest::newRow("text inserted before, with an emoji")
        << u"the minister said"_s << qsizetype(4) << qsizetype(12) << u"NEW 😀\nthe minister said"_s << qsizetype(10);
    QTest::newRow("moved to the end")
        << u"alpha beta gamma"_s << qsizetype(6) << qsizetype(10) << u"alpha gamma. beta"_s << qsizetype(13);
    QTest::newRow("arabic, text inserted")
        << u"قال الرئيس العراقي"_s << qsizetype(4) << qsizetype(10) << u"أمس قال الرئيس العراقي"_s << qsizetype(8);
    QTest::newRow("combining mark kept apart")
        << u"cafe\u0301 and cafe"_s << qsizetype(0) << qsizetype(5) << u"cafe and cafe\u0301"_s << qsizetype(9);
    // Two occurrences: the context decides, not the order.
    QTest::newRow("context picks the second")
        << u"Iran said no. Iraq said yes."_s << qsizetype(19) << qsizetype(23)
        << u"Iraq said yes. Iran said no."_s << qsizetype(5);
    QTest::newRow("best context wins")
        << u"x said x said x said"_s << qsizetype(9) << qsizetype(13) << u"x said x said x said"_s << qsizetype(9);
    QTest::newRow("equal context: nearest to the old place")
        << u"xxxxxxxxxx 11 said 22"_s << qsizetype(14) << qsizetype(18) << u"aa said bb said cc"_s << qsizetype(11);
    QTest::newRow("not found") << u"fraternal ties"_s << qsizetype(0) << qsizetype(9) << u"brotherly ties"_s << qsizetype(-1);
    QTest::newRow("empty text") << u"abc"_s << qsizetype(0) << qsizetype(3) << QString() << qsizetype(-1);
}

void TestQuoteSelector::anchorIn()
{
    QFETCH(QString, before);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(QString, after);
    QFETCH(qsizetype, newStart);
    const QuoteSelector s = QuoteSelector::fromSpan(before, start, end);
    const std::optional<TextSpan> span = s.anchorIn(after, start);
    if (newStart < 0) {
        QVERIFY(!span);
        return;
    }
    QVERIFY(span);
    QCOMPARE(span->start, newStart);
    QCOMPARE(span->length(), end - start);
    QCOMPARE(QuoteSelector::slice(after.toUcs4(), span->start, span->end), s.exact);
}

void TestQuoteSelector::commonAffixes()
{
    const QList<uint> a = u"prefix-😀-end"_s.toUcs4();
    const QList<uint> b = u"prefix-🙂-end"_s.toUcs4();
    QCOMPARE(QuoteSelector::commonPrefix(a, b), qsizetype(7));
    QCOMPARE(QuoteSelector::commonSuffix(a, b), qsizetype(4));
    QCOMPARE(QuoteSelector::commonPrefix(a, {}), qsizetype(0));
    QCOMPARE(QuoteSelector::commonSuffix(a, a), a.size());
    QVERIFY(!QuoteSelector{}.anchorIn(u"anything"_s)); // an empty quote is never anchored
}

QTEST_GUILESS_MAIN(TestQuoteSelector)
#include "tst_quoteselector.moc"

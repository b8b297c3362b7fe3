#include "text/normalize.h"
#include "text/offsetmap.h"

#include <QTest>

using namespace Entente;

class TestOffsetMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void insideSurrogatePair();
    void clamps();
    void normalize_data();
    void normalize();
};

void TestOffsetMap::roundTrip_data()
{
    // text; code-point offset; expected UTF-16 offset
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("cp");
    QTest::addColumn<qsizetype>("utf16");
    const QString emoji = QStringLiteral("a\U0001F600b\U0001F1EE\U0001F1F7c"); // a😀b🇮🇷c
    QTest::newRow("ascii is identity") << QStringLiteral("hello") << qsizetype(3) << qsizetype(3);
    QTest::newRow("before the emoji") << emoji << qsizetype(1) << qsizetype(1);
    QTest::newRow("after the emoji") << emoji << qsizetype(2) << qsizetype(3);
    QTest::newRow("between two flag halves") << emoji << qsizetype(4) << qsizetype(6);
    QTest::newRow("after the flag") << emoji << qsizetype(5) << qsizetype(8);
    QTest::newRow("end of text") << emoji << qsizetype(6) << qsizetype(9);
    // Combining marks are code points of their own (as in Python): no special casing.
    const QString combining = QStringLiteral("e\u0301x");
    QTest::newRow("combining mark counts") << combining << qsizetype(2) << qsizetype(2);
    // Arabic is in the BMP: one unit per code point, including ZWNJ.
    const QString persian = QStringLiteral("علی خامنه\u200Cای");
    QTest::newRow("persian with zwnj") << persian << qsizetype(10) << qsizetype(10);
    QTest::newRow("arabic then emoji") << QStringLiteral("سلام \U0001F600 بغداد") << qsizetype(7) << qsizetype(8);
}

void TestOffsetMap::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, cp);
    QFETCH(qsizetype, utf16);
    const OffsetMap map(text);
    QCOMPARE(map.toUtf16(cp), utf16);
    QCOMPARE(map.toCodePoint(utf16), cp);
    QCOMPARE(map.codePointLength(), qsizetype(text.toUcs4().size()));
}

void TestOffsetMap::insideSurrogatePair()
{
    const OffsetMap map(QStringLiteral("a\U0001F600b"));
    QCOMPARE(map.toCodePoint(2), qsizetype(1)); // the low surrogate belongs to code point 1
    QCOMPARE(map.toCodePoint(3), qsizetype(2));
}

void TestOffsetMap::clamps()
{
    const OffsetMap map(QStringLiteral("x\U0001F600"));
    QCOMPARE(map.toUtf16(-5), qsizetype(0));
    QCOMPARE(map.toUtf16(99), qsizetype(3));
    QCOMPARE(map.toCodePoint(99), qsizetype(2));
}

void TestOffsetMap::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("a\nb");
    QTest::newRow("lone cr") << QStringLiteral("a\rb") << QStringLiteral("a\nb");
    QTest::newRow("bom dropped") << QStringLiteral("\uFEFFa") << QStringLiteral("a");
    QTest::newRow("nfd to nfc") << QStringLiteral("cafe\u0301") << QStringLiteral("caf\u00e9");
    QTest::newRow("arabic hamza composes") << QStringLiteral("\u0627\u0654") << QStringLiteral("\u0623");
    QTest::newRow("zwnj kept") << QStringLiteral("خامنه\u200Cای") << QStringLiteral("خامنه\u200Cای");
    QTest::newRow("residue kept") << QStringLiteral("Back to top button") << QStringLiteral("Back to top button");
}

void TestOffsetMap::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizeText(input), expected);
}

QTEST_GUILESS_MAIN(TestOffsetMap)
#include "tst_offsetmap.moc"

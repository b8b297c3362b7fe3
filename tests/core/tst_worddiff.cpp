#include "text/worddiff.h"

#include <QTest>

using namespace Entente;

namespace {

// The tokens of one side as "word" for shared and "[word]" for differing ones.
QString render(const QString &text, const QList<WordDiff::Token> &tokens)
{
    const QList<uint> cps = text.toUcs4();
    QStringList out;
    for (const WordDiff::Token &t : tokens) {
        const QString word = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + t.start,
                                               t.end - t.start);
        out.append(t.shared ? word : u'[' + word + u']');
    }
    return out.join(u' ');
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diff_data();
    void diff();
    void offsetsAreCodePoints();
    void similarity_data();
    void similarity();
};

void TestWordDiff::diff_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("leftMarked");
    QTest::addColumn<QString>("rightMarked");
    QTest::addColumn<int>("shared");

    QTest::newRow("identical") << QStringLiteral("Relations are strong.") << QStringLiteral("Relations are strong.")
                               << QStringLiteral("Relations are strong") << QStringLiteral("Relations are strong") << 3;
    QTest::newRow("one word changed")
        << QStringLiteral("Our relations are strong") << QStringLiteral("Our relations are at their best")
        << QStringLiteral("Our relations are [strong]") << QStringLiteral("Our relations are [at] [their] [best]") << 3;
    QTest::newRow("case and punctuation are folded")
        << QStringLiteral("IRAN, and Iraq!") << QStringLiteral("Iran and iraq")
        << QStringLiteral("IRAN and Iraq") << QStringLiteral("Iran and iraq") << 3;
    QTest::newRow("typographic apostrophe equals straight")
        << QStringLiteral("Iraq’s sovereignty") << QStringLiteral("Iraq's sovereignty")
        << QStringLiteral("Iraq’s sovereignty") << QStringLiteral("Iraq's sovereignty") << 2;
    QTest::newRow("possessive shares the word")
        << QStringLiteral("the Iranian people") << QStringLiteral("the Iranian people’s support")
        << QStringLiteral("the Iranian people") << QStringLiteral("the Iranian people’s [support]") << 3;
    QTest::newRow("diacritics are folded")
        << QStringLiteral("vis-à-vis Baghdad") << QStringLiteral("vis-a-vis Baghdad")
        << QStringLiteral("vis-à-vis Baghdad") << QStringLiteral("vis-a-vis Baghdad") << 2;
    QTest::newRow("order matters (LCS, not a bag of words)")
        << QStringLiteral("Iran supports Iraq") << QStringLiteral("supports Iraq Iran")
        << QStringLiteral("[Iran] supports Iraq") << QStringLiteral("supports Iraq [Iran]") << 2;
    QTest::newRow("nothing in common") << QStringLiteral("alpha beta") << QStringLiteral("gamma")
                                       << QStringLiteral("[alpha] [beta]") << QStringLiteral("[gamma]") << 0;
    QTest::newRow("one side empty") << QString() << QStringLiteral("gamma") << QString()
                                    << QStringLiteral("[gamma]") << 0;
    QTest::newRow("arabic script")
        << QStringLiteral("العلاقات مع إيران قوية") << QStringLiteral("العلاقات مع العراق قوية")
        << QStringLiteral("العلاقات مع [إيران] قوية") << QStringLiteral("العلاقات مع [العراق] قوية") << 3;
    QTest::newRow("persian with zwnj stays one word")
        << QStringLiteral("روابط می\u200Cشود") << QStringLiteral("روابط می\u200Cشود")
        << QStringLiteral("روابط می\u200Cشود") << QStringLiteral("روابط می\u200Cشود") << 2;
}

void TestWordDiff::diff()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, leftMarked);
    QFETCH(QString, rightMarked);
    QFETCH(int, shared);

    const WordDiff d(left, right);
    QCOMPARE(render(left, d.left()), leftMarked);
    QCOMPARE(render(right, d.right()), rightMarked);
    QCOMPARE(d.sharedCount(), qsizetype(shared));
}

void TestWordDiff::offsetsAreCodePoints()
{
    const QString text = QStringLiteral("\U0001F600 peace now");
    const QList<WordDiff::Token> tokens = WordDiff::tokenize(text);
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens.at(0).start, qsizetype(2)); // the emoji is one code point, then a space
    QCOMPARE(tokens.at(0).end, qsizetype(7));
    QCOMPARE(tokens.at(1).start, qsizetype(8));
    QCOMPARE(tokens.at(1).folded, QStringLiteral("now"));
}

void TestWordDiff::similarity_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<double>("similarity");
    QTest::newRow("same") << QStringLiteral("a b c") << QStringLiteral("a b c") << 1.0;
    QTest::newRow("half") << QStringLiteral("a b") << QStringLiteral("a c") << 0.5;
    QTest::newRow("none") << QStringLiteral("a") << QStringLiteral("b") << 0.0;
    QTest::newRow("both empty") << QString() << QString() << 1.0;
}

void TestWordDiff::similarity()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(double, similarity);
    QCOMPARE(WordDiff(left, right).similarity(), similarity);
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"

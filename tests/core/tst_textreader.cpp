// TextReader: plain text and Markdown files, their titles, the Markdown marks that go and
// the words that stay, and the refusals (bad encoding, no text).

#include "import/textreader.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestTextReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesFilesByExtension();
    void plainText();
    void markdown_data();
    void markdown();
    void refusals_data();
    void refusals();
};

void TestTextReader::choosesFilesByExtension()
{
    TextReader reader;
    QVERIFY(reader.canRead(u"a.txt"_s, "x"));
    QVERIFY(reader.canRead(u"a.MD"_s, "x"));
    QVERIFY(reader.canRead(u"a.markdown"_s, "x"));
    QVERIFY(!reader.canRead(u"a.html"_s, "<html>"));
    QVERIFY(!reader.canRead(u"a"_s, "x"));
}

void TestTextReader::plainText()
{
    TextReader reader;
    ImportedArticleList articles;
    QString error;
    const QByteArray bytes = "\xef\xbb\xbf  Iraq and Iran sign gas deal  \r\n\r\n\r\n\r\nBAGHDAD, 6 February 2021 - The two ministers met and discussed the payment of the gas debts and the border.\r\n";
    QVERIFY2(reader.read(u"/tmp/gas.txt"_s, bytes, &articles, &error), qPrintable(error));
    QCOMPARE(articles.size(), 1);
    const ImportedArticle &a = articles.first();
    QCOMPARE(a.format, u"text"_s);
    QCOMPARE(a.title, u"Iraq and Iran sign gas deal"_s);
    // The first line stays in a plain text (it may be the text's own first sentence).
    QCOMPARE(a.text, u"Iraq and Iran sign gas deal\n\nBAGHDAD, 6 February 2021 - The two ministers met and discussed the payment of the gas debts and the border.\n"_s);
    QCOMPARE(a.published.toString(), u"2021-02-06"_s);
    QCOMPARE(a.language, u"en"_s);
}

void TestTextReader::markdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::newRow("atx title") << u"# Talks in *Baghdad*\n\nThe **two** ministers met.\n"_s << u"Talks in Baghdad"_s
                               << u"The two ministers met.\n"_s;
    QTest::newRow("setext title") << u"Talks resume\n============\n\nThey met.\n"_s << u"Talks resume"_s
                                  << u"Talks resume\n\nThey met.\n"_s;
    QTest::newRow("links and images") << u"# T\n\nSee [the statement](https://example.org/s) ![map](map.png) now.\n"_s
                                      << u"T"_s << u"See the statement  now.\n"_s;
    QTest::newRow("lists, quotes, subheadings")
        << u"# T\n\n## Background\n\n- first point\n- `second` point\n\n> a quoted line\n"_s << u"T"_s
        << u"Background\n\n- first point\n- second point\n\na quoted line\n"_s;
    QTest::newRow("no heading") << u"Just a line about water.\n\nAnother.\n"_s << u"Just a line about water."_s
                                << u"Just a line about water.\n\nAnother.\n"_s;
    QTest::newRow("comments and rules") << u"# T\n\n<!-- draft -->One.\n\n---\n\nTwo.\n"_s << u"T"_s << u"One.\n\nTwo.\n"_s;
    QTest::newRow("persian") << u"# دیدار وزیران\n\nوزیر امور خارجه **ایران** به بغداد رفت.\n"_s << u"دیدار وزیران"_s
                             << u"وزیر امور خارجه ایران به بغداد رفت.\n"_s;
}

void TestTextReader::markdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, title);
    QFETCH(QString, text);
    TextReader reader;
    ImportedArticleList articles;
    QString error;
    QVERIFY2(reader.read(u"note.md"_s, markdown.toUtf8(), &articles, &error), qPrintable(error));
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles.first().format, u"markdown"_s);
    QCOMPARE(articles.first().title, title);
    QCOMPARE(articles.first().text, text);
}

void TestTextReader::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("invalid UTF-8") << QByteArray("ok\nCaf\xe9\n") << u"note.txt: "_s;
    QTest::newRow("binary") << QByteArray("ab\0cd", 5) << u"NUL"_s;
    QTest::newRow("blank") << QByteArray(" \n\t\n") << u"no text"_s;
}

void TestTextReader::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    TextReader reader;
    ImportedArticleList articles;
    QString error;
    QVERIFY(!reader.read(u"/x/note.txt"_s, bytes, &articles, &error));
    QVERIFY(articles.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTextReader)
#include "tst_textreader.moc"

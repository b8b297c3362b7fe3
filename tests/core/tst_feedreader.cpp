#include "import/feedreader.h"

#include "importgolden.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestFeedReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void broken_data();
    void broken();
    void readAttachesSkipped();
    void canRead_data();
    void canRead();
};

void TestFeedReader::golden_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("RSS 2.0 with content:encoded, a bad date, an item without text")
        << u"feeds/rss-content.xml"_s;
    QTest::newRow("Atom with xhtml and html content, updated only, remote content")
        << u"feeds/atom-xhtml.xml"_s;
    QTest::newRow("Arabic RSS, a date from the text") << u"feeds/arabic.xml"_s;
}

void TestFeedReader::golden()
{
    QFETCH(QString, fixture);
    FeedReader reader;
    ImportedArticleList articles;
    QStringList skipped;
    QString error;
    QVERIFY2(reader.readAll(ImportGolden::dataPath(fixture), ImportGolden::readFixture(fixture),
                            &articles, &skipped, &error),
             qPrintable(error));
    ImportGolden::compare(fixture, articles, skipped);
}

void TestFeedReader::broken_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << u"feeds/empty.xml"_s << u"empty.xml: the file is empty"_s;
    QTest::newRow("binary garbage") << u"broken/garbage.bin"_s
                                    << u"garbage.bin: binary data, not a feed"_s;
    QTest::newRow("billion laughs")
        << u"feeds/billion-laughs.xml"_s
        << u"billion-laughs.xml: line 13: the file declares a document type (<!DOCTYPE ...>), "
           "which is refused: its entities could expand without bound or load other files"_s;
    QTest::newRow("external entity")
        << u"feeds/external-entity.xml"_s
        << u"external-entity.xml: line 2: the file declares a document type (<!DOCTYPE ...>), "
           "which is refused: its entities could expand without bound or load other files"_s;
    QTest::newRow("invalid UTF-8") << u"feeds/invalid-utf8.xml"_s
                                   << u"invalid-utf8.xml: not valid UTF-8: an invalid byte sequence at byte 78 (line 2); save the file as UTF-8"_s;
    QTest::newRow("not a feed") << u"feeds/not-a-feed.xml"_s
                                << u"not-a-feed.xml: not a feed: the root element is <html>, not <rss> or an Atom <feed>"_s;
    QTest::newRow("malformed") << u"feeds/malformed.xml"_s
                               << u"malformed.xml: line 3, column 28: Opening and ending tag mismatch."_s;
}

void TestFeedReader::broken()
{
    QFETCH(QString, fixture);
    QFETCH(QString, error);
    FeedReader reader;
    ImportedArticleList articles;
    QString message;
    QVERIFY(!reader.read(ImportGolden::dataPath(fixture), ImportGolden::readFixture(fixture),
                         &articles, &message));
    QCOMPARE(message, error);
    QVERIFY(articles.isEmpty());
}

void TestFeedReader::readAttachesSkipped()
{
    // Without a list of skipped parts, read() tells the first article what was left out.
    FeedReader reader;
    ImportedArticleList articles;
    QString error;
    const QString fixture = u"feeds/rss-content.xml"_s;
    QVERIFY(reader.read(fixture, ImportGolden::readFixture(fixture), &articles, &error));
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles.first().warnings.last(),
             u"1 part(s) of this file were not imported: item 3 ('Photo gallery: the visit'): no "
             "text (neither content nor a description)"_s);
}

void TestFeedReader::canRead_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("expected");
    QTest::newRow("rss by content") << u"x.xml"_s << QByteArray("<?xml version=\"1.0\"?><rss version=\"2.0\">") << true;
    QTest::newRow("atom by content") << u"x"_s << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\">") << true;
    QTest::newRow("rss by suffix") << u"news.rss"_s << QByteArray("<?xml version=\"1.0\"?>") << true;
    QTest::newRow("html page") << u"page.html"_s << QByteArray("<!DOCTYPE html><html>") << false;
    QTest::newRow("csv") << u"a.csv"_s << QByteArray("title,text\n") << false;
}

void TestFeedReader::canRead()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, head);
    QFETCH(bool, expected);
    QCOMPARE(FeedReader().canRead(fileName, head), expected);
}

QTEST_GUILESS_MAIN(TestFeedReader)
#include "tst_feedreader.moc"

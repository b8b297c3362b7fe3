#include "import/docxreader.h"
#include "import/newsexportreader.h"

#include "importgolden.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestNewsExportReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void nexisDocxThroughDocxReader();
    void broken_data();
    void broken();
    void canRead();
};

void TestNewsExportReader::golden_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("Nexis Uni text: cover page, three documents, Arabic, missing byline")
        << u"newsexport/nexis-export.txt"_s;
    QTest::newRow("Nexis Uni DOCX: the same export as paragraphs")
        << u"newsexport/nexis-export.docx"_s;
    QTest::newRow("Factiva text: field codes, Arabic, missing byline, IN in the text")
        << u"newsexport/factiva-export.txt"_s;
}

void TestNewsExportReader::golden()
{
    QFETCH(QString, fixture);
    NewsExportReader reader;
    ImportedArticleList articles;
    QStringList skipped;
    QString error;
    QVERIFY2(reader.readAll(ImportGolden::dataPath(fixture), ImportGolden::readFixture(fixture),
                            &articles, &skipped, &error),
             qPrintable(error));
    ImportGolden::compare(fixture, articles, skipped);
}

void TestNewsExportReader::nexisDocxThroughDocxReader()
{
    // A Nexis Uni DOCX opened as an ordinary document is split all the same.
    const QString fixture = u"newsexport/nexis-export.docx"_s;
    ImportedArticleList viaDocx;
    ImportedArticleList viaExport;
    QStringList skipped;
    QString error;
    QVERIFY2(DocxReader().readAll(ImportGolden::dataPath(fixture), ImportGolden::readFixture(fixture),
                                  &viaDocx, &skipped, &error),
             qPrintable(error));
    QVERIFY(NewsExportReader().readAll(ImportGolden::dataPath(fixture),
                                       ImportGolden::readFixture(fixture), &viaExport, &skipped, &error));
    QCOMPARE(viaDocx.size(), 3);
    QCOMPARE(viaDocx, viaExport);
}

void TestNewsExportReader::broken_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << u"broken/empty.bin"_s << u"empty.bin: the file is empty"_s;
    QTest::newRow("binary garbage") << u"broken/garbage.bin"_s
                                    << u"garbage.bin: binary data, not text (a NUL byte at byte 239)"_s;
    QTest::newRow("plain text that is no export")
        << u"newsexport/not-an-export.txt"_s
        << u"not-an-export.txt: not a Nexis Uni or Factiva export: no 'End of Document' or HD/PD lines"_s;
    QTest::newRow("invalid UTF-8")
        << u"tables/invalid-utf8.csv"_s
        << u"invalid-utf8.csv: not valid UTF-8: an invalid byte sequence at byte 26 (line 3); save "
           "the file as UTF-8"_s;
    QTest::newRow("truncated DOCX")
        << u"broken/truncated.docx"_s
        << u"truncated.docx: the zip archive is truncated or damaged: its central directory is missing"_s;
    QTest::newRow("ordinary DOCX")
        << u"documents/article.docx"_s
        << u"article.docx: not a Nexis Uni or Factiva export: no 'End of Document' or HD/PD lines"_s;
}

void TestNewsExportReader::broken()
{
    QFETCH(QString, fixture);
    QFETCH(QString, error);
    NewsExportReader reader;
    ImportedArticleList articles;
    QString message;
    QVERIFY(!reader.read(ImportGolden::dataPath(fixture), ImportGolden::readFixture(fixture),
                         &articles, &message));
    QCOMPARE(message, error);
    QVERIFY(articles.isEmpty());
}

void TestNewsExportReader::canRead()
{
    NewsExportReader reader;
    QVERIFY(reader.canRead(u"x.txt"_s, ImportGolden::readFixture(u"newsexport/nexis-export.txt"_s).left(4096)));
    QVERIFY(reader.canRead(u"x.txt"_s, ImportGolden::readFixture(u"newsexport/factiva-export.txt"_s).left(4096)));
    QVERIFY(!reader.canRead(u"x.txt"_s, ImportGolden::readFixture(u"newsexport/not-an-export.txt"_s)));
    QVERIFY(!reader.canRead(u"x.docx"_s, ImportGolden::readFixture(u"newsexport/nexis-export.docx"_s).left(4096)));
}

QTEST_GUILESS_MAIN(TestNewsExportReader)
#include "tst_newsexportreader.moc"

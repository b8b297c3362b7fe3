#include "import/docxreader.h"
#include "import/odtreader.h"

#include "importgolden.h"

#include <QTest>

#include <memory>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestDocumentReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void broken_data();
    void broken();
    void entryLimit();
    void canRead();
};

static std::unique_ptr<ArticleReader> readerFor(const QString &fixture)
{
    if (fixture.endsWith(u".odt"))
        return std::make_unique<OdtReader>();
    return std::make_unique<DocxReader>();
}

void TestDocumentReader::golden_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("DOCX: runs, tab, breaks, revisions, fields, table, core properties")
        << u"documents/article.docx"_s;
    QTest::newRow("DOCX: Arabic, Heading 1 as title, no core properties, date from the text")
        << u"documents/arabic-heading.docx"_s;
    QTest::newRow("ODT: spans, spaces, tab, line break, notes, annotation, list, table, meta")
        << u"documents/article.odt"_s;
    QTest::newRow("ODT: Persian without meta.xml, Solar Hijri date in the text")
        << u"documents/persian-no-meta.odt"_s;
}

void TestDocumentReader::golden()
{
    QFETCH(QString, fixture);
    const auto reader = readerFor(fixture);
    ImportedArticleList articles;
    QStringList skipped;
    QString error;
    QVERIFY2(reader->readAll(ImportGolden::dataPath(fixture), ImportGolden::readFixture(fixture),
                             &articles, &skipped, &error),
             qPrintable(error));
    ImportGolden::compare(fixture, articles, skipped);
}

void TestDocumentReader::broken_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << u"broken/empty.bin"_s << u"empty.bin: the file is empty"_s;
    QTest::newRow("binary garbage")
        << u"broken/garbage.bin"_s
        << u"garbage.bin: not a zip archive (it does not start with a zip signature)"_s;
    QTest::newRow("truncated zip")
        << u"broken/truncated.docx"_s
        << u"truncated.docx: the zip archive is truncated or damaged: its central directory is missing"_s;
    QTest::newRow("zip bomb")
        << u"broken/zip-bomb.docx"_s
        << u"zip-bomb.docx: the part 'word/document.xml' would unpack to 40.0 MiB, more than the "
           "limit of 32.0 MiB (a zip bomb?); it was not unpacked"_s;
    QTest::newRow("zip that is not a Word document")
        << u"broken/not-word.docx"_s
        << u"not-word.docx: not a Word document: the archive has no word/document.xml"_s;
    QTest::newRow("ODT given to the DOCX reader")
        << u"documents/article.odt"_s
        << u"article.odt: an OpenDocument file, not a Word document (DOCX)"_s;
    QTest::newRow("ODF spreadsheet")
        << u"broken/spreadsheet.odt"_s
        << u"spreadsheet.odt: an OpenDocument file of another kind "
           "(application/vnd.oasis.opendocument.spreadsheet), not a text document"_s;
}

void TestDocumentReader::broken()
{
    QFETCH(QString, fixture);
    QFETCH(QString, error);
    // The .odt fixtures are broken for the reader their names do not suggest, or for both.
    const auto reader = fixture.endsWith(u"spreadsheet.odt") ? readerFor(fixture)
                                                             : std::make_unique<DocxReader>();
    ImportedArticleList articles;
    QString message;
    QVERIFY(!reader->read(ImportGolden::dataPath(fixture), ImportGolden::readFixture(fixture),
                          &articles, &message));
    QCOMPARE(message, error);
    QVERIFY(articles.isEmpty());
    if (!fixture.endsWith(u".odt") && !fixture.contains(u"not-word") && !fixture.contains(u"bomb")) {
        // The ODT reader gives the same message for input that is broken for any zip reader.
        const QString odtMessage = message;
        QVERIFY(!OdtReader().read(ImportGolden::dataPath(fixture), ImportGolden::readFixture(fixture),
                                  &articles, &message));
        QCOMPARE(message, odtMessage);
    }
}

void TestDocumentReader::entryLimit()
{
    // A smaller limit refuses an ordinary document's parts, naming the part and the limit.
    DocxReader reader(1024);
    ImportedArticleList articles;
    QString message;
    QVERIFY(!reader.read(u"article.docx"_s, ImportGolden::readFixture(u"documents/article.docx"_s),
                         &articles, &message));
    QVERIFY2(message.startsWith(u"article.docx: the part 'word/document.xml' would unpack to"_s),
             qPrintable(message));
}

void TestDocumentReader::canRead()
{
    const QByteArray docx = ImportGolden::readFixture(u"documents/article.docx"_s).left(4096);
    const QByteArray odt = ImportGolden::readFixture(u"documents/article.odt"_s).left(4096);
    QVERIFY(DocxReader().canRead(u"a.docx"_s, docx));
    QVERIFY(!DocxReader().canRead(u"a.docx"_s, QByteArray("plain text")));
    QVERIFY(OdtReader().canRead(u"renamed.bin"_s, odt)); // by its mimetype entry
    QVERIFY(!OdtReader().canRead(u"a.docx"_s, docx));
}

QTEST_GUILESS_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"

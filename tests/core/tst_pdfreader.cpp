#include "import/pdfreader.h"

#include "importgolden.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestPdfReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void broken_data();
    void broken();
    void layout();
};

void TestPdfReader::golden_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("two pages: header, footer, hyphenation, a paragraph across pages, info")
        << u"pdf/article.pdf"_s;
    QTest::newRow("no document information: title by size, date from the text")
        << u"pdf/no-info.pdf"_s;
}

void TestPdfReader::golden()
{
    QFETCH(QString, fixture);
    PdfReader reader;
    ImportedArticleList articles;
    QStringList skipped;
    QString error;
    QVERIFY2(reader.readAll(ImportGolden::dataPath(fixture), ImportGolden::readFixture(fixture),
                            &articles, &skipped, &error),
             qPrintable(error));
    ImportGolden::compare(fixture, articles, skipped);
}

void TestPdfReader::broken_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << u"broken/empty.bin"_s << u"empty.bin: the file is empty"_s;
    QTest::newRow("binary garbage") << u"broken/garbage.bin"_s
                                    << u"garbage.bin: not a PDF: it does not start with a %PDF- header"_s;
    QTest::newRow("invalid PDF") << u"broken/invalid.pdf"_s
                                 << u"invalid.pdf: the PDF is damaged or truncated: Poppler cannot read it"_s;
    QTest::newRow("encrypted") << u"broken/encrypted.pdf"_s
                               << u"encrypted.pdf: the PDF is encrypted with a password: save an "
                                  "unprotected copy to import it"_s;
    QTest::newRow("scanned, no text layer")
        << u"broken/scanned.pdf"_s
        << u"scanned.pdf: the PDF has no text layer (a scanned image?): it would need OCR"_s;
}

void TestPdfReader::broken()
{
    QFETCH(QString, fixture);
    QFETCH(QString, error);
    PdfReader reader;
    ImportedArticleList articles;
    QString message;
    QVERIFY(!reader.read(ImportGolden::dataPath(fixture), ImportGolden::readFixture(fixture),
                         &articles, &message));
    QCOMPARE(message, error);
    QVERIFY(articles.isEmpty());
}

void TestPdfReader::layout()
{
    // Lines laid out by hand: 12 pt lines 14 pt apart, a wider gap between paragraphs.
    auto line = [](const QString &text, double top, double width = 400) {
        return PdfReader::Line{text, QRectF(72, top, width, 12)};
    };
    const QList<PdfReader::Page> pages = {
        {line(u"Running head"_s, 20), line(u"The first para-"_s, 60), line(u"graph ends here."_s, 74, 200),
         line(u"A well-"_s, 98), line(u"known long-term"_s, 112), line(u"Page 1"_s, 800, 30)},
        {line(u"Running head"_s, 20), line(u"result of well-known talks"_s, 60), line(u"and the"_s, 74),
         line(u"Iran-"_s, 88), line(u"Iraq border."_s, 102, 100), line(u"Page 2"_s, 800, 30)},
    };
    const QStringList paragraphs = PdfReader::paragraphs(pages);
    QCOMPARE(paragraphs, (QStringList{u"The first paragraph ends here."_s,
                                      u"A well-known long-term result of well-known talks and the Iran-Iraq border."_s}));
}

QTEST_GUILESS_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"

// CsvWriter: RFC 4180 quoting, delimiters, byte-order mark, formula neutralisation.
#include "io/csvwriter.h"

#include <QBuffer>
#include <QTest>

using Entente::CsvWriter;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cell_data();
    void cell();
    void neutraliseRoundTrip_data();
    void neutraliseRoundTrip();
    void rowsAndBom();
};

void TestCsvWriter::cell_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("expected");
    const QChar comma = u',';
    QTest::newRow("plain") << QStringLiteral("plain") << comma << QStringLiteral("plain");
    QTest::newRow("empty") << QString() << comma << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << comma << QStringLiteral("\"a,b\"");
    QTest::newRow("comma with semicolon delimiter") << QStringLiteral("a,b") << QChar(u';') << QStringLiteral("a,b");
    QTest::newRow("semicolon delimiter") << QStringLiteral("a;b") << QChar(u';') << QStringLiteral("\"a;b\"");
    QTest::newRow("tab delimiter") << QStringLiteral("a\tb") << QChar(u'\t') << QStringLiteral("\"a\tb\"");
    QTest::newRow("quotes doubled") << QStringLiteral("say \"hi\"") << comma << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << comma << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << comma << QStringLiteral("\"a\rb\"");
    QTest::newRow("arabic") << QStringLiteral("العراق وإيران") << comma << QStringLiteral("العراق وإيران");
    QTest::newRow("emoji") << QStringLiteral("🇮🇶 😀") << comma << QStringLiteral("🇮🇶 😀");
    QTest::newRow("formula =") << QStringLiteral("=SUM(A1)") << comma << QStringLiteral("'=SUM(A1)");
    QTest::newRow("formula +") << QStringLiteral("+1") << comma << QStringLiteral("'+1");
    QTest::newRow("formula -") << QStringLiteral("-1") << comma << QStringLiteral("'-1");
    QTest::newRow("formula @") << QStringLiteral("@cmd") << comma << QStringLiteral("'@cmd");
    QTest::newRow("formula tab") << QStringLiteral("\tx") << comma << QStringLiteral("'\tx");
    QTest::newRow("formula CR is also quoted") << QStringLiteral("\rx") << comma << QStringLiteral("\"'\rx\"");
    QTest::newRow("formula with comma") << QStringLiteral("=1,2") << comma << QStringLiteral("\"'=1,2\"");
    QTest::newRow("apostrophe then formula gets another") << QStringLiteral("'=x") << comma << QStringLiteral("''=x");
    QTest::newRow("apostrophe alone untouched") << QStringLiteral("'quoted'") << comma << QStringLiteral("'quoted'");
    QTest::newRow("minus inside untouched") << QStringLiteral("a-b") << comma << QStringLiteral("a-b");
}

void TestCsvWriter::cell()
{
    QFETCH(QString, input);
    QFETCH(QChar, delimiter);
    QFETCH(QString, expected);
    CsvWriter writer;
    writer.setDelimiter(delimiter);
    QCOMPARE(writer.formatCell(input), expected);
}

void TestCsvWriter::neutraliseRoundTrip_data()
{
    QTest::addColumn<QString>("input");
    for (const char *s : {"=1", "'=1", "''=1", "'", "'a", "-", "a", "", "@", "'@x", "x=1"})
        QTest::newRow(s) << QString::fromUtf8(s);
}

void TestCsvWriter::neutraliseRoundTrip()
{
    QFETCH(QString, input);
    QCOMPARE(CsvWriter::unneutralise(CsvWriter::neutralise(input)), input);
}

void TestCsvWriter::rowsAndBom()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.setByteOrderMark(true);
    QVERIFY(writer.writeRow({QStringLiteral("a"), QStringLiteral("b,c")}));
    QVERIFY(writer.writeRow({QStringLiteral("ü"), QString()}));
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF" "a,\"b,c\"\r\n" "\xC3\xBC,\r\n"));

    CsvWriter closed;
    QVERIFY(!closed.writeRow({QStringLiteral("x")}));
    QVERIFY(!closed.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"

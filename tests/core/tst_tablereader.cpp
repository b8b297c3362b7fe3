#include "import/tablereader.h"

#include "importgolden.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;
using Field = ColumnMapping::Field;

Q_DECLARE_METATYPE(Entente::ColumnMapping)

class TestTableReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void broken_data();
    void broken();
    void splitRecords_data();
    void splitRecords();
    void sniffDelimiter_data();
    void sniffDelimiter();
    void columns();
    void mappingEquality();
};

static ColumnMapping customMapping()
{
    ColumnMapping m;
    m.setColumn(Field::Text, u"story"_s); // case-insensitive
    m.setColumn(Field::Title, u"Headline text"_s);
    m.setColumn(Field::Date, u"When"_s);
    m.setColumn(Field::Outlet, u"PAPER"_s);
    return m;
}

void TestTableReader::golden_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ColumnMapping>("mapping");
    QTest::newRow("CSV: BOM, CRLF, quoted newlines, doubled quotes, bad and ambiguous dates")
        << u"tables/articles.csv"_s << ColumnMapping();
    QTest::newRow("CSV with ; and a custom mapping") << u"tables/custom-mapping.csv"_s << customMapping();
    QTest::newRow("TSV with Persian headers") << u"tables/articles.tsv"_s << ColumnMapping();
    QTest::newRow("JSON Lines with bad lines") << u"tables/articles.jsonl"_s << ColumnMapping();
}

void TestTableReader::golden()
{
    QFETCH(QString, fixture);
    QFETCH(ColumnMapping, mapping);
    TableReader reader(mapping);
    ImportedArticleList articles;
    QStringList skipped;
    QString error;
    QVERIFY2(reader.readAll(ImportGolden::dataPath(fixture), ImportGolden::readFixture(fixture),
                            &articles, &skipped, &error),
             qPrintable(error));
    ImportGolden::compare(fixture, articles, skipped);
}

void TestTableReader::broken_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ColumnMapping>("mapping");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << u"tables/empty.csv"_s << ColumnMapping()
                           << u"empty.csv: the file is empty"_s;
    QTest::newRow("header only") << u"tables/header-only.csv"_s << ColumnMapping()
                                 << u"header-only.csv: the file has no rows"_s;
    QTest::newRow("binary garbage") << u"broken/garbage.bin"_s << ColumnMapping()
                                    << u"garbage.bin: binary data, not text (a NUL byte at byte 239)"_s;
    QTest::newRow("invalid UTF-8")
        << u"tables/invalid-utf8.csv"_s << ColumnMapping()
        << u"invalid-utf8.csv: not valid UTF-8: an invalid byte sequence at byte 26 (line 3); "
           "save the file as UTF-8"_s;
    QTest::newRow("unclosed quote") << u"tables/unclosed-quote.csv"_s << ColumnMapping()
                                    << u"unclosed-quote.csv: row 2: a quoted field that starts on line 2 is never closed"_s;
    QTest::newRow("no text column")
        << u"tables/no-text-column.csv"_s << ColumnMapping()
        << u"no-text-column.csv: no text column: the header (title, when, where) has none of "
           "text, body, content, article; choose the text column in the column mapping"_s;
    QTest::newRow("default mapping on the custom file")
        << u"tables/custom-mapping.csv"_s << ColumnMapping()
        << u"custom-mapping.csv: no text column: the header (Story, Headline text, When, Paper, "
           "Notes) has none of text, body, content, article; choose the text column in the "
           "column mapping"_s;
    ColumnMapping missing;
    missing.setColumn(Field::Date, u"Date of event"_s);
    QTest::newRow("mapped column not in the header")
        << u"tables/articles.csv"_s << missing
        << u"articles.csv: the column 'Date of event' chosen for the date is not in the header "
           "(Headline, Body, Published, Outlet, Byline, URL, Language)"_s;
}

void TestTableReader::broken()
{
    QFETCH(QString, fixture);
    QFETCH(ColumnMapping, mapping);
    QFETCH(QString, error);
    TableReader reader(mapping);
    ImportedArticleList articles;
    QString message;
    QVERIFY(!reader.read(ImportGolden::dataPath(fixture), ImportGolden::readFixture(fixture),
                         &articles, &message));
    QCOMPARE(message, error);
    QVERIFY(articles.isEmpty());
}

void TestTableReader::splitRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::newRow("LF") << u"a,b\n1,2\n"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("CRLF, no final line end") << u"a,b\r\n1,2"_s
                                             << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("quoted CRLF becomes LF") << u"\"x\r\ny\",z\r\n"_s
                                           << QList<QStringList>{{u"x\ny"_s, u"z"_s}};
    QTest::newRow("doubled quotes") << u"\"say \"\"hi\"\"\",2\n"_s
                                    << QList<QStringList>{{u"say \"hi\""_s, u"2"_s}};
    QTest::newRow("empty fields") << u",,\n"_s << QList<QStringList>{{QString(), QString(), QString()}};
    QTest::newRow("quote inside an unquoted field is kept") << u"5\" pipe,x\n"_s
                                                            << QList<QStringList>{{u"5\" pipe"_s, u"x"_s}};
    QTest::newRow("delimiter inside quotes") << u"\"a,b\",c\n"_s << QList<QStringList>{{u"a,b"_s, u"c"_s}};
}

void TestTableReader::splitRecords()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, records);
    QList<QStringList> got;
    QString error;
    QVERIFY2(TableReader::splitRecords(text, u',', &got, &error), qPrintable(error));
    QCOMPARE(got, records);
}

void TestTableReader::sniffDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("comma") << u"a,b,c\n1;2,3"_s << u","_s;
    QTest::newRow("semicolon") << u"a;b;c\n"_s << u";"_s;
    QTest::newRow("tab") << u"a\tb\tc\n"_s << u"\t"_s;
    QTest::newRow("quoted delimiters do not count") << u"\"a;b;c\",d\n"_s << u","_s;
    QTest::newRow("single column") << u"text\n"_s << u","_s;
}

void TestTableReader::sniffDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(QString(TableReader::sniffDelimiter(text)), expected);
}

void TestTableReader::columns()
{
    TableReader reader;
    QStringList columns;
    QString error;
    QVERIFY(reader.readColumns(u"articles.jsonl"_s, ImportGolden::readFixture(u"tables/articles.jsonl"_s),
                               &columns, &error));
    QCOMPARE(columns, (QStringList{u"authors"_s, u"headline"_s, u"lang"_s, u"published"_s,
                                   u"source"_s, u"text"_s, u"url"_s, u"date"_s, u"title"_s,
                                   u"author"_s, u"body"_s, u"id"_s}));
    QVERIFY(reader.readColumns(u"articles.tsv"_s, ImportGolden::readFixture(u"tables/articles.tsv"_s),
                               &columns, &error));
    QCOMPARE(columns, (QStringList{u"عنوان"_s, u"متن"_s, u"تاریخ"_s, u"منبع"_s, u"زبان"_s}));
}

void TestTableReader::mappingEquality()
{
    ColumnMapping a;
    ColumnMapping b;
    QCOMPARE(a, b);
    a.setColumn(Field::Text, u"Story"_s);
    QVERIFY(a != b);
    QCOMPARE(a.column(Field::Text), u"Story"_s);
    a.resetToDefault(Field::Text);
    QCOMPARE(a, b);
    a.setIgnored(Field::Author);
    QVERIFY(a.isIgnored(Field::Author));
    QList<int> columns;
    QString error;
    QVERIFY(a.resolve({u"Title"_s, u"Byline"_s, u"BODY"_s}, &columns, &error));
    QCOMPARE(columns.at(int(Field::Title)), 0);
    QCOMPARE(columns.at(int(Field::Text)), 2);
    QCOMPARE(columns.at(int(Field::Author)), -1);
    // Arabic and Persian spellings of the same header word fold together.
    QCOMPARE(ColumnMapping::foldHeader(u"تاريخ"_s), ColumnMapping::foldHeader(u"تاریخ"_s));
    QCOMPARE(ColumnMapping::foldHeader(u"Pub_Date"_s), u"pubdate"_s);
}

QTEST_GUILESS_MAIN(TestTableReader)
#include "tst_tablereader.moc"

// AnnotationExporter: columns, one row per annotation x tag, filters, officials provider, and a
// golden file (tests/data/annotations-golden.csv) covering quoting, Arabic, emoji and formulas.
#include "io/annotationexporter.h"
#include "fixtures.h"
#include "io/csvwriter.h"
#include "store/project.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

namespace {
const QString golden = QStringLiteral(ENTENTE_TEST_DATA "/annotations-golden.csv");

// Code-point span of @p needle in @p text.
std::pair<qsizetype, qsizetype> span(const QString &text, const QString &needle)
{
    const qsizetype u = text.indexOf(needle);
    const qsizetype start = QStringView(text).first(u).toUcs4().size();
    return {start, start + needle.toUcs4().size()};
}
} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void columns();
    void goldenFile();
    void filters_data();
    void filters();
    void officialsProvider();
    void bomAndDelimiter();
    void damagedProjectWritesNothing_data();
    void damagedProjectWritesNothing();

private:
    QTemporaryDir m_dir;
    Project m_project;
    qint64 m_tagPlaces = 0, m_tagCountries = 0, m_tagQuotes = 0;
};

void TestCsvExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_project.create(m_dir.filePath(QStringLiteral("csv.entente"))));
    m_project.setAuthor(QStringLiteral("tester"));
    m_project.setClock([] { return QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::UTC); });
    Article a;
    a.id = QStringLiteral("mixed");
    a.title = QStringLiteral("Mixed, \"quoted\" title");
    a.source = QStringLiteral("Test Source");
    a.published = EdtfDate::parse(QStringLiteral("2021-06"));
    a.language = QStringLiteral("en");
    a.text = QStringLiteral("Emoji 😀 first. Then Arabic: العراق وإيران, side by side.\n"
                            "A line with \"quotes\", commas, and\na break.\n=1+2 looks like a formula.");
    a.sha256 = QStringLiteral("abc123");
    QVERIFY(m_project.importArticle(a));
    Article b;
    b.id = QStringLiteral("plain");
    b.title = QStringLiteral("Plain");
    b.published = EdtfDate::parse(QStringLiteral("2020"));
    b.text = QStringLiteral("A plain text about strategic ties.");
    b.sha256 = QStringLiteral("def456");
    QVERIFY(m_project.importArticle(b));

    m_tagPlaces = m_project.ensureTagPath(QStringLiteral("places"));
    m_tagCountries = m_project.ensureTagPath(QStringLiteral("places/countries"));
    m_tagQuotes = m_project.ensureTagPath(QStringLiteral("quotes"));
    const auto [s1, e1] = span(a.text, QStringLiteral("العراق"));
    QVERIFY(m_project.addAnnotation(QStringLiteral("mixed"), s1, e1, {m_tagCountries, m_tagQuotes}, QStringLiteral("Iraq, in Arabic")));
    const auto [s2, e2] = span(a.text, QStringLiteral("\"quotes\", commas, and\na break."));
    QVERIFY(m_project.addAnnotation(QStringLiteral("mixed"), s2, e2, {m_tagQuotes}, QStringLiteral("-a note that looks like a formula")));
    const auto [s3, e3] = span(a.text, QStringLiteral("=1+2"));
    QVERIFY(m_project.addAnnotation(QStringLiteral("mixed"), s3, e3, {m_tagPlaces}));
    const auto [s4, e4] = span(a.text, QStringLiteral("😀 first"));
    QVERIFY(m_project.addAnnotation(QStringLiteral("mixed"), s4, e4, {}));
    const auto [s5, e5] = span(b.text, QStringLiteral("strategic"));
    QVERIFY(m_project.addAnnotation(QStringLiteral("plain"), s5, e5, {m_tagPlaces}, QStringLiteral("@someone")));
}

void TestCsvExport::columns()
{
    QCOMPARE(AnnotationExporter::columns().join(u','),
             QStringLiteral("annotation_id,article_id,article_title,source,published,tag_path,start,end,unit,quote,"
                            "prefix,suffix,note,officials,author,created,modified,article_sha256"));
}

void TestCsvExport::goldenFile()
{
    AnnotationExporter exporter(&m_project);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(exporter.write(&buffer));
    if (TestFixtures::regenerateGoldenFiles()) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(buffer.data());
    }
    QFile f(golden);
    QVERIFY2(f.open(QIODevice::ReadOnly), "tests/data/annotations-golden.csv is missing");
    const QByteArray expected = f.readAll();
    QCOMPARE(QString::fromUtf8(buffer.data()), QString::fromUtf8(expected));
    QCOMPARE(buffer.data(), expected);
    QCOMPARE(exporter.toCsv().toUtf8(), expected);
    // Every record ends with CRLF; there is no bare LF outside quoted fields.
    QVERIFY(expected.endsWith("\r\n"));
}

void TestCsvExport::filters_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("article");
    QTest::addColumn<QStringList>("rows"); // "annotation_id tag_path"
    QTest::newRow("everything") << QString() << 0 << QString()
                                << QStringList{QStringLiteral("4 "), QStringLiteral("1 places/countries"), QStringLiteral("1 quotes"),
                                               QStringLiteral("2 quotes"), QStringLiteral("3 places"), QStringLiteral("5 places")};
    QTest::newRow("tag with descendants") << QStringLiteral("places") << 0 << QString()
                                          << QStringList{QStringLiteral("1 places/countries"), QStringLiteral("3 places"), QStringLiteral("5 places")};
    QTest::newRow("leaf tag") << QStringLiteral("places/countries") << 0 << QString() << QStringList{QStringLiteral("1 places/countries")};
    QTest::newRow("year") << QString() << 2020 << QString() << QStringList{QStringLiteral("5 places")};
    QTest::newRow("year without hits") << QString() << 1999 << QString() << QStringList{};
    QTest::newRow("article and tag") << QStringLiteral("places") << 0 << QStringLiteral("mixed")
                                     << QStringList{QStringLiteral("1 places/countries"), QStringLiteral("3 places")};
}

void TestCsvExport::filters()
{
    QFETCH(QString, tag);
    QFETCH(int, year);
    QFETCH(QString, article);
    QFETCH(QStringList, rows);
    AnnotationExporter exporter(&m_project);
    AnnotationExporter::Filter filter;
    filter.tagId = tag.isEmpty() ? 0 : m_project.tagIdForPath(tag);
    filter.year = year;
    filter.articleId = article;
    exporter.setFilter(filter);
    QStringList got;
    for (const QStringList &row : exporter.rows())
        got.append(row.at(0) + u' ' + row.at(5));
    QCOMPARE(got, rows);
    QCOMPARE(exporter.rows(1).size(), qMin<qsizetype>(1, rows.size()));
}

void TestCsvExport::officialsProvider()
{
    AnnotationExporter exporter(&m_project);
    QList<std::tuple<QString, qsizetype, qsizetype>> calls;
    exporter.setOfficialsProvider([&](const QString &article, qsizetype start, qsizetype end) {
        calls.append({article, start, end});
        return article == QLatin1StringView("plain") ? QStringList{QStringLiteral("fuad-hussein"), QStringLiteral("ali-larijani")}
                                                     : QStringList{};
    });
    const QList<QStringList> rows = exporter.rows();
    const int officials = int(AnnotationExporter::columns().indexOf(QStringLiteral("officials")));
    QCOMPARE(rows.last().at(officials), QStringLiteral("fuad-hussein;ali-larijani"));
    QCOMPARE(rows.first().at(officials), QString());
    QCOMPARE(calls.size(), 5); // once per annotation
    QCOMPARE(calls.last(), std::make_tuple(QStringLiteral("plain"), qsizetype(19), qsizetype(28)));
}

void TestCsvExport::bomAndDelimiter()
{
    const QString path = m_dir.filePath(QStringLiteral("out.csv"));
    AnnotationExporter exporter(&m_project);
    exporter.setByteOrderMark(true);
    exporter.setDelimiter(u';');
    QVERIFY(exporter.writeFile(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "annotation_id;article_id;"));
    QVERIFY(bytes.contains(";\"Mixed, \"\"quoted\"\" title\";")); // quoted for its quotes, not its comma
    QVERIFY(!exporter.writeFile(m_dir.filePath(QStringLiteral("missing-dir/out.csv"))));
    QVERIFY(!exporter.errorString().isEmpty());
}

void TestCsvExport::damagedProjectWritesNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("export-csv") << QStringLiteral("export-csv");
    QTest::newRow("export-json") << QStringLiteral("export-json");
}

// The exports check the file while they read it (not before): a damaged project still writes
// nothing, and an old output file is left as it was.
void TestCsvExport::damagedProjectWritesNothing()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.entente"));
    const QString error = TestFixtures::createBundledProject(good);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString out = dir.filePath(QStringLiteral("out"));
    TestFixtures::Run r = TestFixtures::runEntente({command, good, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(out).size() > 100);

    const QString damaged = dir.filePath(QStringLiteral("damaged.entente"));
    QVERIFY(QFile::copy(good, damaged));
    const QString damage = TestFixtures::damageTable(damaged, QStringLiteral("imports"));
    QVERIFY2(damage.isEmpty(), qPrintable(damage));
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old output");
    old.close();
    r = TestFixtures::runEntente({command, damaged, out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("damaged")) && r.err.contains(QStringLiteral("nothing was written")), qPrintable(r.err));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old output"));
    old.close();
    // Standard output: not a byte before the check has passed.
    r = TestFixtures::runEntente({command, damaged, QStringLiteral("-")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out.left(200)));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"

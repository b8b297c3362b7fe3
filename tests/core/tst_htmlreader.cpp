#include "import/htmldocument.h"
#include "import/htmlentities.h"
#include "import/htmlmetadata.h"
#include "import/htmlreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Entente;

namespace {

QString fixtureDir()
{
    return QStringLiteral(ENTENTE_TEST_DATA "/import/html");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The golden form of an article: "key: value" lines, then "--- text" and the exact text.
QString golden(const ImportedArticle &a)
{
    QString out;
    out += QStringLiteral("title: ") + a.title + u'\n';
    out += QStringLiteral("date: ") + (a.published.isValid() ? a.published.toString() : QString()) + u'\n';
    out += QStringLiteral("date-evidence: ") + a.dateEvidence + u'\n';
    out += QStringLiteral("outlet: ") + a.outlet + u'\n';
    out += QStringLiteral("author: ") + a.author + u'\n';
    out += QStringLiteral("url: ") + a.url + u'\n';
    out += QStringLiteral("language: ") + a.language + u'\n';
    for (const QString &w : a.warnings)
        out += QStringLiteral("warning: ") + QString(w).replace(fixtureDir() + u'/', QString()) + u'\n';
    out += QStringLiteral("--- text\n");
    out += a.text;
    return out;
}

bool readOne(const QByteArray &data, ImportedArticle *article, QString *error, const QString &name = QStringLiteral("page.html"),
             qsizetype maxSize = HtmlReader::DefaultMaxFileSize)
{
    HtmlReader reader;
    reader.setMaxFileSize(maxSize);
    ImportedArticleList list;
    if (!reader.read(name, data, &list, error))
        return false;
    if (list.size() != 1)
        qFatal("expected one article");
    *article = list.first();
    return true;
}

QString extract(const QString &html, const QString &name = QStringLiteral("page.html"))
{
    ImportedArticle a;
    QString error;
    if (!readOne(html.toUtf8(), &a, &error, name))
        return QStringLiteral("ERROR: ") + error;
    return a.text;
}

} // namespace

class TestHtmlReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldens_data();
    void goldens();
    void entities_data();
    void entities();
    void titleSuffix_data();
    void titleSuffix();
    void metadataDates_data();
    void metadataDates();
    void charsetDeclarations_data();
    void charsetDeclarations();
    void jsonLd();
    void structure_data();
    void structure();
    void canRead_data();
    void canRead();
    void emptyFile();
    void binaryGarbage();
    void invalidUtf8();
    void truncatedMarkup();
    void deepNesting();
    void hugeSingleLine();
    void tooLarge();
    void noArticleText();
    void languageDeclaredWrongly();
    void nothingFetched();
};

void TestHtmlReader::goldens_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("expectedFile");
    const QDir dir(fixtureDir());
    const QStringList pages = dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    QVERIFY(pages.size() >= 7);
    for (const QString &p : pages) {
        const QString expected = dir.filePath(QFileInfo(p).completeBaseName() + QStringLiteral(".expected"));
        QTest::newRow(qPrintable(p)) << dir.filePath(p) << expected;
    }
}

void TestHtmlReader::goldens()
{
    QFETCH(QString, page);
    QFETCH(QString, expectedFile);
    HtmlReader reader;
    const QByteArray data = readFile(page);
    QVERIFY(reader.canRead(page, data.left(4096)));
    ImportedArticleList list;
    QString error;
    QVERIFY2(reader.read(page, data, &list, &error), qPrintable(error));
    QCOMPARE(list.size(), 1);
    const ImportedArticle &a = list.first();
    QCOMPARE(a.format, QStringLiteral("html"));
    QCOMPARE(a.sourceFile, QFileInfo(page).absoluteFilePath());
    const QString actual = golden(a);
    if (qEnvironmentVariableIsSet("ENTENTE_WRITE_ACTUAL")) {
        const QString out = QStringLiteral(ENTENTE_TEST_BINARY_DIR "/htmlreader-actual");
        QDir().mkpath(out);
        QFile f(out + u'/' + QFileInfo(expectedFile).fileName());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual.toUtf8());
    }
    QVERIFY2(QFile::exists(expectedFile), qPrintable(expectedFile));
    const QString expected = QString::fromUtf8(readFile(expectedFile));
    if (actual != expected) {
        // Show the first differing line, not two walls of text.
        const QStringList al = actual.split(u'\n'), el = expected.split(u'\n');
        for (qsizetype i = 0; i < std::max(al.size(), el.size()); ++i) {
            const QString x = i < al.size() ? al.at(i) : QStringLiteral("<end>");
            const QString y = i < el.size() ? el.at(i) : QStringLiteral("<end>");
            if (x != y) {
                qWarning("line %lld differs:\n actual:   %s\n expected: %s", qlonglong(i + 1), qPrintable(x), qPrintable(y));
                break;
            }
        }
    }
    QCOMPARE(actual, expected);
    // The text is normalised (NFC, LF) and ends with one newline.
    QVERIFY(a.text.endsWith(u'\n') && !a.text.endsWith(QStringLiteral("\n\n")));
    QCOMPARE(a.text, a.text.normalized(QString::NormalizationForm_C));
    QVERIFY(!a.text.contains(u'\r'));
}

void TestHtmlReader::entities_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addColumn<bool>("attribute");
    QTest::newRow("named") << "Tom &amp; Jerry &lt;3&gt;" << "Tom & Jerry <3>" << false;
    QTest::newRow("typographic") << "&ldquo;yes&rdquo; &mdash; &hellip;" << "“yes” — …" << false;
    QTest::newRow("rtl marks") << "a&rlm;b&lrm;c&zwnj;d" << QString::fromUtf16(u"a\u200Fb\u200Ec\u200Cd") << false;
    QTest::newRow("decimal") << "&#1601;&#1575;" << "فا" << false;
    QTest::newRow("hex") << "&#x6F2;&#X6F0;" << "۲۰" << false;
    QTest::newRow("astral") << "&#x1F600;" << QString::fromUtf16(u"\U0001F600") << false;
    QTest::newRow("windows-1252 range") << "it&#146;s &#150; ok" << "it’s – ok" << false;
    QTest::newRow("invalid numbers") << "&#0;&#xD800;&#x110000;" << QString::fromUtf16(u"\uFFFD\uFFFD\uFFFD") << false;
    QTest::newRow("no semicolon numeric") << "&#65B" << "AB" << false;
    QTest::newRow("legacy without semicolon") << "&copy 2023 &ampx" << "© 2023 &x" << false;
    QTest::newRow("two code points") << "&NotEqualTilde;" << QString::fromUtf16(u"\u2242\u0338") << false;
    QTest::newRow("unknown stays") << "&bogus; & &;" << "&bogus; & &;" << false;
    QTest::newRow("attribute legacy before letter") << "?a=1&copy=2&amp;b" << "?a=1&copy=2&b" << true;
    QTest::newRow("longest legacy prefix") << "&notit;" << "¬it;" << false;
}

void TestHtmlReader::entities()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QFETCH(bool, attribute);
    QCOMPARE(HtmlEntities::decode(in, attribute ? HtmlEntities::Context::Attribute : HtmlEntities::Context::Text), out);
}

void TestHtmlReader::titleSuffix_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("sites");
    QTest::addColumn<QString>("chrome");
    QTest::addColumn<QString>("expected");
    const QStringList none;
    QTest::newRow("dash suffix") << "Talks resume - The Gulf Ledger" << QStringList{QStringLiteral("The Gulf Ledger")} << QString() << "Talks resume";
    QTest::newRow("pipe suffix") << "Talks resume | Gulf Ledger" << QStringList{QStringLiteral("The Gulf Ledger")} << QString() << "Talks resume";
    QTest::newRow("em dash suffix") << "Talks resume — GULF LEDGER" << QStringList{QStringLiteral("Gulf Ledger")} << QString() << "Talks resume";
    QTest::newRow("host name") << "Talks resume | Al Jazeera" << QStringList{QStringLiteral("www.aljazeera.com")} << QString() << "Talks resume";
    QTest::newRow("prefix") << "Gulf Ledger: | Talks resume" << QStringList{QStringLiteral("Gulf Ledger")} << QString() << "Talks resume";
    QTest::newRow("dash inside headline kept") << "Iran - Iraq border reopens" << QStringList{QStringLiteral("Gulf Ledger")} << QString() << "Iran - Iraq border reopens";
    QTest::newRow("no site name, nothing stripped") << "Talks resume - Gulf Ledger" << none << QString() << "Talks resume - Gulf Ledger";
    QTest::newRow("site chrome") << "Talks resume - Gulf Ledger" << none << QStringLiteral("homegulfledgerpoliticsworld") << "Talks resume";
    QTest::newRow("section and site") << "Talks resume | World | Gulf Ledger" << QStringList{QStringLiteral("Gulf Ledger")} << QStringLiteral("homeworldpolitics") << "Talks resume";
    QTest::newRow("arabic") << QString::fromUtf16(u"وزير الخارجية يزور طهران - الرافدين نيوز") << QStringList{QString::fromUtf16(u"الرافدين نيوز")} << QString() << QString::fromUtf16(u"وزير الخارجية يزور طهران");
    QTest::newRow("arabic tatweel separator") << QString::fromUtf16(u"وزير الخارجية يزور طهران ـ الرافدين") << QStringList{QString::fromUtf16(u"الرافدين")} << QString() << QString::fromUtf16(u"وزير الخارجية يزور طهران");
    QTest::newRow("persian letter forms") << QString::fromUtf16(u"سفر وزیر به بغداد | خبرگزاری نمونه") << QStringList{QString::fromUtf16(u"خبرگزاري نمونه")} << QString() << QString::fromUtf16(u"سفر وزیر به بغداد");
    QTest::newRow("only the site name") << "Gulf Ledger" << QStringList{QStringLiteral("Gulf Ledger")} << QString() << "Gulf Ledger";
}

void TestHtmlReader::titleSuffix()
{
    QFETCH(QString, title);
    QFETCH(QStringList, sites);
    QFETCH(QString, chrome);
    QFETCH(QString, expected);
    QCOMPARE(HtmlMetadata::stripSiteName(title, sites, chrome), expected);
}

void TestHtmlReader::metadataDates_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("edtf");
    QTest::newRow("iso with zone, date as written") << "2023-09-13T23:30:00-04:00" << "2023-09-13";
    QTest::newRow("iso date") << "2021-02-06" << "2021-02-06";
    QTest::newRow("space time") << "2021-02-06 10:00:00" << "2021-02-06";
    QTest::newRow("compact") << "20210206" << "2021-02-06";
    QTest::newRow("compact time") << "20210206T101500Z" << "2021-02-06";
    QTest::newRow("month") << "2021-02" << "2021-02";
    QTest::newRow("rfc 2822") << "Wed, 13 Sep 2023 08:30:00 GMT" << "2023-09-13";
    QTest::newRow("persian") << QString::fromUtf16(u"۲۲ شهریور ۱۴۰۲") << "2023-09-13";
    QTest::newRow("invalid day") << "2023-02-30" << "";
    QTest::newRow("not a date") << "yesterday" << "";
    QTest::newRow("empty") << "" << "";
}

void TestHtmlReader::metadataDates()
{
    QFETCH(QString, value);
    QFETCH(QString, edtf);
    const EdtfDate d = HtmlMetadata::parseDate(value);
    QCOMPARE(d.isValid() ? d.toString() : QString(), edtf);
}

void TestHtmlReader::charsetDeclarations_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("charset");
    QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=\"windows-1256\">") << "windows-1256";
    QTest::newRow("unquoted") << QByteArray("<meta charset=UTF-8>") << "utf-8";
    QTest::newRow("http-equiv") << QByteArray("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Windows-1256\">") << "windows-1256";
    QTest::newRow("content first") << QByteArray("<meta content='text/html; charset=iso-8859-6' http-equiv='Content-Type'/>") << "iso-8859-6";
    QTest::newRow("xml declaration") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>") << "iso-8859-1";
    QTest::newRow("none") << QByteArray("<html><head><title>x</title>") << "";
}

void TestHtmlReader::charsetDeclarations()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, charset);
    QCOMPARE(HtmlReader::declaredCharset(head), charset);
}

void TestHtmlReader::jsonLd()
{
    // @graph with references, an array of authors, a nested publisher, a bad block ignored.
    const QString html = QStringLiteral(
        "<html><head><script type=\"application/ld+json\">{ not json</script>"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebPage\",\"@id\":\"https://x.example/a#page\",\"name\":\"Page name\"},"
        "{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"The headline\",\"datePublished\":\"2022-10-13T08:00:00Z\","
        "\"author\":[{\"@id\":\"https://x.example/#p1\"},{\"@type\":\"Person\",\"name\":\"Second Writer\"},\"Third Writer\"],"
        "\"publisher\":{\"@id\":\"https://x.example/#org\"},\"mainEntityOfPage\":{\"@id\":\"https://x.example/a\"},\"inLanguage\":\"fr-FR\"},"
        "{\"@type\":\"Person\",\"@id\":\"https://x.example/#p1\",\"name\":\"First Writer\"},"
        "{\"@type\":\"Organization\",\"@id\":\"https://x.example/#org\",\"name\":\"Example News\"}]}</script>"
        "</head><body><p>Un paragraphe assez long pour être retenu comme texte de l'article, avec des virgules, et un point.</p></body></html>");
    ImportedArticle a;
    QString error;
    QVERIFY2(readOne(html.toUtf8(), &a, &error), qPrintable(error));
    QCOMPARE(a.title, QStringLiteral("The headline"));
    QCOMPARE(a.published.toString(), QStringLiteral("2022-10-13"));
    QCOMPARE(a.dateEvidence, QStringLiteral("json-ld datePublished"));
    QCOMPARE(a.author, QStringLiteral("First Writer, Second Writer, Third Writer"));
    QCOMPARE(a.outlet, QStringLiteral("Example News"));
    QCOMPARE(a.url, QStringLiteral("https://x.example/a"));
    QCOMPARE(a.language, QStringLiteral("fr"));
    QCOMPARE(a.warnings.size(), 1);
    QVERIFY2(a.warnings.first().contains(QStringLiteral("JSON-LD block 1")), qPrintable(a.warnings.first()));
}

void TestHtmlReader::structure_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    const QString p = QStringLiteral("<p>A first paragraph that is long enough to count, with a comma, and a full stop.</p>");
    const QString pText = QStringLiteral("A first paragraph that is long enough to count, with a comma, and a full stop.");
    QTest::newRow("br and paragraphs")
        << QStringLiteral("<body><article>") + p + QStringLiteral("<p>Line one<br>line two<br/><br>after a double break.</p></article></body>")
        << pText + QStringLiteral("\n\nLine one\nline two\n\nafter a double break.\n");
    QTest::newRow("unclosed paragraphs")
        << QStringLiteral("<body><div class=story><p>First unclosed paragraph, with enough words to be read as text.<p>Second one, also unclosed, and also long enough here.</div>")
        << QStringLiteral("First unclosed paragraph, with enough words to be read as text.\n\nSecond one, also unclosed, and also long enough here.\n");
    QTest::newRow("ordered list with start")
        << QStringLiteral("<article>") + p + QStringLiteral("<ol start=3><li>third<li>fourth</ol></article>")
        << pText + QStringLiteral("\n\n3. third\n4. fourth\n");
    QTest::newRow("table of text")
        << QStringLiteral("<article>") + p + QStringLiteral("<table><tr><th>Year</th><th>Visits</th></tr><tr><td>2021</td><td>4</td></tr><tr><td>2022</td><td>6</td></tr></table></article>")
        << pText + QStringLiteral("\n\nYear | Visits\n2021 | 4\n2022 | 6\n");
    QTest::newRow("comments, cdata, noscript, script")
        << QStringLiteral("<article>") + p + QStringLiteral("<!-- <p>hidden comment</p> --><noscript><p>Please enable JavaScript to read this site properly.</p></noscript>"
                                             "<script>document.write('<p>written by script</p>')</script><p><![CDATA[cdata text]]> stays as text.</p></article>")
        << pText + QStringLiteral("\n\ncdata text stays as text.\n");
    QTest::newRow("unclosed noscript is markup")
        << QStringLiteral("<article><noscript>") + p
        << pText + u'\n';
    QTest::newRow("headings inside the body")
        << QStringLiteral("<article><h1>The title</h1>") + p + QStringLiteral("<h3>A sub-heading</h3>") + p + QStringLiteral("</article>")
        << QStringLiteral("The title\n\n") + pText + QStringLiteral("\n\nA sub-heading\n\n") + pText + u'\n';
    QTest::newRow("pre keeps spaces")
        << QStringLiteral("<article>") + p + QStringLiteral("<pre>  a   b\n  c</pre></article>")
        << pText + QStringLiteral("\n\n  a   b\n  c\n");
    QTest::newRow("hidden elements")
        << QStringLiteral("<article>") + p + QStringLiteral("<p hidden>hidden paragraph that is long enough to be a paragraph.</p><div style=\"display: none\">styled away, and long enough to count as a paragraph.</div><div aria-hidden=\"true\">aria hidden, and long enough to count as a paragraph.</div></article>")
        << pText + u'\n';
    QTest::newRow("rtl text untouched")
        << QString::fromUtf16(u"<html dir=\"rtl\"><body><article><p>قال وزير الخارجية، في مؤتمر صحفي، إن المحادثات كانت إيجابية؛ وأضاف أنها ستستمر.</p>\u200F</article>")
        << QString::fromUtf16(u"قال وزير الخارجية، في مؤتمر صحفي، إن المحادثات كانت إيجابية؛ وأضاف أنها ستستمر.\n");
}

void TestHtmlReader::structure()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(extract(html), text);
}

void TestHtmlReader::canRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("expected");
    QTest::newRow("html suffix") << "a.html" << QByteArray("anything") << true;
    QTest::newRow("htm suffix") << "A.HTM" << QByteArray() << true;
    QTest::newRow("doctype, no suffix") << "page" << QByteArray("\xef\xbb\xbf  <!DOCTYPE html><html>") << true;
    QTest::newRow("comment first") << "page.php" << QByteArray("<!-- saved from url=(0031) --><html lang=ar>") << true;
    QTest::newRow("rss feed") << "feed.xml" << QByteArray("<?xml version=\"1.0\"?><rss version=\"2.0\">") << false;
    QTest::newRow("text") << "notes.txt" << QByteArray("Just text") << false;
}

void TestHtmlReader::canRead()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, head);
    QFETCH(bool, expected);
    QCOMPARE(HtmlReader().canRead(name, head), expected);
}

void TestHtmlReader::emptyFile()
{
    ImportedArticle a;
    QString error;
    QVERIFY(!readOne(QByteArray(), &a, &error, QStringLiteral("/tmp/empty.html")));
    QCOMPARE(error, QStringLiteral("“empty.html” is empty."));
}

void TestHtmlReader::binaryGarbage()
{
    QByteArray data(100000, Qt::Uninitialized);
    QRandomGenerator rng(9);
    for (char &c : data)
        c = char(rng.bounded(256));
    ImportedArticle a;
    QString error;
    QVERIFY(!readOne(data, &a, &error, QStringLiteral("garbage.html")));
    QVERIFY2(error.startsWith(QStringLiteral("“garbage.html” is not an HTML page: it holds binary data (")), qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral("control bytes in its first 65536 bytes).")), qPrintable(error));
}

void TestHtmlReader::invalidUtf8()
{
    QByteArray data("<html><body><article><p>Valid start, then a bad byte \xff here, and then more text to be long enough.</p></article></body></html>");
    ImportedArticle a;
    QString error;
    QVERIFY2(readOne(data, &a, &error, QStringLiteral("bad.html")), qPrintable(error));
    QCOMPARE(a.text, QString::fromUtf16(u"Valid start, then a bad byte \uFFFD here, and then more text to be long enough.\n"));
    QCOMPARE(a.warnings, QStringList{QStringLiteral("“bad.html” is not valid UTF-8 (first invalid byte at offset 53); invalid bytes were replaced with U+FFFD.")});
}

void TestHtmlReader::truncatedMarkup()
{
    const QByteArray full = readFile(fixtureDir() + QStringLiteral("/wordpress-sidebar.html"));
    // Cut inside the second paragraph's attribute-free text, then inside a tag.
    const qsizetype cut = full.indexOf("ministers said it could carry");
    QVERIFY(cut > 0);
    ImportedArticle a;
    QString error;
    QVERIFY2(readOne(full.left(cut + 10), &a, &error), qPrintable(error));
    QCOMPARE(a.title, QStringLiteral("Iraq and Iran agree to revive rail link"));
    QVERIFY(a.text.startsWith(QStringLiteral("BAGHDAD — Iraq and Iran signed")));
    QVERIFY(a.text.endsWith(QStringLiteral("Basra, and ministers\n")));
    const qsizetype tagCut = full.indexOf("<h2>What the agreement") + 3;
    QVERIFY2(readOne(full.left(tagCut), &a, &error), qPrintable(error));
    QVERIFY(a.text.endsWith(QStringLiteral("Iraq’s transport minister told reporters.\n")));
    // Cut inside an attribute value and inside a comment: no crash, the text so far.
    for (const char *marker : {"class=\"sharedaddy", "<!-- .entry-content"}) {
        const qsizetype at = full.indexOf(marker) + 12;
        QVERIFY2(readOne(full.left(at), &a, &error), qPrintable(error));
        QVERIFY(a.text.contains(QStringLiteral("funding remained unclear.")));
    }
}

void TestHtmlReader::deepNesting()
{
    QByteArray data("<html><body>");
    for (int i = 0; i < 10000; ++i)
        data += "<div>";
    data += "<p>Deep inside ten thousand divs, a paragraph that is long enough, with a comma.</p>";
    for (int i = 0; i < 10000; ++i)
        data += "</div>";
    data += "</body></html>";
    QElapsedTimer t;
    t.start();
    ImportedArticle a;
    QString error;
    QVERIFY2(readOne(data, &a, &error, QStringLiteral("deep.html")), qPrintable(error));
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(a.text, QStringLiteral("Deep inside ten thousand divs, a paragraph that is long enough, with a comma.\n"));
    QCOMPARE(a.warnings, QStringList{QStringLiteral("“deep.html” nests elements 10003 deep; everything past depth 512 was read as if it were at depth 512.")});
}

void TestHtmlReader::hugeSingleLine()
{
    // 20 MB on one line: a paragraph of words in inline markup, with no newline anywhere.
    QByteArray data("<html><head><title>Long</title></head><body><article><p>");
    const QByteArray chunk("Word <b>bold</b> and <a href=\"#x\">link</a>, more &amp; more. ");
    while (data.size() < 20 * 1024 * 1024)
        data += chunk;
    data += "</p></article></body></html>";
    QVERIFY(!data.contains('\n'));
    QElapsedTimer t;
    t.start();
    ImportedArticle a;
    QString error;
    QVERIFY2(readOne(data, &a, &error, QStringLiteral("long.html")), qPrintable(error));
    qInfo("20 MB single line read in %lld ms", qlonglong(t.elapsed()));
    QVERIFY2(t.elapsed() < 60000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(a.title, QStringLiteral("Long"));
    QVERIFY(a.text.startsWith(QStringLiteral("Word bold and link, more & more. Word bold")));
    QCOMPARE(a.text.count(u'\n'), 1);
    // 20 MB of dense markup is more nodes than the tree keeps: the rest is dropped, and said so.
    QCOMPARE(a.warnings, QStringList{QStringLiteral("“long.html” has more than 2000000 elements and text pieces; the rest of the page was ignored.")});
}

void TestHtmlReader::tooLarge()
{
    const QByteArray data(100 * 1024 * 1024, 'a');
    ImportedArticle a;
    QString error;
    QElapsedTimer t;
    t.start();
    QVERIFY(!readOne(data, &a, &error, QStringLiteral("/x/huge.html")));
    QVERIFY(t.elapsed() < 1000);
    QCOMPARE(error, QStringLiteral("“huge.html” is 100.0 MiB, more than the 64 MiB an HTML page may have here; it was not read."));
    // The limit is the caller's to set.
    QVERIFY(!readOne(QByteArray("<p>small but over the limit</p>"), &a, &error, QStringLiteral("s.html"), 10));
    QVERIFY(error.contains(QStringLiteral("more than the 0 MiB")));
}

void TestHtmlReader::noArticleText()
{
    ImportedArticle a;
    QString error;
    QVERIFY(!readOne(QByteArray("<html><head><title>Only chrome</title><script>var x = '<p>not text</p>';</script></head>"
                                "<body><nav><a href=/>Home</a></nav><footer>© Site</footer></body></html>"),
                     &a, &error, QStringLiteral("chrome.html")));
    QCOMPARE(error, QStringLiteral("No article text found in “chrome.html”: the page has no paragraphs outside navigation, scripts and other page chrome."));
}

void TestHtmlReader::languageDeclaredWrongly()
{
    // A Persian article in a template that says lang="en".
    const QString html = QString::fromUtf16(
        u"<html lang=\"en\"><body><article><p>وزیر امور خارجه ایران روز چهارشنبه در سفری به بغداد با همتای عراقی خود دیدار کرد و گفت که "
        u"روابط دو کشور در حال گسترش است و این سفر می‌تواند به همکاری‌های اقتصادی کمک کند.</p></article></body></html>");
    ImportedArticle a;
    QString error;
    QVERIFY2(readOne(html.toUtf8(), &a, &error, QStringLiteral("fa.html")), qPrintable(error));
    QCOMPARE(a.language, QStringLiteral("fa"));
    QCOMPARE(a.warnings, QStringList{QStringLiteral("“fa.html” declares the language “en” (html lang), but its text reads as “fa”; “fa” was taken.")});
}

void TestHtmlReader::nothingFetched()
{
    // Remote resources, scripts, styles, iframes and images give no text and are never loaded.
    const QString html = QStringLiteral(
        "<html><head><link rel=stylesheet href=\"http://127.0.0.1:9/x.css\"><style>@import url(http://127.0.0.1:9/y.css);</style>"
        "<script src=\"http://127.0.0.1:9/z.js\"></script></head><body><article>"
        "<iframe src=\"http://127.0.0.1:9/frame\">frame fallback text</iframe><img src=\"http://127.0.0.1:9/i.png\" alt=\"alt text\">"
        "<p>The only text of the page, long enough to be read as its article, with a comma.</p>"
        "<object data=\"http://127.0.0.1:9/o\">object fallback</object><video src=\"v.mp4\">video fallback</video></article></body></html>");
    QCOMPARE(extract(html), QStringLiteral("The only text of the page, long enough to be read as its article, with a comma.\n"));
    HtmlDocument doc;
    doc.parse(html);
    QVERIFY(doc.jsonLdScripts().isEmpty());
}

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"

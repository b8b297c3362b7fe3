// ArticleImporter: text extraction from .txt/.md/.html, title and date guesses, ids.
#include "io/articleimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Entente::ArticleImporter;
using Entente::EdtfDate;
using Format = ArticleImporter::Format;

class TestArticleImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guessDate_data();
    void guessDate();
    void formats_data();
    void formats();
    void bundledArticleDates_data();
    void bundledArticleDates();
    void rejects();
    void slugs();
};

void TestArticleImporter::guessDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // EDTF, empty for none
    QTest::newRow("iso") << QStringLiteral("Posted 2023-04-29 by staff") << QStringLiteral("2023-04-29");
    QTest::newRow("month day, year") << QStringLiteral("Feb 6, 2021, 1:47 PM") << QStringLiteral("2021-02-06");
    QTest::newRow("full month name") << QStringLiteral("On February 6, 2021 the minister") << QStringLiteral("2021-02-06");
    QTest::newRow("day month year") << QStringLiteral("Tehran, 12 July 2023 -") << QStringLiteral("2023-07-12");
    QTest::newRow("month year only") << QStringLiteral("In April 2023 talks resumed") << QStringLiteral("2023-04");
    QTest::newRow("first date wins") << QStringLiteral("June 2021 ... later 2022-01-02") << QStringLiteral("2021-06");
    QTest::newRow("full date beats its month-year") << QStringLiteral("March 8, 2020 news") << QStringLiteral("2020-03-08");
    QTest::newRow("impossible day gives no date") << QStringLiteral("February 30, 2021") << QString();
    QTest::newRow("no date") << QStringLiteral("No date here, only 12 people.") << QString();
    QTest::newRow("May as a verb is no month") << QStringLiteral("They may 2020 no") << QString();
}

void TestArticleImporter::guessDate()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const EdtfDate d = ArticleImporter::guessDate(text);
    QCOMPARE(d.isValid() ? d.toString() : QString(), expected);
}

void TestArticleImporter::formats_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date");
    QTest::newRow("plain, CRLF and NFD") << QByteArray("Iran and Iraq\r\n\r\nCafe\xcc\x81 talks on 2021-02-06.\r\n")
                                         << int(Format::PlainText) << QStringLiteral("Iran and Iraq")
                                         << QStringLiteral("Iran and Iraq\n\nCafé talks on 2021-02-06.\n") << QStringLiteral("2021-02-06");
    QTest::newRow("markdown") << QByteArray("# Talks in Baghdad\n\nThe *ministers* met on **12 July 2023**.\n\n- one\n- two\n")
                              << int(Format::Markdown) << QStringLiteral("Talks in Baghdad")
                              << QStringLiteral("Talks in Baghdad\nThe ministers met on 12 July 2023.\none\ntwo\n") << QStringLiteral("2023-07-12");
    QTest::newRow("html") << QByteArray("<html><head><title>Site | Story</title><style>p{color:red}</style></head>"
                                        "<body><nav>Home Menu</nav><h1>Story &amp; more</h1><p>Posted Feb 6, 2021</p>"
                                        "<script>var x = 1;</script><p>Body &#x627;&#x644;&#x639;&#x631;&#x627;&#x642; text.</p></body></html>")
                          << int(Format::Html) << QStringLiteral("Story & more")
                          << QStringLiteral("Story & more\nPosted Feb 6, 2021\nBody العراق text.\n") << QStringLiteral("2021-02-06");
}

void TestArticleImporter::formats()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QString, title);
    QFETCH(QString, text);
    QFETCH(QString, date);
    ArticleImporter importer;
    QVERIFY2(importer.importData(bytes, Format(format)), qPrintable(importer.errorString()));
    QCOMPARE(importer.title(), title);
    QCOMPARE(importer.text(), text);
    QCOMPARE(importer.date().toString(), date);
    QCOMPARE(importer.sha256().size(), 64);
}

void TestArticleImporter::bundledArticleDates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("date");
    // The dateline written in the text itself (the manifest's "published" agrees).
    QTest::newRow("rouhani") << QStringLiteral("rouhani-fuad-hussein-2021.txt") << QStringLiteral("2021-02-06");
}

void TestArticleImporter::bundledArticleDates()
{
    QFETCH(QString, file);
    QFETCH(QString, date);
    ArticleImporter importer;
    QVERIFY(importer.importFile(QStringLiteral(ENTENTE_TEST_CORPUS "/articles/") + file));
    QCOMPARE(importer.date().toString(), date);
    QCOMPARE(ArticleImporter::formatForFileName(file), Format::PlainText);
}

void TestArticleImporter::rejects()
{
    ArticleImporter importer;
    QVERIFY(!importer.importData(QByteArray("caf\xe9"), Format::PlainText));
    QVERIFY(importer.errorString().contains(QStringLiteral("UTF-8")));
    QVERIFY(!importer.importData(QByteArray("  \n\n "), Format::PlainText));
    QVERIFY(!importer.importFile(QStringLiteral("/nonexistent/file.txt")));
    QCOMPARE(ArticleImporter::formatForFileName(QStringLiteral("a.HTML")), Format::Html);
    QCOMPARE(ArticleImporter::formatForFileName(QStringLiteral("a.md")), Format::Markdown);
}

void TestArticleImporter::slugs()
{
    QCOMPARE(ArticleImporter::slugify(QStringLiteral("Iran, Iraq discuss beefing up anti-terror cooperation")),
             QStringLiteral("iran-iraq-discuss-beefing-up-anti"));
    QCOMPARE(ArticleImporter::slugify(QStringLiteral("Téhéran: talks")), QStringLiteral("teheran-talks"));
    ArticleImporter importer;
    QVERIFY(importer.importData(QByteArray("Talks resume\nOn 2023-04-29.\n"), Format::PlainText));
    QCOMPARE(importer.suggestedId(), QStringLiteral("talks-resume-2023"));
}

QTEST_GUILESS_MAIN(TestArticleImporter)
#include "tst_articleimporter.moc"

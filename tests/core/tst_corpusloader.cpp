#include "io/corpusloader.h"
#include "text/normalize.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Entente;
using namespace Qt::StringLiterals;

// Builds a corpus directory in a temporary folder, one test row at a time.
class TestCorpusLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledCorpusLoads();
    void problems_data();
    void problems();
    void invalidUtf8NamesTheByteOffset();
    void normalisesAndHashesOriginalBytes();
    void reportsEveryProblemNotJustTheFirst();
    void unsafeArticleFiles_data();
    void unsafeArticleFiles();

private:
    static QJsonObject goodArticle(const QString &id)
    {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("file"), QStringLiteral("articles/%1.txt").arg(id)},
                           {QStringLiteral("title"), QStringLiteral("Title of %1").arg(id)},
                           {QStringLiteral("source"), QStringLiteral("A paper")},
                           {QStringLiteral("published"), QStringLiteral("2021-02-06")},
                           {QStringLiteral("language"), QStringLiteral("en")}};
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QByteArray manifest(const QJsonArray &articles)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("entente-corpus")},
                                         {QStringLiteral("version"), 1},
                                         {QStringLiteral("articles"), articles}})
            .toJson();
    }
};

void TestCorpusLoader::bundledCorpusLoads()
{
    CorpusLoader loader;
    QVERIFY2(loader.load(QStringLiteral(ENTENTE_TEST_CORPUS)), qPrintable(loader.errorString()));
    QCOMPARE(loader.articles().size(), 5);
    QVERIFY(loader.problems().isEmpty());
    for (const Article &a : loader.articles()) {
        QVERIFY(!a.text.contains(u'\r'));
        QCOMPARE(a.sha256.size(), 64);
        QVERIFY(a.published.isValid());
    }
    // Dates only as precise as the texts allow.
    const auto byId = [&](const QString &id) {
        for (const Article &a : loader.articles())
            if (a.id == id)
                return a;
        return Article();
    };
    QCOMPARE(byId(QStringLiteral("rashid-al-alam-interview-2023")).published.toString(), QStringLiteral("2023-07-12"));
    QCOMPARE(byId(QStringLiteral("rouhani-fuad-hussein-2021")).published.toString(), QStringLiteral("2021-02-06"));
    QCOMPARE(byId(QStringLiteral("khamenei-rashid-2023")).published.toString(), QStringLiteral("2023-04"));
    QCOMPARE(byId(QStringLiteral("shamkhani-salih-baghdad-2020")).published.toString(), QStringLiteral("2020"));
    QCOMPARE(byId(QStringLiteral("kazimi-iranian-journalists-2021")).published.toString(), QStringLiteral("2021"));
    QCOMPARE(byId(QStringLiteral("rouhani-fuad-hussein-2021")).source, QStringLiteral("EghtesadOnline"));
}

void TestCorpusLoader::problems_data()
{
    // Each row: the manifest bytes (or "-" for none), whether to write the article file, and a
    // fragment the error must contain (file, field and expectation).
    QTest::addColumn<QByteArray>("manifestBytes");
    QTest::addColumn<bool>("writeArticle");
    QTest::addColumn<QString>("expected");

    const QJsonObject good = goodArticle(QStringLiteral("a1"));
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return manifest(QJsonArray{o});
    };

    QTest::newRow("missing manifest") << QByteArray("-") << false << "corpus.json: file not found";
    QTest::newRow("bad JSON names line and column")
        << QByteArray("{\n  \"format\": \"entente-corpus\",\n  \"version\": 1\n  \"articles\": []\n}") << false
        << "corpus.json:4:4: bad JSON: unterminated object";
    QTest::newRow("top level not an object") << QByteArray("[1, 2]") << false << "corpus.json: expected a JSON object";
    QTest::newRow("articles not an array")
        << QByteArray(R"({"format":"entente-corpus","version":1,"articles":{}})") << false
        << "corpus.json: articles: expected an array of articles, found an object";
    QTest::newRow("newer format version")
        << QByteArray(R"({"format":"entente-corpus","version":7,"articles":[]})") << false
        << "version: expected 1 (this Entente reads corpus format version 1), found 7";
    QTest::newRow("missing article file") << manifest(QJsonArray{good}) << false
                                          << "articles/a1.txt: file not found (named by corpus.json articles[0].file)";
    QTest::newRow("field of the wrong type") << with(QStringLiteral("title"), 42) << true
                                             << "articles[0].title: expected a string, found a number";
    QTest::newRow("unknown field") << with(QStringLiteral("titel"), QStringLiteral("x")) << true
                                   << "articles[0].titel: unknown field";
    QTest::newRow("missing required field") << with(QStringLiteral("published"), QJsonValue(QJsonValue::Undefined)) << true
                                            << "articles[0]: missing required field 'published'";
    QTest::newRow("bad date") << with(QStringLiteral("published"), QStringLiteral("2021-13-01")) << true
                              << "articles[0].published: '2021-13-01' has no month 13";
    QTest::newRow("date in words") << with(QStringLiteral("published"), QStringLiteral("Feb 6, 2021")) << true
                                   << "articles[0].published: 'Feb 6, 2021' is not an EDTF date";
    QTest::newRow("bad id") << with(QStringLiteral("id"), QStringLiteral("Has Spaces")) << true
                            << "articles[0].id: 'Has Spaces' is not a valid id";
    QTest::newRow("bad language") << with(QStringLiteral("language"), QStringLiteral("English")) << true
                                  << "articles[0].language: 'English' is not a language tag";
    QTest::newRow("bad url") << with(QStringLiteral("url"), QStringLiteral("ftp://x")) << true
                             << "articles[0].url: 'ftp://x' is not an http(s) URL";
    QTest::newRow("path escapes the corpus") << with(QStringLiteral("file"), QStringLiteral("../x.txt")) << true
                                             << "must be a path inside the corpus directory";
    QJsonObject dup = good;
    dup.insert(QStringLiteral("file"), QStringLiteral("articles/other.txt"));
    QTest::newRow("duplicate id") << manifest(QJsonArray{good, dup}) << true
                                  << "articles[1].id: duplicate id 'a1' (also articles[0])";
    QTest::newRow("empty corpus") << manifest(QJsonArray{}) << false << "the corpus lists no articles";
}

void TestCorpusLoader::problems()
{
    QFETCH(QByteArray, manifestBytes);
    QFETCH(bool, writeArticle);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (manifestBytes != "-")
        write(dir.filePath(QStringLiteral("corpus.json")), manifestBytes);
    if (writeArticle) {
        write(dir.filePath(QStringLiteral("articles/a1.txt")), "Some text.\n");
        write(dir.filePath(QStringLiteral("articles/other.txt")), "Other text.\n");
    }
    CorpusLoader loader;
    QVERIFY(!loader.load(dir.path()));
    QVERIFY2(loader.errorString().contains(expected), qPrintable(loader.errorString()));
    QVERIFY(loader.articles().isEmpty()); // never half a corpus
}

void TestCorpusLoader::invalidUtf8NamesTheByteOffset()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("corpus.json")), manifest(QJsonArray{goodArticle(QStringLiteral("a1"))}));
    write(dir.filePath(QStringLiteral("articles/a1.txt")), QByteArray("caf\xc3\xa9 ok\nthen \xff bad"));
    CorpusLoader loader;
    QVERIFY(!loader.load(dir.path()));
    QVERIFY2(loader.errorString().contains(QStringLiteral("articles/a1.txt:2:6: invalid UTF-8 at byte offset 14 (byte 0xff)")),
             qPrintable(loader.errorString()));
}

void TestCorpusLoader::normalisesAndHashesOriginalBytes()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("corpus.json")), manifest(QJsonArray{goodArticle(QStringLiteral("a1"))}));
    // BOM, CRLF, a lone CR, and "e" + combining acute (NFD) which NFC composes.
    const QByteArray bytes("\xef\xbb\xbfline one\r\nline two\rcafe\xcc\x81\n");
    write(dir.filePath(QStringLiteral("articles/a1.txt")), bytes);
    CorpusLoader loader;
    QVERIFY2(loader.load(dir.path()), qPrintable(loader.errorString()));
    const Article a = loader.articles().constFirst();
    QCOMPARE(a.text, QStringLiteral("line one\nline two\ncaf\u00e9\n"));
    QCOMPARE(a.sha256, sha256Hex(bytes));
    QCOMPARE(a.sha256, QStringLiteral("02fc9eeca0a299775d4caf4dd52f34113f2ebf970d64addc8c61961d9d2fc728")); // computed with sha256sum
}

void TestCorpusLoader::reportsEveryProblemNotJustTheFirst()
{
    QTemporaryDir dir;
    QJsonObject a = goodArticle(QStringLiteral("a1"));
    a.insert(QStringLiteral("published"), QStringLiteral("yesterday"));
    QJsonObject b = goodArticle(QStringLiteral("b2"));
    b.insert(QStringLiteral("language"), 3);
    write(dir.filePath(QStringLiteral("corpus.json")), manifest(QJsonArray{a, b}));
    write(dir.filePath(QStringLiteral("articles/a1.txt")), "x");
    write(dir.filePath(QStringLiteral("articles/b2.txt")), "y");
    CorpusLoader loader;
    QVERIFY(!loader.load(dir.path()));
    QCOMPARE(loader.problems().size(), 2);
    QCOMPARE(loader.problems().at(0).field, QStringLiteral("articles[0].published"));
    QCOMPARE(loader.problems().at(1).field, QStringLiteral("articles[1].language"));
}

void TestCorpusLoader::unsafeArticleFiles_data()
{
    // Each row makes articles/a1.txt (or articles/) something other than a regular file inside
    // the corpus; the load must be refused at once, naming the file and the reason.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("symlink to a file outside") << u"outside-link"_s << "articles/a1.txt: resolves to";
    QTest::newRow("symlinked articles directory") << u"outside-dir"_s << "outside";
    QTest::newRow("named pipe") << u"fifo"_s << "articles/a1.txt: is a named pipe (FIFO); expected a regular file";
    QTest::newRow("link to /dev/zero") << u"devzero"_s << "articles/a1.txt: resolves to /dev/zero";
    QTest::newRow("dangling link") << u"dangling"_s << "a symbolic link to a file that does not exist";
    QTest::newRow("a directory") << u"directory"_s << "is a directory; expected a regular file";
    QTest::newRow("over the size limit") << u"huge"_s << "over the limit of 16.8 MB";
    QTest::newRow("symlink inside the corpus is fine") << u"inside-link"_s << QString();
}

void TestCorpusLoader::unsafeArticleFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir, elsewhere;
    const QString corpus = dir.filePath(u"corpus"_s);
    QDir().mkpath(corpus + u"/articles"_s);
    write(corpus + u"/corpus.json"_s, manifest(QJsonArray{goodArticle(u"a1"_s)}));
    const QString article = corpus + u"/articles/a1.txt"_s;
    const QString secret = elsewhere.filePath(u"secret.txt"_s);
    write(secret, "a file outside the corpus\n");
    if (kind == u"outside-link") {
        QVERIFY(QFile::link(secret, article));
    } else if (kind == u"outside-dir") {
        QVERIFY(QDir(corpus + u"/articles"_s).removeRecursively());
        write(elsewhere.filePath(u"articles/a1.txt"_s), "text\n");
        QVERIFY(QFile::link(elsewhere.filePath(u"articles"_s), corpus + u"/articles"_s));
    } else if (kind == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(article).constData(), 0600), 0);
    } else if (kind == u"devzero") {
        QVERIFY(QFile::link(u"/dev/zero"_s, article));
    } else if (kind == u"dangling") {
        QVERIFY(QFile::link(elsewhere.filePath(u"gone.txt"_s), article));
    } else if (kind == u"directory") {
        QVERIFY(QDir().mkpath(article));
    } else if (kind == u"huge") {
        QFile f(article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(17 * 1000 * 1000)); // sparse: no time spent writing it
    } else if (kind == u"inside-link") {
        write(corpus + u"/articles/real.txt"_s, "An article.\n");
        QVERIFY(QFile::link(corpus + u"/articles/real.txt"_s, article));
    }
    CorpusLoader loader;
    const bool ok = loader.load(corpus);
    if (expected.isEmpty()) {
        QVERIFY2(ok, qPrintable(loader.errorString()));
        QCOMPARE(loader.articles().constFirst().text, u"An article.\n"_s);
        return;
    }
    QVERIFY(!ok);
    QVERIFY(loader.articles().isEmpty());
    QVERIFY2(loader.errorString().contains(expected), qPrintable(loader.errorString()));
}

QTEST_GUILESS_MAIN(TestCorpusLoader)
#include "tst_corpusloader.moc"

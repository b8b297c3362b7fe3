// BulkImport and `entente import`: which files a folder gives, exact and near duplicates
// (within one import and against the project), re-running an import, the review's edits, a
// file that changed since the review, batches and Cancel, the one undo step and its redo,
// every broken input with its message, and the command's report and exit codes.

#include "fixtures.h"

#include "io/bulkimport.h"
#include "store/project.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(ENTENTE_TEST_DATA) + u"/import"_s;

// A story of about 120 words whose wording depends on @p seed, so two seeds never share a
// run of five words.
QString story(int seed)
{
    static const QStringList nouns = {u"delegation"_s, u"ministry"_s, u"border"_s, u"pipeline"_s, u"railway"_s,
                                      u"council"_s, u"harbour"_s, u"reservoir"_s, u"tariff"_s, u"corridor"_s,
                                      u"embassy"_s, u"exchange"_s, u"committee"_s};
    static const QStringList verbs = {u"reviewed"_s, u"welcomed"_s, u"postponed"_s, u"approved"_s, u"questioned"_s,
                                      u"funded"_s, u"inspected"_s, u"announced"_s, u"extended"_s, u"opened"_s, u"signed"_s};
    QStringList words;
    for (int i = 0; i < 40; ++i) {
        words << nouns.at((seed * 7 + i * 3) % nouns.size()) << verbs.at((seed * 5 + i * 7) % verbs.size())
              << QString::number(seed * 1000 + i);
    }
    return words.join(u' ') + u".\n"_s;
}

QString page(const QString &title, const QString &outlet, const QString &date, const QString &body)
{
    QString paragraphs;
    for (const QString &p : body.split(u'\n', Qt::SkipEmptyParts))
        paragraphs += u"<p>"_s + p.toHtmlEscaped() + u"</p>\n"_s;
    return uR"(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>%1 | %2</title><meta property="og:title" content="%1"><meta property="og:site_name" content="%2">
<meta property="article:published_time" content="%3"><script>track();</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>%1</h1>%4</article><aside><h2>Most read</h2><ul><li>Other story</li></ul></aside>
<footer>Copyright %2</footer></body></html>)"_s.arg(title.toHtmlEscaped(), outlet.toHtmlEscaped(), date, paragraphs);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool writePage(const QString &path, const QString &title, const QString &outlet, const QString &date,
               const QString &body)
{
    return writeFile(path, page(title, outlet, date, body).toUtf8());
}

// A copy of @p body with one sentence's words changed: another outlet's edit of the story.
QString edited(const QString &body)
{
    QString copy = body;
    copy.replace(u"delegation"_s, u"envoys"_s, Qt::CaseSensitive);
    return copy.left(copy.size() - 2) + u" Officials declined to comment further.\n"_s;
}

ImportSettings recursiveSettings()
{
    ImportSettings s;
    s.recursive = true;
    return s;
}

bool createEmpty(Project *project, const QString &path)
{
    return project->create(path);
}

int articleCount(const Project &project)
{
    return int(project.articleIds().size());
}

BulkImport::Callbacks writingTo(Project *project, qint64 importId)
{
    BulkImport::Callbacks cb;
    cb.write = [project, importId](const QList<NewArticle> &batch, QString *error) {
        if (project->addImportedArticles(importId, batch))
            return true;
        *error = project->errorString();
        return false;
    };
    return cb;
}

} // namespace

class TestBulkImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectsFolderFiles();
    void importsTheFixtures();
    void exactDuplicatesAreLeftOut();
    void nearDuplicatesAreLinked();
    void rerunAddsNothing();
    void unchangedFilesAreNotReadAgain();
    void duplicatesOfTheProjectsOwnArticles();
    void overridesSourceAndLanguage();
    void idsAreUniqueAndReadable();
    void brokenInputIsReported_data();
    void brokenInputIsReported();
    void hugeFileIsRefused();
    void reviewedEditsAreApplied();
    void fileChangedSinceReview();
    void oneUndoStepForTheWholeImport();
    void cancelKeepsWholeBatches();
    void failedWriteStopsAndReports();
    void commandReportsJson();
    void commandExitCodes();
};

void TestBulkImport::collectsFolderFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    QVERIFY(writePage(root + u"/b.html"_s, u"B"_s, u"O"_s, u"2021-01-01"_s, story(1)));
    QVERIFY(writePage(root + u"/a.html"_s, u"A"_s, u"O"_s, u"2021-01-01"_s, story(2)));
    QVERIFY(writeFile(root + u"/a_files/frame.html"_s, "<p>part of the saved page</p>"));
    QVERIFY(writeFile(root + u"/a_files/style.css"_s, "p{}"));
    QVERIFY(writeFile(root + u"/picture.jpg"_s, "\xff\xd8\xff"));
    QVERIFY(writeFile(root + u"/.hidden.txt"_s, "hidden"));
    QVERIFY(writeFile(root + u"/sub/c.txt"_s, story(3).toUtf8()));
    QVERIFY(writeFile(root + u"/empty/nothing.jpg"_s, "x"));

    QList<ImportFailure> failures;
    QStringList files = ImportFiles::collect({root}, false, &failures);
    QCOMPARE(files, (QStringList{root + u"/a.html"_s, root + u"/b.html"_s}));
    QVERIFY(failures.isEmpty());

    files = ImportFiles::collect({root, root + u"/a.html"_s}, true, &failures);
    QCOMPARE(files, (QStringList{root + u"/a.html"_s, root + u"/b.html"_s, root + u"/sub/c.txt"_s}));
    QVERIFY(failures.isEmpty());

    files = ImportFiles::collect({root + u"/missing"_s, root + u"/empty"_s}, false, &failures);
    QVERIFY(files.isEmpty());
    QCOMPARE(failures.size(), 2);
    QCOMPARE(failures.at(0).file, root + u"/missing"_s);
    QCOMPARE(failures.at(0).error, u"no such file or folder"_s);
    QVERIFY2(failures.at(1).error.contains(u"holds no file Entente reads"_s), qPrintable(failures.at(1).error));
}

void TestBulkImport::importsTheFixtures()
{
    // Every format's fixtures in one import: the good files come in, the broken ones are
    // listed, and the run goes on past them.
    QTemporaryDir dir;
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    const ImportReport report = BulkImport::run(&project, {DataDir}, recursiveSettings());
    QCOMPARE(report.cancelled, false);
    QVERIFY2(report.imported.size() >= 30, qPrintable(QString::number(report.imported.size())));
    QCOMPARE(articleCount(project), int(report.imported.size()));
    QStringList formats;
    for (const auto &i : report.imported) {
        const Article a = project.article(i.id);
        QVERIFY2(!a.isNull(), qPrintable(i.id));
        QVERIFY2(!a.text.trimmed().isEmpty(), qPrintable(i.id));
        QCOMPARE(a.title, i.title);
        QCOMPARE(a.published, i.published);
        QVERIFY2(!a.sha256.isEmpty(), qPrintable(i.id));
    }
    // The Nexis export comes as .txt and .docx with the same three articles.
    int nexisDuplicates = 0;
    for (const auto &d : report.duplicates)
        nexisDuplicates += d.file.contains(u"nexis-export"_s) && !d.near;
    QCOMPARE(nexisDuplicates, 3);
    // Broken files are each named with a reason, without the file name repeated.
    QStringList failedNames;
    for (const ImportFailure &f : report.failed) {
        failedNames.append(QFileInfo(f.file).fileName());
        QVERIFY2(!f.error.startsWith(QFileInfo(f.file).fileName() + u':'), qPrintable(f.error));
        QVERIFY(!f.error.isEmpty());
    }
    for (const char *name : {"truncated.docx", "invalid.pdf", "encrypted.pdf", "billion-laughs.xml", "empty.xml",
                             "invalid-utf8.csv", "unclosed-quote.csv", "zip-bomb.docx"})
        QVERIFY2(failedNames.contains(QLatin1StringView(name)), name);
    // The Persian page's Solar Hijri date and its language.
    bool persian = false;
    for (const auto &i : report.imported) {
        if (i.file.endsWith(u"persian-solar.html"_s)) {
            persian = true;
            QCOMPARE(i.language, u"fa"_s);
            QCOMPARE(i.published.toString(), u"2023-09-13"_s);
        }
    }
    QVERIFY(persian);
}

void TestBulkImport::exactDuplicatesAreLeftOut()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    // The same text under two outlets' chrome, with different case and punctuation.
    QVERIFY(writePage(in + u"/one.html"_s, u"Gas talks"_s, u"Outlet One"_s, u"2022-03-01"_s, story(10)));
    QVERIFY(writePage(in + u"/two.html"_s, u"GAS TALKS!"_s, u"Outlet Two"_s, u"2022-03-02"_s,
                      story(10).toUpper().replace(u' ', u"  "_s)));
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    const ImportReport report = BulkImport::run(&project, {in}, {});
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(report.duplicates.size(), 1);
    QCOMPARE(report.duplicates.first().file, in + u"/two.html"_s);
    QCOMPARE(report.duplicates.first().of, report.imported.first().id);
    QCOMPARE(report.duplicates.first().near, false);
    QCOMPARE(articleCount(project), 1);
    QVERIFY(project.storyLinks().isEmpty());
}

void TestBulkImport::nearDuplicatesAreLinked()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    QVERIFY(writePage(in + u"/a.html"_s, u"Rail link agreed"_s, u"Wire"_s, u"2023-09-13"_s, story(20)));
    QVERIFY(writePage(in + u"/b.html"_s, u"Iraq and Iran agree rail link"_s, u"Daily"_s, u"2023-09-14"_s,
                      edited(story(20))));
    QVERIFY(writePage(in + u"/c.html"_s, u"Unrelated"_s, u"Daily"_s, u"2023-09-14"_s, story(21)));
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    const ImportReport report = BulkImport::run(&project, {in}, {});
    QCOMPARE(report.imported.size(), 3);
    QCOMPARE(report.duplicates.size(), 1);
    const auto &d = report.duplicates.first();
    QCOMPARE(d.file, in + u"/b.html"_s);
    QVERIFY(d.near);
    QVERIFY2(d.similarity > 0.5 && d.similarity < 1, qPrintable(QString::number(d.similarity)));
    const QString a = report.imported.at(0).id;
    const QString b = report.imported.at(1).id;
    QCOMPARE(d.of, a);
    const StoryLinkList links = project.storyLinks(a);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().articleId, b);
    QCOMPARE(links.first().otherId, a);
    QCOMPARE(project.storyLinks(b), links);
    QVERIFY(project.storyLinks(report.imported.at(2).id).isEmpty());
}

void TestBulkImport::rerunAddsNothing()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    for (int i = 0; i < 5; ++i)
        QVERIFY(writePage(in + u"/p%1.html"_s.arg(i), u"Story %1"_s.arg(i), u"Wire"_s, u"2021-01-0%1"_s.arg(i + 1), story(30 + i)));
    const QString path = dir.filePath(u"p.entente"_s);
    {
        Project project;
        QVERIFY(createEmpty(&project, path));
        QCOMPARE(BulkImport::run(&project, {in}, {}).imported.size(), 5);
    }
    Project project; // reopened: the sketches come from the file
    QVERIFY(project.open(path));
    const ImportReport again = BulkImport::run(&project, {in}, {});
    QCOMPARE(again.imported.size(), 0);
    QCOMPARE(again.duplicates.size(), 5);
    QVERIFY(again.failed.isEmpty());
    QCOMPARE(articleCount(project), 5);
    QCOMPARE(project.undoStack()->count(), 0); // nothing added: no undo step
}

void TestBulkImport::unchangedFilesAreNotReadAgain()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    QVERIFY(writePage(in + u"/a.html"_s, u"First"_s, u"Wire"_s, u"2021-01-01"_s, story(120)));
    QVERIFY(writePage(in + u"/b.html"_s, u"Second"_s, u"Wire"_s, u"2021-01-02"_s, story(121)));
    QVERIFY(writeFile(in + u"/c.csv"_s, (u"title,text\nRow one,"_s + story(122) + u"Row two,"_s + story(123)).toUtf8()));
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    const ImportReport first = BulkImport::run(&project, {in}, {});
    QCOMPARE(first.imported.size(), 4);
    QCOMPARE(project.importedOrigins().size(), 4);
    // The article from a.html is edited by hand (a single re-import with another text): the
    // file is still the one imported, so it is not read again, and nothing comes back in.
    Article edited = project.article(first.imported.at(0).id);
    edited.text = story(999);
    QVERIFY(project.importArticle(edited));
    // b.html changes on disk: it is read again and its new text is a new article.
    QVERIFY(writePage(in + u"/b.html"_s, u"Second, revised"_s, u"Wire"_s, u"2021-01-03"_s, story(124)));
    const ImportReport again = BulkImport::run(&project, {in}, {});
    QCOMPARE(again.imported.size(), 1);
    QCOMPARE(again.imported.first().title, u"Second, revised"_s);
    QCOMPARE(again.duplicates.size(), 3); // a.html and the two rows of c.csv
    QStringList locators;
    for (const auto &d : again.duplicates) {
        QVERIFY(!d.near);
        QVERIFY(project.hasArticle(d.of));
        locators.append(QFileInfo(d.file).fileName() + u' ' + d.locator);
    }
    locators.sort();
    QCOMPARE(locators, (QStringList{u"a.html "_s, u"c.csv row 2"_s, u"c.csv row 3"_s}));
    QCOMPARE(project.article(first.imported.at(0).id).text, story(999));
}

void TestBulkImport::duplicatesOfTheProjectsOwnArticles()
{
    // Articles that came in before bulk import existed (here: the bundled corpus) have no
    // stored sketch: they are sketched, and a file repeating one is a duplicate of it.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.entente"_s);
    QCOMPARE(TestFixtures::createBundledProject(path), QString());
    Project project;
    QVERIFY(project.open(path));
    const QStringList without = project.articlesWithoutSketch();
    QCOMPARE(without.size(), 5);
    const Article first = project.article(without.first());
    const QString in = dir.filePath(u"in"_s);
    QVERIFY(writeFile(in + u"/copy.txt"_s, first.text.toUtf8()));
    const ImportReport report = BulkImport::run(&project, {in}, {});
    QCOMPARE(report.imported.size(), 0);
    QCOMPARE(report.duplicates.size(), 1);
    QCOMPARE(report.duplicates.first().of, first.id);
    QVERIFY(project.articlesWithoutSketch().isEmpty()); // stored for the next time
}

void TestBulkImport::overridesSourceAndLanguage()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    QVERIFY(writePage(in + u"/a.html"_s, u"A story"_s, u"Page Outlet"_s, u"2021-01-01"_s, story(40)));
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    ImportSettings settings;
    settings.source = u"My Archive"_s;
    settings.language = u"fa"_s;
    const ImportReport report = BulkImport::run(&project, {in}, settings);
    QCOMPARE(report.imported.size(), 1);
    const Article a = project.article(report.imported.first().id);
    QCOMPARE(a.source, u"My Archive"_s);
    QCOMPARE(a.language, u"fa"_s);
    QCOMPARE(a.title, u"A story"_s);
    QCOMPARE(a.published.toString(), u"2021-01-01"_s);
}

void TestBulkImport::idsAreUniqueAndReadable()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    for (int i = 0; i < 3; ++i)
        QVERIFY(writePage(in + u"/p%1.html"_s.arg(i), u"Foreign Minister visits Tehran"_s, u"Wire"_s, u"2021-01-01"_s, story(50 + i)));
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    const ImportReport report = BulkImport::run(&project, {in}, {});
    QCOMPARE(report.imported.size(), 3);
    QCOMPARE(report.imported.at(0).id, u"foreign-minister-visits-tehran"_s);
    QCOMPARE(report.imported.at(1).id, u"foreign-minister-visits-tehran-2"_s);
    QCOMPARE(report.imported.at(2).id, u"foreign-minister-visits-tehran-3"_s);
}

void TestBulkImport::brokenInputIsReported_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << u"empty.html"_s << QByteArray() << u"the file is empty"_s;
    QTest::newRow("binary") << u"data.bin"_s << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << u"not a format Entente reads"_s;
    QTest::newRow("binary as text") << u"data.txt"_s << QByteArray("abc\0\0\0def", 9) << u"NUL"_s;
    QTest::newRow("invalid UTF-8") << u"bad.txt"_s << QByteArray("Caf\xe9 talks in Baghdad\n") << u"byte 3"_s;
    QTest::newRow("truncated zip") << u"cut.docx"_s << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << u"truncated or damaged"_s;
    QTest::newRow("invalid PDF") << u"bad.pdf"_s << QByteArray("%PDF-1.4\n1 0 obj\n<<") << u"damaged or truncated"_s;
    QTest::newRow("not a zip, named .docx") << u"memo.docx"_s << QByteArray("just some words") << u"zip"_s;
    QTest::newRow("unknown") << u"notes.xyz"_s << QByteArray("hello") << u"not a format Entente reads"_s;
    QTest::newRow("whitespace only") << u"blank.txt"_s << QByteArray("  \n\n\t\n") << u"no text"_s;
}

void TestBulkImport::brokenInputIsReported()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString file = dir.filePath(name);
    QVERIFY(writeFile(file, bytes));
    const QString good = dir.filePath(u"good.html"_s);
    QVERIFY(writePage(good, u"Good"_s, u"Wire"_s, u"2021-01-01"_s, story(60)));
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    // Named one by one, so unknown extensions are tried too.
    const ImportReport report = BulkImport::run(&project, {file, good}, {});
    QCOMPARE(report.imported.size(), 1); // the good file goes in regardless
    QCOMPARE(report.failed.size(), 1);
    QCOMPARE(report.failed.first().file, file);
    QVERIFY2(report.failed.first().error.contains(expected), qPrintable(report.failed.first().error));
}

void TestBulkImport::hugeFileIsRefused()
{
    // Over the article limit: refused by its size, without reading it.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"huge.txt"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(100LL * 1024 * 1024));
    }
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    const ImportReport report = BulkImport::run(&project, {file}, {});
    QCOMPARE(report.failed.size(), 1);
    QVERIFY2(report.failed.first().error.contains(u"MB"_s), qPrintable(report.failed.first().error));
    QCOMPARE(articleCount(project), 0);
}

void TestBulkImport::reviewedEditsAreApplied()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    QVERIFY(writePage(in + u"/a.html"_s, u"First"_s, u"Wire"_s, u"2021-01-01"_s, story(70)));
    QVERIFY(writePage(in + u"/b.html"_s, u"Second"_s, u"Wire"_s, u"2021-01-02"_s, story(71)));
    QVERIFY(writePage(in + u"/c.html"_s, u"Third"_s, u"Wire"_s, u"2021-01-03"_s, story(70))); // exact duplicate of a
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    QList<ImportFailure> failures;
    const QStringList files = ImportFiles::collect({in}, false, &failures);
    BulkImport scanner({}, BulkImport::known(&project));
    QList<ImportItem> items = scanner.scan(files, &failures);
    QVERIFY(failures.isEmpty());
    QCOMPARE(items.size(), 3);
    QCOMPARE(articleCount(project), 0); // a scan writes nothing
    QVERIFY(items.at(0).include);
    QVERIFY(items.at(2).isExactDuplicate());
    QVERIFY(!items.at(2).include);
    QCOMPARE(items.at(2).duplicateOf, items.at(0).id);

    items[0].title = u"First, retitled"_s;
    items[0].outlet = u"Edited Outlet"_s;
    items[0].published = EdtfDate::parse(u"2021-01?"_s);
    items[1].include = false;
    items[2].include = true; // imported after all, linked to what it repeats

    const qint64 importId = project.beginImport(u"review"_s);
    BulkImport importer({}, BulkImport::known(&project));
    const ImportReport report = importer.import(files, &items, writingTo(&project, importId));
    QVERIFY(project.finishImport(importId));
    QVERIFY(report.failed.isEmpty());
    QCOMPARE(report.imported.size(), 2);
    const Article a = project.article(items.at(0).id);
    QCOMPARE(a.title, u"First, retitled"_s);
    QCOMPARE(a.source, u"Edited Outlet"_s);
    QCOMPARE(a.published.toString(), u"2021-01?"_s);
    QVERIFY(!project.hasArticle(items.at(1).id));
    QVERIFY(project.hasArticle(items.at(2).id));
    const StoryLinkList links = project.storyLinks(items.at(2).id);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().otherId, items.at(0).id);
    QCOMPARE(links.first().similarity, 1.0);
}

void TestBulkImport::fileChangedSinceReview()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    QVERIFY(writePage(in + u"/a.html"_s, u"First"_s, u"Wire"_s, u"2021-01-01"_s, story(80)));
    QVERIFY(writePage(in + u"/b.html"_s, u"Second"_s, u"Wire"_s, u"2021-01-02"_s, story(81)));
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    QList<ImportFailure> failures;
    const QStringList files = ImportFiles::collect({in}, false, &failures);
    BulkImport scanner({}, BulkImport::known(&project));
    const QList<ImportItem> items = scanner.scan(files, &failures);
    QCOMPARE(items.size(), 2);
    QVERIFY(writePage(in + u"/b.html"_s, u"Second"_s, u"Wire"_s, u"2021-01-02"_s, story(82)));
    const qint64 importId = project.beginImport(u"review"_s);
    BulkImport importer({}, BulkImport::known(&project));
    const ImportReport report = importer.import(files, &items, writingTo(&project, importId));
    QVERIFY(project.finishImport(importId));
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(report.failed.size(), 1);
    QCOMPARE(report.failed.first().file, in + u"/b.html"_s);
    QVERIFY2(report.failed.first().error.contains(u"changed since it was reviewed"_s), qPrintable(report.failed.first().error));
}

void TestBulkImport::oneUndoStepForTheWholeImport()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    const int n = BulkImport::BatchSize + 50; // two batches
    for (int i = 0; i < n; ++i)
        QVERIFY(writeFile(in + u"/t%1.txt"_s.arg(i, 4, 10, QChar(u'0')), (u"Title %1\n\n"_s.arg(i) + story(100 + i)).toUtf8()));
    QVERIFY(writePage(in + u"/near.html"_s, u"Near"_s, u"Wire"_s, u"2021-01-01"_s, edited(story(100))));
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    QVERIFY(project.addTag(u"before"_s) != 0); // an edit before the import
    const ImportReport report = BulkImport::run(&project, {in}, {});
    QCOMPARE(report.imported.size(), n + 1);
    QCOMPARE(project.undoStack()->count(), 2);
    QVERIFY2(project.undoStack()->undoText().startsWith(u"Import %1 article"_s.arg(n + 1)),
             qPrintable(project.undoStack()->undoText()));
    QCOMPARE(project.storyLinks().size(), 1);
    const QString some = report.imported.at(7).id;
    const QString text = project.article(some).text;

    QVERIFY(project.undo());
    QCOMPARE(articleCount(project), 0);
    QVERIFY(project.storyLinks().isEmpty());
    QVERIFY(project.search(u"delegation"_s).isEmpty()); // the index follows
    QCOMPARE(project.tags().size(), 1);                 // the edit before stays

    QVERIFY(project.redo());
    QCOMPARE(articleCount(project), n + 1);
    QCOMPARE(project.article(some).text, text);
    QCOMPARE(project.storyLinks().size(), 1);
    QVERIFY(!project.search(u"delegation"_s).isEmpty());
    QVERIFY(project.articlesWithoutSketch().isEmpty()); // sketches came back too

    // Undone, then a new edit: the import cannot come back, and the file holds no copy of it.
    QVERIFY(project.undo());
    QVERIFY(project.addTag(u"after"_s) != 0);
    QVERIFY(!project.undoStack()->canRedo());
    QCOMPARE(articleCount(project), 0);
    QString report2;
    QVERIFY(project.checkIntegrity(&report2));
    // Importing again works as the first time.
    QCOMPARE(BulkImport::run(&project, {in}, {}).imported.size(), n + 1);
}

void TestBulkImport::cancelKeepsWholeBatches()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    const int n = 3 * BulkImport::BatchSize;
    for (int i = 0; i < n; ++i)
        QVERIFY(writeFile(in + u"/t%1.txt"_s.arg(i, 4, 10, QChar(u'0')), (u"Title %1\n\n"_s.arg(i) + story(1000 + i)).toUtf8()));
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    QList<ImportFailure> ignored;
    BulkImport::Callbacks cb;
    int written = 0;
    cb.cancelled = [&] { return written > 0; }; // cancel once the first batch is in
    ImportSettings settings;
    const qint64 importId = project.beginImport(u"cancel"_s);
    BulkImport importer(settings, BulkImport::known(&project));
    BulkImport::Callbacks writer = writingTo(&project, importId);
    cb.write = [&](const QList<NewArticle> &batch, QString *error) {
        const bool ok = writer.write(batch, error);
        written += ok;
        return ok;
    };
    const ImportReport report = importer.import(ImportFiles::collect({in}, false, &ignored), nullptr, cb);
    QVERIFY(project.finishImport(importId));
    QVERIFY(report.cancelled);
    QCOMPARE(report.imported.size(), BulkImport::BatchSize);
    QCOMPARE(articleCount(project), BulkImport::BatchSize);
    QCOMPARE(project.undoStack()->count(), 1);
    QVERIFY(project.undo());
    QCOMPARE(articleCount(project), 0);
}

void TestBulkImport::failedWriteStopsAndReports()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    QVERIFY(writePage(in + u"/a.html"_s, u"First"_s, u"Wire"_s, u"2021-01-01"_s, story(90)));
    Project project;
    QVERIFY(createEmpty(&project, dir.filePath(u"p.entente"_s)));
    BulkImport importer({}, BulkImport::known(&project));
    QList<ImportFailure> ignored;
    BulkImport::Callbacks cb;
    cb.write = [](const QList<NewArticle> &, QString *error) {
        *error = u"disk full"_s;
        return false;
    };
    const ImportReport report = importer.import(ImportFiles::collect({in}, false, &ignored), nullptr, cb);
    QVERIFY(report.imported.isEmpty());
    QCOMPARE(report.failed.size(), 1);
    QCOMPARE(report.failed.first().error, u"disk full"_s);
    QVERIFY(report.failed.first().file.startsWith(in + u"/a.html"_s));
}

void TestBulkImport::commandReportsJson()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    QVERIFY(writePage(in + u"/a.html"_s, u"Gas talks"_s, u"Wire"_s, u"2022-03-01"_s, story(110)));
    QVERIFY(writePage(in + u"/sub/b.html"_s, u"Gas talks again"_s, u"Daily"_s, u"2022-03-02"_s, story(110)));
    QVERIFY(writeFile(in + u"/broken.pdf"_s, "%PDF-1.4 broken"));
    const QString path = dir.filePath(u"p.entente"_s);
    QCOMPARE(TestFixtures::runEntente({u"new"_s, path, u"--empty"_s}).exitCode, 0);
    const auto run = TestFixtures::runEntente({u"import"_s, path, in, u"--recursive"_s, u"--source"_s, u"Archive"_s,
                                               u"--report"_s, u"json"_s});
    QCOMPARE(run.exitCode, 1); // the PDF failed, the others are in
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray imported = report.value(u"imported"_s).toArray();
    QCOMPARE(imported.size(), 1);
    const QJsonObject first = imported.first().toObject();
    QCOMPARE(first.value(u"file"_s).toString(), in + u"/a.html"_s);
    QCOMPARE(first.value(u"id"_s).toString(), u"gas-talks"_s);
    QCOMPARE(first.value(u"title"_s).toString(), u"Gas talks"_s);
    QCOMPARE(first.value(u"published"_s).toString(), u"2022-03-01"_s);
    QCOMPARE(first.value(u"source"_s).toString(), u"Archive"_s);
    QCOMPARE(first.value(u"language"_s).toString(), u"en"_s);
    const QJsonArray duplicates = report.value(u"duplicates"_s).toArray();
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.first().toObject().value(u"file"_s).toString(), in + u"/sub/b.html"_s);
    QCOMPARE(duplicates.first().toObject().value(u"of"_s).toString(), u"gas-talks"_s);
    QCOMPARE(duplicates.first().toObject().value(u"near"_s).toBool(true), false);
    const QJsonArray failed = report.value(u"failed"_s).toArray();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().toObject().value(u"file"_s).toString(), in + u"/broken.pdf"_s);
    QVERIFY(!failed.first().toObject().value(u"error"_s).toString().isEmpty());

    // Again: nothing new, nothing failed but the PDF.
    const auto again = TestFixtures::runEntente({u"import"_s, path, in + u"/a.html"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"Imported 0 article"_s), qPrintable(again.out));
    QVERIFY2(again.out.contains(u"Left out 1 exact duplicate"_s), qPrintable(again.out));
}

void TestBulkImport::commandExitCodes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.entente"_s);
    QCOMPARE(TestFixtures::runEntente({u"new"_s, path, u"--empty"_s}).exitCode, 0);
    QCOMPARE(TestFixtures::runEntente({u"import"_s, path}).exitCode, 2);                          // no PATH
    QCOMPARE(TestFixtures::runEntente({u"import"_s, path, dir.path(), u"--report"_s, u"xml"_s}).exitCode, 2);
    QCOMPARE(TestFixtures::runEntente({u"import"_s, path, dir.path(), u"--language"_s, u"12"_s}).exitCode, 2);
    QCOMPARE(TestFixtures::runEntente({u"import"_s, path, dir.path(), u"--bogus"_s}).exitCode, 2);
    const auto missingProject = TestFixtures::runEntente({u"import"_s, dir.filePath(u"none.entente"_s), dir.path()});
    QCOMPARE(missingProject.exitCode, 1);
    QVERIFY2(missingProject.err.contains(u"none.entente"_s), qPrintable(missingProject.err));
    const auto missingPath = TestFixtures::runEntente({u"import"_s, path, dir.filePath(u"nothing-here"_s)});
    QCOMPARE(missingPath.exitCode, 1);
    QVERIFY2(missingPath.out.contains(u"no such file or folder"_s), qPrintable(missingPath.out));
}

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulkimport.moc"

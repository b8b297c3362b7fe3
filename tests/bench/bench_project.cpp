// A project of the size our users reach (projectgenerator.h: 10,000 articles of about 4,000
// characters in English, Arabic and Persian, 100,000 annotations, plus one article of 300,000
// characters with 5,000 annotations), and what a user does with it:
// - opening it in the window, measured in a fresh process (this executable with --open-child)
//   from the start of main(): open_first_paint_ms (window painted, library filled) and
//   open_usable_ms (the first article of the library shown with its highlights, painted);
//   then 1,000 tag edits as the window receives them (tag_edit_p50_ms, tag_edit_p99_ms: each
//   addAnnotation() committed to the file and its signals handled, half of them on the open
//   article); then the long article opened beside it, and peak_rss_mb of that process;
// - search, by kind of query (rare words, officials' names, phrases, common words): p95 over
//   20 queries of each kind, top 50 with snippets and match offsets;
// - `entente export-csv` and `entente export-json` of the whole project, as processes.
// Run with `tools/dev bench`; figures go to bench-results.json (see benchresults.h). The size
// can be lowered for a quick look with ENTENTE_BENCH_PROJECT_ARTICLES (annotations scale), and
// the project kept between runs with ENTENTE_BENCH_PROJECT_FILE.

#include "benchresults.h"
#include "projectgenerator.h"

#include "mainwindow.h"
#include "projectcontroller.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "reference/gazetteer.h"
#include "settings.h"
#include "store/project.h"
#include "tags/taghighlighting.h"
#include "workspace/workspace.h"

#include "fixtures.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QFileInfo>
#include <QSet>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * p)));
}

// The peak resident set of this process image: VmHWM. Not getrusage()'s ru_maxrss, which
// Linux carries over exec() from the forked parent: a child started by a benchmark that has
// just generated 10,000 articles would report the parent's 400 MB.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

void result(const char *name, double value, const char *unit)
{
    std::printf("RESULT %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

// The view showing @p id, once its tag and mention layers are on.
ArticleView *waitForPane(MainWindow &window, const QString &id, bool withTags)
{
    ArticleView *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (ArticleView *view : window.findChildren<ArticleView *>()) {
            if (view->article().id != id)
                continue;
            const QStringList layers = view->highlightLayers();
            if (layers.contains(u"mentions"_s) && (!withTags || layers.contains(TagHighlighting::layerName()))) {
                found = view;
                return true;
            }
        }
        return false;
    }, 60000);
    return found;
}

// The child: the window on the project, from the start of main().
int runChild(int argc, char **argv, const QString &path)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    Settings::setEnabled(false);
    const auto phase = [&](const char *what) { std::printf("  %s at %.0f ms\n", what, sinceStart.nsecsElapsed() / 1e6); };
    phase("application");
    MainWindow window;
    window.resize(1400, 860);
    phase("window made");
    QString error;
    if (!window.projectController()->openProjectFile(path, false, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    phase("project open");
    QTimer::singleShot(0, [&] { phase("event loop running"); });
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const int articleCount = int(window.articles().size());
    window.grab();
    result("open_first_paint_ms", sinceStart.nsecsElapsed() / 1e6, "ms");
    if (qEnvironmentVariableIsSet("ENTENTE_BENCH_OPEN_ONLY")) // for profiling the open alone
        return 0;

    // The first article of the library (publication order), as a user's first click.
    const QString first = window.articles().constFirst().id;
    window.openArticles({first});
    ArticleView *view = waitForPane(window, first, true);
    if (!view) {
        std::fprintf(stderr, "the first article did not show with its highlights\n");
        return 1;
    }
    window.grab();
    result("open_usable_ms", sinceStart.nsecsElapsed() / 1e6, "ms");
    std::printf("articles in the library: %d\n", articleCount);

    // Tag edits: half on the open article (its highlighting follows), half anywhere.
    Project *project = window.workspace()->project();
    QRandomGenerator rng(1000);
    QList<double> edits;
    const int editCount = qEnvironmentVariableIsSet("ENTENTE_BENCH_EDITS") ? qEnvironmentVariableIntValue("ENTENTE_BENCH_EDITS") : 1000;
    for (int i = 0; i < editCount; ++i) {
        if (i % 100 == 0)
            std::fprintf(stderr, "edit %d at %.0f ms\n", i, sinceStart.nsecsElapsed() / 1e6);
        const QString id = i % 2 == 0 ? first : window.articles().at(rng.bounded(articleCount)).id;
        const qsizetype start = rng.bounded(3000);
        QElapsedTimer t;
        t.start();
        if (project->addAnnotation(id, start, start + 20 + rng.bounded(150), {qint64(2 + rng.bounded(5))}) == 0) {
            std::fprintf(stderr, "edit %d failed: %s\n", i, qPrintable(project->errorString()));
            return 1;
        }
        QCoreApplication::processEvents();
        edits.append(t.nsecsElapsed() / 1e6);
    }
    result("tag_edit_p50_ms", percentile(edits, 0.50), "ms");
    result("tag_edit_p99_ms", percentile(edits, 0.99), "ms");

    // The long article beside it.
    QElapsedTimer t;
    t.start();
    window.openArticles({first, Bench::ProjectGenerator::bigArticleId()});
    if (!waitForPane(window, Bench::ProjectGenerator::bigArticleId(), true)) {
        std::fprintf(stderr, "the long article did not show with its highlights\n");
        return 1;
    }
    window.grab();
    result("window_big_article_open_ms", t.nsecsElapsed() / 1e6, "ms");
    result("peak_rss_mb", peakRssMb(), "MB");
    return 0;
}

// Words (folded to lower case) of @p text.
QStringList words(const QString &text)
{
    static const QRegularExpression split(u"[^\\p{L}\\p{M}\\p{N}]+"_s);
    return text.toLower().split(split, Qt::SkipEmptyParts);
}

} // namespace

class BenchProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openInTheWindow();
    void search();
    void exports();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Bench::ProjectShape m_shape;
    QStringList m_rare, m_common, m_names, m_phrases;
    int m_annotations = 0;
};

void BenchProject::initTestCase()
{
    QVERIFY(m_dir.isValid());
    bool ok = false;
    const int articles = qEnvironmentVariableIntValue("ENTENTE_BENCH_PROJECT_ARTICLES", &ok);
    if (ok && articles > 0) {
        m_shape.articles = articles;
        m_shape.annotations = articles * 10;
    }
    QElapsedTimer t;
    t.start();
    const ProjectContents contents = Bench::ProjectGenerator::contents(m_shape);
    const double generated = t.nsecsElapsed() / 1e9;
    // ENTENTE_BENCH_PROJECT_FILE keeps the project between runs (made when missing); the
    // schema of this build must be the one it was made with.
    m_path = qEnvironmentVariable("ENTENTE_BENCH_PROJECT_FILE", m_dir.filePath(u"bench.entente"_s));
    if (!QFileInfo::exists(m_path)) {
        Project project;
        QVERIFY2(project.create(m_path), qPrintable(project.errorString()));
        t.restart();
        QVERIFY2(project.importContents(contents), qPrintable(project.errorString()));
    }
    qsizetype chars = 0;
    for (const Article &a : contents.articles)
        chars += a.text.size();
    m_annotations = int(contents.annotations.size());
    std::printf("generated %lld articles (%.1f M characters), %d annotations in %.1f s; written in %.1f s; file %.0f MB\n",
                qlonglong(contents.articles.size()), chars / 1e6, m_annotations, generated, t.nsecsElapsed() / 1e9,
                QFileInfo(m_path).size() / 1e6);

    // Queries from the corpus itself, so each kind finds what it says: words in 2-10 articles,
    // the most widespread words, officials' names that occur, two-word phrases in 0.5-5%.
    std::map<QString, int> df;
    std::map<QString, int> bigrams;
    const qsizetype sampleEvery = std::max<qsizetype>(1, contents.articles.size() / 2000);
    for (qsizetype i = 0; i < contents.articles.size(); ++i) {
        const QStringList w = words(contents.articles.at(i).text);
        QSet<QString> seen(w.cbegin(), w.cend());
        for (const QString &s : seen)
            ++df[s];
        if (i % sampleEvery == 0) {
            QSet<QString> pairs;
            for (qsizetype k = 0; k + 1 < w.size(); ++k)
                pairs.insert(w.at(k) + u' ' + w.at(k + 1));
            for (const QString &p : pairs)
                ++bigrams[p];
        }
    }
    QList<std::pair<int, QString>> byFrequency;
    for (const auto &[word, n] : df)
        if (word.size() >= 4 && !word.front().isDigit())
            byFrequency.append({n, word});
    std::sort(byFrequency.begin(), byFrequency.end(), std::greater<>());
    for (qsizetype i = 0; i < byFrequency.size() && m_common.size() < 20; ++i)
        m_common << byFrequency.at(i).second;
    // The rarest words (every fifth, so they are not all from one template).
    for (qsizetype i = byFrequency.size() - 1; i >= 0 && m_rare.size() < 20; i -= 5)
        m_rare << byFrequency.at(i).second;
    std::printf("rare words occur in %d-%d articles, common ones in %d-%d\n", df[m_rare.constFirst()],
                df[m_rare.constLast()], df[m_common.constLast()], df[m_common.constFirst()]);
    const qsizetype sampled = contents.articles.size() / sampleEvery;
    for (const auto &[pair, n] : bigrams)
        if (n * 200 >= sampled && n * 20 <= sampled && m_phrases.size() < 20 && qHash(pair) % 5 == 0)
            m_phrases << u'"' + pair + u'"';
    for (const Official &o : TestFixtures::bundledGazetteer().officials()) {
        for (const QString &name : QStringList{o.name} + o.arabicNames + o.persianNames) {
            const QStringList w = words(name);
            if (!w.isEmpty() && df.count(w.constLast()) && m_names.size() < 20)
                m_names << name;
        }
    }
    std::printf("queries: %lld rare, %lld names, %lld phrases, %lld common\n", qlonglong(m_rare.size()),
                qlonglong(m_names.size()), qlonglong(m_phrases.size()), qlonglong(m_common.size()));
    QVERIFY(!m_rare.isEmpty() && !m_names.isEmpty() && !m_phrases.isEmpty() && !m_common.isEmpty());
}

void BenchProject::openInTheWindow()
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"--open-child"_s, m_path});
    QVERIFY(child.waitForFinished(600000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    std::fputs(qPrintable(out), stdout);
    QCOMPARE(child.exitCode(), 0);
    static const QRegularExpression line(u"^RESULT (\\S+) (\\S+) (\\S+)$"_s, QRegularExpression::MultilineOption);
    int figures = 0;
    for (auto it = line.globalMatch(out); it.hasNext(); ++figures) {
        const QRegularExpressionMatch m = it.next();
        Bench::record(m.captured(1), m.captured(2).toDouble(), m.captured(3));
    }
    QCOMPARE(figures, 6);
}

void BenchProject::search()
{
    Project project;
    QVERIFY(project.open(m_path, Project::OpenMode::ReadOnly));
    const auto kind = [&](const char *name, const QStringList &queries) {
        QList<double> times;
        int hits = 0;
        for (int round = 0; round < 2; ++round) { // the first round warms the page cache
            times.clear();
            for (const QString &q : queries) {
                QElapsedTimer t;
                t.start();
                const SearchHitList found = project.search(q, 50);
                times.append(t.nsecsElapsed() / 1e6);
                hits += int(found.size());
                for (const SearchHit &h : found)
                    if (h.snippet.isEmpty())
                        qWarning("no snippet for %s in %s", qPrintable(q), qPrintable(h.articleId));
            }
        }
        std::printf("%s: %d hits over %lld queries (e.g. %s)\n", name, hits / 2, qlonglong(queries.size()),
                    qPrintable(queries.constFirst()));
        Bench::record(QString::fromLatin1(name), percentile(times, 0.95), u"ms"_s);
        return hits;
    };
    QVERIFY(kind("search_rare_p95_ms", m_rare) > 0);
    QVERIFY(kind("search_name_p95_ms", m_names) > 0);
    QVERIFY(kind("search_phrase_p95_ms", m_phrases) > 0);
    QVERIFY(kind("search_common_p95_ms", m_common) > 0);
}

void BenchProject::exports()
{
    const auto run = [&](const QString &command, const QString &out) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(ENTENTE_EXECUTABLE), {command, m_path, out});
        const bool finished = p.waitForFinished(600000);
        const double ms = t.nsecsElapsed() / 1e6;
        return finished && p.exitCode() == 0 ? ms : -1.0;
    };
    const QString csv = m_dir.filePath(u"out.csv"_s);
    const double csvMs = run(u"export-csv"_s, csv);
    QVERIFY(csvMs > 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qsizetype rows = 0;
    while (!file.atEnd())
        if (file.readLine().endsWith("\r\n"))
            ++rows;
    QVERIFY2(rows > m_annotations, qPrintable(u"%1 lines for %2 annotations"_s.arg(rows).arg(m_annotations)));
    Bench::record(u"export_csv_100k_ms"_s, csvMs, u"ms"_s);
    const double jsonMs = run(u"export-json"_s, m_dir.filePath(u"out.json"_s));
    QVERIFY(jsonMs > 0);
    Bench::record(u"export_json_100k_ms"_s, jsonMs, u"ms"_s);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--open-child") == 0) {
        const QString path = QString::fromLocal8Bit(argv[2]);
        int childArgc = 1;
        return runChild(childArgc, argv, path);
    }
    QApplication app(argc, argv);
    BenchProject bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_project.moc"

// Bulk import of saved web pages through the headless command, as a user would run it:
// 10,000 generated news pages (about 40 MB, HtmlCorpusGenerator) in nested folders,
// `entente new P --empty` then `entente import P pages --recursive --report json`, timed as a
// child process with its peak RSS; then the same folder again into the same project, which
// must add nothing. The report is checked: nothing failed, every page imported or left out as
// an exact duplicate (near duplicates are imported and listed as duplicates too), one new
// story per generated story, no duplicate pointing at another story.
//
// Figures (benchresults.h): import_10k_s, import_articles_per_s, import_peak_rss_mb,
// import_duplicates_found, reimport_10k_s. ENTENTE_BENCH_IMPORT_ARTICLES=N generates N pages
// instead; the figures are then named import_<N>_s, import_articles_per_s_<N>, … so a quick
// run does not overwrite the 10k ones (N written as "1k" for 1000). ENTENTE_BENCH_KEEP_PAGES=1
// keeps the generated folder and prints where it is. Run in Release (`tools/dev bench`).

#include "benchresults.h"
#include "htmlcorpusgenerator.h"
#include "text/storysketch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Entente;
using namespace Entente::Bench;

namespace {

constexpr int DefaultArticles = 10000;
constexpr int RunTimeoutMs = 25 * 60 * 1000;

int articleCount()
{
    const int n = qEnvironmentVariableIntValue("ENTENTE_BENCH_IMPORT_ARTICLES");
    return n > 0 ? n : DefaultArticles;
}

QString countLabel(int n)
{
    return n % 1000 == 0 ? QStringLiteral("%1k").arg(n / 1000) : QString::number(n);
}

QString ententeExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("ENTENTE_EXECUTABLE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef ENTENTE_EXECUTABLE
    return QStringLiteral(ENTENTE_EXECUTABLE);
#else
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../ui/entente"));
#endif
}

/// What was written to disk, page by page, and what the pages should come to.
struct Corpus
{
    struct Entry
    {
        QString file; ///< absolute path
        int story = 0;
        HtmlCorpusGenerator::Kind kind = HtmlCorpusGenerator::Kind::Original;
        QString language;
        QString headline;
        QDate published;
    };
    QList<Entry> pages;
    QHash<QString, qsizetype> byFile;
    int stories = 0;
    int nearDuplicates = 0;
    int exactDuplicates = 0;
    qint64 bytes = 0;
    QHash<QString, int> languages;
    QList<double> nearSimilarity; ///< StorySketch similarity of each near copy to its original
};

bool writeCorpus(const QString &directory, int count, Corpus *corpus, QString *error)
{
    HtmlCorpusGenerator generator;
    QSet<QString> made;
    QHash<int, StorySketch> originals;
    QDir().mkpath(directory);
    const QString root = QDir::cleanPath(QDir(directory).absolutePath());
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    for (int i = 0; i < count; ++i) {
        const HtmlCorpusGenerator::Page page = generator.next();
        const QString file = root + u'/' + page.relativePath;
        const QString folder = QFileInfo(file).absolutePath();
        if (!made.contains(folder)) {
            QDir().mkpath(folder);
            made.insert(folder);
        }
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(page.html) != page.html.size()) {
            *error = QStringLiteral("%1: %2").arg(file, out.errorString());
            return false;
        }
        corpus->byFile.insert(file, corpus->pages.size());
        if (canonicalRoot != root)
            corpus->byFile.insert(canonicalRoot + file.mid(root.size()), corpus->pages.size());
        corpus->pages.append({file, page.story, page.kind, page.language, page.headline, page.published});
        corpus->bytes += page.html.size();
        corpus->languages[page.language] += 1;
        switch (page.kind) {
        case HtmlCorpusGenerator::Kind::Original:
            originals.insert(page.story, StorySketch::of(page.text));
            break;
        case HtmlCorpusGenerator::Kind::NearDuplicate:
            ++corpus->nearDuplicates;
            corpus->nearSimilarity.append(StorySketch::similarity(StorySketch::of(page.text), originals.value(page.story)));
            break;
        case HtmlCorpusGenerator::Kind::ExactDuplicate:
            ++corpus->exactDuplicates;
            break;
        }
    }
    corpus->stories = generator.stories();
    return true;
}

struct ChildRun
{
    int exitCode = -1;     ///< -1: crashed, did not start or timed out
    QString problem;
    QByteArray out;
    QByteArray err;
    double seconds = 0;
    double polledPeakMb = 0; ///< highest VmHWM seen in /proc while it ran
};

double vmHwmMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

ChildRun runEntente(const QStringList &arguments, const QString &workingDirectory)
{
    ChildRun run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workingDirectory);
    QElapsedTimer timer;
    timer.start();
    p.start(ententeExecutable(), arguments);
    if (!p.waitForStarted(30000)) {
        run.problem = QStringLiteral("could not start %1: %2").arg(ententeExecutable(), p.errorString());
        return run;
    }
    const qint64 pid = p.processId();
    while (!p.waitForFinished(100)) {
        run.polledPeakMb = std::max(run.polledPeakMb, vmHwmMb(pid));
        if (timer.elapsed() > RunTimeoutMs) {
            p.kill();
            p.waitForFinished();
            run.problem = QStringLiteral("no result after %1 minutes").arg(RunTimeoutMs / 60000);
            return run;
        }
    }
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    if (p.exitStatus() == QProcess::NormalExit)
        run.exitCode = p.exitCode();
    else
        run.problem = QStringLiteral("crashed");
    return run;
}

/// Peak RSS of the largest child waited for so far, in MB.
double childrenPeakMb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

QString tail(const QByteArray &text, int lines = 15)
{
    const QStringList all = QString::fromUtf8(text).split(u'\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

struct Report
{
    QJsonArray imported;
    QJsonArray duplicates;
    QJsonArray failed;
};

bool parseReport(const QByteArray &out, Report *report, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("the report is not a JSON object (%1); it begins: %2")
                     .arg(parseError.errorString(), QString::fromUtf8(out.left(300)));
        return false;
    }
    const QJsonObject o = doc.object();
    for (const char *key : {"imported", "duplicates", "failed"}) {
        if (!o.value(QLatin1String(key)).isArray()) {
            *error = QStringLiteral("the report has no \"%1\" array").arg(QLatin1String(key));
            return false;
        }
    }
    report->imported = o.value(QLatin1String("imported")).toArray();
    report->duplicates = o.value(QLatin1String("duplicates")).toArray();
    report->failed = o.value(QLatin1String("failed")).toArray();
    return true;
}

/// The corpus entry a report path names: absolute, relative to one of @p bases, or the same
/// file through a symbolic link.
const Corpus::Entry *entryFor(const Corpus &corpus, const QString &reported, const QStringList &bases)
{
    if (reported.isEmpty())
        return nullptr;
    QStringList candidates;
    if (QFileInfo(reported).isAbsolute())
        candidates.append(reported);
    else
        for (const QString &base : bases)
            candidates.append(QDir(base).filePath(reported));
    for (const QString &candidate : std::as_const(candidates)) {
        auto it = corpus.byFile.constFind(QDir::cleanPath(candidate));
        if (it == corpus.byFile.cend())
            it = corpus.byFile.constFind(QFileInfo(candidate).canonicalFilePath());
        if (it != corpus.byFile.cend())
            return &corpus.pages.at(*it);
    }
    return nullptr;
}

} // namespace

class BenchImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Corpus m_corpus;
    QString m_project;
    QString m_pages;
    bool m_imported = false;

    QString figure(const QString &base) const
    {
        // import_10k_s at the default size; import_1k_s, import_articles_per_s_1k, … otherwise.
        const int n = int(m_corpus.pages.size());
        if (n == DefaultArticles)
            return base;
        if (base.endsWith(QLatin1String("_10k_s")))
            return base.chopped(6) + u'_' + countLabel(n) + QStringLiteral("_s");
        return base + u'_' + countLabel(n);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        if (qEnvironmentVariableIntValue("ENTENTE_BENCH_KEEP_PAGES") == 1) {
            m_dir.setAutoRemove(false);
            std::printf("bench_import: keeping %s\n", qPrintable(m_dir.path()));
        }
        std::printf("bench_import: entente is %s\n", qPrintable(ententeExecutable()));
    }

    // The generator on its own: reproducible, every slot filled, copies close to their
    // original and distinct stories far apart (StorySketch, as duplicate detection sees text).
    void generator()
    {
        constexpr int Sample = 400;
        HtmlCorpusGenerator a;
        HtmlCorpusGenerator b;
        QList<HtmlCorpusGenerator::Page> pages;
        qint64 bytes = 0;
        for (int i = 0; i < Sample; ++i) {
            pages.append(a.next());
            QCOMPARE(b.next().html, pages.last().html);
            bytes += pages.last().html.size();
            const QString &text = pages.last().text;
            QVERIFY2(!text.contains(u'{') && !text.contains(u'}') && !pages.last().headline.contains(u'{'),
                     qPrintable(pages.last().relativePath));
        }
        QHash<int, StorySketch> originals;
        QList<StorySketch> distinct;
        double nearMin = 1, exactMin = 1, distinctMax = 0;
        int near = 0, exact = 0;
        for (const auto &page : std::as_const(pages)) {
            const StorySketch sketch = StorySketch::of(page.text);
            if (page.kind == HtmlCorpusGenerator::Kind::Original) {
                for (const StorySketch &other : std::as_const(distinct))
                    distinctMax = std::max(distinctMax, StorySketch::similarity(sketch, other));
                originals.insert(page.story, sketch);
                distinct.append(sketch);
            } else if (page.kind == HtmlCorpusGenerator::Kind::NearDuplicate) {
                ++near;
                nearMin = std::min(nearMin, StorySketch::similarity(sketch, originals.value(page.story)));
                QVERIFY(sketch.exactKey != originals.value(page.story).exactKey);
            } else {
                ++exact;
                exactMin = std::min(exactMin, StorySketch::similarity(sketch, originals.value(page.story)));
                QCOMPARE(sketch.exactKey, originals.value(page.story).exactKey);
            }
        }
        std::printf("bench_import: generator: %d pages, %.0f bytes on average, %d near and %d exact copies; "
                    "similarity: near copies >= %.2f, exact copies >= %.2f, distinct stories <= %.2f\n",
                    Sample, double(bytes) / Sample, near, exact, nearMin, exactMin, distinctMax);
        QVERIFY(near > 0 && exact > 0);
        QVERIFY2(nearMin >= 0.6, "a near copy is too far from its original");
        QCOMPARE(exactMin, 1.0);
        QVERIFY2(distinctMax < 0.3, "two distinct stories are too alike");
    }

    void import()
    {
        const int count = articleCount();
        m_pages = QDir(m_dir.path()).filePath(QStringLiteral("pages"));
        m_project = QDir(m_dir.path()).filePath(QStringLiteral("p.entente"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(writeCorpus(m_pages, count, &m_corpus, &error), qPrintable(error));
        std::sort(m_corpus.nearSimilarity.begin(), m_corpus.nearSimilarity.end());
        const auto &sim = m_corpus.nearSimilarity;
        std::printf("bench_import: generated %d pages (%.1f MB) in %.1f s: %d stories, %d near and %d exact copies; "
                    "en %d, ar %d, fa %d; near copies' similarity min %.2f, median %.2f\n",
                    count, m_corpus.bytes / 1e6, timer.nsecsElapsed() / 1e9, m_corpus.stories, m_corpus.nearDuplicates,
                    m_corpus.exactDuplicates, m_corpus.languages.value(QStringLiteral("en")),
                    m_corpus.languages.value(QStringLiteral("ar")), m_corpus.languages.value(QStringLiteral("fa")),
                    sim.isEmpty() ? 0.0 : sim.constFirst(), sim.isEmpty() ? 0.0 : sim.at(sim.size() / 2));
        std::fflush(stdout);

        const ChildRun created = runEntente({QStringLiteral("new"), m_project, QStringLiteral("--empty")}, m_dir.path());
        QVERIFY2(created.exitCode == 0, qPrintable(QStringLiteral("entente new: %1 (exit code %2)\n%3")
                                                       .arg(created.problem).arg(created.exitCode).arg(tail(created.err))));

        const ChildRun run = runEntente({QStringLiteral("import"), m_project, m_pages, QStringLiteral("--recursive"),
                                         QStringLiteral("--report"), QStringLiteral("json")},
                                        m_dir.path());
        // Largest child so far: this import (the `new` before it is far smaller).
        const double peakMb = std::max(childrenPeakMb(), run.polledPeakMb);
        QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("entente import: %1 (exit code %2)\n%3")
                                                   .arg(run.problem).arg(run.exitCode).arg(tail(run.err))));
        Report report;
        QVERIFY2(parseReport(run.out, &report, &error), qPrintable(error));
        if (!report.failed.isEmpty()) {
            for (qsizetype i = 0; i < std::min<qsizetype>(5, report.failed.size()); ++i)
                std::printf("bench_import: failed: %s\n",
                            QJsonDocument(report.failed.at(i).toObject()).toJson(QJsonDocument::Compact).constData());
        }
        QCOMPARE(report.failed.size(), 0);
        // Every page once: imported, or left out as an exact duplicate. A near duplicate is
        // imported and listed under duplicates too (linked as the same story).
        QSet<QString> importedFiles, exactFiles, nearFiles;
        for (const QJsonValue &v : std::as_const(report.imported))
            importedFiles.insert(v.toObject().value(QLatin1String("file")).toString());
        for (const QJsonValue &v : std::as_const(report.duplicates)) {
            const QJsonObject o = v.toObject();
            (o.value(QLatin1String("near")).toBool() ? nearFiles : exactFiles).insert(o.value(QLatin1String("file")).toString());
        }
        QCOMPARE(importedFiles.size(), report.imported.size());
        QCOMPARE(exactFiles.size() + nearFiles.size(), report.duplicates.size());
        QVERIFY2(!importedFiles.intersects(exactFiles), "a page both imported and left out as an exact duplicate");
        QCOMPARE((importedFiles | exactFiles | nearFiles).size(), qsizetype(count));
        m_imported = true;

        record(figure(QStringLiteral("import_10k_s")), run.seconds, QStringLiteral("s"));
        record(figure(QStringLiteral("import_articles_per_s")), count / run.seconds, QStringLiteral("articles/s"));
        record(figure(QStringLiteral("import_peak_rss_mb")), peakMb, QStringLiteral("MB"));
        record(figure(QStringLiteral("import_duplicates_found")), double(report.duplicates.size()), QStringLiteral("count"));

        // What was found against what was made.
        const QStringList bases = {m_dir.path(), m_pages};
        QHash<QString, QString> fileOfId;
        int titles = 0, dates = 0, languages = 0, unresolved = 0, newStories = 0;
        QSet<int> storiesSeen;
        for (const QJsonValue &v : std::as_const(report.imported)) {
            const QJsonObject o = v.toObject();
            const QString file = o.value(QLatin1String("file")).toString();
            fileOfId.insert(o.value(QLatin1String("id")).toVariant().toString(), file);
            if (!nearFiles.contains(file))
                ++newStories;
            const Corpus::Entry *e = entryFor(m_corpus, file, bases);
            if (!e) {
                ++unresolved;
                continue;
            }
            if (!nearFiles.contains(file))
                storiesSeen.insert(e->story);
            titles += o.value(QLatin1String("title")).toString() == e->headline ? 1 : 0;
            dates += o.value(QLatin1String("published")).toString().startsWith(e->published.toString(Qt::ISODate)) ? 1 : 0;
            languages += o.value(QLatin1String("language")).toString().section(u'-', 0, 0) == e->language ? 1 : 0;
        }
        int wrongStory = 0;
        for (const QJsonValue &v : std::as_const(report.duplicates)) {
            const QJsonObject o = v.toObject();
            const Corpus::Entry *e = entryFor(m_corpus, o.value(QLatin1String("file")).toString(), bases);
            const QString of = o.value(QLatin1String("of")).toVariant().toString();
            const Corpus::Entry *original = entryFor(m_corpus, fileOfId.value(of, of), bases);
            if (!e || !original)
                ++unresolved;
            else if (e->story != original->story)
                ++wrongStory;
        }
        const qsizetype imported = report.imported.size();
        std::printf("bench_import: %lld imported: %d new stories (%d made) and %lld linked as near copies (%d made); "
                    "%lld left out as exact duplicates (%d made); %d duplicates of another story; %d paths or ids not "
                    "resolved\n",
                    qint64(imported), newStories, m_corpus.stories, qint64(nearFiles.size()), m_corpus.nearDuplicates,
                    qint64(exactFiles.size()), m_corpus.exactDuplicates, wrongStory, unresolved);
        std::printf("bench_import: metadata as generated: title %d, date %d, language %d of %lld imported\n", titles,
                    dates, languages, qint64(imported));
        std::printf("bench_import: peak RSS %.1f MB (getrusage), %.1f MB (polled VmHWM)\n", childrenPeakMb(), run.polledPeakMb);
        std::fflush(stdout);

        // Each story once: a few copies missed is tolerated, merging stories is not.
        QVERIFY2(wrongStory == 0, "a duplicate was matched to a different story");
        QVERIFY2(newStories >= m_corpus.stories, "fewer new stories than were generated: stories were merged");
        QVERIFY2(newStories <= m_corpus.stories + (m_corpus.nearDuplicates + m_corpus.exactDuplicates) / 10 + 1,
                 qPrintable(QStringLiteral("%1 copies taken for new stories").arg(newStories - m_corpus.stories)));
        if (unresolved == 0)
            QCOMPARE(storiesSeen.size(), qsizetype(m_corpus.stories));
    }

    void reimport()
    {
        if (!m_imported)
            QSKIP("the first import did not succeed");
        const ChildRun run = runEntente({QStringLiteral("import"), m_project, m_pages, QStringLiteral("--recursive"),
                                         QStringLiteral("--report"), QStringLiteral("json")},
                                        m_dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("entente import (again): %1 (exit code %2)\n%3")
                                                   .arg(run.problem).arg(run.exitCode).arg(tail(run.err))));
        Report report;
        QString error;
        QVERIFY2(parseReport(run.out, &report, &error), qPrintable(error));
        QCOMPARE(report.failed.size(), 0);
        QCOMPARE(report.imported.size(), 0);
        QCOMPARE(report.duplicates.size(), m_corpus.pages.size());
        record(figure(QStringLiteral("reimport_10k_s")), run.seconds, QStringLiteral("s"));
        std::printf("bench_import: re-import peak RSS %.1f MB (polled VmHWM)\n", run.polledPeakMb);
        std::fflush(stdout);
    }
};

int main(int argc, char **argv)
{
    // Generating and importing 10,000 pages can outlast QTest's default 5-minute watchdog.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1800000");
    QCoreApplication app(argc, argv);
    BenchImport test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "bench_import.moc"

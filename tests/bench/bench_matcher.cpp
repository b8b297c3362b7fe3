// Throughput of the officials matcher against the naive alternative (one QRegularExpression
// alternation of 500 names), on a generated corpus of more than 50 MB, and the time to build
// the automaton for 15,000 names. Prints its figures; run in Release (`tools/dev bench`).

#include "benchresults.h"

#include "reference/gazetteer.h"
#include "io/gazetteerreader.h"
#include "reference/officialsmatcher.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cstdio>
#include <ctime>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype CorpusBytes = 52 * 1000 * 1000;
constexpr qsizetype NaiveSliceBytes = 4 * 1000 * 1000;

const QStringList vocabulary = {
    u"the"_s, u"of"_s, u"and"_s, u"to"_s, u"in"_s, u"a"_s, u"is"_s, u"that"_s, u"for"_s, u"on"_s, u"with"_s,
    u"as"_s, u"was"_s, u"said"_s, u"by"_s, u"at"_s, u"from"_s, u"his"_s, u"an"_s, u"were"_s, u"are"_s,
    u"which"_s, u"this"_s, u"be"_s, u"has"_s, u"have"_s, u"had"_s, u"two"_s, u"countries"_s, u"relations"_s,
    u"bilateral"_s, u"cooperation"_s, u"security"_s, u"meeting"_s, u"minister"_s, u"president"_s,
    u"government"_s, u"Iran"_s, u"Iraq"_s, u"Tehran"_s, u"Baghdad"_s, u"visit"_s, u"delegation"_s,
    u"regional"_s, u"stability"_s, u"trade"_s, u"border"_s, u"agreement"_s, u"talks"_s, u"official"_s,
    u"foreign"_s, u"affairs"_s, u"economic"_s, u"energy"_s, u"water"_s, u"pilgrims"_s, u"neighbours"_s,
    u"stressed"_s, u"expressed"_s, u"hope"_s, u"strategic"_s, u"ties"_s, u"Islamic"_s, u"Republic"_s,
    u"parliament"_s, u"speaker"_s, u"council"_s, u"national"_s, u"interest"_s, u"development"_s,
    u"\u0627\u0644\u0639\u0631\u0627\u0642"_s, u"\u0625\u064A\u0631\u0627\u0646"_s, u"\u0627\u0644\u0631\u0626\u064A\u0633"_s,
    u"\u0648\u0632\u064A\u0631"_s, u"\u0631\u0626\u06CC\u0633\u200C\u062C\u0645\u0647\u0648\u0631"_s,
    u"\u062F\u06CC\u062F\u0627\u0631"_s, u"Daesh\u2019s"_s, u"counter-terrorism"_s, u"well\u2013known"_s,
};
const QStringList punctuation = {u" "_s, u" "_s, u" "_s, u" "_s, u" "_s, u" "_s, u", "_s, u". "_s, u".\n"_s, u": “"_s, u"” "_s};

const QStringList firstNames = {
    u"Ali"_s, u"Hassan"_s, u"Hossein"_s, u"Mohammad"_s, u"Mohammed"_s, u"Ahmad"_s, u"Reza"_s, u"Mahmoud"_s,
    u"Mustafa"_s, u"Haider"_s, u"Adel"_s, u"Salim"_s, u"Fuad"_s, u"Qasim"_s, u"Ibrahim"_s, u"Karim"_s,
    u"Jafar"_s, u"Omar"_s, u"Yusuf"_s, u"Khalid"_s, u"Nouri"_s, u"Ammar"_s, u"Hadi"_s, u"Saeed"_s,
    u"Majid"_s, u"Masoud"_s, u"Abbas"_s, u"Javad"_s, u"Mehdi"_s, u"Kazem"_s,
};
const QStringList syllables = {u"ka"_s, u"da"_s, u"mi"_s, u"ra"_s, u"sha"_s, u"ni"_s, u"ba"_s, u"zi"_s, u"fa"_s,
                               u"ru"_s, u"lo"_s, u"he"_s, u"qa"_s, u"jo"_s, u"ta"_s, u"yo"_s, u"ve"_s, u"ghu"_s,
                               u"ki"_s, u"sa"_s, u"mo"_s, u"di"_s, u"wa"_s, u"pe"_s};

// @p count distinct generated names ("Karim al-Kadamira", "Omar Shanibo", ...).
QStringList generatedNames(int count)
{
    QStringList names;
    names.reserve(count);
    int i = 0;
    while (names.size() < count) {
        const int n = i++;
        QString surname = syllables.at(n % syllables.size()) + syllables.at((n / syllables.size()) % syllables.size())
            + syllables.at((n / (syllables.size() * syllables.size())) % syllables.size()) + u"ri"_s;
        surname[0] = surname.at(0).toUpper();
        const QString first = firstNames.at((n * 7) % firstNames.size());
        names.append(n % 3 == 0 ? QString(first + u" al-"_s + surname) : QString(first + u' ' + surname));
    }
    return names;
}

QStringList realNames(const Gazetteer &g)
{
    QStringList names;
    for (const Official &o : g.officials())
        names += o.allNames();
    return names;
}

QString generateCorpus(const QStringList &names, qsizetype bytes)
{
    QRandomGenerator rng(20240501);
    QString text;
    text.reserve(bytes + 1000);
    qsizetype utf8 = 0;
    while (utf8 < bytes) {
        const QString &w = (rng.bounded(120) == 0) ? names.at(rng.bounded(int(names.size())))
                                                   : vocabulary.at(rng.bounded(int(vocabulary.size())));
        const QString &p = punctuation.at(rng.bounded(int(punctuation.size())));
        text += w;
        text += p;
        for (const QString *s : {&w, &p}) {
            for (QChar c : *s)
                utf8 += c.unicode() < 0x80 ? 1 : (c.unicode() < 0x800 ? 2 : 3);
        }
    }
    return text;
}

double mb(qsizetype bytes)
{
    return double(bytes) / 1e6;
}

// Wall time can mislead on a shared machine; the thread's CPU time is reported beside it.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

template<typename F>
Timing timed(F &&f)
{
    QElapsedTimer t;
    const double c0 = cpuSeconds();
    t.start();
    f();
    return {double(t.nsecsElapsed()) / 1e9, cpuSeconds() - c0};
}

// The digests of digest() over this corpus as the per-unit scan gave them before the ASCII fast
// path (1,000 names, 15,000 names, the naive slice): a faster scan must reproduce every field
// of every mention. They change, and must be updated here, only when the bundled gazetteer or
// this corpus generator does.
const char *const ExpectedDigest1k = "9104b941e4b0de1b";
const char *const ExpectedDigest15k = "d17c8248f93ca5a9";
const char *const ExpectedDigestSlice = "fb05c1c3975e5b8a";

// Every field of every mention, one line each: what a faster scan must reproduce byte for byte.
QByteArray serialized(const QList<Mention> &mentions)
{
    QByteArray out;
    for (const Mention &m : mentions) {
        out += QByteArray::number(m.start) + '\t' + QByteArray::number(m.end) + '\t' + m.officialId.toUtf8() + '\t'
            + m.matched.toUtf8() + '\t' + (m.ambiguous ? "A" : "-") + '\t' + m.candidates.join(u',').toUtf8() + '\t'
            + m.reason.toUtf8() + '\t' + QByteArray::number(m.confidence, 'g', 17) + '\t' + m.clitic.toUtf8() + '\t'
            + (m.fuzzy ? "F" : "-") + '\n';
    }
    return out;
}

// The SHA-256 of serialized(); with ENTENTE_BENCH_MATCHER_DUMP set, the mentions are also
// appended to that file (to diff two builds' results).
QByteArray digest(const char *label, const QList<Mention> &mentions)
{
    const QByteArray bytes = serialized(mentions);
    const QString dump = qEnvironmentVariable("ENTENTE_BENCH_MATCHER_DUMP");
    if (!dump.isEmpty()) {
        QFile f(dump);
        if (f.open(QIODevice::Append)) {
            f.write(QByteArray("### ") + label + '\n');
            f.write(bytes);
        }
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
}

} // namespace

class BenchMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throughput()
    {
        Gazetteer gazetteer;
        QString gazetteerError;
        QVERIFY2(GazetteerReader::readFile(QStringLiteral(ENTENTE_TEST_CORPUS "/officials.json"), &gazetteer, &gazetteerError), qPrintable(gazetteerError));
        const QStringList real = realNames(gazetteer);
        const QStringList names15k = real + generatedNames(15000 - int(real.size()));
        const QStringList names1k = names15k.mid(0, 1000);

        // Build time for 15,000 names: best of five (names added, folded and compiled).
        QStringList ids;
        for (qsizetype i = 0; i < names15k.size(); ++i)
            ids.append(u"p"_s + QString::number(i));
        Timing bestBuild{1e9, 1e9};
        OfficialsMatcher big;
        for (int round = 0; round < 7; ++round) {
            const Timing t = timed([&] {
                big.clear();
                for (qsizetype i = 0; i < names15k.size(); ++i)
                    big.addName(names15k.at(i), ids.at(i), OfficialsMatcher::NameKind::Full);
                big.build();
            });
            bestBuild.wall = std::min(bestBuild.wall, t.wall);
            bestBuild.cpu = std::min(bestBuild.cpu, t.cpu);
        }
        std::printf("automaton build, %lld names (%lld patterns with variants, %lld states): %.1f ms wall, %.1f ms CPU (best of 7)\n",
                    qint64(names15k.size()), qint64(big.patternCount()), qint64(big.stateCount()), bestBuild.wall * 1e3,
                    bestBuild.cpu * 1e3);
        Bench::record(u"matcher_build_15k_names_ms"_s, bestBuild.wall * 1e3, u"ms"_s);

        OfficialsMatcher small;
        for (qsizetype i = 0; i < names1k.size(); ++i)
            small.addName(names1k.at(i), u"p"_s + QString::number(i), OfficialsMatcher::NameKind::Full);
        small.build();

        const QString corpus = generateCorpus(names15k, CorpusBytes);
        const qsizetype corpusBytes = corpus.toUtf8().size();
        std::printf("generated corpus: %.1f MB UTF-8 (%lld UTF-16 units), a name every ~120 words, Latin and Arabic script\n",
                    mb(corpusBytes), qint64(corpus.size()));

        for (const auto &[label, matcher] : {std::pair{"1,000 names", &small}, std::pair{"15,000 names", &big}}) {
            double bestWall = 0;
            double bestCpu = 0;
            qsizetype count = 0;
            for (int round = 0; round < 3; ++round) {
                const Timing t = timed([&] { count = matcher->find(corpus).size(); });
                bestWall = std::max(bestWall, mb(corpusBytes) / t.wall);
                bestCpu = std::max(bestCpu, mb(corpusBytes) / t.cpu);
            }
            const QByteArray d = digest(label, matcher->find(corpus));
            std::printf("OfficialsMatcher (%s, folding included): %.0f MB/s wall, %.0f MB/s CPU, %lld mentions (digest %s)\n",
                        label, bestWall, bestCpu, qint64(count), d.constData());
            Bench::record(matcher == &small ? u"matcher_mb_s"_s : u"matcher_15k_names_mb_s"_s, bestWall, u"MB/s"_s);
            QVERIFY2(d == (matcher == &small ? ExpectedDigest1k : ExpectedDigest15k),
                     "the mentions differ from the saved ones (ENTENTE_BENCH_MATCHER_DUMP=file writes them out to diff)");
        }

        // The naive way: one alternation of 500 names, on a slice (it is far slower).
        QStringList escaped;
        for (const QString &n : names15k.mid(0, 500))
            escaped.append(QRegularExpression::escape(n));
        const QRegularExpression naive(u"\\b(?:"_s + escaped.join(u'|') + u")\\b"_s,
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QVERIFY2(naive.isValid(), qPrintable(naive.errorString()));
        naive.optimize();
        qsizetype sliceUnits = 0;
        for (qsizetype bytes = 0; sliceUnits < corpus.size() && bytes < NaiveSliceBytes; ++sliceUnits)
            bytes += corpus.at(sliceUnits).unicode() < 0x80 ? 1 : (corpus.at(sliceUnits).unicode() < 0x800 ? 2 : 3);
        const QString slice = corpus.first(sliceUnits);
        const qsizetype sliceBytes = slice.toUtf8().size();
        qsizetype naiveCount = 0;
        const Timing naiveTime = timed([&] {
            for (auto it = naive.globalMatch(slice); it.hasNext(); it.next())
                ++naiveCount;
        });
        qsizetype oursOnSlice = 0;
        const Timing oursTime = timed([&] { oursOnSlice = small.find(slice).size(); });
        const QByteArray sliceDigest = digest("slice", small.find(slice));
        std::printf("slice mentions digest %s\n", sliceDigest.constData());
        std::printf("naive QRegularExpression \\b(?:500 names)\\b, on a %.1f MB slice: %.1f MB/s wall, %.1f MB/s CPU, %lld matches\n"
                    "OfficialsMatcher (1,000 names) on the same slice: %.0f MB/s wall, %.0f MB/s CPU, %lld mentions; %.0fx the naive (CPU)\n",
                    mb(sliceBytes), mb(sliceBytes) / naiveTime.wall, mb(sliceBytes) / naiveTime.cpu, qint64(naiveCount),
                    mb(sliceBytes) / oursTime.wall, mb(sliceBytes) / oursTime.cpu, qint64(oursOnSlice),
                    naiveTime.cpu / oursTime.cpu);
        std::fflush(stdout);
        Bench::record(u"naive_regex_mb_s"_s, mb(sliceBytes) / naiveTime.wall, u"MB/s"_s);
        QVERIFY(naiveCount > 0);
        QCOMPARE(sliceDigest, QByteArray(ExpectedDigestSlice));
    }
};

QTEST_GUILESS_MAIN(BenchMatcher)
#include "bench_matcher.moc"

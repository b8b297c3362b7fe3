// Statement extraction speed: the bundled corpus, and one long article made of it repeated, so
// that any cost growing faster than the text shows up. Prints MB/s and statements/s.
#include "benchresults.h"

#include "io/corpusloader.h"
#include "io/gazetteerreader.h"
#include "reference/gazetteer.h"
#include "reference/gazetteerspeakerresolver.h"
#include "text/statementextractor.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class BenchStatementExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus();
    void longArticle_data();
    void longArticle();
};

static const GazetteerSpeakerResolver &resolver()
{
    static const GazetteerSpeakerResolver r = [] {
        Gazetteer g;
        QString error;
        if (!GazetteerReader::readFile(QStringLiteral(ENTENTE_TEST_CORPUS "/officials.json"), &g, &error))
            qFatal("%s", qPrintable(error));
        return GazetteerSpeakerResolver(g);
    }();
    return r;
}

static ArticleList corpusArticles()
{
    CorpusLoader loader;
    if (!loader.load(QStringLiteral(ENTENTE_TEST_CORPUS)))
        qFatal("%s", qPrintable(loader.errorString()));
    return loader.articles();
}

void BenchStatementExtractor::corpus()
{
    const ArticleList articles = corpusArticles();
    const StatementExtractor extractor(&resolver());
    qsizetype found = 0;
    QBENCHMARK {
        found = extractor.extract(articles).size();
    }
    QVERIFY(found > 0);
}

void BenchStatementExtractor::longArticle_data()
{
    QTest::addColumn<int>("copies");
    QTest::newRow("x10") << 10;
    QTest::newRow("x100") << 100;
    QTest::newRow("x400") << 400;
}

void BenchStatementExtractor::longArticle()
{
    QFETCH(int, copies);
    const ArticleList articles = corpusArticles();
    Article big = articles.constFirst();
    QString one;
    for (const Article &a : articles)
        one += a.text + u"\n\n";
    big.text = one.repeated(copies);
    const StatementExtractor extractor(&resolver());
    QElapsedTimer timer;
    timer.start();
    const qsizetype found = extractor.extract(big).size();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double mb = double(big.text.toUtf8().size()) / 1e6;
    qInfo("%d copies: %.2f MB, %lld statements in %.3f s: %.2f MB/s, %.0f statements/s", copies, mb,
          qlonglong(found), seconds, mb / seconds, double(found) / seconds);
    QCOMPARE(found, qsizetype(52) * copies);
    Bench::record(copies == 400 ? u"statements_mb_s"_s : u"statements_mb_s_x%1"_s.arg(copies), mb / seconds, u"MB/s"_s);
}

QTEST_GUILESS_MAIN(BenchStatementExtractor)
#include "bench_statementextractor.moc"

// Full-text search over the bundled corpus: words, phrases, prefixes, and unsafe input.
#include "io/corpusseeder.h"
#include "fixtures.h"
#include "models/searchresultsmodel.h"
#include "store/project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

class TestSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();
    void ftsQuery_data();
    void ftsQuery();
    void snippets();
    void resultsModel();

private:
    QTemporaryDir m_dir;
    Project m_project;
};

void TestSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("search.entente"));
    const QString error = TestFixtures::createBundledProject(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_project.open(path, Project::OpenMode::ReadOnly));
}

void TestSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("articles"); // expected hits, any order
    QTest::addColumn<QString>("matchPattern"); // every match, case-folded, must start with this
    const QString rouhani = QStringLiteral("rouhani-fuad-hussein-2021");
    const QString kazimi = QStringLiteral("kazimi-iranian-journalists-2021");
    const QString shamkhani = QStringLiteral("shamkhani-salih-baghdad-2020");
    QTest::newRow("prefix") << QStringLiteral("strateg*") << QStringList{rouhani, kazimi} << QStringLiteral("strateg");
    QTest::newRow("prefix is case-insensitive") << QStringLiteral("STRATEG*") << QStringList{rouhani, kazimi} << QStringLiteral("strateg");
    QTest::newRow("whole word is not a prefix") << QStringLiteral("strateg") << QStringList{} << QString();
    QTest::newRow("phrase") << QStringLiteral("\"Supreme National Security Council\"") << QStringList{shamkhani}
                            << QStringLiteral("supreme national security council");
    QTest::newRow("phrase in a sentence") << QStringLiteral("\"Fuad Hussein in Tehran\"") << QStringList{rouhani}
                                          << QStringLiteral("fuad hussein in tehran");
    QTest::newRow("words out of order are not the phrase") << QStringLiteral("\"Council Security National Supreme\"")
                                                           << QStringList{} << QString();
    QTest::newRow("unclosed quote") << QStringLiteral("\"Supreme National") << QStringList{shamkhani} << QStringLiteral("supreme national");
    QTest::newRow("FTS syntax is taken literally") << QStringLiteral("NEAR(strategic) AND") << QStringList{} << QString();
    QTest::newRow("stray operators") << QStringLiteral("-*\"()^:") << QStringList{} << QString();
}

void TestSearch::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, articles);
    QFETCH(QString, matchPattern);
    const SearchHitList hits = m_project.search(query);
    QStringList found;
    for (const SearchHit &hit : hits) {
        found.append(hit.articleId);
        QVERIFY(!hit.matches.isEmpty());
        const QList<uint> text = m_project.article(hit.articleId).text.toUcs4();
        for (const auto &[start, end] : hit.matches) {
            QVERIFY(start >= 0 && end <= text.size() && start < end);
            const QString matched = QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()) + start, end - start);
            QVERIFY2(matched.toCaseFolded().startsWith(matchPattern), qPrintable(matched));
        }
    }
    found.sort();
    articles.sort();
    QCOMPARE(found, articles);
}

void TestSearch::ftsQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fts");
    QTest::newRow("words") << QStringLiteral("iran iraq") << QStringLiteral("\"iran\" \"iraq\"");
    QTest::newRow("prefix") << QStringLiteral("diplom*") << QStringLiteral("\"diplom\"*");
    QTest::newRow("phrase") << QStringLiteral("\"Prime Minister\"") << QStringLiteral("\"prime minister\"");
    QTest::newRow("operators become words") << QStringLiteral("a OR b") << QStringLiteral("\"a\" \"or\" \"b\"");
    QTest::newRow("punctuation only") << QStringLiteral("()-:") << QString();
    QTest::newRow("diacritics folded") << QStringLiteral("Téhéran") << QStringLiteral("\"teheran\"");
}

void TestSearch::ftsQuery()
{
    QFETCH(QString, input);
    QFETCH(QString, fts);
    QCOMPARE(Project::toFtsQuery(input), fts);
}

void TestSearch::snippets()
{
    const SearchHitList hits = m_project.search(QStringLiteral("\"Fuad Hussein\""));
    QVERIFY(!hits.isEmpty());
    const SearchHit &hit = hits.first();
    QVERIFY2(hit.snippet.contains(QStringLiteral("Fuad Hussein")), qPrintable(hit.snippet));
    QVERIFY2(hit.snippetHtml.contains(QStringLiteral("<b>Fuad Hussein</b>")), qPrintable(hit.snippetHtml));
    QVERIFY(!hit.snippet.contains(QChar(1)));
    QCOMPARE(m_project.search(QString()).size(), 0);
    QCOMPARE(m_project.search(QStringLiteral("strateg*"), 1).size(), 1);
    // Ranked first, read after: best first, and the limit keeps the best.
    const SearchHitList all = m_project.search(QStringLiteral("the"));
    QVERIFY(all.size() >= 3);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).rank <= all.at(i).rank);
    const SearchHitList two = m_project.search(QStringLiteral("the"), 2);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).articleId, all.at(0).articleId);
    QCOMPARE(two.at(1).articleId, all.at(1).articleId);
    for (const SearchHit &h : all) {
        QVERIFY(!h.title.isEmpty());
        QVERIFY2(h.snippetHtml.contains(QStringLiteral("<b>")), qPrintable(h.snippetHtml));
        QVERIFY(!h.matches.isEmpty());
    }
}

void TestSearch::resultsModel()
{
    SearchResultsModel model(&m_project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(QStringLiteral("strateg*"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    const QString id = first.data(SearchResultsModel::ArticleIdRole).toString();
    QCOMPARE(first.data().toString(), m_project.article(id).title);
    QVERIFY(first.data(SearchResultsModel::SnippetHtmlRole).toString().contains(QStringLiteral("<b>")));
    const QVariantList matches = first.data(SearchResultsModel::MatchesRole).toList();
    QCOMPARE(matches.size(), first.data(SearchResultsModel::MatchCountRole).toInt());
    QVERIFY(!matches.isEmpty());
    const QVariantList span = matches.first().toList();
    QVERIFY(span.at(0).toLongLong() < span.at(1).toLongLong());
    model.setQuery(QStringLiteral("\"Supreme National Security Council\""));
    QCOMPARE(model.rowCount(), 1);
    model.setHits(QStringLiteral("x"), {});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.query(), QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"

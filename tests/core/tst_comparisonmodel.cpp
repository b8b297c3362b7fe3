#include "io/corpusloader.h"
#include "fixtures.h"
#include "io/gazetteerreader.h"
#include "reference/gazetteer.h"
#include "models/comparisonmodel.h"
#include "models/statementsmodel.h"
#include "reference/gazetteerspeakerresolver.h"
#include "text/statementextractor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Entente;

namespace {

Statement make(const QString &speaker, const char *date, const QString &article, const QStringList &tags = {})
{
    Statement s;
    s.articleId = article;
    s.speakerId = speaker;
    s.text = QStringLiteral("words of %1").arg(speaker);
    s.content = {TextSpan{0, 10}};
    s.date = EdtfDate::parse(QString::fromLatin1(date));
    s.tags = tags;
    return s;
}

// The speaker ids in each year column, "2020: a, b | 2021: ...".
QString layout(const ComparisonModel &m)
{
    QStringList columns;
    for (int c = 0; c < m.columnCount(); ++c) {
        QStringList ids;
        for (int r = 0; r < m.rowCount(); ++r) {
            if (const Statement *s = m.statementAt(m.index(r, c)))
                ids.append(s->speakerId.isEmpty() ? s->speakerCandidates.join(u'/') : s->speakerId);
        }
        columns.append(QString::number(m.years().at(c)) + u": " + ids.join(QStringLiteral(", ")));
    }
    return columns.join(QStringLiteral(" | "));
}

} // namespace

class TestComparisonModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void followsSource();
    void cellsAndRoles();
    void corpusOffice();

private:
    Gazetteer m_gazetteer;
};

void TestComparisonModel::initTestCase()
{
    m_gazetteer = TestFixtures::bundledGazetteer();
}

void TestComparisonModel::filters_data()
{
    QTest::addColumn<QStringList>("speakers");
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QList<int>>("years");
    QTest::addColumn<QString>("expected");

    const QList<int> def = ComparisonModel::defaultYears();
    QTest::newRow("everyone, default years") << QStringList() << QString() << QString() << def
        << QStringLiteral("2020: barham-salih, ali-shamkhani | 2021: hassan-rouhani | 2022: barham-salih/abdul-latif-rashid | 2023: ali-khamenei, abdul-latif-rashid");
    QTest::newRow("one speaker") << QStringList{QStringLiteral("barham-salih")} << QString() << QString() << def
        << QStringLiteral("2020: barham-salih | 2021:  | 2022: barham-salih/abdul-latif-rashid | 2023: ");
    QTest::newRow("two speakers") << QStringList{QStringLiteral("hassan-rouhani"), QStringLiteral("ali-khamenei")}
        << QString() << QString() << def
        << QStringLiteral("2020:  | 2021: hassan-rouhani | 2022:  | 2023: ali-khamenei");
    QTest::newRow("office: President of Iraq by date") << QStringList() << QStringLiteral("President of Iraq")
        << QString() << def
        << QStringLiteral("2020: barham-salih | 2021:  | 2022: barham-salih/abdul-latif-rashid | 2023: abdul-latif-rashid");
    QTest::newRow("office and tag") << QStringList() << QStringLiteral("President of Iraq")
        << QStringLiteral("security") << def << QStringLiteral("2020: barham-salih | 2021:  | 2022:  | 2023: ");
    QTest::newRow("years present") << QStringList() << QStringLiteral("President of Iraq") << QString()
        << QList<int>() << QStringLiteral("2020: barham-salih | 2022: barham-salih/abdul-latif-rashid | 2023: abdul-latif-rashid");
    QTest::newRow("office nobody held") << QStringList() << QStringLiteral("Mayor of Baghdad") << QString()
        << QList<int>() << QString();
}

void TestComparisonModel::filters()
{
    QFETCH(QStringList, speakers);
    QFETCH(QString, office);
    QFETCH(QString, tag);
    QFETCH(QList<int>, years);
    QFETCH(QString, expected);

    const GazetteerSpeakerResolver resolver(m_gazetteer);
    StatementsModel source;
    Statement uncertain = make(QString(), "2022", QStringLiteral("c"));
    uncertain.speakerCandidates = {QStringLiteral("barham-salih"), QStringLiteral("abdul-latif-rashid")};
    source.setStatements({
        make(QStringLiteral("barham-salih"), "2020", QStringLiteral("a"), {QStringLiteral("security")}),
        make(QStringLiteral("ali-shamkhani"), "2020", QStringLiteral("a")),
        make(QStringLiteral("hassan-rouhani"), "2021-02-06", QStringLiteral("b")),
        uncertain,
        make(QStringLiteral("ali-khamenei"), "2023-04", QStringLiteral("d")),
        make(QStringLiteral("abdul-latif-rashid"), "2023-04", QStringLiteral("d")),
        make(QString(), "2023", QStringLiteral("d")), // unknown speaker: never shown
        make(QStringLiteral("hassan-rouhani"), "2019", QStringLiteral("e")), // outside the default years
    });
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpeakerResolver(&resolver);
    model.setSourceModel(&source);
    model.setYears(years);
    if (!office.isEmpty())
        model.setOffice(office);
    else
        model.setSpeakers(speakers);
    model.setTag(tag);
    QCOMPARE(layout(model), expected);
}

void TestComparisonModel::followsSource()
{
    StatementsModel source;
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSourceModel(&source);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    source.addStatement(make(QStringLiteral("barham-salih"), "2020", QStringLiteral("a")));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.countInYear(2020), 1);
    source.removeStatement(0);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestComparisonModel::cellsAndRoles()
{
    const GazetteerSpeakerResolver resolver(m_gazetteer);
    StatementsModel source;
    Statement s = make(QStringLiteral("barham-salih"), "2020", QStringLiteral("a"));
    s.text = QStringLiteral("Iraq is an independent country");
    s.content = {TextSpan{120, 150}};
    s.kind = Statement::Kind::Direct;
    source.setStatements({s, make(QStringLiteral("hassan-rouhani"), "2021", QStringLiteral("b")),
                          make(QStringLiteral("hassan-rouhani"), "2021-06", QStringLiteral("b"))});
    Article a;
    a.id = QStringLiteral("a");
    a.title = QStringLiteral("Iran, Iraq discuss");
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpeakerResolver(&resolver);
    model.setArticles({a});
    model.setSourceModel(&source);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("2020 (1)"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("2021 (2)"));
    const QModelIndex cell = model.index(0, 0);
    QCOMPARE(cell.data(ComparisonModel::ArticleIdRole).toString(), QStringLiteral("a"));
    QCOMPARE(cell.data(ComparisonModel::StartRole).value<qsizetype>(), qsizetype(120));
    QCOMPARE(cell.data(ComparisonModel::EndRole).value<qsizetype>(), qsizetype(150));
    QCOMPARE(cell.data(ComparisonModel::SpeakerNameRole).toString(), QStringLiteral("Barham Salih"));
    QCOMPARE(cell.data(ComparisonModel::SourceRole).toString(), QStringLiteral("Iran, Iraq discuss"));
    QCOMPARE(cell.data(ComparisonModel::DateTextRole).toString(), EdtfDate::fromYear(2020).toDisplayString());
    QVERIFY(cell.data().toString().contains(QStringLiteral("“Iraq is an independent country”")));
    QVERIFY(cell.flags() & Qt::ItemIsSelectable);
    // The empty cell under 2020.
    const QModelIndex empty = model.index(1, 0);
    QVERIFY(!empty.data().isValid());
    QCOMPARE(empty.flags(), Qt::NoItemFlags);
    QVERIFY(!model.statementAt(empty));
    // 2021: the year-precision date sorts before June.
    QCOMPARE(model.statementAt(model.index(0, 1))->date, EdtfDate::fromYear(2021));
    QCOMPARE(model.statementAt(model.index(1, 1))->date, EdtfDate::fromYearMonth(2021, 6));
}

void TestComparisonModel::corpusOffice()
{
    // The bundled corpus end to end: the President of Iraq is Salih in 2020, Rashid in 2023.
    const GazetteerSpeakerResolver resolver(m_gazetteer);
    const StatementExtractor extractor(&resolver);
    StatementsModel source;
    source.setStatements(extractor.extract(TestFixtures::bundledArticles()));
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpeakerResolver(&resolver);
    model.setSourceModel(&source);
    model.setOffice(QStringLiteral("President of Iraq"));
    QSet<QString> in2020, in2023;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (const Statement *s = model.statementAt(model.index(r, 0)))
            in2020.insert(s->speakerId);
        if (const Statement *s = model.statementAt(model.index(r, 3)))
            in2023.insert(s->speakerId);
    }
    QCOMPARE(in2020, QSet<QString>{QStringLiteral("barham-salih")});
    QCOMPARE(in2023, QSet<QString>{QStringLiteral("abdul-latif-rashid")});
    QCOMPARE(model.countInYear(2020), 4);  // three quotes and "urged"
    QCOMPARE(model.countInYear(2021), 0);
    QCOMPARE(model.countInYear(2023), 13); // Rashid: 3 in the Khamenei article, 10 in the interview (gold)
}

QTEST_GUILESS_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"

#include "models/statementsmodel.h"
#include "store/recordconversion.h"
#include "text/tablespeakerresolver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Entente;

namespace {

Statement make(const QString &speaker, const char *date, const QString &text, qsizetype start = 0)
{
    Statement s;
    s.articleId = QStringLiteral("a");
    s.speakerId = speaker;
    s.cue = QStringLiteral("said");
    s.text = text;
    s.content = {TextSpan{start, start + text.size()}};
    s.evidence = s.content.constFirst();
    s.date = EdtfDate::parse(QString::fromLatin1(date));
    s.tags = {QStringLiteral("security")};
    return s;
}

} // namespace

class TestStatementsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void underTester();
    void speakerName_data();
    void speakerName();
    void editsMarkEdited();
    void recordRoundTrip();
};

void TestStatementsModel::underTester()
{
    StatementsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setStatements({make(QStringLiteral("barham-salih"), "2020", QStringLiteral("Iraq is independent")),
                         make(QString(), "2021-02-06", QStringLiteral("Ties are strong"))});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(StatementsModel::ColumnCount));
    QCOMPARE(model.index(0, StatementsModel::TextColumn).data().toString(), QStringLiteral("Iraq is independent"));
    QCOMPARE(model.index(1, StatementsModel::DateColumn).data(StatementsModel::SortRole).toDate(), QDate(2021, 2, 6));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int row = model.addStatement(make(QStringLiteral("hassan-rouhani"), "2021", QStringLiteral("We agree")));
    QCOMPARE(row, 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.index(2, 0).data(StatementsModel::SpeakerIdRole).toString(), QStringLiteral("hassan-rouhani"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setStatus(2, Statement::Status::Accepted));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.statementAt(2).status, Statement::Status::Accepted);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.removeStatement(0));
    QVERIFY(!model.removeStatement(5));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
}

void TestStatementsModel::speakerName_data()
{
    QTest::addColumn<QString>("speakerId");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QString>("speakerText");
    QTest::addColumn<QString>("shown");
    QTest::newRow("resolved") << QStringLiteral("barham-salih") << QStringList() << QString()
                              << QStringLiteral("Barham Salih");
    QTest::newRow("candidates") << QString()
                                << QStringList{QStringLiteral("barham-salih"), QStringLiteral("abdul-latif-rashid")}
                                << QStringLiteral("the Iraqi president")
                                << QStringLiteral("Barham Salih or Abdul Latif Rashid (uncertain)");
    QTest::newRow("unresolved text") << QString() << QStringList() << QStringLiteral("he")
                                     << QStringLiteral("“he” (unresolved)");
    QTest::newRow("nothing") << QString() << QStringList() << QString() << QStringLiteral("unknown");
}

void TestStatementsModel::speakerName()
{
    QFETCH(QString, speakerId);
    QFETCH(QStringList, candidates);
    QFETCH(QString, speakerText);
    QFETCH(QString, shown);
    TableSpeakerResolver table;
    table.addOfficial(QStringLiteral("barham-salih"), QStringLiteral("Barham Salih"));
    table.addOfficial(QStringLiteral("abdul-latif-rashid"), QStringLiteral("Abdul Latif Rashid"));
    StatementsModel model;
    model.setSpeakerResolver(&table);
    Statement s = make(speakerId, "2022", QStringLiteral("x y"));
    s.speakerCandidates = candidates;
    s.speakerText = speakerText;
    model.setStatements({s});
    QCOMPARE(model.index(0, StatementsModel::SpeakerColumn).data().toString(), shown);
}

void TestStatementsModel::editsMarkEdited()
{
    StatementsModel model;
    model.setStatements({make(QString(), "2020", QStringLiteral("Iraq is independent"))});
    Statement s = model.statementAt(0);
    s.speakerId = QStringLiteral("barham-salih");
    QVERIFY(model.updateStatement(0, s));
    QCOMPARE(model.statementAt(0).status, Statement::Status::Edited);
    QCOMPARE(model.statementAt(0).speakerId, QStringLiteral("barham-salih"));
}

void TestStatementsModel::recordRoundTrip()
{
    Statement s = make(QStringLiteral("barham-salih"), "2020-03?", QStringLiteral("Iraq is independent"), 40);
    s.kind = Statement::Kind::Indirect;
    s.status = Statement::Status::Accepted;
    s.speakerText = QStringLiteral("Salih");
    const StatementRecord r = RecordConversion::toRecord(s);
    QCOMPARE(r.date, QStringLiteral("2020-03?"));
    QCOMPARE(r.start, qsizetype(40));
    QCOMPARE(r.end, qsizetype(40 + 19));
    QCOMPARE(r.status, QStringLiteral("accepted"));
    QVERIFY(!r.direct);
    const Statement back = RecordConversion::toStatement(r);
    QCOMPARE(back.speakerId, s.speakerId);
    QCOMPARE(back.speakerText, s.speakerText);
    QCOMPARE(back.content, s.content);
    QCOMPARE(back.date, s.date);
    QCOMPARE(back.kind, s.kind);
    QCOMPARE(back.status, s.status);
    QCOMPARE(back.tags, s.tags);
    QCOMPARE(back.text, s.text);
}

QTEST_GUILESS_MAIN(TestStatementsModel)
#include "tst_statementsmodel.moc"

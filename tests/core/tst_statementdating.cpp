// StatementDating: a statement takes its meeting's date only when the article leaves no doubt.
#include "text/statementdating.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

Meeting meeting(const QString &id, const QString &date, const QStringList &participants, const QString &articleId)
{
    Meeting m;
    m.id = id;
    m.date = EdtfDate::parse(date);
    m.participants = participants;
    m.evidence = {{articleId, QStringLiteral("q"), 0, 1}};
    return m;
}

} // namespace

class TestStatementDating : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apply_data();
    void apply();
};

void TestStatementDating::apply_data()
{
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<MeetingList>("meetings");
    QTest::addColumn<QString>("expected");

    const QString art = QStringLiteral("a");
    QTest::newRow("the one meeting of the speaker in the article")
        << "2021-02-06" << "hassan-rouhani"
        << MeetingList{meeting(u"m1"_s, u"2021-02-03?"_s, {u"hassan-rouhani"_s, u"fuad-hussein"_s}, art)}
        << "2021-02-03?";
    QTest::newRow("meetings on different dates: keep the publication date")
        << "2023-07-12" << "abdul-latif-rashid"
        << MeetingList{meeting(u"visit"_s, u"2023-04"_s, {u"abdul-latif-rashid"_s}, art),
                       meeting(u"interview"_s, u"2023-07?"_s, {u"abdul-latif-rashid"_s}, art)}
        << "2023-07-12";
    QTest::newRow("several meetings on one date")
        << "2023-04" << "ali-khamenei"
        << MeetingList{meeting(u"m1"_s, u"2023-04"_s, {u"ali-khamenei"_s}, art),
                       meeting(u"m2"_s, u"2023-04"_s, {u"ali-khamenei"_s}, art)}
        << "2023-04";
    QTest::newRow("a meeting reported in another article does not count")
        << "2021-02-06" << "hassan-rouhani"
        << MeetingList{meeting(u"m1"_s, u"2021-02-03?"_s, {u"hassan-rouhani"_s}, u"other"_s)}
        << "2021-02-06";
    QTest::newRow("a meeting the speaker did not attend does not count")
        << "2021-02-06" << "hassan-rouhani"
        << MeetingList{meeting(u"m1"_s, u"2021-02-03?"_s, {u"fuad-hussein"_s}, art)}
        << "2021-02-06";
    QTest::newRow("never after publication")
        << "2021-02-06" << "hassan-rouhani"
        << MeetingList{meeting(u"m1"_s, u"2021-03"_s, {u"hassan-rouhani"_s}, art)}
        << "2021-02-06";
    QTest::newRow("unknown speaker keeps the publication date")
        << "2021-02-06" << ""
        << MeetingList{meeting(u"m1"_s, u"2021-02-03?"_s, {u"hassan-rouhani"_s}, art)}
        << "2021-02-06";
}

void TestStatementDating::apply()
{
    QFETCH(QString, published);
    QFETCH(QString, speaker);
    QFETCH(MeetingList, meetings);
    QFETCH(QString, expected);
    Statement s;
    s.articleId = QStringLiteral("a");
    s.speakerId = speaker;
    s.date = EdtfDate::parse(published);
    StatementList list{s};
    const int changed = StatementDating::applyMeetingDates(list, meetings);
    QCOMPARE(list.constFirst().date.toString(), expected);
    QCOMPARE(changed, expected == published ? 0 : 1);
}

QTEST_GUILESS_MAIN(TestStatementDating)
#include "tst_statementdating.moc"

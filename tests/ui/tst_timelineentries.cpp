// TimelineEntries: model rows to timeline entries (EDTF spans, uncertain and approximate
// flags, labels, lane keys) and lanes whose order comes from the data, not from code.
#include "fixtures.h"
#include "models/meetingsfiltermodel.h"
#include "models/meetingsmodel.h"
#include "timeline/timelineentries.h"

#include <QFontMetricsF>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

Meeting meeting(const QString &id, const QString &edtf, const QString &host, const QStringList &participants = {})
{
    Meeting m;
    m.id = id;
    m.date = EdtfDate::parse(edtf);
    m.hostCountry = host;
    m.participants = participants;
    m.kind = QStringLiteral("talks");
    m.summary = QStringLiteral("s");
    m.evidence = {{QStringLiteral("article-") + id, QStringLiteral("q")}};
    return m;
}

QStringList laneKeys(const TimelineEntries &entries)
{
    QStringList keys;
    for (const TimelineLane &lane : entries.lanes())
        keys.append(lane.key);
    return keys;
}

MeetingList withExtra(MeetingList list, const MeetingList &extra)
{
    list += extra;
    return list;
}

} // namespace

class TestTimelineEntries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void lanesFollowTheData_data()
    {
        QTest::addColumn<MeetingList>("meetings");
        QTest::addColumn<bool>("byOfficial");
        QTest::addColumn<QStringList>("lanes");

        const MeetingList bundled = TestFixtures::bundledMeetings();
        const QString none;
        QTest::newRow("bundled, by country") << bundled << false << QStringList{u"IR"_s, u"IQ"_s, none};
        // A third host country takes its place by name, wherever it is in the data and
        // however many meetings it has; "Place not stated" stays last.
        QTest::newRow("third country, one meeting")
            << withExtra(bundled, {meeting(u"t1"_s, u"2022-03-01"_s, u"TR"_s)}) << false
            << QStringList{u"IR"_s, u"IQ"_s, u"TR"_s, none};
        MeetingList many = bundled;
        for (int i = 0; i < 20; ++i)
            many.append(meeting(u"t%1"_s.arg(i), u"2019-05-%1"_s.arg(i + 1, 2, 10, QLatin1Char('0')), u"TR"_s));
        QTest::newRow("third country, first and busiest") << many << false << QStringList{u"IR"_s, u"IQ"_s, u"TR"_s, none};
        QTest::newRow("third country, last and rarest")
            << withExtra(bundled, {meeting(u"a1"_s, u"2023-12-30"_s, u"AF"_s)}) << false
            << QStringList{u"AF"_s, u"IR"_s, u"IQ"_s, none};
        QTest::newRow("only Iraq") << MeetingList{meeting(u"q"_s, u"2020"_s, u"IQ"_s)} << false << QStringList{u"IQ"_s};
        QTest::newRow("empty model") << MeetingList{} << false << QStringList{};
        // By official: by name (the model's names), "Others" (no known participant) last.
        QTest::newRow("by official")
            << MeetingList{meeting(u"m1"_s, u"2021-01-01"_s, u"IQ"_s, {u"zeta"_s, u"alpha"_s}),
                           meeting(u"m2"_s, u"2020-01-01"_s, u"IR"_s, {u"mu"_s}), meeting(u"m3"_s, u"2022"_s, u"IR"_s)}
            << true << QStringList{u"alpha"_s, u"mu"_s, u"zeta"_s, none};
    }

    void lanesFollowTheData()
    {
        QFETCH(MeetingList, meetings);
        QFETCH(bool, byOfficial);
        QFETCH(QStringList, lanes);
        MeetingsModel model;
        model.setMeetings(meetings);
        model.setOfficialNames({{u"alpha"_s, u"Ann Alpha"_s}, {u"mu"_s, u"Max Mu"_s}, {u"zeta"_s, u"Zoe Zeta"_s}});
        TimelineEntries entries;
        entries.build(&model, {}, byOfficial ? TimelineEntries::LaneMode::Official : TimelineEntries::LaneMode::HostCountry,
                      QFont());
        QCOMPARE(laneKeys(entries), lanes);
        for (const TimelineLane &lane : entries.lanes())
            QVERIFY(!lane.title.isEmpty());
    }

    void countryLanesSurviveAFilter()
    {
        MeetingsModel model;
        model.setMeetings(TestFixtures::bundledMeetings());
        MeetingsFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setOfficialFilter(u"ali-shamkhani"_s); // his meetings were all in Iraq
        TimelineEntries entries;
        entries.build(&proxy, {}, TimelineEntries::LaneMode::HostCountry, QFont());
        QVERIFY(entries.size() > 0);
        for (const TimelineEntry &e : entries.entries())
            QCOMPARE(e.lanes, QStringList{u"IQ"_s});
        QCOMPARE(laneKeys(entries), (QStringList{u"IR"_s, u"IQ"_s, QString()}));
    }

    void spans_data()
    {
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<bool>("point");
        QTest::addColumn<bool>("uncertain");
        QTest::addColumn<bool>("approximate");
        QTest::newRow("day") << u"2021-02-03"_s << QDate(2021, 2, 3) << QDate(2021, 2, 3) << true << false << false;
        QTest::newRow("uncertain day") << u"2021-02-03?"_s << QDate(2021, 2, 3) << QDate(2021, 2, 3) << true << true << false;
        QTest::newRow("month") << u"2023-04"_s << QDate(2023, 4, 1) << QDate(2023, 4, 30) << false << false << false;
        QTest::newRow("leap February") << u"2020-02"_s << QDate(2020, 2, 1) << QDate(2020, 2, 29) << false << false << false;
        QTest::newRow("uncertain month") << u"2021-02?"_s << QDate(2021, 2, 1) << QDate(2021, 2, 28) << false << true << false;
        QTest::newRow("approximate month") << u"2021-06~"_s << QDate(2021, 6, 1) << QDate(2021, 6, 30) << false << false << true;
        QTest::newRow("year") << u"2020"_s << QDate(2020, 1, 1) << QDate(2020, 12, 31) << false << false << false;
        QTest::newRow("uncertain year") << u"2022?"_s << QDate(2022, 1, 1) << QDate(2022, 12, 31) << false << true << false;
    }

    void spans()
    {
        QFETCH(QString, edtf);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(bool, point);
        QFETCH(bool, uncertain);
        QFETCH(bool, approximate);
        MeetingsModel model;
        model.setMeetings({meeting(u"m"_s, edtf, u"IR"_s, {u"hassan-rouhani"_s, u"fuad-hussein"_s})});
        QVERIFY(EdtfDate::parse(edtf).isValid());
        TimelineEntries entries;
        entries.build(&model, {}, TimelineEntries::LaneMode::HostCountry, QFont());
        QCOMPARE(entries.size(), 1);
        const TimelineEntry &e = entries.at(0);
        QCOMPARE(e.id, u"m"_s);
        QCOMPARE(e.row, 0);
        QCOMPARE(e.startDay, double(first.toJulianDay()));
        QCOMPARE(e.endDay, double(last.toJulianDay() + 1)); // half-open
        QCOMPARE(e.point, point);
        QCOMPARE(e.uncertain, uncertain);
        QCOMPARE(e.approximate, approximate);
        QCOMPARE(e.lanes, QStringList{u"IR"_s});
        QCOMPARE(e.articles, QStringList{u"article-m"_s});
        const QString base = model.index(0, 0).data(MeetingsModel::LabelRole).toString();
        QVERIFY(!base.isEmpty());
        QCOMPARE(e.label, (approximate ? u"~"_s : QString()) + base + (uncertain ? u" ?"_s : QString()));
        QCOMPARE(e.elided, e.label); // short enough
        QVERIFY(e.labelWidth > 0);
        QCOMPARE(entries.entryOfRow(0), 0);
        QCOMPARE(entries.entryOf(u"m"_s), 0);
    }

    void longLabelsKeepTheirMarks_data()
    {
        QTest::addColumn<QString>("edtf");
        QTest::newRow("approximate") << u"2021-06~"_s;
        QTest::newRow("uncertain") << u"2021-07-01?"_s;
        QTest::newRow("both") << u"2021-08%"_s;
    }

    void longLabelsKeepTheirMarks()
    {
        QFETCH(QString, edtf);
        Meeting m = meeting(u"long"_s, edtf, u"IQ"_s);
        m.others = {u"a delegation of the chambers of commerce of every province of the country"_s};
        MeetingsModel model;
        model.setMeetings({m});
        const QFont font;
        TimelineEntries entries;
        entries.build(&model, {}, TimelineEntries::LaneMode::HostCountry, font);
        QCOMPARE(entries.size(), 1);
        const TimelineEntry &e = entries.at(0);
        QCOMPARE(e.approximate, m.date.isApproximate());
        QCOMPARE(e.uncertain, m.date.isUncertain());
        QVERIFY2(e.elided.size() < e.label.size(), qPrintable(e.elided));
        QVERIFY(e.elided.contains(QChar(0x2026))); // the ellipsis
        QCOMPARE(e.elided.startsWith(u'~'), e.approximate);
        QCOMPARE(e.elided.endsWith(u" ?"_s), e.uncertain);
        const QFontMetricsF fm(font);
        QVERIFY(e.labelWidth <= std::ceil(fm.averageCharWidth() * TimelineEntries::MaxLabelChars) + 1);
    }

    void rowsWithoutADateAreLeftOut()
    {
        Meeting undated = meeting(u"undated"_s, u"2021"_s, u"IR"_s);
        undated.date = EdtfDate();
        MeetingsModel model;
        model.setMeetings({meeting(u"a"_s, u"2021-03-01"_s, u"IQ"_s), undated});
        TimelineEntries entries;
        entries.build(&model, {}, TimelineEntries::LaneMode::HostCountry, QFont());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.entryOfRow(model.rowOf(u"undated"_s)), -1);
        QCOMPARE(laneKeys(entries), QStringList{u"IQ"_s});
    }

    void sortedByStartThenEndThenId()
    {
        MeetingsModel model;
        model.setMeetings({meeting(u"year"_s, u"2021"_s, u"IR"_s), meeting(u"b-day"_s, u"2021-01-01"_s, u"IR"_s),
                           meeting(u"a-day"_s, u"2021-01-01"_s, u"IQ"_s), meeting(u"month"_s, u"2021-01"_s, u"IQ"_s),
                           meeting(u"early"_s, u"2020-12-31"_s, u"IQ"_s)});
        TimelineEntries entries;
        entries.build(&model, {}, TimelineEntries::LaneMode::HostCountry, QFont());
        QStringList ids;
        for (const TimelineEntry &e : entries.entries())
            ids.append(e.id);
        QCOMPARE(ids, (QStringList{u"early"_s, u"a-day"_s, u"b-day"_s, u"month"_s, u"year"_s}));
        for (int i = 0; i < entries.size(); ++i)
            QCOMPARE(entries.entryOfRow(entries.at(i).row), i);
    }

    void officialLanesAndHighlight()
    {
        MeetingsModel model;
        model.setMeetings({meeting(u"m1"_s, u"2021-01-05"_s, u"IQ"_s, {u"zeta"_s, u"alpha"_s}),
                           meeting(u"m2"_s, u"2021-01-01"_s, u"IR"_s)});
        TimelineEntries entries;
        entries.build(&model, {}, TimelineEntries::LaneMode::Official, QFont());
        QCOMPARE(entries.at(0).lanes, QStringList{QString()}); // m2: nobody known, "Others"
        QCOMPARE(entries.at(1).lanes, (QStringList{u"zeta"_s, u"alpha"_s}));
        QCOMPARE(entries.lanes().constLast().title, TimelineEntries::tr("Others"));
        entries.setHighlightedArticles({u"article-m1"_s});
        QCOMPARE(entries.highlightedIds(), QStringList{u"m1"_s});
        entries.setHighlightedArticles({});
        QVERIFY(entries.highlightedIds().isEmpty());
    }
};

QTEST_MAIN(TestTimelineEntries)
#include "tst_timelineentries.moc"

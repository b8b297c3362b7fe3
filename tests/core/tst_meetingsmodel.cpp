// MeetingsModel and MeetingsFilterModel under QAbstractItemModelTester: roles, edits with
// their signals, filtering by official and country, chronological sorting.
#include "io/meetingsloader.h"
#include "fixtures.h"
#include "models/meetingsfiltermodel.h"
#include "models/meetingsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Entente;

namespace {

MeetingList bundled()
{
    return TestFixtures::bundledMeetings();
}

Meeting meeting(const QString &id, const QString &date, const QString &country, const QStringList &participants)
{
    Meeting m;
    m.id = id;
    m.date = EdtfDate::parse(date);
    m.hostCountry = country;
    m.participants = participants;
    m.kind = QStringLiteral("talks");
    m.summary = QStringLiteral("Summary of ") + id;
    m.evidence = {{QStringLiteral("article-") + id, QStringLiteral("a quote")}};
    return m;
}

} // namespace

class TestMeetingsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tester()
    {
        MeetingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMeetings(bundled());
        QVERIFY(model.rowCount() >= 12);
        QCOMPARE(model.columnCount(), int(MeetingsModel::ColumnCount));
        QVERIFY(model.addMeeting(meeting(QStringLiteral("new"), QStringLiteral("2022-05-01"), QStringLiteral("IQ"), {})));
        Meeting changed = model.meetingAt(0);
        changed.summary = QStringLiteral("changed");
        QVERIFY(model.updateMeeting(changed));
        QVERIFY(model.removeMeeting(QStringLiteral("new")));
        model.setMeetings({});
        QCOMPARE(model.rowCount(), 0);
    }

    void roles_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::addColumn<int>("precision");
        QTest::addColumn<bool>("uncertain");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("label");
        QTest::newRow("day, uncertain") << QStringLiteral("rouhani-fuad-hussein-2021") << QDate(2021, 2, 3)
                                        << QDate(2021, 2, 3) << int(EdtfDate::Precision::Day) << true
                                        << QStringLiteral("IR") << QStringLiteral("Rouhani – Hussein");
        QTest::newRow("month") << QStringLiteral("khamenei-rashid-2023") << QDate(2023, 4, 1) << QDate(2023, 4, 30)
                               << int(EdtfDate::Precision::Month) << false << QStringLiteral("IR")
                               << QStringLiteral("Khamenei – Rashid – Raisi");
        QTest::newRow("year") << QStringLiteral("shamkhani-salih-2020") << QDate(2020, 1, 1) << QDate(2020, 12, 31)
                              << int(EdtfDate::Precision::Year) << false << QStringLiteral("IQ")
                              << QStringLiteral("Shamkhani – Salih");
        QTest::newRow("no place, interview") << QStringLiteral("rashid-al-alam-interview-2023") << QDate(2023, 7, 1)
                                             << QDate(2023, 7, 31) << int(EdtfDate::Precision::Month) << true << QString()
                                             << QStringLiteral("Rashid – Al-Alam news network (interview)");
    }

    void roles()
    {
        QFETCH(QString, id);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        QFETCH(int, precision);
        QFETCH(bool, uncertain);
        QFETCH(QString, country);
        QFETCH(QString, label);
        MeetingsModel model;
        model.setMeetings(bundled());
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        const QModelIndex idx = model.index(row, MeetingsModel::SummaryColumn);
        QCOMPARE(idx.data(MeetingsModel::IdRole).toString(), id);
        QCOMPARE(idx.data(MeetingsModel::EarliestRole).toDate(), earliest);
        QCOMPARE(idx.data(MeetingsModel::LatestRole).toDate(), latest);
        QCOMPARE(idx.data(MeetingsModel::PrecisionRole).toInt(), precision);
        QCOMPARE(idx.data(MeetingsModel::UncertainRole).toBool(), uncertain);
        QCOMPARE(idx.data(MeetingsModel::HostCountryRole).toString(), country);
        QCOMPARE(idx.data(MeetingsModel::LabelRole).toString(), label);
        QCOMPARE(idx.data(MeetingsModel::MeetingRole).value<Meeting>().id, id);
        QVERIFY(idx.data(Qt::ToolTipRole).toString().contains(model.meetingAt(row).summary.toHtmlEscaped()));
        QCOMPARE(model.index(row, MeetingsModel::EvidenceColumn).data().toInt(), int(model.meetingAt(row).evidence.size()));
    }

    void officialNames()
    {
        MeetingsModel model;
        model.setMeetings({meeting(QStringLiteral("m"), QStringLiteral("2021"), QStringLiteral("IQ"),
                                   {QStringLiteral("mustafa-al-kadhimi"), QStringLiteral("falih-al-fayyadh")})});
        QCOMPARE(model.index(0, MeetingsModel::ParticipantsColumn).data().toString(),
                 QStringLiteral("Mustafa al-Kadhimi, Falih al-Fayyadh"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOfficialNames({{QStringLiteral("falih-al-fayyadh"), QStringLiteral("Faleh al-Fayyadh")}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, MeetingsModel::ParticipantsColumn).data().toString(),
                 QStringLiteral("Mustafa al-Kadhimi, Faleh al-Fayyadh"));
    }

    void edits()
    {
        MeetingsModel model;
        model.setMeetings({meeting(QStringLiteral("a"), QStringLiteral("2021"), QStringLiteral("IQ"), {})});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.addMeeting(meeting(QStringLiteral("a"), QStringLiteral("2022"), QStringLiteral("IR"), {})));
        QVERIFY(model.addMeeting(meeting(QStringLiteral("b"), QStringLiteral("2022"), QStringLiteral("IR"), {})));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        Meeting b = model.meetingAt(1);
        b.date = EdtfDate::parse(u"2022-06");
        QVERIFY(model.updateMeeting(b));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, 0).data(MeetingsModel::EdtfRole).toString(), QStringLiteral("2022-06"));
        QVERIFY(!model.updateMeeting(meeting(QStringLiteral("zz"), QStringLiteral("2022"), QString(), {})));
        QVERIFY(model.removeMeeting(QStringLiteral("a")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("b")), 0);
        QVERIFY(!model.removeMeeting(QStringLiteral("a")));
    }

    void filter_data()
    {
        QTest::addColumn<QString>("official");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("no filter") << QString() << QString()
                                   << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        QTest::newRow("by official") << QStringLiteral("fuad-hussein") << QString()
                                     << QStringList{QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("by country") << QString() << QStringLiteral("IQ") << QStringList{QStringLiteral("a"), QStringLiteral("d")};
        QTest::newRow("official and country") << QStringLiteral("hassan-rouhani") << QStringLiteral("IR") << QStringList{QStringLiteral("c")};
        QTest::newRow("official elsewhere") << QStringLiteral("fuad-hussein") << QStringLiteral("IQ") << QStringList{};
        QTest::newRow("nobody") << QStringLiteral("raed-jouhi") << QString() << QStringList{};
    }

    void filter()
    {
        QFETCH(QString, official);
        QFETCH(QString, country);
        QFETCH(QStringList, ids);
        MeetingsModel model;
        // Given in anything but date order; the proxy sorts them by date.
        model.setMeetings({
            meeting(QStringLiteral("d"), QStringLiteral("2023-04"), QStringLiteral("IQ"), {QStringLiteral("abdul-latif-rashid")}),
            meeting(QStringLiteral("c"), QStringLiteral("2021-02-03"), QStringLiteral("IR"),
                    {QStringLiteral("hassan-rouhani"), QStringLiteral("fuad-hussein")}),
            meeting(QStringLiteral("b"), QStringLiteral("2021-02?"), QStringLiteral("IR"), {QStringLiteral("fuad-hussein")}),
            meeting(QStringLiteral("a"), QStringLiteral("2020"), QStringLiteral("IQ"), {QStringLiteral("ali-shamkhani")}),
        });
        MeetingsFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(MeetingsModel::DateColumn);
        proxy.setOfficialFilter(official);
        proxy.setCountryFilter(country);
        QStringList got;
        for (int r = 0; r < proxy.rowCount(); ++r)
            got.append(proxy.index(r, 0).data(MeetingsModel::IdRole).toString());
        QCOMPARE(got, ids); // by earliest day: 2020, February 2021, 3 February 2021, April 2023
        proxy.setOfficialFilter(QString());
        proxy.setCountryFilter(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMeetingsModel)
#include "tst_meetingsmodel.moc"

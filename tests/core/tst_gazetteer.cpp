#include "reference/gazetteer.h"
#include "io/gazetteerreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

QStringList ids(const QList<const Official *> &officials)
{
    QStringList out;
    for (const Official *o : officials)
        out.append(o->id);
    return out;
}

QDate day(const char *iso)
{
    return QDate::fromString(QLatin1StringView(iso), Qt::ISODate);
}

} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT

private:
    Gazetteer m_bundled;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString bundledError;
        QVERIFY2(GazetteerReader::readFile(QStringLiteral(ENTENTE_TEST_CORPUS "/officials.json"), &m_bundled, &bundledError), qPrintable(bundledError));
    }

    void fixedIds()
    {
        // The ids every part of Entente uses.
        const QStringList fixed = {
            u"ali-khamenei"_s, u"hassan-rouhani"_s, u"ebrahim-raisi"_s, u"mohammad-mokhber"_s, u"masoud-pezeshkian"_s,
            u"eshaq-jahangiri"_s, u"mohammad-reza-aref"_s, u"mohammad-javad-zarif"_s, u"hossein-amir-abdollahian"_s,
            u"ali-bagheri-kani"_s, u"abbas-araghchi"_s, u"ali-larijani"_s, u"mohammad-baqer-qalibaf"_s, u"ali-shamkhani"_s,
            u"ali-akbar-ahmadian"_s, u"amir-hatami"_s, u"mohammad-reza-ashtiani"_s, u"aziz-nasirzadeh"_s,
            u"qasem-soleimani"_s, u"esmail-qaani"_s, u"sadegh-larijani"_s, u"gholamhossein-mohseni-ejei"_s,
            u"fuad-masum"_s, u"barham-salih"_s, u"abdul-latif-rashid"_s, u"haider-al-abadi"_s, u"adil-abdul-mahdi"_s,
            u"mustafa-al-kadhimi"_s, u"mohammed-shia-al-sudani"_s, u"ibrahim-al-jaafari"_s, u"mohamed-ali-alhakim"_s,
            u"fuad-hussein"_s, u"salim-al-jabouri"_s, u"mohammed-al-halbousi"_s, u"mohsen-al-mandalawi"_s,
            u"mahmoud-al-mashhadani"_s, u"falih-al-fayyadh"_s, u"qasim-al-araji"_s, u"abu-mahdi-al-muhandis"_s,
            u"abu-fadak-al-mohammedawi"_s, u"raed-jouhi"_s,
        };
        // The checked core of FACTS-officials.md plus the researched additions
        // (docs/research/officials-additions.md): 41 + 97 people.
        QCOMPARE(m_bundled.officials().size(), 138);
        for (const QString &id : fixed) {
            const Official *o = m_bundled.official(id);
            QVERIFY2(o, qPrintable(id));
            QVERIFY(o->country == u"IR"_s || o->country == u"IQ"_s);
        }
        const QStringList countries = {u"IR"_s, u"IQ"_s, u"US"_s, u"SA"_s, u"TR"_s, u"SY"_s, u"KW"_s,
                                       u"JO"_s, u"QA"_s, u"OM"_s, u"RU"_s, u"UN"_s};
        QSet<QString> ids;
        for (const Official &o : m_bundled.officials()) {
            QVERIFY2(!ids.contains(o.id), qPrintable(o.id));
            ids.insert(o.id);
            QVERIFY2(!o.offices.isEmpty(), qPrintable(o.id));
            QVERIFY2(countries.contains(o.country), qPrintable(o.id));
            // Iranians have a Persian-script name, Iraqis an Arabic-script one, the others one of the two.
            if (o.country == u"IR"_s)
                QVERIFY2(!o.persianNames.isEmpty(), qPrintable(o.id));
            else if (o.country == u"IQ"_s)
                QVERIFY2(!o.arabicNames.isEmpty(), qPrintable(o.id));
            else
                QVERIFY2(!o.arabicNames.isEmpty() || !o.persianNames.isEmpty(), qPrintable(o.id));
            for (const Office &office : o.offices)
                QVERIFY2(!office.source.isEmpty(), qPrintable(o.id + u": "_s + office.title));
        }
        // Spot checks of the additions.
        QCOMPARE(m_bundled.holdersOf(u"Foreign Ministry Spokesperson of Iran"_s, day("2021-03-01")).size(), 1);
        QCOMPARE(m_bundled.holdersOf(u"Foreign Ministry Spokesperson of Iran"_s, day("2021-03-01")).first()->id,
                 u"saeed-khatibzadeh"_s);
        QCOMPARE(m_bundled.holdersOf(u"Interior Minister of Iraq"_s, day("2018-01-01")).first()->id, u"qasim-al-araji"_s);
        QVERIFY(m_bundled.notOfficials().contains(u"Omar al-Bashir"_s));
        QVERIFY(!m_bundled.official(u"saddam-hussein"_s));
    }

    void holders_data()
    {
        QTest::addColumn<QString>("office");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Iraq president 2020") << u"President of Iraq"_s << day("2020-01-05") << QStringList{u"barham-salih"_s};
        QTest::newRow("Iraq president on handover day") << u"President of Iraq"_s << day("2022-10-13")
                                                        << QStringList{u"barham-salih"_s, u"abdul-latif-rashid"_s};
        QTest::newRow("Iraq president 2023") << u"president of iraq"_s << day("2023-04-29") << QStringList{u"abdul-latif-rashid"_s};
        QTest::newRow("Iran president 2021-02") << u"President of Iran"_s << day("2021-02-06") << QStringList{u"hassan-rouhani"_s};
        QTest::newRow("Iran president, acting") << u"President of Iran"_s << day("2024-06-10") << QStringList{u"mohammad-mokhber"_s};
        QTest::newRow("Iran foreign minister 2024-06") << u"Foreign Minister of Iran"_s << day("2024-06-01")
                                                       << QStringList{u"ali-bagheri-kani"_s};
        QTest::newRow("Iraq PM caretaker 2020-02") << u"Prime Minister of Iraq"_s << day("2020-02-01")
                                                   << QStringList{u"adil-abdul-mahdi"_s};
        QTest::newRow("open end is present") << u"Supreme Leader of Iran"_s << day("2026-01-01") << QStringList{u"ali-khamenei"_s};
        QTest::newRow("before the first holder") << u"Supreme Leader of Iran"_s << day("1980-01-01") << QStringList{};
        QTest::newRow("year-precision start counts from January") << u"Speaker of the Parliament of Iran"_s << day("2008-01-01")
                                                                  << QStringList{u"ali-larijani"_s};
    }

    void holders()
    {
        QFETCH(QString, office);
        QFETCH(QDate, date);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(m_bundled.holdersOf(office, date)), expected);
    }

    void officesAndDates()
    {
        const Official *kadhimi = m_bundled.official(u"mustafa-al-kadhimi"_s);
        QVERIFY(kadhimi);
        QCOMPARE(kadhimi->officesOn(day("2020-05-20")).size(), 2); // PM and acting foreign minister
        QCOMPARE(kadhimi->officesOn(day("2019-01-01")).first().title, u"Head of the National Intelligence Service of Iraq"_s);
        QVERIFY(kadhimi->officesOn(day("2023-01-01")).isEmpty());
        QCOMPARE(kadhimi->currentOrLatestOffice(day("2023-01-01"))->title, u"Prime Minister of Iraq"_s);

        const Official *soleimani = m_bundled.official(u"qasem-soleimani"_s);
        QVERIFY(soleimani);
        QVERIFY(soleimani->offices.first().from.isUncertain()); // sources disagree: 1997 or 1998
        QCOMPARE(soleimani->offices.first().from.toString(), u"1998?"_s);

        const Official *raisi = m_bundled.official(u"ebrahim-raisi"_s);
        QCOMPARE(raisi->officesOn(day("2020-06-01")).first().title, u"Chief Justice of Iran"_s);
        QCOMPARE(raisi->officesDuring(day("2021-01-01"), day("2021-12-31")).size(), 2);

        const Official *mokhber = m_bundled.official(u"mohammad-mokhber"_s);
        const QList<Office> acting = mokhber->officesOn(day("2024-06-01"));
        QCOMPARE(acting.size(), 2);
        QVERIFY(acting.at(1).acting);
        QCOMPARE(acting.at(1).displayTitle(), u"President of Iran (acting)"_s);

        const QStringList titles = m_bundled.officeTitles();
        QVERIFY(titles.contains(u"Secretary of the Supreme National Security Council"_s));
        QCOMPARE(titles.size(), QSet<QString>(titles.cbegin(), titles.cend()).size());
        QStringList sorted = titles;
        sorted.sort(Qt::CaseInsensitive);
        QCOMPARE(titles, sorted);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"format": "entente-officials", "version": 1, "officials": [)";
        const QByteArray ok = R"({"id": "a-b", "name": "A B", "country": "IQ", "offices": []})";
        QTest::newRow("bad JSON") << QByteArray("{\n  \"format\": ,\n}") << u"officials.json:2:"_s;
        QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "version": 1, "officials": []})")
                                      << u"officials.json: format: expected the string \"entente-officials\""_s;
        QTest::newRow("wrong version") << QByteArray(R"({"format": "entente-officials", "version": 7, "officials": []})")
                                       << u"officials.json: version: expected 1"_s;
        QTest::newRow("officials not an array") << QByteArray(R"({"format": "entente-officials", "version": 1, "officials": 3})")
                                                << u"officials.json: officials: expected an array of officials, found a number"_s;
        QTest::newRow("missing id") << QByteArray(head + R"({"name": "A", "country": "IQ"}]})")
                                    << u"officials.json: officials[0]: missing required field 'id'"_s;
        QTest::newRow("bad id") << QByteArray(head + R"({"id": "A B", "name": "A", "country": "IQ"}]})")
                                << u"officials.json: officials[0].id: 'A B' is not a valid id"_s;
        QTest::newRow("duplicate id") << QByteArray(head + ok + "," + ok + "]}")
                                      << u"officials.json: officials[1].id: duplicate id 'a-b' (also officials[0])"_s;
        QTest::newRow("bad country") << QByteArray(head + R"({"id": "a", "name": "A", "country": "Iraq"}]})")
                                     << u"officials.json: officials[0].country: 'Iraq' is not a country code"_s;
        QTest::newRow("alias not a string") << QByteArray(head + R"({"id": "a", "name": "A", "country": "IQ", "aliases": ["x", 3]}]})")
                                            << u"officials.json: officials[0].aliases[1]: expected a string, found a number"_s;
        QTest::newRow("unknown field") << QByteArray(head + R"({"id": "a", "name": "A", "country": "IQ", "alias": []}]})")
                                       << u"officials.json: officials[0].alias: unknown field"_s;
        QTest::newRow("bad office date")
            << QByteArray(head + R"({"id": "a", "name": "A", "country": "IQ", "offices": [{"title": "T", "from": "2020-13-01"}]}]})")
            << u"officials.json: officials[0].offices[0].from: '2020-13-01' has no month 13"_s;
        QTest::newRow("office ends before it begins")
            << QByteArray(head + R"({"id": "a", "name": "A", "country": "IQ", "offices": [{"title": "T", "from": "2020", "to": "2019"}]}]})")
            << u"officials.json: officials[0].offices[0].to: ends (2019) before it begins (2020)"_s;
        QTest::newRow("office without title")
            << QByteArray(head + R"({"id": "a", "name": "A", "country": "IQ", "offices": [{"from": "2020"}]}]})")
            << u"officials.json: officials[0].offices[0].title: missing required field 'title'"_s;
        QTest::newRow("acting not boolean")
            << QByteArray(head + R"({"id": "a", "name": "A", "country": "IQ", "offices": [{"title": "T", "acting": "yes"}]}]})")
            << u"officials.json: officials[0].offices[0].acting: expected true or false, found a string"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        Gazetteer g;
        GazetteerReader reader;
        QVERIFY(!reader.fromJson(json, u"officials.json"_s, &g));
        QVERIFY2(reader.errorString().contains(expected), qPrintable(reader.errorString()));
        QVERIFY(g.officials().isEmpty()); // all or nothing
    }

    void loadMissingFile()
    {
        QTemporaryDir dir;
        Gazetteer g;
        GazetteerReader reader;
        QVERIFY(!reader.load(dir.filePath(u"officials.json"_s), &g));
        QVERIFY2(reader.errorString().startsWith(u"officials.json: file not found"_s), qPrintable(reader.errorString()));
    }

    void roundTrip()
    {
        const QByteArray json = GazetteerReader::toJson(m_bundled);
        Gazetteer copy;
        GazetteerReader reader;
        QVERIFY2(reader.fromJson(json, u"copy"_s, &copy), qPrintable(reader.errorString()));
        QCOMPARE(copy.officials(), m_bundled.officials());
        QCOMPARE(copy.notOfficials(), m_bundled.notOfficials());
        QCOMPARE(GazetteerReader::toJson(copy), json);

        QTemporaryDir dir;
        QFile f(dir.filePath(u"officials.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        Gazetteer loaded;
        QVERIFY(GazetteerReader::readFile(f.fileName(), &loaded));
        QCOMPARE(loaded.officials().size(), m_bundled.officials().size());
    }

    void editing()
    {
        Gazetteer g = m_bundled;
        QVERIFY(g.addAlias(u"fuad-hussein"_s, u"Fouad Husein"_s));
        QVERIFY(g.official(u"fuad-hussein"_s)->aliases.contains(u"Fouad Husein"_s));
        QVERIFY(!g.addAlias(u"fuad-hussein"_s, u"Fouad Husein"_s)); // already there
        QVERIFY(!g.addAlias(u"nobody"_s, u"X"_s));
        QVERIFY(!g.addAlias(u"fuad-hussein"_s, u"  "_s));
        QVERIFY(g.addAlias(u"fuad-hussein"_s, u"\u0641\u0624\u0627\u062F \u062D\u0633\u064A\u0646 \u0627\u0644\u0648\u0632\u064A\u0631"_s));
        QCOMPARE(g.official(u"fuad-hussein"_s)->arabicNames.size(), 2);
        QVERIFY(g.addAlias(u"ali-shamkhani"_s, u"\u0634\u0645\u062E\u0627\u0646\u06CC"_s)); // Persian letters
        QVERIFY(g.official(u"ali-shamkhani"_s)->persianNames.contains(u"\u0634\u0645\u062E\u0627\u0646\u06CC"_s));

        Official o;
        o.id = u"new-person"_s;
        o.name = u"New Person"_s;
        o.country = u"IQ"_s;
        g.addOfficial(o);
        QCOMPARE(g.officials().size(), m_bundled.officials().size() + 1);
        o.name = u"Renamed"_s;
        g.addOfficial(o); // same id: replaced
        QCOMPARE(g.officials().size(), m_bundled.officials().size() + 1);
        QCOMPARE(g.official(u"new-person"_s)->name, u"Renamed"_s);
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"

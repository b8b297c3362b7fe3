// Tests for MeetingsLoader (precise errors, round trip) and for the bundled corpus/meetings.json:
// every meeting has evidence, every quote is an exact substring of its article, participants
// are known officials, and the dates are the ones the texts allow.
#include "io/corpusloader.h"
#include "io/gazetteerreader.h"
#include "reference/gazetteer.h"
#include "io/meetingsloader.h"
#include "text/offsetmap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

namespace {

// The fixed official ids every helper uses (see the shared brief).
QStringList fixedOfficialIds()
{
    return QStringLiteral(
               "ali-khamenei hassan-rouhani ebrahim-raisi mohammad-mokhber masoud-pezeshkian eshaq-jahangiri "
               "mohammad-reza-aref mohammad-javad-zarif hossein-amir-abdollahian ali-bagheri-kani abbas-araghchi "
               "ali-larijani mohammad-baqer-qalibaf ali-shamkhani ali-akbar-ahmadian amir-hatami mohammad-reza-ashtiani "
               "aziz-nasirzadeh qasem-soleimani esmail-qaani sadegh-larijani gholamhossein-mohseni-ejei fuad-masum "
               "barham-salih abdul-latif-rashid haider-al-abadi adil-abdul-mahdi mustafa-al-kadhimi "
               "mohammed-shia-al-sudani ibrahim-al-jaafari mohamed-ali-alhakim fuad-hussein salim-al-jabouri "
               "mohammed-al-halbousi mohsen-al-mandalawi mahmoud-al-mashhadani falih-al-fayyadh qasim-al-araji "
               "abu-mahdi-al-muhandis abu-fadak-al-mohammedawi raed-jouhi")
        .split(u' ');
}

QJsonObject validMeeting(const QString &id = QStringLiteral("m1"))
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("date"), QStringLiteral("2021-02-03?")},
        {QStringLiteral("place"), QStringLiteral("Tehran")},
        {QStringLiteral("hostCountry"), QStringLiteral("IR")},
        {QStringLiteral("participants"), QJsonArray{QStringLiteral("hassan-rouhani"), QStringLiteral("fuad-hussein")}},
        {QStringLiteral("others"), QJsonArray{}},
        {QStringLiteral("kind"), QStringLiteral("talks")},
        {QStringLiteral("summary"), QStringLiteral("Rouhani receives Hussein.")},
        {QStringLiteral("evidence"), QJsonArray{QJsonObject{{QStringLiteral("article"), QStringLiteral("a1")},
                                                            {QStringLiteral("quote"), QStringLiteral("in a meeting with")}}}},
    };
}

QByteArray document(const QJsonArray &meetings)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("entente-meetings")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("meetings"), meetings}})
        .toJson();
}

QByteArray withChange(const QString &key, const QJsonValue &value)
{
    QJsonObject m = validMeeting();
    if (value.isUndefined())
        m.remove(key);
    else
        m.insert(key, value);
    return document(QJsonArray{m});
}

ArticleList testArticles()
{
    Article a;
    a.id = QStringLiteral("a1");
    a.text = QStringLiteral("Rouhani said in a meeting with Iraqi Foreign Minister Fuad Hussein in Tehran on Wednesday.");
    return {a};
}

} // namespace

class TestMeetingsLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void valid()
    {
        MeetingsLoader loader;
        loader.setArticles(testArticles());
        loader.setKnownOfficialIds(fixedOfficialIds());
        QVERIFY2(loader.loadData(document(QJsonArray{validMeeting()}), QStringLiteral("meetings.json")),
                 qPrintable(loader.errorString()));
        QCOMPARE(loader.meetings().size(), 1);
        const Meeting &m = loader.meetings().constFirst();
        QCOMPARE(m.id, QStringLiteral("m1"));
        QCOMPARE(m.date.toString(), QStringLiteral("2021-02-03?"));
        QVERIFY(m.date.isUncertain());
        QCOMPARE(m.participants, QStringList({QStringLiteral("hassan-rouhani"), QStringLiteral("fuad-hussein")}));
        QCOMPARE(m.evidence.size(), 1);
        QCOMPARE(m.evidence.constFirst().articleId, QStringLiteral("a1"));
    }

    void evidenceSpanInCodePoints()
    {
        Article a;
        a.id = QStringLiteral("a1");
        a.text = QStringLiteral("🇮🇷 and 🇮🇶: Rouhani said in a meeting with Hussein.");
        MeetingsLoader loader;
        loader.setArticles({a});
        QVERIFY2(loader.loadData(document(QJsonArray{validMeeting()}), QStringLiteral("meetings.json")),
                 qPrintable(loader.errorString()));
        const MeetingEvidence &e = loader.meetings().constFirst().evidence.constFirst();
        // Two flags are four astral code points (eight UTF-16 units) before the quote.
        QCOMPARE(e.start, qsizetype(24)); // as Python's str.index counts
        QCOMPARE(e.end, qsizetype(24 + 17));
        QCOMPARE(QStringView(a.text).mid(a.text.indexOf(e.quote), e.quote.size()), e.quote);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("withArticles");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QJsonObject twoEvidence = validMeeting();
        QTest::newRow("bad JSON") << QByteArray("{ \"format\": ") << false << QString() << QStringLiteral("bad JSON");
        QTest::newRow("top level array") << QByteArray("[]") << false << QString() << QStringLiteral("JSON object");
        QTest::newRow("wrong format")
            << QByteArray(R"({"format": "entente-corpus", "version": 1, "meetings": []})") << false
            << QStringLiteral("format") << QStringLiteral("entente-meetings");
        QTest::newRow("wrong version")
            << QByteArray(R"({"format": "entente-meetings", "version": 7, "meetings": []})") << false
            << QStringLiteral("version") << QStringLiteral("found 7");
        QTest::newRow("meetings not an array")
            << QByteArray(R"({"format": "entente-meetings", "version": 1, "meetings": {}})") << false
            << QStringLiteral("meetings") << QStringLiteral("an object");
        QTest::newRow("unknown root field")
            << QByteArray(R"({"format": "entente-meetings", "version": 1, "meetings": [], "extra": 1})") << false
            << QStringLiteral("extra") << QStringLiteral("unknown field");
        QTest::newRow("meeting not an object") << document(QJsonArray{42}) << false << QStringLiteral("meetings[0]")
                                               << QStringLiteral("a number");
        QTest::newRow("missing id") << withChange(QStringLiteral("id"), QJsonValue::Undefined) << false
                                    << QStringLiteral("meetings[0]") << QStringLiteral("missing required field 'id'");
        QTest::newRow("bad id") << withChange(QStringLiteral("id"), QStringLiteral("Not A Slug")) << false
                                << QStringLiteral("meetings[0].id") << QStringLiteral("not a valid id");
        QTest::newRow("bad date") << withChange(QStringLiteral("date"), QStringLiteral("3 Feb 2021")) << false
                                  << QStringLiteral("meetings[0].date") << QString();
        QTest::newRow("date not a string") << withChange(QStringLiteral("date"), 2021) << false
                                           << QStringLiteral("meetings[0].date") << QStringLiteral("expected a string");
        QTest::newRow("unknown field") << withChange(QStringLiteral("venue"), QStringLiteral("x")) << false
                                       << QStringLiteral("meetings[0].venue") << QStringLiteral("unknown field");
        QTest::newRow("bad country") << withChange(QStringLiteral("hostCountry"), QStringLiteral("Iran")) << false
                                     << QStringLiteral("meetings[0].hostCountry") << QStringLiteral("country code");
        QTest::newRow("participant not an id")
            << withChange(QStringLiteral("participants"), QJsonArray{QStringLiteral("Hassan Rouhani")}) << false
            << QStringLiteral("meetings[0].participants[0]") << QStringLiteral("\"others\"");
        QTest::newRow("unknown official")
            << withChange(QStringLiteral("participants"), QJsonArray{QStringLiteral("hassan-rouhani"), QStringLiteral("john-doe")})
            << true << QStringLiteral("meetings[0].participants[1]") << QStringLiteral("unknown official 'john-doe'");
        QTest::newRow("participant twice")
            << withChange(QStringLiteral("participants"), QJsonArray{QStringLiteral("fuad-hussein"), QStringLiteral("fuad-hussein")})
            << false << QStringLiteral("meetings[0].participants[1]") << QStringLiteral("twice");
        QTest::newRow("nobody") << withChange(QStringLiteral("participants"), QJsonArray{}) << false
                                << QStringLiteral("meetings[0].participants") << QStringLiteral("at least one participant");
        QTest::newRow("unknown kind") << withChange(QStringLiteral("kind"), QStringLiteral("dinner")) << false
                                      << QStringLiteral("meetings[0].kind") << QStringLiteral("unknown kind 'dinner'");
        QTest::newRow("empty summary") << withChange(QStringLiteral("summary"), QStringLiteral("  ")) << false
                                       << QStringLiteral("meetings[0].summary") << QStringLiteral("must not be empty");
        QTest::newRow("no evidence") << withChange(QStringLiteral("evidence"), QJsonArray{}) << false
                                     << QStringLiteral("meetings[0].evidence") << QStringLiteral("at least one piece of evidence");
        QTest::newRow("evidence not an array") << withChange(QStringLiteral("evidence"), QStringLiteral("a1")) << false
                                               << QStringLiteral("meetings[0].evidence") << QStringLiteral("a string");
        QTest::newRow("evidence without quote")
            << withChange(QStringLiteral("evidence"), QJsonArray{QJsonObject{{QStringLiteral("article"), QStringLiteral("a1")}}})
            << false << QStringLiteral("meetings[0].evidence[0].quote") << QStringLiteral("non-empty quote");
        QTest::newRow("unknown article")
            << withChange(QStringLiteral("evidence"), QJsonArray{QJsonObject{{QStringLiteral("article"), QStringLiteral("zz")},
                                                                             {QStringLiteral("quote"), QStringLiteral("x")}}})
            << true << QStringLiteral("meetings[0].evidence[0].article") << QStringLiteral("unknown article 'zz'");
        QTest::newRow("quote not in article")
            << withChange(QStringLiteral("evidence"), QJsonArray{QJsonObject{{QStringLiteral("article"), QStringLiteral("a1")},
                                                                             {QStringLiteral("quote"), QStringLiteral("on Thursday")}}})
            << true << QStringLiteral("meetings[0].evidence[0].quote") << QStringLiteral("not found in article 'a1'");
        QTest::newRow("quote with different spacing")
            << withChange(QStringLiteral("evidence"), QJsonArray{QJsonObject{{QStringLiteral("article"), QStringLiteral("a1")},
                                                                             {QStringLiteral("quote"), QStringLiteral("Hussein in  Tehran")}}})
            << true << QStringLiteral("meetings[0].evidence[0].quote") << QStringLiteral("exact quote");
        QTest::newRow("duplicate id") << document(QJsonArray{validMeeting(), validMeeting()}) << false
                                      << QStringLiteral("meetings[1].id") << QStringLiteral("duplicate id 'm1' (also meetings[0])");
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, withArticles);
        QFETCH(QString, field);
        QFETCH(QString, message);
        MeetingsLoader loader;
        if (withArticles) {
            loader.setArticles(testArticles());
            loader.setKnownOfficialIds(fixedOfficialIds());
        }
        QVERIFY(!loader.loadData(json, QStringLiteral("meetings.json")));
        QVERIFY(loader.meetings().isEmpty()); // all or nothing
        QVERIFY(!loader.problems().isEmpty());
        const auto problems = loader.problems();
        const bool found = std::any_of(problems.cbegin(), problems.cend(), [&](const CorpusProblem &p) {
            return p.file == u"meetings.json" && p.field == field && p.message.contains(message);
        });
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1: ...%2... in:\n%3").arg(field, message, loader.errorString())));
        QVERIFY(loader.errorString().startsWith(QStringLiteral("meetings.json")));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MeetingsLoader loader;
        QVERIFY(!loader.load(dir.filePath(QStringLiteral("meetings.json"))));
        QVERIFY(loader.errorString().contains(QStringLiteral("file not found")));
    }

    void roundTrip()
    {
        MeetingsLoader loader;
        QVERIFY(loader.load(QStringLiteral(ENTENTE_TEST_DATA "/timeline-meetings.json")));
        const MeetingList original = loader.meetings();
        QCOMPARE(original.size(), 4);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MeetingsLoader again;
        QVERIFY2(again.loadData(MeetingsLoader::toJsonDocument(original), QStringLiteral("x.json")), qPrintable(again.errorString()));
        QCOMPARE(again.meetings(), original);
    }

    // --- the bundled corpus ----------------------------------------------------------------

    void bundledMeetingsLoad()
    {
        CorpusLoader corpus;
        QVERIFY2(corpus.load(QStringLiteral(ENTENTE_TEST_CORPUS)), qPrintable(corpus.errorString()));
        MeetingsLoader loader;
        loader.setArticles(corpus.articles());
        loader.setKnownOfficialIds(fixedOfficialIds());
        QVERIFY2(loader.load(MeetingsLoader::meetingsFile(QStringLiteral(ENTENTE_TEST_CORPUS))), qPrintable(loader.errorString()));
        QVERIFY(loader.meetings().size() >= 12);

        // Spans are filled in and point at the quotes.
        for (const Meeting &m : loader.meetings()) {
            for (const MeetingEvidence &e : m.evidence) {
                const auto article = std::find_if(corpus.articles().cbegin(), corpus.articles().cend(),
                                                  [&](const Article &a) { return a.id == e.articleId; });
                QVERIFY(article != corpus.articles().cend());
                const OffsetMap map(article->text);
                QVERIFY(e.start >= 0 && e.end > e.start);
                QCOMPARE(article->text.mid(map.toUtf16(e.start), map.toUtf16(e.end) - map.toUtf16(e.start)), e.quote);
            }
        }

        // Every article reports at least one meeting.
        QSet<QString> reporting;
        for (const Meeting &m : loader.meetings())
            for (const QString &id : m.articleIds())
                reporting.insert(id);
        for (const Article &a : corpus.articles())
            QVERIFY2(reporting.contains(a.id), qPrintable(a.id));
    }

    void bundledQuotes_data()
    {
        QTest::addColumn<QString>("meeting");
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("quote");
        MeetingsLoader loader; // no articles: read the file as is, check the quotes here
        QVERIFY(loader.load(MeetingsLoader::meetingsFile(QStringLiteral(ENTENTE_TEST_CORPUS))));
        for (const Meeting &m : loader.meetings()) {
            QVERIFY2(!m.evidence.isEmpty(), qPrintable(m.id));
            for (qsizetype i = 0; i < m.evidence.size(); ++i)
                QTest::addRow("%s[%d]", qPrintable(m.id), int(i)) << m.id << m.evidence.at(i).articleId << m.evidence.at(i).quote;
        }
    }

    void bundledQuotes()
    {
        QFETCH(QString, article);
        QFETCH(QString, quote);
        CorpusLoader corpus;
        QVERIFY(corpus.load(QStringLiteral(ENTENTE_TEST_CORPUS)));
        const auto it = std::find_if(corpus.articles().cbegin(), corpus.articles().cend(),
                                     [&](const Article &a) { return a.id == article; });
        QVERIFY2(it != corpus.articles().cend(), qPrintable(article));
        QVERIFY2(it->text.contains(quote), qPrintable(quote));
        QVERIFY(quote.size() >= 10); // a quote, not a word
    }

    void bundledParticipantsInGazetteer()
    {
        const QString path = QStringLiteral(ENTENTE_TEST_CORPUS "/officials.json");
        if (!QFileInfo::exists(path))
            QSKIP("no officials.json in the corpus yet");
        Gazetteer gazetteer;
        QString gazetteerError;
        QVERIFY2(GazetteerReader::readFile(path, &gazetteer, &gazetteerError), qPrintable(gazetteerError));
        MeetingsLoader loader;
        QVERIFY(loader.load(MeetingsLoader::meetingsFile(QStringLiteral(ENTENTE_TEST_CORPUS))));
        for (const Meeting &m : loader.meetings())
            for (const QString &id : m.participants)
                QVERIFY2(gazetteer.official(id), qPrintable(m.id + u' ' + id));
    }

    void bundledDates_data()
    {
        QTest::addColumn<QString>("meeting");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QStringList>("participants");
        QTest::newRow("Rouhani-Hussein: the Wednesday before 6 Feb 2021, uncertain")
            << QStringLiteral("rouhani-fuad-hussein-2021") << QStringLiteral("2021-02-03?")
            << QStringList{QStringLiteral("hassan-rouhani"), QStringLiteral("fuad-hussein")};
        QTest::newRow("Shamkhani-Salih: 'late Sunday', year only")
            << QStringLiteral("shamkhani-salih-2020") << QStringLiteral("2020")
            << QStringList{QStringLiteral("ali-shamkhani"), QStringLiteral("barham-salih")};
        QTest::newRow("Khamenei-Rashid: April 2023, Raisi attending")
            << QStringLiteral("khamenei-rashid-2023") << QStringLiteral("2023-04")
            << QStringList{QStringLiteral("ali-khamenei"), QStringLiteral("abdul-latif-rashid"), QStringLiteral("ebrahim-raisi")};
        QTest::newRow("Al-Alam interview: July 2023, uncertain")
            << QStringLiteral("rashid-al-alam-interview-2023") << QStringLiteral("2023-07?")
            << QStringList{QStringLiteral("abdul-latif-rashid")};
        QTest::newRow("Kadhimi and Iranian journalists: 2021")
            << QStringLiteral("kadhimi-iranian-journalists-2021") << QStringLiteral("2021")
            << QStringList{QStringLiteral("mustafa-al-kadhimi")};
        QTest::newRow("Hussein-Zarif: earlier, February 2021 uncertain")
            << QStringLiteral("fuad-hussein-zarif-2021") << QStringLiteral("2021-02?")
            << QStringList{QStringLiteral("fuad-hussein"), QStringLiteral("mohammad-javad-zarif")};
    }

    void bundledDates()
    {
        QFETCH(QString, meeting);
        QFETCH(QString, date);
        QFETCH(QStringList, participants);
        MeetingsLoader loader;
        QVERIFY(loader.load(MeetingsLoader::meetingsFile(QStringLiteral(ENTENTE_TEST_CORPUS))));
        const auto it = std::find_if(loader.meetings().cbegin(), loader.meetings().cend(),
                                     [&](const Meeting &m) { return m.id == meeting; });
        QVERIFY(it != loader.meetings().cend());
        QCOMPARE(it->date.toString(), date);
        QCOMPARE(it->participants, participants);
        QVERIFY(!it->note.isEmpty()); // every bundled meeting says how its date was read
    }
};

QTEST_GUILESS_MAIN(TestMeetingsLoader)
#include "tst_meetingsloader.moc"

#include "io/corpusloader.h"
#include "io/gazetteerreader.h"
#include "reference/gazetteer.h"
#include "reference/gazetteerspeakerresolver.h"
#include "text/offsetmap.h"
#include "text/officephrase.h"
#include "text/statementextractor.h"
#include "text/tablespeakerresolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Entente;

namespace {

// A small fixed table for the synthetic rows: a few people with the terms from
// FACTS-officials.md, so these tests do not depend on the bundled gazetteer.
TableSpeakerResolver makeTable()
{
    TableSpeakerResolver t;
    t.addOfficial(QStringLiteral("barham-salih"), QStringLiteral("Barham Salih"), {QStringLiteral("Salih")});
    t.addOfficial(QStringLiteral("abdul-latif-rashid"), QStringLiteral("Abdul Latif Rashid"),
                  {QStringLiteral("Latif Rashid")});
    t.addOfficial(QStringLiteral("hassan-rouhani"), QStringLiteral("Hassan Rouhani"), {QStringLiteral("Rouhani")});
    t.addOfficial(QStringLiteral("ebrahim-raisi"), QStringLiteral("Ebrahim Raisi"), {QStringLiteral("Raisi")});
    t.addOfficial(QStringLiteral("ali-shamkhani"), QStringLiteral("Ali Shamkhani"), {QStringLiteral("Shamkhani")});
    t.addOfficial(QStringLiteral("fuad-hussein"), QStringLiteral("Fuad Hussein"));
    const QString iq = QStringLiteral("IQ");
    const QString ir = QStringLiteral("IR");
    const QString president = QStringLiteral("President");
    auto d = [](const char *s) { return EdtfDate::parse(QString::fromLatin1(s)); };
    t.addOffice(QStringLiteral("fuad-masum"), iq, president, d("2014-07-24"), d("2018-10-02"));
    t.addOffice(QStringLiteral("barham-salih"), iq, president, d("2018-10-02"), d("2022-10-13"));
    t.addOffice(QStringLiteral("abdul-latif-rashid"), iq, president, d("2022-10-13"));
    t.addOffice(QStringLiteral("hassan-rouhani"), ir, president, d("2013-08-03"), d("2021-08-03"));
    t.addOffice(QStringLiteral("ebrahim-raisi"), ir, president, d("2021-08-03"), d("2024-05-19"));
    t.addOffice(QStringLiteral("fuad-hussein"), iq, QStringLiteral("Foreign Minister"), d("2020-06-06"));
    return t;
}

Article makeArticle(const QString &text, const char *published = "2020-03-01")
{
    Article a;
    a.id = QStringLiteral("test");
    a.text = text;
    a.published = EdtfDate::parse(QString::fromLatin1(published));
    return a;
}

// The content of a statement, read back from the article through its code-point spans.
QString contentOf(const Article &a, const Statement &s)
{
    const OffsetMap map(a.text);
    QStringList parts;
    for (const TextSpan &span : s.content) {
        const qsizetype from = map.toUtf16(span.start);
        parts.append(a.text.sliced(from, map.toUtf16(span.end) - from));
    }
    return parts.join(QStringLiteral(" … "));
}

struct GoldItem
{
    QString article;
    QString speaker;
    QString cue;
    bool direct = false;
    QString text;
    TextSpan span;
};

} // namespace

class TestStatementExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extract_data();
    void extract();
    void offsetsAreCodePoints();
    void continuedQuoteHasTwoSpans();
    void residueAndScareQuotesIgnored();
    void officeHolders_data();
    void officeHolders();
    void ambiguousOfficeKeepsCandidates();
    void suggestTags_data();
    void suggestTags();
    void officePhrases_data();
    void officePhrases();
    void gold();
};

void TestStatementExtractor::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("published");
    QTest::addColumn<int>("count");   // statements expected in all
    QTest::addColumn<int>("index");   // the one checked
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("cue");

    QTest::newRow("cue after the quote")
        << QStringLiteral("“Iraq is an independent country,” Salih said.") << QStringLiteral("2020") << 1 << 0
        << QStringLiteral("direct") << QStringLiteral("Iraq is an independent country")
        << QStringLiteral("barham-salih") << QStringLiteral("said");
    QTest::newRow("cue before the quote")
        << QStringLiteral("Rouhani also said, “Iran stands by its neighbour.”") << QStringLiteral("2021") << 1 << 0
        << QStringLiteral("direct") << QStringLiteral("Iran stands by its neighbour.")
        << QStringLiteral("hassan-rouhani") << QStringLiteral("said");
    QTest::newRow("he added resolves to the named speaker")
        << QStringLiteral("“We met today,” Salih said.\n\n“We are grateful to the Iranian people,” he added.")
        << QStringLiteral("2020") << 2 << 1 << QStringLiteral("direct")
        << QStringLiteral("We are grateful to the Iranian people") << QStringLiteral("barham-salih")
        << QStringLiteral("added");
    QTest::newRow("pronoun with no speaker before stays unknown")
        << QStringLiteral("“We are grateful to the people,” he added.") << QStringLiteral("2020") << 1 << 0
        << QStringLiteral("direct") << QStringLiteral("We are grateful to the people") << QString()
        << QStringLiteral("added");
    QTest::newRow("office resolves on the article date (2020)")
        << QStringLiteral("The Iraqi president also said, “Iran has been a companion.”") << QStringLiteral("2020")
        << 1 << 0 << QStringLiteral("direct") << QStringLiteral("Iran has been a companion.")
        << QStringLiteral("barham-salih") << QStringLiteral("said");
    QTest::newRow("office resolves on the article date (2023)")
        << QStringLiteral("The Iraqi president also said, “Iran has been a companion.”")
        << QStringLiteral("2023-07-12") << 1 << 0 << QStringLiteral("direct")
        << QStringLiteral("Iran has been a companion.") << QStringLiteral("abdul-latif-rashid")
        << QStringLiteral("said");
    QTest::newRow("colon in the paragraph before")
        << QStringLiteral("Referring to Iran, Rouhani said:\n\n“Our relations are at their best.”")
        << QStringLiteral("2021") << 1 << 0 << QStringLiteral("direct")
        << QStringLiteral("Our relations are at their best.") << QStringLiteral("hassan-rouhani")
        << QStringLiteral("said");
    QTest::newRow("unclosed quote runs to the paragraph end")
        << QStringLiteral("Rouhani said, “We tried. We tried again.\n\nThe talks ended.")
        << QStringLiteral("2021") << 1 << 0 << QStringLiteral("direct")
        << QStringLiteral("We tried. We tried again.") << QStringLiteral("hassan-rouhani") << QStringLiteral("said");
    QTest::newRow("unclosed quote drops a stray verb")
        << QStringLiteral("Rouhani said, “We tried hard. We tried again. gave the answer.\n")
        << QStringLiteral("2021") << 1 << 0 << QStringLiteral("direct")
        << QStringLiteral("We tried hard. We tried again.") << QStringLiteral("hassan-rouhani")
        << QStringLiteral("said");
    QTest::newRow("unclosed quote cut before 'was quoted as saying'")
        << QStringLiteral("“Ties are strong and growing and Rouhani was quoted as saying by IRNA.")
        << QStringLiteral("2021") << 1 << 0 << QStringLiteral("direct")
        << QStringLiteral("Ties are strong and growing") << QStringLiteral("hassan-rouhani")
        << QStringLiteral("quoted as saying");
    QTest::newRow("guillemets")
        << QStringLiteral("«Nous sommes voisins», Salih said.") << QStringLiteral("2020") << 1 << 0
        << QStringLiteral("direct") << QStringLiteral("Nous sommes voisins") << QStringLiteral("barham-salih")
        << QStringLiteral("said");
    QTest::newRow("straight quotes")
        << QStringLiteral("\"We are neighbours,\" Salih said.") << QStringLiteral("2020") << 1 << 0
        << QStringLiteral("direct") << QStringLiteral("We are neighbours") << QStringLiteral("barham-salih")
        << QStringLiteral("said");
    QTest::newRow("no cue, no speaker")
        << QStringLiteral("The paper wrote of “a new page in relations” yesterday.") << QStringLiteral("2020")
        << 1 << 0 << QStringLiteral("direct") << QStringLiteral("a new page in relations") << QString()
        << QString();
    QTest::newRow("colon speech")
        << QStringLiteral("Rouhani added: The two nations are brothers.\n") << QStringLiteral("2021") << 1 << 0
        << QStringLiteral("direct") << QStringLiteral("The two nations are brothers.")
        << QStringLiteral("hassan-rouhani") << QStringLiteral("added");
    QTest::newRow("indirect said that")
        << QStringLiteral("Shamkhani said that the two countries will fight terrorism together.")
        << QStringLiteral("2020") << 1 << 0 << QStringLiteral("indirect")
        << QStringLiteral("the two countries will fight terrorism together") << QStringLiteral("ali-shamkhani")
        << QStringLiteral("said");
    QTest::newRow("indirect with an office and 'has'")
        << QStringLiteral("The Iraqi foreign minister has stressed that Baghdad wants calm.")
        << QStringLiteral("2021-02-06") << 1 << 0 << QStringLiteral("indirect")
        << QStringLiteral("Baghdad wants calm") << QStringLiteral("fuad-hussein") << QStringLiteral("stressed");
    QTest::newRow("indirect ending in ', he said'")
        << QStringLiteral("Shamkhani visited Baghdad. The Iraqi people need no foreign guards, he said.")
        << QStringLiteral("2020") << 1 << 0 << QStringLiteral("indirect")
        << QStringLiteral("The Iraqi people need no foreign guards") << QStringLiteral("ali-shamkhani")
        << QStringLiteral("said");
    QTest::newRow("participle with that after the subject")
        << QStringLiteral("Salih praised the ties, stating that the neighbours meet often.")
        << QStringLiteral("2020") << 1 << 0 << QStringLiteral("indirect")
        << QStringLiteral("the neighbours meet often") << QStringLiteral("barham-salih") << QStringLiteral("stating");
    QTest::newRow("object of a preposition is not the speaker")
        << QStringLiteral("In a meeting with Rouhani, Salih said: Our borders are safe.\n")
        << QStringLiteral("2020") << 1 << 0 << QStringLiteral("direct") << QStringLiteral("Our borders are safe.")
        << QStringLiteral("barham-salih") << QStringLiteral("said");
    // Forms the five articles do not use (written after the gold test passed, to check the
    // rules are not fitted to those five texts only).
    QTest::newRow("inverted cue: said Salih")
        << QStringLiteral("“We will cooperate,” said Salih.") << QStringLiteral("2020") << 1 << 0
        << QStringLiteral("direct") << QStringLiteral("We will cooperate") << QStringLiteral("barham-salih")
        << QStringLiteral("said");
    QTest::newRow("quote split around the cue")
        << QStringLiteral("“The first half,” Rouhani said, “and the second half.”") << QStringLiteral("2021")
        << 2 << 1 << QStringLiteral("direct") << QStringLiteral("and the second half.")
        << QStringLiteral("hassan-rouhani") << QStringLiteral("said");
    QTest::newRow("told reporters that")
        << QStringLiteral("Salih told reporters that the border crossings will reopen soon.")
        << QStringLiteral("2020") << 1 << 0 << QStringLiteral("indirect")
        << QStringLiteral("the border crossings will reopen soon") << QStringLiteral("barham-salih")
        << QStringLiteral("told");
    QTest::newRow("said on a day that")
        << QStringLiteral("Rouhani said on Wednesday that trade will double.") << QStringLiteral("2021") << 1 << 0
        << QStringLiteral("indirect") << QStringLiteral("trade will double") << QStringLiteral("hassan-rouhani")
        << QStringLiteral("said");
    QTest::newRow("she resolves like he")
        << QStringLiteral("Shamkhani spoke first.\n\n“We are ready to help,” she said.") << QStringLiteral("2020")
        << 1 << 0 << QStringLiteral("direct") << QStringLiteral("We are ready to help")
        << QStringLiteral("ali-shamkhani") << QStringLiteral("said");
    QTest::newRow("no speaker, no indirect statement")
        << QStringLiteral("The two sides underlined the need for calm.") << QStringLiteral("2020") << 0 << -1
        << QString() << QString() << QString() << QString();
}

void TestStatementExtractor::extract()
{
    QFETCH(QString, text);
    QFETCH(QString, published);
    QFETCH(int, count);
    QFETCH(int, index);
    QFETCH(QString, kind);
    QFETCH(QString, content);
    QFETCH(QString, speaker);
    QFETCH(QString, cue);

    const TableSpeakerResolver table = makeTable();
    const StatementExtractor extractor(&table);
    Article a = makeArticle(text);
    a.published = EdtfDate::parse(published);
    const StatementList found = extractor.extract(a);
    QCOMPARE(found.size(), count);
    if (index < 0)
        return;
    const Statement &s = found.at(index);
    QCOMPARE(Statement::kindName(s.kind), kind);
    QCOMPARE(s.text, content);
    QCOMPARE(contentOf(a, s), content);
    QCOMPARE(s.speakerId, speaker);
    QCOMPARE(s.cue, cue);
    QCOMPARE(s.articleId, a.id);
    QCOMPARE(s.date, a.published);
    QCOMPARE(s.status, Statement::Status::Extracted);
    QVERIFY(s.evidence.start <= s.start());
    QVERIFY(s.evidence.end >= s.end());
}

void TestStatementExtractor::offsetsAreCodePoints()
{
    // An emoji (two UTF-16 units) before the quote shifts UTF-16 offsets by one.
    const TableSpeakerResolver table = makeTable();
    const StatementExtractor extractor(&table);
    const Article a = makeArticle(QStringLiteral("\U0001F600 “We are neighbours,” Salih said."));
    const StatementList found = extractor.extract(a);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).content.size(), 1);
    QCOMPARE(found.at(0).content.at(0).start, qsizetype(3)); // emoji, space, “
    QCOMPARE(found.at(0).content.at(0).end, qsizetype(3 + 17));
    QCOMPARE(contentOf(a, found.at(0)), QStringLiteral("We are neighbours"));
}

void TestStatementExtractor::continuedQuoteHasTwoSpans()
{
    const TableSpeakerResolver table = makeTable();
    const StatementExtractor extractor(&table);
    const Article a = makeArticle(QStringLiteral(
        "Salih said, “The first paragraph of the speech.\n\n“The second paragraph of it.”\n"));
    const StatementList found = extractor.extract(a);
    QCOMPARE(found.size(), 1);
    const Statement &s = found.at(0);
    QCOMPARE(s.content.size(), 2);
    QCOMPARE(s.text, QStringLiteral("The first paragraph of the speech. … The second paragraph of it."));
    QCOMPARE(s.speakerId, QStringLiteral("barham-salih"));
}

void TestStatementExtractor::residueAndScareQuotesIgnored()
{
    const TableSpeakerResolver table = makeTable();
    const StatementExtractor extractor(&table);
    const Article a = makeArticle(QStringLiteral(
        "class = “cf”>\n\nThe so-called “experts” left. <div class=\"two words\">\n"));
    const StatementList found = extractor.extract(a);
    QCOMPARE(found.size(), 0);
}

void TestStatementExtractor::officeHolders_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("holders");
    QTest::addColumn<bool>("ambiguous");

    const QString salih = QStringLiteral("barham-salih");
    const QString rashid = QStringLiteral("abdul-latif-rashid");
    QTest::newRow("President of Iraq in 2020") << QStringLiteral("President of Iraq") << QStringLiteral("2020")
                                              << QStringList{salih} << false;
    QTest::newRow("President of Iraq in 2023") << QStringLiteral("President of Iraq") << QStringLiteral("2023")
                                              << QStringList{rashid} << false;
    QTest::newRow("President of Iraq in 2022: both, marked")
        << QStringLiteral("President of Iraq") << QStringLiteral("2022") << QStringList{salih, rashid} << true;
    QTest::newRow("the day before the handover") << QStringLiteral("President of Iraq")
                                                << QStringLiteral("2022-10-12") << QStringList{salih} << false;
    QTest::newRow("the day after the handover") << QStringLiteral("President of Iraq")
                                               << QStringLiteral("2022-10-14") << QStringList{rashid} << false;
    QTest::newRow("October 2022: both") << QStringLiteral("President of Iraq") << QStringLiteral("2022-10")
                                       << QStringList{salih, rashid} << true;
    QTest::newRow("an uncertain year still spans the year")
        << QStringLiteral("President of Iraq") << QStringLiteral("2020?") << QStringList{salih} << false;
    QTest::newRow("President of Iraq in 2018: Masum then Salih")
        << QStringLiteral("President of Iraq") << QStringLiteral("2018")
        << QStringList{QStringLiteral("fuad-masum"), salih} << true;
    QTest::newRow("President of Iran in 2021: Rouhani then Raisi")
        << QStringLiteral("President of Iran") << QStringLiteral("2021")
        << QStringList{QStringLiteral("hassan-rouhani"), QStringLiteral("ebrahim-raisi")} << true;
    QTest::newRow("President of Iran in February 2021")
        << QStringLiteral("President of Iran") << QStringLiteral("2021-02-06")
        << QStringList{QStringLiteral("hassan-rouhani")} << false;
    QTest::newRow("office phrase instead of a title")
        << QStringLiteral("the Iraqi president") << QStringLiteral("2023-07-12") << QStringList{rashid} << false;
    QTest::newRow("unknown office") << QStringLiteral("Mayor of Baghdad") << QStringLiteral("2020")
                                   << QStringList() << false;
    QTest::newRow("before anyone listed") << QStringLiteral("President of Iraq") << QStringLiteral("2005")
                                         << QStringList() << false;
}

void TestStatementExtractor::officeHolders()
{
    QFETCH(QString, office);
    QFETCH(QString, date);
    QFETCH(QStringList, holders);
    QFETCH(bool, ambiguous);

    // Against the fixed table ...
    const TableSpeakerResolver table = makeTable();
    const StatementExtractor withTable(&table);
    const auto h = withTable.holdersOf(office, EdtfDate::parse(date));
    QCOMPARE(h.ids, holders);
    QCOMPARE(h.ambiguous, ambiguous);

    // ... and against the bundled gazetteer, which must agree.
    Gazetteer g;
    QString gError;
        QVERIFY2(GazetteerReader::readFile(QStringLiteral(ENTENTE_TEST_CORPUS "/officials.json"), &g, &gError), qPrintable(gError));
    const GazetteerSpeakerResolver real(g);
    const StatementExtractor withGazetteer(&real);
    const auto hg = withGazetteer.holdersOf(office, EdtfDate::parse(date));
    QCOMPARE(hg.ids, holders);
    QCOMPARE(hg.ambiguous, ambiguous);
}

void TestStatementExtractor::ambiguousOfficeKeepsCandidates()
{
    // An article dated only "2022" cannot tell which president of Iraq spoke.
    const TableSpeakerResolver table = makeTable();
    const StatementExtractor extractor(&table);
    const Article a = makeArticle(QStringLiteral("The Iraqi president said that the border will stay open."), "2022");
    const StatementList found = extractor.extract(a);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.at(0).speakerId.isEmpty());
    QVERIFY(found.at(0).isSpeakerAmbiguous());
    QCOMPARE(found.at(0).speakerCandidates,
             (QStringList{QStringLiteral("barham-salih"), QStringLiteral("abdul-latif-rashid")}));
    QCOMPARE(found.at(0).speakerText, QStringLiteral("The Iraqi president"));
}

void TestStatementExtractor::suggestTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("security") << QStringLiteral("We fought terrorism together") << QStringList{QStringLiteral("security")};
    QTest::newRow("economy and relations")
        << QStringLiteral("Trade ties will grow")
        << QStringList{QStringLiteral("economy"), QStringLiteral("relations")};
    QTest::newRow("sovereignty") << QStringLiteral("Iran rejects foreign intervention")
                                 << QStringList{QStringLiteral("sovereignty")};
    QTest::newRow("'us' is not the US") << QStringLiteral("These things connect us") << QStringList();
    // The forms of the words (suggestTags tries its expressions only where a form starts).
    QTest::newRow("any case") << QStringLiteral("SECURITY first") << QStringList{QStringLiteral("security")};
    QTest::newRow("word with a suffix") << QStringLiteral("a secure border") << QStringList{QStringLiteral("security")};
    QTest::newRow("whole words only") << QStringLiteral("an insecure tradesman") << QStringList();
    QTest::newRow("optional plural") << QStringLiteral("visas") << QStringList{QStringLiteral("economy")};
    QTest::newRow("either spelling") << QStringLiteral("Defense") << QStringList{QStringLiteral("security")};
    QTest::newRow("two words") << QStringLiteral("Islamic State fighters") << QStringList{QStringLiteral("security")};
    QTest::newRow("first of two words alone") << QStringLiteral("Islamic values") << QStringList();
    QTest::newRow("dash") << QStringLiteral("the US-led coalition") << QStringList{QStringLiteral("sovereignty")};
    QTest::newRow("in a longer text, late")
        << QStringLiteral("The talks went on for hours, and at the end the delegates spoke of friendship.")
        << QStringList{QStringLiteral("relations")};
}

void TestStatementExtractor::suggestTags()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QCOMPARE(StatementExtractor::suggestTags(text), tags);
}

void TestStatementExtractor::officePhrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("phrases"); // "matched text|country|office key"
    QTest::newRow("several")
        << QStringLiteral("Iraq's first vice-president met the Iranian foreign minister and the President of Iran.")
        << QStringList{QStringLiteral("Iraq's first vice-president|IQ|Vice President"),
                       QStringLiteral("Iranian foreign minister|IR|Foreign Minister"),
                       QStringLiteral("President of Iran|IR|President")};
    QTest::newRow("words around the noun")
        << QStringLiteral("the top Iraqi diplomat and Iran’s national security adviser")
        << QStringList{QStringLiteral("top Iraqi diplomat|IQ|Foreign Minister"),
                       QStringLiteral("Iran’s national security adviser|IR|National Security Adviser")};
    QTest::newRow("whole words only") << QStringLiteral("Presidents, ex-premiership and éPresident") << QStringList();
    QTest::newRow("after an emoji")
        << QStringLiteral("😀 the Supreme Leader") << QStringList{QStringLiteral("Supreme Leader|IR|Supreme Leader")};
}

void TestStatementExtractor::officePhrases()
{
    QFETCH(QString, text);
    QFETCH(QStringList, phrases);
    QStringList found;
    for (const OfficePhrase &p : OfficePhrase::find(text))
        found.append(text.sliced(p.start, p.end - p.start) + u'|' + p.country + u'|' + p.officeKey);
    QCOMPARE(found, phrases);
}

void TestStatementExtractor::gold()
{
    CorpusLoader corpus;
    QVERIFY2(corpus.load(QStringLiteral(ENTENTE_TEST_CORPUS)), qPrintable(corpus.errorString()));
    Gazetteer g;
    QString gError;
        QVERIFY2(GazetteerReader::readFile(QStringLiteral(ENTENTE_TEST_CORPUS "/officials.json"), &g, &gError), qPrintable(gError));
    const GazetteerSpeakerResolver resolver(g);
    const StatementExtractor extractor(&resolver);

    QFile f(QStringLiteral(ENTENTE_TEST_DATA "/statements-gold.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(doc.value(u"format").toString(), QStringLiteral("entente-statements-gold"));

    QHash<QString, Article> articles;
    for (const Article &a : corpus.articles())
        articles.insert(a.id, a);

    QList<GoldItem> gold;
    for (const QJsonValue &v : doc.value(u"statements").toArray()) {
        const QJsonObject o = v.toObject();
        GoldItem g;
        g.article = o.value(u"article").toString();
        g.speaker = o.value(u"speaker").toString();
        g.cue = o.value(u"cue").toString();
        g.direct = o.value(u"kind").toString() == u"direct";
        g.text = o.value(u"text").toString();
        QVERIFY2(articles.contains(g.article), qPrintable(g.article));
        const Article &a = articles[g.article];
        const qsizetype at = a.text.indexOf(g.text);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("gold text not in %1: %2").arg(g.article, g.text)));
        const OffsetMap map(a.text);
        g.span = {map.toCodePoint(at), map.toCodePoint(at + g.text.size())};
        gold.append(g);
    }
    QCOMPARE(gold.size(), 52);

    // A prediction matches a gold statement of the same article and kind when their spans
    // overlap by at least half of their union (Jaccard >= 0.5); each gold item matches once.
    struct Counts
    {
        int predicted = 0, gold = 0, spanMatched = 0, strictMatched = 0, cueMatched = 0, exact = 0;
    };
    Counts all, direct, indirect;
    QStringList misses;
    QList<bool> goldUsed(gold.size(), false);
    for (const Article &a : corpus.articles()) {
        const StatementList found = extractor.extract(a);
        for (const Statement &s : found) {
            Counts &k = s.isDirect() ? direct : indirect;
            ++k.predicted;
            ++all.predicted;
            int best = -1;
            double bestScore = 0.5;
            for (int i = 0; i < gold.size(); ++i) {
                const GoldItem &g = gold.at(i);
                if (goldUsed.at(i) || g.article != a.id || g.direct != s.isDirect())
                    continue;
                const qsizetype inter = std::min(g.span.end, s.end()) - std::max(g.span.start, s.start());
                const qsizetype uni = std::max(g.span.end, s.end()) - std::min(g.span.start, s.start());
                const double score = inter > 0 ? double(inter) / double(uni) : 0.0;
                if (score >= bestScore) {
                    bestScore = score;
                    best = int(i);
                }
            }
            if (best < 0) {
                misses.append(QStringLiteral("  extra %1 [%2] %3: %4")
                                  .arg(a.id, Statement::kindName(s.kind), s.speakerId, s.text.left(70)));
                continue;
            }
            goldUsed[best] = true;
            const GoldItem &g = gold.at(best);
            for (Counts *c : {&k, &all}) {
                ++c->spanMatched;
                if (g.speaker == s.speakerId)
                    ++c->strictMatched;
                if (g.cue == s.cue)
                    ++c->cueMatched;
                if (g.span.start == s.start() && g.span.end == s.end())
                    ++c->exact;
            }
            if (g.speaker != s.speakerId)
                misses.append(QStringLiteral("  speaker %1: got '%2', gold '%3': %4")
                                  .arg(a.id, s.speakerId, g.speaker, g.text.left(60)));
        }
    }
    for (int i = 0; i < gold.size(); ++i) {
        Counts &k = gold.at(i).direct ? direct : indirect;
        ++k.gold;
        ++all.gold;
        if (!goldUsed.at(i))
            misses.append(QStringLiteral("  missed %1 [%2]: %3")
                              .arg(gold.at(i).article, gold.at(i).direct ? QStringLiteral("direct") : QStringLiteral("indirect"),
                                   gold.at(i).text.left(70)));
    }
    auto ratio = [](int a, int b) { return b == 0 ? 1.0 : double(a) / double(b); };
    auto report = [&](const char *name, const Counts &c) {
        qInfo("%-8s predicted %2d gold %2d | spans P %.2f R %.2f (exact %d) | with speaker P %.2f R %.2f | cue %.2f",
              name, c.predicted, c.gold, ratio(c.spanMatched, c.predicted), ratio(c.spanMatched, c.gold),
              c.exact, ratio(c.strictMatched, c.predicted), ratio(c.strictMatched, c.gold),
              ratio(c.cueMatched, c.spanMatched));
    };
    report("direct", direct);
    report("indirect", indirect);
    report("all", all);
    for (const QString &m : std::as_const(misses))
        qInfo("%s", qPrintable(m));

    // What the README claims: on the bundled articles the extractor agrees with the gold file
    // exactly: every statement found, none extra, every speaker right, every span exact.
    // (A figure on the texts it was written on, not a generalisation score: see README.)
    QVERIFY2(misses.isEmpty(), qPrintable(misses.join(u'\n')));
    QCOMPARE(all.predicted, all.gold);
    QCOMPARE(all.strictMatched, all.gold);
    QCOMPARE(all.exact, all.gold);
}

QTEST_GUILESS_MAIN(TestStatementExtractor)
#include "tst_statementextractor.moc"

#include "io/corpusloader.h"
#include "fixtures.h"
#include "io/gazetteerreader.h"
#include "reference/gazetteer.h"
#include "reference/officialsmatcher.h"
#include "reference/unknownofficialfinder.h"
#include "text/textfolder.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

// "id:matched" for a resolved mention, "?id1,id2:matched" for an ambiguous one.
QStringList describe(const QList<Mention> &mentions)
{
    QStringList out;
    for (const Mention &m : mentions) {
        if (m.ambiguous)
            out.append(u'?' + m.candidates.join(u',') + u':' + m.matched);
        else
            out.append(m.officialId + u':' + m.matched);
    }
    return out;
}

qsizetype cpLength(const QString &s)
{
    return s.toUcs4().size();
}

} // namespace

class TestOfficialsMatcher : public QObject
{
    Q_OBJECT

private:
    Gazetteer m_gazetteer;
    OfficialsMatcher m_matcher;

private Q_SLOTS:
    void initTestCase()
    {
        m_gazetteer = TestFixtures::bundledGazetteer();
        m_matcher.setGazetteer(m_gazetteer);
        QVERIFY(m_matcher.patternCount() > 300);
    }

    void fold_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("case") << u"ROUHANI Rouhani"_s << u"rouhani rouhani"_s;
        QTest::newRow("apostrophe right quote") << u"Es\u2019haq"_s << u"es haq"_s;
        QTest::newRow("apostrophe left quote") << u"Es\u2018haq"_s << u"es haq"_s;
        QTest::newRow("apostrophe modifier letter") << u"Es\u02BChaq"_s << u"es haq"_s;
        QTest::newRow("hyphen") << u"Abdul-Mahdi"_s << u"abdul mahdi"_s;
        QTest::newRow("unicode hyphen") << u"Abdul\u2010Mahdi"_s << u"abdul mahdi"_s;
        QTest::newRow("en dash") << u"Abdul\u2013Mahdi"_s << u"abdul mahdi"_s;
        QTest::newRow("em dash") << u"Abdul\u2014Mahdi"_s << u"abdul mahdi"_s;
        QTest::newRow("white space runs") << u"  Barham \n\t Salih "_s << u"barham salih"_s;
        QTest::newRow("latin diacritics") << u"Barh\u00E1m Sa\u0301lih"_s << u"barham salih"_s;
        QTest::newRow("alef with hamza above") << u"\u0623\u062D\u0645\u062F"_s << u"\u0627\u062D\u0645\u062F"_s;
        QTest::newRow("alef with hamza below") << u"\u0625\u0628\u0631\u0627\u0647\u064A\u0645"_s
                                               << u"\u0627\u0628\u0631\u0627\u0647\u064A\u0645"_s;
        QTest::newRow("alef madda") << u"\u0622\u0645\u0644\u06CC"_s << u"\u0627\u0645\u0644\u064A"_s;
        QTest::newRow("alef maksura to yeh") << u"\u0645\u0635\u0637\u0641\u0649"_s << u"\u0645\u0635\u0637\u0641\u064A"_s;
        QTest::newRow("persian yeh to yeh") << u"\u0645\u0635\u0637\u0641\u06CC"_s << u"\u0645\u0635\u0637\u0641\u064A"_s;
        QTest::newRow("persian kaf to kaf") << u"\u06A9\u0627\u0638\u0645\u06CC"_s << u"\u0643\u0627\u0638\u0645\u064A"_s;
        QTest::newRow("teh marbuta to heh") << u"\u0645\u062F\u064A\u0646\u0629"_s << u"\u0645\u062F\u064A\u0646\u0647"_s;
        QTest::newRow("tatweel dropped") << u"\u0645\u0635\u0640\u0640\u0637\u0641\u0649"_s << u"\u0645\u0635\u0637\u0641\u064A"_s;
        QTest::newRow("harakat dropped") << u"\u0645\u064F\u0635\u0652\u0637\u064E\u0641\u064E\u0649"_s
                                         << u"\u0645\u0635\u0637\u0641\u064A"_s;
        QTest::newRow("zwnj dropped") << u"\u062E\u0627\u0645\u0646\u0647\u200C\u0627\u06CC"_s
                                      << u"\u062E\u0627\u0645\u0646\u0647\u0627\u064A"_s;
        QTest::newRow("hamza on yeh") << u"\u0631\u0626\u06CC\u0633\u06CC"_s << u"\u0631\u064A\u064A\u0633\u064A"_s;
        QTest::newRow("punctuation kept as breaker") << u"Fuad. Hussein"_s << u"fuad hussein"_s;
    }

    void fold()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(TextFolder::key(name), key);
    }

    void foldOffsets()
    {
        // fold() keeps an exact map back to the original however the lengths change.
        const QString text = u"\u0645\u064F\u0635\u0640\u0637\u0641\u0649  \u2014 Zarif\u2019s"_s;
        const TextFolder::Folded f = TextFolder::fold(text);
        QCOMPARE(f.text, u"\u0645\u0635\u0637\u0641\u064A zarif's"_s);
        QCOMPARE(f.origin.size(), f.text.size() + 1);
        QCOMPARE(f.origin.at(1), 2);             // ص after the damma
        QCOMPARE(f.origin.at(2), 4);             // ط after the tatweel
        QCOMPARE(f.origin.at(5), 7);             // the run of spaces and dash starts at 7
        QCOMPARE(f.origin.at(6), 11);            // z
        QCOMPARE(f.origin.last(), text.size());
    }

    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        // Folding rules, through the real gazetteer.
        QTest::newRow("case insensitive") << u"PRESIDENT HASSAN ROUHANI spoke"_s
                                          << QStringList{u"hassan-rouhani:HASSAN ROUHANI"_s};
        QTest::newRow("apostrophe in name ’") << u"Es\u2019haq Jahangiri"_s
                                              << QStringList{u"eshaq-jahangiri:Es\u2019haq Jahangiri"_s};
        QTest::newRow("apostrophe in name ʼ") << u"Es\u02BChaq Jahangiri"_s
                                              << QStringList{u"eshaq-jahangiri:Es\u02BChaq Jahangiri"_s};
        QTest::newRow("hyphen as written") << u"Adel Abdul-Mahdi"_s << QStringList{u"adil-abdul-mahdi:Adel Abdul-Mahdi"_s};
        QTest::newRow("en dash for hyphen") << u"Adel Abdul\u2013Mahdi"_s
                                            << QStringList{u"adil-abdul-mahdi:Adel Abdul\u2013Mahdi"_s};
        QTest::newRow("em dash for hyphen") << u"Hossein Amir\u2014Abdollahian"_s
                                            << QStringList{u"hossein-amir-abdollahian:Hossein Amir\u2014Abdollahian"_s};
        QTest::newRow("space for hyphen") << u"Adel Abdul Mahdi"_s << QStringList{u"adil-abdul-mahdi:Adel Abdul Mahdi"_s};
        QTest::newRow("line break inside name") << u"Barham\nSalih"_s << QStringList{u"barham-salih:Barham\nSalih"_s};
        QTest::newRow("latin diacritics") << u"Barh\u00E1m S\u00E1lih"_s << QStringList{u"barham-salih:Barh\u00E1m S\u00E1lih"_s};
        QTest::newRow("arabic bare alef for hamza") << u"\u0627\u0628\u0631\u0627\u0647\u064A\u0645 \u0631\u0626\u064A\u0633\u064A"_s
                                                    << QStringList{u"ebrahim-raisi:\u0627\u0628\u0631\u0627\u0647\u064A\u0645 \u0631\u0626\u064A\u0633\u064A"_s};
        QTest::newRow("arabic كاظمي as written") << u"\u0645\u0635\u0637\u0641\u0649 \u0627\u0644\u0643\u0627\u0638\u0645\u064A"_s
                                                 << QStringList{u"mustafa-al-kadhimi:\u0645\u0635\u0637\u0641\u0649 \u0627\u0644\u0643\u0627\u0638\u0645\u064A"_s};
        QTest::newRow("arabic yeh for alef maksura") << u"\u0645\u0635\u0637\u0641\u064A \u0627\u0644\u0643\u0627\u0638\u0645\u064A"_s
                                                     << QStringList{u"mustafa-al-kadhimi:\u0645\u0635\u0637\u0641\u064A \u0627\u0644\u0643\u0627\u0638\u0645\u064A"_s};
        QTest::newRow("persian kaf and yeh") << u"\u0645\u0635\u0637\u0641\u06CC \u0627\u0644\u06A9\u0627\u0638\u0645\u06CC"_s
                                             << QStringList{u"mustafa-al-kadhimi:\u0645\u0635\u0637\u0641\u06CC \u0627\u0644\u06A9\u0627\u0638\u0645\u06CC"_s};
        QTest::newRow("arabic tatweel") << u"\u0645\u0635\u0637\u0640\u0641\u0649 \u0627\u0644\u0643\u0627\u0638\u0645\u064A"_s
                                        << QStringList{u"mustafa-al-kadhimi:\u0645\u0635\u0637\u0640\u0641\u0649 \u0627\u0644\u0643\u0627\u0638\u0645\u064A"_s};
        QTest::newRow("arabic harakat") << u"\u0645\u064F\u0635\u0652\u0637\u064E\u0641\u064E\u0649 \u0627\u0644\u0643\u064E\u0627\u0638\u0650\u0645\u0650\u064A"_s
                                        << QStringList{u"mustafa-al-kadhimi:\u0645\u064F\u0635\u0652\u0637\u064E\u0641\u064E\u0649 \u0627\u0644\u0643\u064E\u0627\u0638\u0650\u0645\u0650\u064A"_s};
        QTest::newRow("arabic without the article") << u"\u0645\u0635\u0637\u0641\u0649 \u0643\u0627\u0638\u0645\u064A"_s
                                                    << QStringList{u"mustafa-al-kadhimi:\u0645\u0635\u0637\u0641\u0649 \u0643\u0627\u0638\u0645\u064A"_s};
        QTest::newRow("persian with zwnj") << u"\u0639\u0644\u06CC \u062E\u0627\u0645\u0646\u0647\u200C\u0627\u06CC \u06AF\u0641\u062A"_s
                                           << QStringList{u"ali-khamenei:\u0639\u0644\u06CC \u062E\u0627\u0645\u0646\u0647\u200C\u0627\u06CC"_s};
        QTest::newRow("persian zwnj written as space") << u"\u0639\u0644\u06CC \u062E\u0627\u0645\u0646\u0647 \u0627\u06CC"_s
                                                       << QStringList{u"ali-khamenei:\u0639\u0644\u06CC \u062E\u0627\u0645\u0646\u0647 \u0627\u06CC"_s};
        QTest::newRow("persian zwnj left out") << u"\u0639\u0644\u06CC \u062E\u0627\u0645\u0646\u0647\u0627\u06CC"_s
                                               << QStringList{u"ali-khamenei:\u0639\u0644\u06CC \u062E\u0627\u0645\u0646\u0647\u0627\u06CC"_s};
        QTest::newRow("persian honorifics") << u"\u0622\u06CC\u062A\u200C\u0627\u0644\u0644\u0647 \u0633\u06CC\u062F \u0639\u0644\u06CC \u062E\u0627\u0645\u0646\u0647\u200C\u0627\u06CC"_s
                                            << QStringList{u"ali-khamenei:\u0622\u06CC\u062A\u200C\u0627\u0644\u0644\u0647 \u0633\u06CC\u062F \u0639\u0644\u06CC \u062E\u0627\u0645\u0646\u0647\u200C\u0627\u06CC"_s};
        // Latin definite article.
        QTest::newRow("al- left out") << u"Mustafa Kadhimi met"_s << QStringList{u"mustafa-al-kadhimi:Mustafa Kadhimi"_s};
        QTest::newRow("Al- capitalised") << u"Mustafa Al-Kadhimi met"_s << QStringList{u"mustafa-al-kadhimi:Mustafa Al-Kadhimi"_s};
        // Possessives and whole words.
        QTest::newRow("possessive ’s") << u"Soleimani\u2019s legacy"_s << QStringList{u"qasem-soleimani:Soleimani"_s};
        QTest::newRow("possessive 's") << u"Zarif's visit"_s << QStringList{u"mohammad-javad-zarif:Zarif"_s};
        QTest::newRow("plural is another word") << u"the Rouhanis' house"_s << QStringList{};
        QTest::newRow("whole words only") << u"Zarifian and Rouhanism and Soleimanis"_s << QStringList{};
        QTest::newRow("inside a longer word") << u"XShamkhani ShamkhaniX"_s << QStringList{};
        QTest::newRow("punctuation breaks a name") << u"Fuad. Hussein"_s
                                                   << QStringList{u"?fuad-hussein:Hussein"_s};
        // Longest match.
        QTest::newRow("longest match full name") << u"Mohammad Javad Zarif"_s
                                                 << QStringList{u"mohammad-javad-zarif:Mohammad Javad Zarif"_s};
        QTest::newRow("longest match over surname") << u"Abdul Latif Rashid"_s
                                                     << QStringList{u"abdul-latif-rashid:Abdul Latif Rashid"_s};
        QTest::newRow("two names in a row") << u"Rouhani Zarif"_s
                                            << QStringList{u"hassan-rouhani:Rouhani"_s, u"mohammad-javad-zarif:Zarif"_s};
        // Surnames.
        QTest::newRow("surname resolves to earlier full name")
            << u"Fuad Hussein arrived. Later Hussein said"_s
            << QStringList{u"fuad-hussein:Fuad Hussein"_s, u"fuad-hussein:Hussein"_s};
        QTest::newRow("surname alone is ambiguous") << u"Hussein said"_s << QStringList{u"?fuad-hussein:Hussein"_s};
        QTest::newRow("surname before the full name resolves to it")
            << u"Hussein said that Fuad Hussein"_s
            << QStringList{u"fuad-hussein:Hussein"_s, u"fuad-hussein:Fuad Hussein"_s};
        QTest::newRow("Saddam is nobody") << u"the conditions of the Saddam era"_s << QStringList{};
        QTest::newRow("Saddam Hussein is not Fuad Hussein")
            << u"Saddam Hussein fell. Hussein said"_s << QStringList{u"?fuad-hussein:Hussein"_s};
        QTest::newRow("Imam Hussein is not Fuad Hussein")
            << u"Fuad Hussein visited the shrine of Imam Hussein"_s << QStringList{u"fuad-hussein:Fuad Hussein"_s};
        QTest::newRow("shared surname ambiguous") << u"Larijani said"_s
                                                  << QStringList{u"?ali-larijani,sadegh-larijani:Larijani"_s};
        QTest::newRow("shared surname resolved") << u"Sadegh Larijani and then Larijani"_s
                                                 << QStringList{u"sadegh-larijani:Sadegh Larijani"_s, u"sadegh-larijani:Larijani"_s};
        QTest::newRow("most recent full name wins")
            << u"Ali Larijani met Sadegh Larijani; Larijani said"_s
            << QStringList{u"ali-larijani:Ali Larijani"_s, u"sadegh-larijani:Sadegh Larijani"_s, u"sadegh-larijani:Larijani"_s};
        QTest::newRow("title cue picks the surname") << u"Defense Minister Hatami says"_s
                                                     << QStringList{u"amir-hatami:Hatami"_s};
        QTest::newRow("title cue then antecedent") << u"Iraqi Prime Minister Kazimi: Kazimi said"_s
                                                   << QStringList{u"mustafa-al-kadhimi:Kazimi"_s, u"mustafa-al-kadhimi:Kazimi"_s};
        QTest::newRow("title cue needs adjacency") << u"Speaker, Larijani"_s
                                                   << QStringList{u"?ali-larijani,sadegh-larijani:Larijani"_s};
        // Honorifics are part of the span; office titles are not.
        QTest::newRow("honorific Ayatollah") << u"Ayatollah Khamenei said"_s
                                             << QStringList{u"ali-khamenei:Ayatollah Khamenei"_s};
        QTest::newRow("honorific chain") << u"the Leader Ayatollah Seyed Ali Khamenei"_s
                                         << QStringList{u"ali-khamenei:Ayatollah Seyed Ali Khamenei"_s};
        QTest::newRow("honorific General") << u"General Qassem Soleimani"_s
                                           << QStringList{u"qasem-soleimani:General Qassem Soleimani"_s};
        QTest::newRow("honorific Hujjat al-Islam") << u"Hujjat al-Islam wal-muslimin Raisi, the President"_s
                                                   << QStringList{u"ebrahim-raisi:Hujjat al-Islam wal-muslimin Raisi"_s};
        QTest::newRow("honorific Sayyed") << u"Sayyed Ebrahim Raisi"_s << QStringList{u"ebrahim-raisi:Sayyed Ebrahim Raisi"_s};
        QTest::newRow("office title not in span") << u"President Ebrahim Raisi"_s << QStringList{u"ebrahim-raisi:Ebrahim Raisi"_s};
        QTest::newRow("honorific across punctuation not taken") << u"a General. Soleimani"_s
                                                                << QStringList{u"qasem-soleimani:Soleimani"_s};
        // The spelling variants the issue lists.
        QTest::newRow("variants Kadhimi") << u"Mustafa al-Kadhimi. Kadhimi, Kazimi, al-Kadhimi, Al-Kadhimi, al-Khadhimi"_s
                                          << QStringList{u"mustafa-al-kadhimi:Mustafa al-Kadhimi"_s, u"mustafa-al-kadhimi:Kadhimi"_s,
                                                         u"mustafa-al-kadhimi:Kazimi"_s, u"mustafa-al-kadhimi:al-Kadhimi"_s,
                                                         u"mustafa-al-kadhimi:Al-Kadhimi"_s, u"mustafa-al-kadhimi:al-Khadhimi"_s};
        QTest::newRow("variants Soleimani") << u"Qasem Soleimani, Qassem Soleimani, Qassim Soleimani"_s
                                            << QStringList{u"qasem-soleimani:Qasem Soleimani"_s, u"qasem-soleimani:Qassem Soleimani"_s,
                                                           u"qasem-soleimani:Qassim Soleimani"_s};
        QTest::newRow("variants Rouhani") << u"Rouhani or Rohani"_s
                                          << QStringList{u"hassan-rouhani:Rouhani"_s, u"hassan-rouhani:Rohani"_s};
        QTest::newRow("variants Rashid") << u"Abdul Latif Rashid, Abdullatif Rashid, Latif Rashid, Rashid"_s
                                         << QStringList{u"abdul-latif-rashid:Abdul Latif Rashid"_s, u"abdul-latif-rashid:Abdullatif Rashid"_s,
                                                        u"abdul-latif-rashid:Latif Rashid"_s, u"abdul-latif-rashid:Rashid"_s};
        QTest::newRow("variants Salih") << u"Barham Salih; Salih; Saleh"_s
                                        << QStringList{u"barham-salih:Barham Salih"_s, u"barham-salih:Salih"_s, u"barham-salih:Saleh"_s};
        QTest::newRow("variants Sudani") << u"Shia al-Sudani; Sudani"_s
                                         << QStringList{u"mohammed-shia-al-sudani:Shia al-Sudani"_s, u"mohammed-shia-al-sudani:Sudani"_s};
        QTest::newRow("variants Raisi") << u"Raisi or Raeisi"_s
                                        << QStringList{u"ebrahim-raisi:Raisi"_s, u"ebrahim-raisi:Raeisi"_s};
    }

    void find()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(m_matcher.find(text)), expected);
    }

    void evidence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("reason"); // the first mention's reason contains this

        // Transliteration variants found by the spelling layer.
        QTest::newRow("Mustapha for Mustafa") << u"Iraqi Prime Minister Mustapha al-Kadhimi arrived in Tehran on Tuesday."_s
                                              << u"2020-07-21"_s << QStringList{u"mustafa-al-kadhimi:Mustapha al-Kadhimi"_s}
                                              << u"spelling close to Mustafa"_s;
        QTest::newRow("Abdullahian for Abdollahian") << u"Hossein Amir-Abdullahian told reporters in Baghdad."_s << u"2022-11-30"_s
                                                     << QStringList{u"hossein-amir-abdollahian:Hossein Amir-Abdullahian"_s}
                                                     << u"spelling close to Abdollahian"_s;
        QTest::newRow("Shamkani for Shamkhani") << u"Ali Shamkani, the council's secretary, flew to Baghdad."_s << u"2020-03-07"_s
                                                << QStringList{u"ali-shamkhani:Ali Shamkani"_s} << u"spelling close to Shamkhani"_s;
        QTest::newRow("Ibraheem for Ibrahim") << u"Foreign Minister Ibraheem al-Jaafari received the envoy."_s << u"2017-05-02"_s
                                              << QStringList{u"ibrahim-al-jaafari:Ibraheem al-Jaafari"_s} << u"spelling close to Ibrahim"_s;
        QTest::newRow("own given name, another known spelling") << u"Foreign Minister Ebrahim al-Jaafari received the envoy."_s
                                                                << u"2017-05-02"_s
                                                                << QStringList{u"ibrahim-al-jaafari:Ebrahim al-Jaafari"_s}
                                                                << u"spelled differently"_s;
        QTest::newRow("Kadhemy, surname alone") << u"Officials close to Kadhemy denied the report."_s << u"2021-04-10"_s
                                                << QStringList{u"mustafa-al-kadhimi:Kadhemy"_s} << u"spelling close to"_s;
        QTest::newRow("all capitals") << u"KADHIMI MEETS ROUHANI IN TEHRAN"_s << u"2020-07-21"_s
                                      << QStringList{u"mustafa-al-kadhimi:KADHIMI"_s, u"hassan-rouhani:ROUHANI"_s}
                                      << u"surname unique in the gazetteer"_s;
        QTest::newRow("al- with a stray space") << u"A statement from al- Kadhimi's office followed."_s << u"2021-01-02"_s
                                                << QStringList{u"mustafa-al-kadhimi:al- Kadhimi"_s} << u"surname unique"_s;
        QTest::newRow("Al without the hyphen") << u"The office of Al Kazemi issued a statement."_s << u"2021-01-02"_s
                                               << QStringList{u"mustafa-al-kadhimi:Al Kazemi"_s} << u"surname unique"_s;
        // Evidence for surnames.
        QTest::newRow("unique surname, office on the date") << u"al-Sudani arrived in Tehran on Tuesday."_s << u"2022-11-29"_s
                                                            << QStringList{u"mohammed-shia-al-sudani:al-Sudani"_s}
                                                            << u"Prime Minister of Iraq on 2022-11-29"_s;
        QTest::newRow("shared surname, one in office") << u"Larijani chaired the session."_s << u"2020-01-15"_s
                                                       << QStringList{u"ali-larijani:Larijani"_s} << u"in office then"_s;
        QTest::newRow("shared surname, no date") << u"Larijani chaired the session."_s << QString()
                                                 << QStringList{u"?ali-larijani,sadegh-larijani:Larijani"_s} << u"shared by 2"_s;
        QTest::newRow("title cue with the date") << u"President Salih received the delegation."_s << u"2020-01-05"_s
                                                 << QStringList{u"barham-salih:Salih"_s} << u"President of Iraq on 2020-01-05"_s;
        QTest::newRow("named in full later") << u"Hussein lands in Tehran. Iraqi Foreign Minister Fuad Hussein met his counterpart."_s
                                             << u"2021-02-06"_s
                                             << QStringList{u"fuad-hussein:Hussein"_s, u"fuad-hussein:Fuad Hussein"_s}
                                             << u"named in full later"_s;
        QTest::newRow("full name with office") << u"President Ebrahim Raisi spoke."_s << u"2022-06-26"_s
                                               << QStringList{u"ebrahim-raisi:Ebrahim Raisi"_s} << u"President of Iran on 2022-06-26"_s;
        QTest::newRow("own given name in another spelling") << u"Mohammad al-Halbousi met the delegation."_s << u"2022-04-27"_s
                                                            << QStringList{u"mohammed-al-halbousi:Mohammad al-Halbousi"_s}
                                                            << u"spelled differently"_s;
        // Negatives: someone else's name, words close to names.
        QTest::newRow("an article word is no family name") << u"في شهر رمضان المبارك"_s << u"2021-04-20"_s << QStringList{}
                                                           << QString();
        QTest::newRow("another given name before the surname") << u"Mohammad Kazemi, a local trader, said prices rose."_s
                                                               << u"2021-01-02"_s << QStringList{u"?mustafa-al-kadhimi:Kazemi"_s}
                                                               << u"surname alone"_s;
        QTest::newRow("common given name is no surname") << u"Hussein, a taxi driver in Basra, said."_s << u"2021-01-02"_s
                                                         << QStringList{u"?fuad-hussein:Hussein"_s} << u"surname alone"_s;
        QTest::newRow("Saddam Hussein") << u"Saddam Hussein ruled Iraq until 2003."_s << u"2021-01-02"_s << QStringList{} << QString();
        QTest::newRow("the Kadhimiya district") << u"Pilgrims crowded the Kadhimiya shrine and Kazimiyah market."_s << u"2021-01-02"_s
                                                << QStringList{} << QString();
        QTest::newRow("a word close to a name") << u"Baghdad and Tehran agreed; Sulaymaniyah and Karbala too."_s << u"2021-01-02"_s
                                                << QStringList{} << QString();
        QTest::newRow("former official long out of office") << u"\u0627\u0644\u062C\u0639\u0641\u0631\u064A \u0642\u0627\u0644"_s
                                                            << u"2024-05-01"_s
                                                            << QStringList{u"?ibrahim-al-jaafari:\u0627\u0644\u062C\u0639\u0641\u0631\u064A"_s}
                                                            << u"surname alone"_s;
        // Arabic proclitics.
        QTest::newRow("lam-lam before al-") << u"وجه الرئيس الإيراني دعوة رسمية للكاظمي لزيارة طهران"_s << u"2021-09-12"_s
                                           << QStringList{u"mustafa-al-kadhimi:للكاظمي"_s} << u"surname unique"_s;
        QTest::newRow("waw before al-") << u"استقبل الرئيس الإيراني والكاظمي الوفد"_s << u"2021-09-12"_s
                                        << QStringList{u"mustafa-al-kadhimi:الكاظمي"_s} << u"surname unique"_s;
        QTest::newRow("beh before a surname") << u"والتقى الكاظمي بظريف في بغداد"_s << u"2021-04-04"_s
                                              << QStringList{u"mustafa-al-kadhimi:الكاظمي"_s, u"mohammad-javad-zarif:ظريف"_s}
                                              << u"surname unique"_s;
        QTest::newRow("waw before a full name") << u"التقى الكاظمي وفؤاد حسين"_s << u"2021-04-04"_s
                                                << QStringList{u"mustafa-al-kadhimi:الكاظمي"_s, u"fuad-hussein:فؤاد حسين"_s}
                                                << u"surname unique"_s;
        QTest::newRow("lam before a split name") << u"وقدم الشكر لأمير عبد اللهيان على زيارته"_s << u"2023-10-01"_s
                                                 << QStringList{u"hossein-amir-abdollahian:أمير عبد اللهيان"_s} << u"full name"_s;
        QTest::newRow("clitic only before the first word") << u"محمد وجواد ظريف"_s << u"2021-04-04"_s
                                                           << QStringList{u"mohammad-javad-zarif:جواد ظريف"_s} << u"full name"_s;
        // Glued names, lost or extra ZWNJ, Arabic vs Persian letters.
        QTest::newRow("given names glued") << u"استقبل محمدشياع السوداني السفير"_s << u"2023-02-01"_s
                                           << QStringList{u"mohammed-shia-al-sudani:محمدشياع السوداني"_s} << u"full name"_s;
        QTest::newRow("name glued to the article word") << u"قاسمالاعرجی مشاور امنیت ملی عراق گفت"_s << u"2022-01-01"_s
                                                        << QStringList{u"qasim-al-araji:قاسمالاعرجی"_s} << u"full name"_s;
        QTest::newRow("zwnj lost in a given name") << u"علیاکبر احمدیان به بغداد رفت"_s << u"2023-06-01"_s
                                                   << QStringList{u"ali-akbar-ahmadian:علیاکبر احمدیان"_s} << u"full name"_s;
        QTest::newRow("glued surname written apart") << u"حسین امیر عبداللهیان گفت"_s << u"2022-11-30"_s
                                                     << QStringList{u"hossein-amir-abdollahian:حسین امیر عبداللهیان"_s} << u"full name"_s;
        QTest::newRow("arabic letters for a persian name") << u"وصل حسن روحاني إلى بغداد"_s << u"2019-03-11"_s
                                                           << QStringList{u"hassan-rouhani:حسن روحاني"_s} << u"full name"_s;
        QTest::newRow("arabic surname alone that is a word") << u"لعب دورا روحانيا ورئيسي"_s << u"2022-01-01"_s
                                                              << QStringList{u"?ebrahim-raisi:رئيسي"_s} << u"surname alone"_s;
        QTest::newRow("persian surname form, article added") << u"دیدار علی الخامنئي"_s << u"2022-01-01"_s
                                                              << QStringList{u"ali-khamenei:علی الخامنئي"_s} << u"full name"_s;
    }

    void evidence()
    {
        QFETCH(QString, text);
        QFETCH(QString, date);
        QFETCH(QStringList, expected);
        QFETCH(QString, reason);
        const QList<Mention> mentions = m_matcher.find(text, EdtfDate::parse(date));
        QCOMPARE(describe(mentions), expected);
        if (!reason.isEmpty()) {
            QVERIFY2(mentions.first().reason.contains(reason), qPrintable(mentions.first().reason));
            QVERIFY(mentions.first().ambiguous ? mentions.first().confidence == 0.0
                                               : mentions.first().confidence > 0.5 && mentions.first().confidence <= 1.0);
        }
    }

    void cliticOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("clitic");
        QTest::newRow("beh") << u"والتقى بظريف"_s << u"ظريف"_s << u"ب"_s;
        QTest::newRow("waw with harakat") << u"قال وَالكاظمي"_s << u"الكاظمي"_s << u"وَ"_s;
        QTest::newRow("waw-beh") << u"ورحب وبالكاظمي"_s << u"الكاظمي"_s << u"وب"_s;
        QTest::newRow("lam-lam: whole token") << u"شكرا للكاظمي"_s << u"للكاظمي"_s << u"لل"_s;
        QTest::newRow("after an emoji") << u"\U0001F600 بظريف"_s << u"ظريف"_s << u"ب"_s;
    }

    void cliticOffsets()
    {
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QString, clitic);
        const QList<Mention> mentions = m_matcher.find(text, EdtfDate::parse(u"2021-04-04"));
        QCOMPARE(mentions.size(), 1);
        const Mention &m = mentions.first();
        QCOMPARE(m.matched, span);
        QCOMPARE(m.clitic, clitic);
        QCOMPARE(m.end, cpLength(text));
        QCOMPARE(m.start, cpLength(text) - cpLength(span));
        QCOMPARE(m.matched, text.right(span.size()));
    }

    void fuzzyOff()
    {
        OfficialsMatcher m(m_gazetteer);
        m.setFuzzyEnabled(false);
        QVERIFY(m.find(u"Ali Shamkani said"_s).isEmpty() || m.find(u"Ali Shamkani said"_s).first().officialId != u"ali-shamkhani"_s
                || m.find(u"Ali Shamkani said"_s).first().matched != u"Ali Shamkani"_s);
        QCOMPARE(OfficialsMatcher::skeleton(u"kadhimi"), u"kdm"_s);
        QCOMPARE(OfficialsMatcher::skeleton(u"kazemi"), u"kdm"_s);
        QCOMPARE(OfficialsMatcher::skeleton(u"shamkhani"), OfficialsMatcher::skeleton(u"shamkani"));
        QCOMPARE(OfficialsMatcher::skeleton(u"mustapha"), OfficialsMatcher::skeleton(u"mustafa"));
    }

    // The scan remembers, per text, what it made of a capitalised or proclitic word it did
    // not know: a word met again (in any spelling that folds the same) must come out the same
    // as the first time, and one met once as if alone.
    void repeatedWordsInOneText()
    {
        const QStringList parts = {
            u"Ali Shamkani said"_s,             // spelling variant (fuzzy)
            u"\u0648\u0627\u0644\u062A\u0642\u0649 \u0628\u0638\u0631\u064A\u0641"_s, // بظريف: proclitic
            u"\u0634\u0643\u0631\u0627 \u0644\u0644\u0643\u0627\u0638\u0645\u064A"_s, // للكاظمي: whole token
            u"Tehran and Baghdad"_s,            // capitalised, unknown, no variant
            u"\u0648\u0632\u064A\u0631"_s,   // وزير: proclitic letter, no name
            u"ALI SHAMKANI"_s,                  // the variant again, folded the same
        };
        auto spans = [](const QList<Mention> &mentions, qsizetype shift) {
            QStringList out;
            for (const Mention &m : mentions) {
                out.append(u"%1-%2 %3 <%4> %5"_s.arg(m.start + shift).arg(m.end + shift).arg(m.matched, m.clitic)
                               .arg(m.fuzzy));
            }
            return out;
        };
        QString text;
        QStringList expected;
        for (int round = 0; round < 3; ++round) {
            for (const QString &part : parts) {
                expected += spans(m_matcher.find(part), cpLength(text));
                text += part + u". "_s;
            }
        }
        QVERIFY(expected.size() >= 3 * 3);
        QCOMPARE(spans(m_matcher.find(text), 0), expected);
    }

    // The scan reads ASCII text 32 units at a time, but never a text's last 47 units: a short
    // text alone goes through its per-unit loop only, and the same text inside a longer one,
    // at any alignment to those blocks, must give the same mentions (offsets shifted).
    void blocksMatchUnitLoop()
    {
        const QStringList snippets = {
            u"Hassan Rouhani met Adel Abdul-Mahdi"_s,
            u"PRESIDENT HASSAN ROUHANI spoke"_s,
            u"Es\u2019haq Jahangiri and Barham\nSalih"_s,
            u"Barh\u00E1m S\u00E1lih, Mustafa al-Kadhimi"_s,
            u"Hassan. Rouhani; Hassan \u201CRouhani\u201D"_s,
            u"Ali Shamkani and Abdullahian said"_s,
            u"Tehran Baghdad Tehran Baghdad Shamkani"_s,
            u"General Soleimani\u2019s visit, Raisi or Raeisi"_s,
            u"Prime Minister Kadhimi; Foreign Minister Zarif"_s,
            u"\u0627\u0628\u0631\u0627\u0647\u064A\u0645 \u0631\u0626\u064A\u0633\u064A and Zarif"_s,
            u"Zarif \u0648\u0627\u0644\u062A\u0642\u0649 \u0628\u0638\u0631\u064A\u0641 Zarif"_s,
            u"\u062E\u0627\u0645\u0646\u0647\u200C\u0627\u06CC Rouhani \U0001F600 Rouhani"_s,
            u"Rouh\u0301ani Rouhani\u200C Rouhani2 2Rouhani Rouhani"_s,
            u"Abdollahianabdollahianabdollahian Zarif"_s,
            u"shamkhany said Ali Shamkhany, shamkhany"_s, // a word, then its capital a spelling variant
            u"Mohammed Shia al-Sudani; Sudani"_s,
        };
        const QString tail = u". The talks went on and the meeting of the two delegations ended late."_s;
        const QStringList prefixes = {u"."_s, u"the, of and "_s, u"x"_s};
        for (const QString &snippet : snippets) {
            QVERIFY2(snippet.size() < 48, qPrintable(snippet));
            const QList<Mention> alone = m_matcher.find(snippet);
            QVERIFY2(!alone.isEmpty(), qPrintable(snippet));
            for (const QString &unit : prefixes) {
                for (int pad = 0; pad < 40; ++pad) {
                    QString prefix;
                    while (prefix.size() < pad)
                        prefix += unit;
                    prefix = prefix.first(pad) + u". "_s;
                    QList<Mention> expected = alone;
                    for (Mention &m : expected) {
                        m.start += prefix.size();
                        m.end += prefix.size();
                    }
                    QVERIFY2(m_matcher.find(prefix + snippet + tail) == expected,
                             qPrintable(u"%1 after %2 units of \"%3\""_s.arg(snippet).arg(pad).arg(unit)));
                }
            }
        }
    }

    void unknownOfficials_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // name|title|country
        QTest::newRow("english") << u"Iranian Roads Minister Mehrdad Bazrpash said the line would open."_s
                                 << QStringList{u"Mehrdad Bazrpash|Iranian Roads Minister|IR"_s};
        QTest::newRow("english, lower-case title") << u"the foreign ministry spokesman Karim Haddad said"_s
                                                   << QStringList{u"Karim Haddad|foreign ministry spokesman|"_s};
        QTest::newRow("arabic") << u"وقال وزير النقل العراقي رزاق محيبس السعداوي إن الخط"_s
                                << QStringList{u"رزاق محيبس السعداوي|وزير النقل العراقي|IQ"_s};
        QTest::newRow("persian") << u"معاون وزیر نفت ایران رضا دهقان گفت"_s
                                 << QStringList{u"رضا دهقان|معاون وزیر نفت ایران|IR"_s};
        QTest::newRow("persian spokesperson") << u"سخنگوی وزارت امور خارجه کشورمان مهدی صادقی گفت"_s
                                              << QStringList{u"مهدی صادقی|سخنگوی وزارت امور خارجه کشورمان|IR"_s};
        QTest::newRow("gazetteer people are not unknown") << u"Iraqi Prime Minister Mustafa al-Kadhimi and وزير الخارجية فؤاد حسين"_s
                                                          << QStringList{};
    }

    void unknownOfficials()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const UnknownOfficial &u : UnknownOfficialFinder::find(text, m_matcher.find(text))) {
            QCOMPARE(text.mid(u.start, u.end - u.start), u.name);
            got.append(u.name + u'|' + u.title + u'|' + u.country);
        }
        QCOMPARE(got, expected);
    }

    void offsets_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("after");
        QTest::newRow("plain") << u"Then "_s << u"Ali Shamkhani"_s << u" said"_s;
        QTest::newRow("after emoji (surrogate pairs)") << u"\U0001F600\U0001F600 "_s << u"Zarif"_s << u"."_s;
        QTest::newRow("after combining accent") << u"Ce\u0301 e\u0301 "_s << u"Zarif"_s << u"\u2019s"_s;
        QTest::newRow("harakat inside the name") << u"\u0642\u0627\u0644 "_s
                                                 << u"\u0645\u064F\u0635\u0652\u0637\u064E\u0641\u064E\u0649 \u0627\u0644\u0643\u064E\u0627\u0638\u0650\u0645\u0650\u064A"_s
                                                 << u"."_s;
        QTest::newRow("tatweel and zwnj before") << u"\u0645\u0640\u0640\u0646\u200C\u06CC \U0001F600 "_s
                                                 << u"\u0639\u0644\u06CC \u062E\u0627\u0645\u0646\u0647\u200C\u0627\u06CC"_s << u""_s;
        QTest::newRow("dash run and line breaks before") << u"x \u2014\u2014\n\n"_s << u"Barham \u2013 Salih"_s << u" y"_s;
    }

    void offsets()
    {
        QFETCH(QString, before);
        QFETCH(QString, name);
        QFETCH(QString, after);
        const QList<Mention> mentions = m_matcher.find(before + name + after);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.first().start, cpLength(before));
        QCOMPARE(mentions.first().end, cpLength(before) + cpLength(name));
        QCOMPARE(mentions.first().matched, name);
    }

    void customNames()
    {
        // The lower-level API: names added one by one, a NotOfficial entry, a title cue.
        OfficialsMatcher m;
        m.addName(u"Jane Roe"_s, u"jane"_s, OfficialsMatcher::NameKind::Full);
        m.addName(u"Roe"_s, u"jane"_s, OfficialsMatcher::NameKind::Surname);
        m.addName(u"Roe"_s, u"john"_s, OfficialsMatcher::NameKind::Surname);
        m.addName(u"Roe v Wade"_s, QString(), OfficialsMatcher::NameKind::NotOfficial);
        m.addTitleCue(u"john"_s, u"Mayor"_s);
        m.build();
        QCOMPARE(describe(m.find(u"Roe said"_s)), QStringList{u"?jane,john:Roe"_s});
        QCOMPARE(describe(m.find(u"Mayor Roe said"_s)), QStringList{u"john:Roe"_s});
        QCOMPARE(describe(m.find(u"Jane Roe; Roe"_s)), (QStringList{u"jane:Jane Roe"_s, u"jane:Roe"_s}));
        QCOMPARE(describe(m.find(u"Roe v. Wade; Roe v Wade"_s)), QStringList{u"?jane,john:Roe"_s});
        m.clear();
        m.build();
        QVERIFY(m.find(u"Jane Roe"_s).isEmpty());
    }

    void gold()
    {
        // Every mention in the bundled corpus, as listed by reading the articles.
        const ArticleList &articles = TestFixtures::bundledArticles();
        QFile f(QStringLiteral(ENTENTE_TEST_DATA "/mentions-gold.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        QSet<QString> gold;
        QSet<QString> articlesInGold;
        bool header = true;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u'#'))
                continue;
            if (header) {
                header = false;
                continue;
            }
            const QStringList cols = line.split(u'\t');
            QCOMPARE(cols.size(), 5);
            gold.insert(cols.mid(0, 4).join(u'\t'));
            articlesInGold.insert(cols.at(0));
            // The gold's own text column agrees with its offsets.
            for (const Article &a : articles) {
                if (a.id == cols.at(0)) {
                    const QList<uint> ucs4 = a.text.toUcs4();
                    const QList<uint> span = ucs4.mid(cols.at(1).toInt(), cols.at(2).toInt() - cols.at(1).toInt());
                    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(span.constData()), span.size()), cols.at(4));
                }
            }
        }
        QCOMPARE(articlesInGold.size(), articles.size());

        QSet<QString> found;
        int ambiguous = 0;
        for (const Article &a : articles) {
            for (const Mention &m : m_matcher.find(a.text)) {
                if (m.ambiguous) {
                    ++ambiguous;
                    qInfo("ambiguous: %s %lld-%lld %s", qPrintable(a.id), qint64(m.start), qint64(m.end), qPrintable(m.matched));
                    continue;
                }
                found.insert(QStringList{a.id, QString::number(m.start), QString::number(m.end), m.officialId}.join(u'\t'));
            }
        }
        const qsizetype truePositives = (found & gold).size();
        const double precision = found.isEmpty() ? 0.0 : double(truePositives) / double(found.size());
        const double recall = double(truePositives) / double(gold.size());
        qInfo("gold mentions %lld, found %lld (+%d ambiguous), precision %.3f, recall %.3f", qint64(gold.size()),
              qint64(found.size()), ambiguous, precision, recall);
        for (const QString &miss : gold - found)
            qInfo("missed: %s", qPrintable(miss));
        for (const QString &extra : found - gold)
            qInfo("extra: %s", qPrintable(extra));
        QCOMPARE(precision, 1.0);
        QCOMPARE(recall, 1.0);
        QCOMPARE(ambiguous, 0);
    }
};

QTEST_GUILESS_MAIN(TestOfficialsMatcher)
#include "tst_officialsmatcher.moc"

// Tests for ResidueDetector: which lines of an article text are scraping residue.
#include "io/corpusloader.h"
#include "fixtures.h"
#include "text/offsetmap.h"
#include "text/residuedetector.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestResidueDetector : public QObject
{
    Q_OBJECT
private:
    static QStringList residueLines(const QString &text, const QString &title = {})
    {
        const OffsetMap map(text);
        QStringList out;
        for (const auto &r : ResidueDetector::detect(text, title)) {
            const qsizetype s = map.toUtf16(r.start), e = map.toUtf16(r.end);
            out << text.mid(s, e - s);
        }
        return out;
    }

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("expected");

        const QString para = QStringLiteral("The two presidents met in Baghdad on Sunday and discussed trade.");
        QTest::newRow("plain sentences") << para + u"\n\n" + para.toUpper() << QString() << QStringList();
        QTest::newRow("attribute fragment")
            << (para + u"\n\nclass = \u201Ccf\u201D>\n\n" + para) << QString()
            << QStringList{u"class = \u201Ccf\u201D>"_s};
        QTest::newRow("html tag") << (para + u"\n<div id=\"x\">\n" + para) << QString()
                                  << QStringList{u"<div id=\"x\">"_s};
        QTest::newRow("back to top") << (para + u"\n\nBack to top button") << QString()
                                     << QStringList{u"Back to top button"_s};
        QTest::newRow("comment prompt, case folded") << (para + u"\n\nADD A COMMENT...") << QString()
                                                     << QStringList{u"ADD A COMMENT..."_s};
        QTest::newRow("boilerplate words inside a sentence stay")
            << u"Readers can add a comment below the article, he said."_s << QString() << QStringList();
        QTest::newRow("repeated link, both copies")
            << (para + u"\n\nMarkets for gold traders\n\nMarkets for gold traders") << QString()
            << QStringList{u"Markets for gold traders"_s, u"Markets for gold traders"_s};
        QTest::newRow("repeated sentence, later copy only")
            << (para + u"\n" + para) << QString() << QStringList{para};
        QTest::newRow("counter at the start") << (u"12 Comments\n\n"_s + para) << QString()
                                              << QStringList{u"12 Comments"_s};
        QTest::newRow("no letters") << (para + u"\n\n700 /") << QString() << QStringList{u"700 /"_s};
        QTest::newRow("tag list at the start") << (u"IranIraqMiddle East\n\n"_s + para) << QString()
                                               << QStringList{u"IranIraqMiddle East"_s};
        QTest::newRow("short line in the middle stays")
            << (u"One.\nTwo.\nThree.\nBaghdad talks\nFour.\nFive.\nSix."_s)
            << QString() << QStringList();
        QTest::newRow("headline is never a fragment")
            << (u"Iraq Iran talks\n\n"_s + para) << u"Iraq Iran talks"_s << QStringList();
        QTest::newRow("teaser headline glued to its text")
            << (para + u"\n\nAid saved the city: Minister\n\nAid saved the city: MinisterThe minister says aid helped.\n\n" + para)
            << QString() << QStringList{u"Aid saved the city: Minister"_s, u"Aid saved the city: Minister"_s};
        QTest::newRow("quote without closing mark stays")
            << (para + u"\n\n\u201CWe are grateful to the people\n\n" + para) << QString() << QStringList();
        QTest::newRow("offsets after an emoji")
            << (u"\U0001F600 "_s + para + u"\n\nBack to top") << QString() << QStringList{u"Back to top"_s};
    }

    void detect()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QStringList, expected);
        QCOMPARE(residueLines(text, title), expected);
    }

    void codePointOffsets()
    {
        // An astral character before the residue shifts UTF-16 but not code points.
        const QString text = u"\U0001F600 ok.\n700 /"_s;
        const auto ranges = ResidueDetector::detect(text);
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.first().start, 6); // emoji, space, "ok.", newline = 6 code points
        QCOMPARE(ranges.first().end, 11);
        QCOMPARE(ranges.first().reason, ResidueDetector::Reason::Fragment);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("shamkhani") << u"shamkhani-salih-baghdad-2020"_s
            << QStringList{u"IranIraqMiddle East"_s,
                           u"Iran\u2019s support saved Iraq from disintegration: Defense chief"_s,
                           u"Iran\u2019s support saved Iraq from disintegration: Defense chief"_s,
                           u"Shamkhani: Countdown started for expulsion of US forces from region"_s,
                           u"Shamkhani: Countdown started for expulsion of US forces from region"_s,
                           u"Back to top button"_s};
        QTest::newRow("rouhani") << u"rouhani-fuad-hussein-2021"_s << QStringList{u"0 Persons"_s};
        QTest::newRow("kazimi") << u"kazimi-iranian-journalists-2021"_s
            << QStringList{u"class = \u201Ccf\u201D>"_s, u"class = \u201Ccf\u201D>"_s,
                           u"Bigpara for cryptocurrency markets"_s,
                           u"Bigpara for cryptocurrency markets"_s, u"Add a Comment"_s};
        QTest::newRow("khamenei") << u"khamenei-rashid-2023"_s << QStringList{u"700 /"_s};
        QTest::newRow("rashid interview") << u"rashid-al-alam-interview-2023"_s << QStringList();
    }

    void corpus()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, expected);
        const Article &article = TestFixtures::bundledArticle(id);
        QCOMPARE(residueLines(article.text, article.title), expected);
    }
};

QTEST_GUILESS_MAIN(TestResidueDetector)
#include "tst_residuedetector.moc"

#include "fixtures.h"
#include "text/storysketch.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

// A paragraph of the bundled Rouhani article with a few words changed, as a wire copy
// republished by another outlet would be.
QString edited(QString text, int every)
{
    QStringList words = text.split(u' ');
    for (qsizetype i = every; i < words.size(); i += every)
        words[i] = u"changed"_s;
    return words.join(u' ');
}

} // namespace

class TestStorySketch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactKeyIgnoresCaseSpacingAndLetterForms_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("identical") << u"Iran and Iraq sign a deal."_s << u"Iran and Iraq sign a deal."_s << true;
        QTest::newRow("case and spacing") << u"Iran and  Iraq\nsign a DEAL"_s << u"iran and iraq sign a deal."_s << true;
        QTest::newRow("arabic letter forms") << u"أكد الرئيس"_s << u"اكد الرئيس"_s << true;
        QTest::newRow("persian zwnj") << u"خامنه\u200Cای گفت"_s << u"خامنهای گفت"_s << true;
        QTest::newRow("one word differs") << u"Iran and Iraq sign a deal"_s << u"Iran and Iraq sign no deal"_s << false;
        QTest::newRow("word order") << u"Iraq and Iran"_s << u"Iran and Iraq"_s << false;
    }
    void exactKeyIgnoresCaseSpacingAndLetterForms()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(StorySketch::of(a).exactKey == StorySketch::of(b).exactKey, same);
    }

    void similarityTracksEdits()
    {
        const QString text = TestFixtures::bundledArticle(u"rouhani-fuad-hussein-2021"_s).text;
        const StorySketch original = StorySketch::of(text);
        QCOMPARE(StorySketch::similarity(original, original), 1.0);
        // One word in 40 changed: most 5-word shingles survive.
        const double light = StorySketch::similarity(original, StorySketch::of(edited(text, 40)));
        // One word in 6 changed: few shingles survive.
        const double heavy = StorySketch::similarity(original, StorySketch::of(edited(text, 6)));
        QVERIFY2(light > 0.6, qPrintable(QString::number(light)));
        QVERIFY2(heavy < 0.35, qPrintable(QString::number(heavy)));
        QVERIFY(light > heavy);
        // Another article is not similar at all.
        const StorySketch other = StorySketch::of(TestFixtures::bundledArticle(u"khamenei-rashid-2023"_s).text);
        QVERIFY(StorySketch::similarity(original, other) < 0.05);
    }

    void emptyText()
    {
        const StorySketch empty = StorySketch::of(u" … , "_s);
        QCOMPARE(empty.words, 0);
        QVERIFY(empty.exactKey.isEmpty());
        QCOMPARE(StorySketch::similarity(empty, empty), 0.0);
        NearDuplicateIndex index;
        index.add(u"e"_s, empty);
        QVERIFY(index.exactDuplicate(empty).isEmpty());
        QVERIFY(index.nearDuplicates(empty).isEmpty());
    }

    void indexFindsTheSameStoryUnderOtherChrome()
    {
        NearDuplicateIndex index;
        for (const Article &a : TestFixtures::bundledArticles())
            index.add(a.id, StorySketch::of(a.text));
        QCOMPARE(index.size(), TestFixtures::bundledArticles().size());

        const Article rouhani = TestFixtures::bundledArticle(u"rouhani-fuad-hussein-2021"_s);
        // The same text is an exact duplicate.
        QCOMPARE(index.exactDuplicate(StorySketch::of(rouhani.text)), rouhani.id);
        // Another outlet's copy: a different headline and footer, a few words edited.
        const QString wire = u"IRAN NEWS AGENCY — Home | World | Politics\n\n"_s + edited(rouhani.text, 50)
            + u"\n\nShare this story. Most read: five things to know. © 2021 Another Outlet"_s;
        const StorySketch copy = StorySketch::of(wire);
        QVERIFY(index.exactDuplicate(copy).isEmpty());
        const QList<NearDuplicateIndex::Match> matches = index.nearDuplicates(copy);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.constFirst().id, rouhani.id);
        QVERIFY(matches.constFirst().similarity >= 0.5);
    }

    void noFalseCandidatesAmongUnrelatedTexts()
    {
        // 2,000 texts of random words from one vocabulary share many words but few 5-grams.
        const QStringList vocabulary = TestFixtures::bundledArticle(u"shamkhani-salih-baghdad-2020"_s).text.split(u' ');
        QRandomGenerator rng(7);
        NearDuplicateIndex index;
        QList<StorySketch> sketches;
        for (int i = 0; i < 2000; ++i) {
            QStringList words;
            for (int w = 0; w < 300; ++w)
                words << vocabulary.at(rng.bounded(int(vocabulary.size())));
            sketches.append(StorySketch::of(words.join(u' ')));
            index.add(QString::number(i), sketches.constLast());
        }
        int false_ = 0;
        for (int i = 0; i < 200; ++i) {
            for (const auto &m : index.nearDuplicates(sketches.at(i)))
                false_ += m.id == QString::number(i) ? 0 : 1;
        }
        QCOMPARE(false_, 0);
    }
};

QTEST_GUILESS_MAIN(TestStorySketch)
#include "tst_storysketch.moc"

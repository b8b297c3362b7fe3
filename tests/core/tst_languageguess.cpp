#include "text/languageguess.h"

#include <QTest>

using Entente::LanguageGuess;

class TestLanguageGuess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guess_data();
    void guess();
    void unsure_data();
    void unsure();
    void boundedSample();
};

void TestLanguageGuess::guess_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << "The foreign minister said on Wednesday that the talks with his Iraqi counterpart had been constructive and would continue." << "en";
    QTest::newRow("arabic") << QString::fromUtf16(u"قال وزير الخارجية العراقي إن المحادثات التي جرت في طهران كانت إيجابية، وإن الجانبين اتفقا على مواصلة الحوار في الأسابيع المقبلة.") << "ar";
    QTest::newRow("persian") << QString::fromUtf16(u"وزیر امور خارجه گفت که این سفر برای گسترش همکاری‌های اقتصادی میان دو کشور انجام می‌شود و نتایج آن به‌زودی اعلام خواهد شد.") << "fa";
    QTest::newRow("persian without persian letters in words") << QString::fromUtf16(u"او گفت که این موضوع را باید از نزدیک بررسی کرد و نتیجه را به مردم اعلام کرد.") << "fa";
    // Persian typed with Arabic code points (old windows-1256 pages): ي and ك, no ی or ک.
    QTest::newRow("persian in arabic code points") << QString::fromUtf16(u"وزير امور خارجه گفت كه اين سفر براي گسترش همكاري‌هاي اقتصادي ميان دو كشور انجام مي‌شود و نتايج آن اعلام خواهد شد.") << "fa";
    QTest::newRow("arabic with loanwords") << QString::fromUtf16(u"وصل الرئيس إلى بغداد في زيارة رسمية، والتقى رئيس الوزراء الذي أكد على أهمية العلاقات مع إيران.") << "ar";
    QTest::newRow("german") << "Der Außenminister sagte, dass die Gespräche mit dem irakischen Amtskollegen konstruktiv gewesen seien und fortgesetzt würden." << "de";
    QTest::newRow("french") << "Le ministre des affaires étrangères a déclaré que les discussions avec son homologue irakien étaient constructives et qu'elles se poursuivraient." << "fr";
    QTest::newRow("turkish") << "Dışişleri bakanı, Iraklı mevkidaşı ile yapılan görüşmelerin yapıcı geçtiğini ve bu görüşmelerin devam edeceğini söyledi, bu çok önemli bir adım olarak görüldü." << "tr";
    QTest::newRow("russian") << QString::fromUtf16(u"Министр иностранных дел заявил, что переговоры с иракским коллегой были конструктивными и что они будут продолжены в ближайшее время.") << "ru";
}

void TestLanguageGuess::guess()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    const LanguageGuess g = LanguageGuess::of(text);
    QVERIFY2(g.language() == language, qPrintable(g.language() + QStringLiteral(": ") + g.reason()));
    QVERIFY(g.confidence() >= LanguageGuess::MinConfidence && g.confidence() <= 1.0);
}

void TestLanguageGuess::unsure_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("very short") << "Baghdad";
    QTest::newRow("short arabic script") << QString::fromUtf16(u"بغداد طهران");
    QTest::newRow("digits and punctuation") << "2023-09-13 10:30 | 1,520 — 3.4% ... !!!";
    QTest::newRow("names only, no function words") << QString::fromUtf16(u"محمد علی حسین رضا مصطفی کاظم جواد");
}

void TestLanguageGuess::unsure()
{
    QFETCH(QString, text);
    const LanguageGuess g = LanguageGuess::of(text);
    QVERIFY2(g.isEmpty(), qPrintable(g.language() + QStringLiteral(": ") + g.reason()));
    QCOMPARE(g.confidence(), 0.0);
}

void TestLanguageGuess::boundedSample()
{
    // Only the first SampleLength characters count: a long English text with Arabic after it.
    QString text;
    while (text.size() < LanguageGuess::SampleLength)
        text += QStringLiteral("The minister said that the talks were held in Baghdad and were useful. ");
    for (int i = 0; i < 2000; ++i)
        text += QString::fromUtf16(u"قال الوزير إن المحادثات في بغداد كانت مفيدة. ");
    QCOMPARE(LanguageGuess::of(text).language(), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestLanguageGuess)
#include "tst_languageguess.moc"

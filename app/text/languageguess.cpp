#include "text/languageguess.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace Entente {

namespace {

enum Lang { En, De, Fr, Tr, LatinCount };

// Arabic-script words compared with ی/ي/ى, ک/ك and the alef forms folded, so that Persian
// written with Arabic code points (old windows-1256 pages) still reads as Persian.
QString foldArabicWord(QStringView w)
{
    QString out;
    out.reserve(w.size());
    for (QChar c : w) {
        switch (c.unicode()) {
        case 0x06CC: case 0x0649: out.append(QChar(0x064A)); break; // ی ى -> ي
        case 0x06A9: out.append(QChar(0x0643)); break;             // ک -> ك
        case 0x0623: case 0x0625: case 0x0622: case 0x0671: out.append(QChar(0x0627)); break;
        case 0x0640: break;                                          // tatweel
        default:
            if (c.category() != QChar::Mark_NonSpacing)
                out.append(c);
        }
    }
    return out;
}

QSet<QString> arabicWordSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> s;
    for (const char16_t *w : words)
        s.insert(foldArabicWord(QStringView(w)));
    return s;
}

QSet<QString> wordSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> s;
    for (const char16_t *w : words)
        s.insert(QString::fromUtf16(w));
    return s;
}

} // namespace

LanguageGuess LanguageGuess::of(QStringView text)
{
    static const QSet<QString> persianWords = arabicWordSet({u"است", u"این", u"را", u"که", u"می",
        u"از", u"با", u"های", u"برای", u"آن", u"شد", u"کرد", u"بود", u"هم", u"یک", u"خود",
        u"شده", u"کند", u"نیز", u"دارد", u"وی", u"تا", u"اما", u"ایران", u"گفت", u"کشور",
        u"ها", u"به", u"بر", u"شود", u"کرده", u"همچنین", u"ای"});
    static const QSet<QString> arabicWords = arabicWordSet({u"في", u"على", u"إلى", u"التي",
        u"الذي", u"أن", u"عن", u"مع", u"هذا", u"هذه", u"كان", u"قد", u"ذلك", u"لا", u"إن",
        u"بين", u"كما", u"لم", u"بعد", u"أو", u"حيث", u"عند", u"الذين", u"وقال", u"التى", u"وفي",
        u"خلال", u"منذ", u"كانت", u"إنه", u"أنه", u"ولا", u"لقد"});
    static const std::array<QSet<QString>, LatinCount> latinWords = {
        wordSet({u"the", u"and", u"of", u"to", u"in", u"is", u"that", u"for", u"on", u"with",
                 u"was", u"said", u"as", u"by", u"it", u"at", u"from", u"his", u"has", u"have",
                 u"are", u"be", u"which", u"were", u"will"}),
        wordSet({u"der", u"die", u"und", u"das", u"ist", u"nicht", u"mit", u"den", u"von", u"zu",
                 u"sich", u"auf", u"ein", u"eine", u"dem", u"des", u"im", u"für", u"auch",
                 u"wird", u"wurde", u"sagte", u"bei", u"nach"}),
        wordSet({u"le", u"la", u"les", u"et", u"des", u"est", u"une", u"du", u"que", u"dans",
                 u"pour", u"pas", u"au", u"sur", u"qui", u"par", u"il", u"elle", u"ont", u"avec",
                 u"aux", u"ce", u"été", u"selon"}),
        wordSet({u"ve", u"bir", u"bu", u"da", u"için", u"ile", u"olarak", u"çok", u"daha",
                 u"olan", u"gibi", u"ama", u"sonra", u"kadar", u"göre", u"değil", u"her", u"ise",
                 u"dedi", u"oldu", u"ki"}),
    };
    static const QSet<QString> russianWords = wordSet({u"и", u"в", u"не", u"на", u"что", u"с",
        u"по", u"это", u"как", u"он", u"к", u"а", u"из", u"о", u"за", u"от", u"для", u"был",
        u"также", u"его", u"при"});

    const QStringView sample = text.first(std::min(text.size(), SampleLength));
    int latin = 0, arabic = 0, cyrillic = 0, other = 0;
    double faLetters = 0, arLetters = 0;
    std::array<double, LatinCount> latinScore = {};
    int russian = 0;
    int faHits = 0, arHits = 0;
    int words = 0;

    auto countWord = [&](QStringView w, QChar::Script script) {
        if (w.isEmpty())
            return;
        ++words;
        if (script == QChar::Script_Arabic) {
            const QString f = foldArabicWord(w);
            faHits += persianWords.contains(f);
            arHits += arabicWords.contains(f);
        } else if (script == QChar::Script_Latin) {
            const QString lower = w.toString().toLower();
            for (int l = 0; l < LatinCount; ++l)
                latinScore[l] += latinWords[l].contains(lower) ? 1 : 0;
        } else if (script == QChar::Script_Cyrillic) {
            russian += russianWords.contains(w.toString().toLower());
        }
    };

    qsizetype wordStart = -1;
    QChar::Script wordScript = QChar::Script_Unknown;
    for (qsizetype i = 0; i <= sample.size(); ++i) {
        const QChar c = i < sample.size() ? sample.at(i) : QChar(u' ');
        const bool letter = c.isLetter() || (wordStart >= 0 && c.category() == QChar::Mark_NonSpacing)
            || (wordStart >= 0 && c.unicode() == 0x0640);
        if (letter) {
            if (wordStart < 0) {
                wordStart = i;
                wordScript = c.script();
            }
            if (!c.isLetter())
                continue;
            switch (c.script()) {
            case QChar::Script_Latin: {
                ++latin;
                switch (c.toLower().unicode()) {
                case u'ß': case u'ä': case u'ö': case u'ü': latinScore[De] += 0.5; break;
                case u'é': case u'è': case u'ê': case u'ç': case u'à': latinScore[Fr] += 0.3; break;
                case u'ı': case u'ş': case u'ğ': latinScore[Tr] += 1; break;
                default: break;
                }
                break;
            }
            case QChar::Script_Arabic:
                ++arabic;
                switch (c.unicode()) {
                case 0x067E: case 0x0686: case 0x0698: case 0x06AF: // پ چ ژ گ: never Arabic
                    faLetters += 3;
                    break;
                case 0x06CC: case 0x06A9:                           // ی ک
                    faLetters += 1;
                    break;
                case 0x0629: case 0x0649:                           // ة ى
                    arLetters += 1;
                    break;
                case 0x064A: case 0x0643:                           // ي ك (also old Persian pages)
                    arLetters += 0.3;
                    break;
                default:
                    break;
                }
                break;
            case QChar::Script_Cyrillic:
                ++cyrillic;
                break;
            default:
                ++other;
                break;
            }
        } else if (wordStart >= 0) {
            // The ZWNJ ends a word for counting: "می‌شود" gives the prefix "می".
            countWord(sample.sliced(wordStart, i - wordStart), wordScript);
            wordStart = -1;
        }
    }

    LanguageGuess g;
    const int letters = latin + arabic + cyrillic + other;
    if (letters < MinLetters || words < MinWords) {
        g.m_reason = tr("too short: %1 letters, %2 words").arg(letters).arg(words);
        return g;
    }
    const int top = std::max({latin, arabic, cyrillic, other});
    const double share = double(top) / letters;
    QString language;
    double confidence = 0;
    if (top == arabic) {
        // Words are the stronger evidence; letters weigh half.
        const double wordWeight = std::min(faHits + arHits, 20);
        const double wordRatio = faHits + arHits ? double(faHits) / (faHits + arHits) : 0.5;
        const double letterWeight = std::min(faLetters + arLetters, 20.0) * 0.5;
        const double letterRatio = faLetters + arLetters > 0 ? faLetters / (faLetters + arLetters) : 0.5;
        const double weight = wordWeight + letterWeight;
        const double p = weight > 0 ? (wordWeight * wordRatio + letterWeight * letterRatio) / weight : 0.5;
        language = p >= 0.5 ? QStringLiteral("fa") : QStringLiteral("ar");
        confidence = share * (2 * std::max(p, 1 - p) - 1) * std::min(1.0, weight / 4.0);
        g.m_reason = tr("Arabic script %1%; fa words %2, ar words %3; fa letters %4, ar letters %5")
                         .arg(qRound(share * 100)).arg(faHits).arg(arHits).arg(faLetters).arg(arLetters);
    } else if (top == latin) {
        int best = 0, second = 1;
        for (int l = 0; l < LatinCount; ++l)
            if (latinScore[l] > latinScore[best])
                best = l;
        second = best == 0 ? 1 : 0;
        for (int l = 0; l < LatinCount; ++l)
            if (l != best && latinScore[l] > latinScore[second])
                second = l;
        static const char16_t *const names[] = {u"en", u"de", u"fr", u"tr"};
        const double b = latinScore[best], s = latinScore[second];
        if (b > 0) {
            language = QString::fromUtf16(names[best]);
            confidence = share * (2 * b / (b + s) - 1) * std::min(1.0, b / 4.0);
        }
        g.m_reason = tr("Latin script %1%; %2 words %3, next %4")
                         .arg(qRound(share * 100)).arg(language.isEmpty() ? QStringLiteral("-") : language)
                         .arg(b).arg(s);
    } else if (top == cyrillic) {
        language = QStringLiteral("ru");
        confidence = share * std::min(1.0, (russian + 1) / 4.0);
        g.m_reason = tr("Cyrillic script %1%; ru words %2").arg(qRound(share * 100)).arg(russian);
    } else {
        g.m_reason = tr("no known script");
    }
    if (language.isEmpty() || confidence < MinConfidence)
        return g;
    g.m_language = language;
    g.m_confidence = confidence;
    return g;
}

} // namespace Entente

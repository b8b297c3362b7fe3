#include "reference/unknownofficialfinder.h"

#include "text/offsetmap.h"
#include "text/textfolder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Entente {

namespace {

QString countryFromWord(const QString &folded)
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        auto add = [&m](const QString &code, const QStringList &words) {
            for (const QString &w : words)
                m.insert(TextFolder::key(w), code);
        };
        add(u"IR"_s, {u"Iranian"_s, u"Iran"_s, u"الإيراني"_s, u"الإيرانية"_s, u"إيران"_s, u"ایران"_s, u"کشورمان"_s,
                      u"ايران"_s});
        add(u"IQ"_s, {u"Iraqi"_s, u"Iraq"_s, u"العراقي"_s, u"العراقية"_s, u"العراق"_s, u"عراق"_s});
        add(u"SA"_s, {u"Saudi"_s, u"السعودي"_s, u"السعودية"_s, u"عربستان"_s});
        add(u"TR"_s, {u"Turkish"_s, u"Turkey"_s, u"التركي"_s, u"التركية"_s, u"ترکیه"_s});
        add(u"SY"_s, {u"Syrian"_s, u"Syria"_s, u"السوري"_s, u"السورية"_s, u"سوریه"_s});
        add(u"KW"_s, {u"Kuwaiti"_s, u"الكويتي"_s, u"کویت"_s});
        add(u"JO"_s, {u"Jordanian"_s, u"الأردني"_s, u"اردن"_s});
        add(u"QA"_s, {u"Qatari"_s, u"القطري"_s, u"قطر"_s});
        add(u"OM"_s, {u"Omani"_s, u"العماني"_s, u"عمان"_s});
        add(u"RU"_s, {u"Russian"_s, u"Russia"_s, u"الروسي"_s, u"روسیه"_s});
        add(u"US"_s, {u"US"_s, u"American"_s, u"الأمريكي"_s, u"الأميركي"_s, u"آمریکا"_s});
        return m;
    }();
    return map.value(folded);
}

QSet<QString> foldedSet(const QStringList &words)
{
    QSet<QString> s;
    for (const QString &w : words)
        s.insert(TextFolder::key(w));
    return s;
}

// Arabic and Persian title heads, the words that may complete a title, and words that end a name.
const QSet<QString> &titleHeads()
{
    static const QSet<QString> s = foldedSet({
        u"وزير"_s, u"الوزير"_s, u"رئيس"_s, u"سفير"_s, u"السفير"_s, u"المتحدث"_s, u"الناطق"_s, u"مستشار"_s,
        u"المستشار"_s, u"نائب"_s, u"الملك"_s, u"الأمير"_s, u"ولي"_s, u"محافظ"_s, u"قائد"_s, u"سخنگوی"_s,
        u"وزیر"_s, u"سفیر"_s, u"معاون"_s, u"مشاور"_s, u"رئیس"_s, u"نماینده"_s, u"نخست"_s, u"دبیر"_s,
        u"استاندار"_s, u"فرمانده"_s, u"أمين"_s, u"الأمين"_s, u"رئیس‌جمهور"_s, u"نخست‌وزیر"_s, u"رئیسجمهور"_s,
        u"نخستوزیر"_s,
    });
    return s;
}

const QSet<QString> &titleWords()
{
    static const QSet<QString> s = foldedSet({
        u"باسم"_s, u"وزارة"_s, u"وزارت"_s, u"امور"_s, u"خارجه"_s, u"خارجة"_s, u"دولت"_s, u"حكومة"_s, u"مجلس"_s,
        u"جمهوري"_s, u"جمهور"_s, u"جمهوری"_s, u"اسلامی"_s, u"اسلامي"_s, u"ایران"_s, u"إيران"_s, u"عراق"_s,
        u"کشورمان"_s, u"در"_s, u"لدى"_s, u"في"_s, u"سابق"_s, u"وزیر"_s, u"وزير"_s, u"الوزراء"_s, u"النواب"_s,
        u"شؤون"_s, u"ملی"_s, u"امنیت"_s, u"عالی"_s, u"شورای"_s, u"سیاسی"_s, u"دفتر"_s, u"بین"_s, u"الملل"_s,
        u"اقتصاد"_s, u"نفت"_s, u"کشور"_s, u"دفاع"_s, u"اطلاعات"_s, u"عربی"_s, u"آفریقا"_s, u"ویژه"_s,
        u"اقليم"_s, u"كردستان"_s, u"کردستان"_s, u"ارشد"_s, u"اول"_s, u"حقوقی"_s, u"وزارة"_s, u"المالية"_s,
        u"النفط"_s, u"الدفاع"_s, u"الداخلية"_s, u"الخارجية"_s, u"الوطني"_s, u"جمهورية"_s, u"مكتب"_s,
        u"رئیس"_s, u"رئيس"_s, u"دیپلماسی"_s, u"اقتصادی"_s, u"امور"_s,
    });
    return s;
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> s = foldedSet({
        u"قال"_s, u"أكد"_s, u"إن"_s, u"أن"_s, u"على"_s, u"إلى"_s, u"مع"_s, u"خلال"_s, u"من"_s, u"عن"_s,
        u"الذي"_s, u"التي"_s, u"هذا"_s, u"يوم"_s, u"اليوم"_s, u"که"_s, u"با"_s, u"به"_s, u"از"_s, u"را"_s,
        u"گفت"_s, u"کرد"_s, u"است"_s, u"و"_s, u"این"_s, u"آن"_s, u"روز"_s, u"امروز"_s, u"نیز"_s, u"هم"_s,
        u"بر"_s, u"تا"_s, u"برای"_s, u"وی"_s, u"او"_s, u"كما"_s, u"ايضا"_s, u"بغداد"_s, u"طهران"_s, u"تهران"_s,
        u"بعد"_s, u"قبل"_s, u"عند"_s, u"حيث"_s, u"أمس"_s, u"دیروز"_s, u"بود"_s, u"شد"_s, u"كان"_s,
    });
    return s;
}

bool isArabicToken(const TextFolder::Token &t)
{
    const char16_t c = t.folded.isEmpty() ? 0 : t.folded.at(0).unicode();
    return c >= 0x0600 && c <= 0x06FF;
}

void findArabicScript(const QString &text, QList<UnknownOfficial> *out, QList<std::pair<qsizetype, qsizetype>> *spans)
{
    const QList<TextFolder::Token> tokens = TextFolder::tokenize(text);
    const QString article = u"\u0627\u0644"_s;
    const QSet<QString> nameJoin = foldedSet({u"آل"_s, u"بن"_s, u"عبد"_s, u"ابو"_s, u"أبو"_s});
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const TextFolder::Token &head = tokens.at(i);
        if (!isArabicToken(head) || !titleHeads().contains(head.folded))
            continue;
        // The rest of the title: article words, title words, a place after في/در/لدى.
        qsizetype j = i + 1;
        QString country;
        while (j < tokens.size() && !tokens.at(j).breakBefore && j - i < 8) {
            const QString &w = tokens.at(j).folded;
            const QString c = countryFromWord(w);
            if (!c.isEmpty() && country.isEmpty())
                country = c;
            if (w.startsWith(article) || titleWords().contains(w) || !c.isEmpty()) {
                ++j;
                continue;
            }
            break;
        }
        if (j == i + 1 || j + 1 >= tokens.size())
            continue; // a bare head ("رئيس") is too weak a title
        const TextFolder::Token &first = tokens.at(j);
        const TextFolder::Token &second = tokens.at(j + 1);
        if (first.breakBefore || second.breakBefore || !isArabicToken(first) || !isArabicToken(second))
            continue;
        if (stopWords().contains(first.folded) || stopWords().contains(second.folded)
            || titleHeads().contains(first.folded) || first.folded.startsWith(article) || first.folded.size() < 3)
            continue;
        qsizetype last = j + 1;
        if (nameJoin.contains(second.folded) || nameJoin.contains(first.folded)) {
            if (last + 1 < tokens.size() && !tokens.at(last + 1).breakBefore && isArabicToken(tokens.at(last + 1)))
                ++last;
        } else if (last + 1 < tokens.size() && !tokens.at(last + 1).breakBefore
                   && tokens.at(last + 1).folded.startsWith(article) && tokens.at(last + 1).folded.size() > 4
                   && !titleWords().contains(tokens.at(last + 1).folded)
                   && countryFromWord(tokens.at(last + 1).folded).isEmpty()) {
            ++last; // "فؤاد محمد الحسين"
        }
        UnknownOfficial u;
        u.start = first.start;
        u.end = tokens.at(last).end;
        u.name = text.sliced(u.start, u.end - u.start);
        u.title = text.sliced(head.start, tokens.at(j - 1).end - head.start);
        u.country = country;
        out->append(u);
        spans->append({u.start, u.end});
        i = last;
    }
}

void findLatin(const QString &text, QList<UnknownOfficial> *out, QList<std::pair<qsizetype, qsizetype>> *spans)
{
    static const QRegularExpression re(
        uR"((?:\b(Iranian|Iraqi|Iran['’]s|Iraq['’]s|Saudi|Turkish|Syrian|Kuwaiti|Jordanian|Qatari|Omani|Russian|US|U\.S\.|American|Kurdish|UN)\s+)?)"
        uR"(\b((?:(?i:deputy|vice|acting|former|prime|foreign|interior|defen[cs]e|oil|finance|economy|economic|intelligence|)"
        uR"(trade|health|energy|electricity|transport|roads|agriculture|industry|culture|justice|labou?r|education|planning|)"
        uR"(government|ministry|foreign ministry|national security|cabinet|parliament|parliamentary|presidential|chief|senior|)"
        uR"(affairs|water|resources|housing|communications|information|culture|defense ministry|interior ministry)\s+)*)"
        uR"((?i:minister|president|spokesman|spokeswoman|spokesperson|ambassador|envoy|speaker|secretary|adviser|advisor|)"
        uR"(governor|chairman|commander|king|emir|sultan|crown prince|lawmaker|MP|chief of staff)))"
        uR"(\s+((?:(?:al-|el-|bin\s|Al\s|Abu\s|Abdul\s)?[A-Z][\p{L}'’]+(?:-[A-Z][\p{L}'’]+)?)(?:\s+(?:(?:al-|el-|bin\s|Al\s|Abdul\s)?[A-Z][\p{L}'’]+(?:-[A-Z][\p{L}'’]+)?)){1,3}))"_s);
    static const QSet<QString> notNames = foldedSet({u"The"_s, u"Of"_s, u"Minister"_s, u"President"_s, u"Prime"_s,
                                                     u"Foreign"_s, u"Iran"_s, u"Iraq"_s, u"Tehran"_s, u"Baghdad"_s,
                                                     u"Islamic"_s, u"Republic"_s, u"On"_s, u"In"_s, u"And"_s, u"Said"_s,
                                                     u"Affairs"_s, u"Ministry"_s, u"Council"_s, u"Speaker"_s});
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype nameStart = m.capturedStart(3);
        QString name = m.captured(3);
        // Cut the name at a word that cannot be one ("Minister Ali Rabiei Said" -> stop at Said).
        const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
        qsizetype keep = 0;
        qsizetype length = 0;
        for (const QString &w : words) {
            if (notNames.contains(TextFolder::key(w)))
                break;
            length = name.indexOf(w, length) + w.size();
            ++keep;
        }
        if (keep < 2)
            continue;
        name = name.left(length);
        UnknownOfficial u;
        u.start = nameStart;
        u.end = nameStart + name.size();
        u.name = name;
        const qsizetype titleStart = m.capturedStart(1) >= 0 ? m.capturedStart(1) : m.capturedStart(2);
        u.title = text.sliced(titleStart, m.capturedEnd(2) - titleStart);
        u.country = m.capturedStart(1) >= 0 ? countryFromWord(TextFolder::keyWords(m.captured(1)).value(0)) : QString();
        out->append(u);
        spans->append({u.start, u.end});
    }
}

} // namespace

QList<UnknownOfficial> UnknownOfficialFinder::find(const QString &text, const QList<Mention> &known)
{
    QList<UnknownOfficial> found;
    QList<std::pair<qsizetype, qsizetype>> spans;
    findLatin(text, &found, &spans);
    findArabicScript(text, &found, &spans);
    const bool astral = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isHighSurrogate(); });
    OffsetMap map;
    if (astral)
        map = OffsetMap(text);
    QList<UnknownOfficial> out;
    for (UnknownOfficial u : std::as_const(found)) {
        if (astral) {
            u.start = map.toCodePoint(u.start);
            u.end = map.toCodePoint(u.end);
        }
        const bool overlapsKnown = std::any_of(known.cbegin(), known.cend(), [&u](const Mention &m) {
            return m.start < u.end && u.start < m.end;
        });
        const bool duplicate = std::any_of(out.cbegin(), out.cend(), [&u](const UnknownOfficial &o) {
            return o.start < u.end && u.start < o.end;
        });
        if (!overlapsKnown && !duplicate)
            out.append(u);
    }
    std::sort(out.begin(), out.end(), [](const UnknownOfficial &a, const UnknownOfficial &b) { return a.start < b.start; });
    return out;
}

} // namespace Entente

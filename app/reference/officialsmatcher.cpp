#include "reference/officialsmatcher.h"

#include "reference/gazetteer.h"
#include "text/offsetmap.h"
#include "text/textfolder.h"

#include <QSet>

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#define ENTENTE_ASCII_BLOCKS 1 // the scan's fast path over ASCII text (SSE2 is in every x86-64)
#endif
#if defined(__GNUC__)
#define ENTENTE_ALWAYS_INLINE __attribute__((always_inline))
#else
#define ENTENTE_ALWAYS_INLINE
#endif

using namespace Qt::StringLiterals;

namespace Entente {

namespace {

constexpr int MaxPatternWords = 16; // the scan keeps the starts of the last 16 words
constexpr qsizetype LookBehind = 96; // UTF-16 units examined before a match for honorifics/titles

inline std::uint64_t mixWord(std::uint64_t h)
{
    return (h * 0x9E3779B97F4A7C15ull) >> 24;
}

inline std::uint64_t mixEdge(std::uint64_t key)
{
    return (key * 0x9E3779B97F4A7C15ull) >> 20;
}

// The scan's first test of an all-ASCII word, before any hashing: its length and first four
// folded units (fewer if shorter), as a 64-bit little-endian load of them gives them (16 bits
// each, bits 8-15 free for the length), mixed; the top bits index a bitmap.
inline std::uint64_t asciiKey(std::uint64_t firstUnits, qsizetype length)
{
    return ((firstUnits | (std::uint64_t(std::min<qsizetype>(length, 255)) << 8)) * 0x9E3779B97F4A7C15ull);
}

std::uint64_t tableSize(std::uint64_t minimum)
{
    std::uint64_t size = 16;
    while (size < minimum * 2)
        size <<= 1;
    return size;
}

const QString arabicArticle = QStringLiteral(u"\u0627\u0644"); // ال (folded)

bool isArabicScriptWord(const QString &w)
{
    return !w.isEmpty() && w.at(0).unicode() >= 0x0600 && w.at(0).unicode() <= 0x06FF;
}

// Word lists for @p name: as written, with the Latin article al-/el- or the Arabic ال
// dropped where it stands before a word, and with a ZWNJ written as a space. Arabic-script
// names also get: the article added to the last word ("علي الخامنئي" for "علي خامنئي"), two
// adjacent words glued ("محمدشياع السوداني", "قاسمالاعرجي"), "عبد" split from the word it is
// glued to ("عبد اللطيف" for "عبداللطيف"), and a final "ه‌ای" with its ZWNJ lost either way
// ("خامنه ای" / "خامنهای"). @p keepArticle: no variant without ال (derived surnames, where
// "سوداني" would be the adjective "Sudanese").
QList<QStringList> nameVariants(const QString &name, bool keepArticle = false)
{
    QList<QStringList> bases;
    bases.append(TextFolder::keyWords(name));
    if (name.contains(QChar(0x200C))) {
        QString spaced = name;
        spaced.replace(QChar(0x200C), u' ');
        bases.append(TextFolder::keyWords(spaced));
    }
    const QString abd = QStringLiteral(u"\u0639\u0628\u062F");        // عبد
    const QString heyEnding = QStringLiteral(u"\u0647\u0627\u064A");  // هاي (folded ه‌ای)
    const bool arabicScript = !bases.first().isEmpty() && isArabicScriptWord(bases.first().first());
    if (arabicScript) {
        const QList<QStringList> original = bases;
        auto addBase = [&bases](const QStringList &words) {
            if (!words.isEmpty() && !bases.contains(words))
                bases.append(words);
        };
        for (const QStringList &words : original) {
            for (qsizetype i = 0; i + 1 < words.size(); ++i) {
                QStringList glued = words;
                glued[i] += glued.at(i + 1);
                glued.removeAt(i + 1);
                addBase(glued);
            }
            QStringList split;     // عبد on its own ("امير عبد اللهيان" for "اميرعبداللهيان")
            QStringList splitOnce; // only before عبد ("امير عبداللهيان")
            QStringList heySplit;
            for (const QString &w : words) {
                const qsizetype at = w.indexOf(abd);
                if (at >= 0 && w.size() > at + abd.size() + 2 && (at == 0 || at >= 3)) {
                    if (at > 0) {
                        split.append(w.left(at));
                        splitOnce.append(w.left(at));
                    }
                    split.append(abd);
                    split.append(w.mid(at + abd.size()));
                    splitOnce.append(w.mid(at));
                } else {
                    split.append(w);
                    splitOnce.append(w);
                }
                if (w.size() > heyEnding.size() + 2 && w.endsWith(heyEnding)) {
                    heySplit.append(w.left(w.size() - 2));
                    heySplit.append(w.right(2));
                } else {
                    heySplit.append(w);
                }
            }
            addBase(split);
            addBase(splitOnce);
            addBase(heySplit);
        }
    }
    QList<QStringList> out;
    for (const QStringList &words : std::as_const(bases)) {
        // Cartesian product of the options per word (at most 16 variants).
        QList<QStringList> variants{QStringList()};
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString &w = words.at(i);
            QStringList options{w};
            if ((w == QStringLiteral("al") || w == QStringLiteral("el")) && i + 1 < words.size())
                options.append(QString()); // dropped
            else if (!keepArticle && w.size() > 3 && w.startsWith(arabicArticle))
                options.append(w.mid(2));
            else if (!keepArticle && arabicScript && words.size() > 1 && i + 1 == words.size() && w.size() >= 4
                     && !w.startsWith(arabicArticle))
                options.append(arabicArticle + w);
            QList<QStringList> next;
            for (const QStringList &v : std::as_const(variants)) {
                for (const QString &o : std::as_const(options)) {
                    if (next.size() >= 16)
                        break;
                    QStringList longer = v;
                    if (!o.isEmpty())
                        longer.append(o);
                    next.append(longer);
                }
            }
            variants = next;
        }
        for (const QStringList &v : std::as_const(variants)) {
            if (!v.isEmpty() && !out.contains(v))
                out.append(v);
        }
    }
    return out;
}

// Common given names and words that are also surnames in the gazetteer: such a surname never
// identifies a person by being unique (folded, the article al-/ال left out).
const QSet<QString> &commonNameWords()
{
    static const QSet<QString> set = [] {
        const QStringList words = {
            u"hussein"_s, u"hossein"_s, u"husain"_s, u"hassan"_s, u"hasan"_s, u"ali"_s, u"mohammed"_s, u"muhammad"_s,
            u"mohammad"_s, u"mohamed"_s, u"ahmed"_s, u"ahmad"_s, u"mahmoud"_s, u"abbas"_s, u"jafar"_s, u"jaafar"_s,
            u"sami"_s, u"rashid"_s, u"rasheed"_s, u"salih"_s, u"saleh"_s, u"karim"_s, u"hamid"_s, u"khalid"_s,
            u"aref"_s, u"masum"_s, u"massoum"_s, u"khatib"_s, u"alavi"_s, u"mousavi"_s, u"musavi"_s, u"ghasemi"_s,
            u"qasemi"_s, u"inad"_s, u"enad"_s, u"khamis"_s, u"hakim"_s, u"alhakim"_s, u"assad"_s, u"bashir"_s,
            u"sharaa"_s, u"jabouri"_s, u"juburi"_s, u"jubouri"_s, u"shammari"_s, u"abbasi"_s, u"allawi"_s,
            u"barzani"_s, u"sabah"_s, u"jalali"_s, u"momeni"_s, u"nazim"_s, u"bagheri"_s, u"baqeri"_s,
            u"abdul jabbar"_s, u"muhandis"_s, u"hadithi"_s, u"yahya"_s, u"awadi"_s,
            u"\u062D\u0633\u064A\u0646"_s, u"\u062D\u0633\u0646"_s, u"\u0639\u0644\u064A"_s, u"\u0645\u062D\u0645\u062F"_s,
            u"\u0627\u062D\u0645\u062F"_s, u"\u0639\u0628\u0627\u0633"_s, u"\u062C\u0639\u0641\u0631"_s,
            u"\u0633\u0627\u0645\u064A"_s, u"\u0639\u0646\u0627\u062F"_s, u"\u0635\u0627\u0644\u062D"_s,
            u"\u0631\u0634\u064A\u062F"_s, u"\u0645\u0639\u0635\u0648\u0645"_s, u"\u062E\u0637\u064A\u0628"_s,
            u"\u0639\u0644\u0648\u064A"_s, u"\u0645\u0648\u0633\u0648\u064A"_s, u"\u0642\u0627\u0633\u0645\u064A"_s,
            u"\u0634\u0631\u0639"_s, u"\u0627\u0633\u062F"_s, u"\u0628\u0634\u064A\u0631"_s, u"\u0639\u0627\u0631\u0641"_s,
            u"\u062E\u0645\u064A\u0633"_s, u"\u062D\u0643\u064A\u0645"_s, u"\u0645\u0647\u0646\u062F\u0633"_s,
            u"\u062C\u0628\u0648\u0631\u064A"_s, u"\u0634\u0645\u0631\u064A"_s, u"\u0639\u0628\u0627\u0633\u064A"_s,
            u"\u0639\u0644\u0627\u0648\u064A"_s, u"\u0628\u0627\u0631\u0632\u0627\u0646\u064A"_s,
            u"\u0635\u0628\u0627\u062D"_s, u"\u062C\u0644\u0627\u0644\u064A"_s, u"\u0645\u0648\u0645\u0646\u064A"_s,
            u"\u0628\u0627\u0642\u0631\u064A"_s, u"\u062D\u062F\u064A\u062B\u064A"_s, u"\u064A\u062D\u064A\u064A"_s,
            u"\u0639\u0648\u0627\u062F\u064A"_s, u"\u0643\u0631\u064A\u0645"_s, u"\u062D\u0645\u064A\u062F"_s,
            u"\u062E\u0627\u0644\u062F"_s, u"\u0633\u0644\u0645\u0627\u0646"_s, u"\u0646\u0627\u0635\u0631"_s,
            u"\u062A\u0645\u064A\u0645"_s, u"\u062F\u0627\u0648\u062F"_s, u"\u0627\u0645\u064A\u0631"_s,
            // Words of the language, too: رئيسي "main", روحاني "spiritual, cleric".
            u"\u0631\u064A\u064A\u0633\u064A"_s, u"\u0631\u0648\u062D\u0627\u0646\u064A"_s,
        };
        return QSet<QString>(words.cbegin(), words.cend());
    }();
    return set;
}

// Words of the language among commonNameWords(): رئيسي "main", روحاني "spiritual, cleric".
const QSet<QString> &languageWords()
{
    static const QSet<QString> set = {u"\u0631\u064A\u064A\u0633\u064A"_s, u"\u0631\u0648\u062D\u0627\u0646\u064A"_s};
    return set;
}

// Capitalised words that may stand right before a surname without being someone's given name.
const QSet<QString> &notGivenNames()
{
    static const QSet<QString> set = [] {
        const QStringList words = {
            u"the"_s, u"but"_s, u"and"_s, u"when"_s, u"after"_s, u"before"_s, u"while"_s, u"as"_s, u"if"_s,
            u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s, u"iraq"_s, u"iran"_s, u"iraqi"_s, u"iranian"_s, u"said"_s,
            u"says"_s, u"with"_s, u"by"_s, u"from"_s, u"of"_s, u"then"_s, u"also"_s, u"meanwhile"_s,
            u"however"_s, u"yesterday"_s, u"today"_s, u"on"_s, u"in"_s, u"at"_s, u"for"_s, u"to"_s,
            u"al"_s, u"el"_s, u"his"_s, u"her"_s, u"excellency"_s, u"premier"_s, u"pm"_s, u"fm"_s,
            u"photo"_s, u"caption"_s, u"that"_s, u"this"_s, u"where"_s, u"during"_s, u"said"_s,
        };
        return QSet<QString>(words.cbegin(), words.cend());
    }();
    return set;
}

// Tokens just before @p start whose gap to @p start is only joiners (else none).
QList<TextFolder::Token> tokensBefore(const QString &text, qsizetype start)
{
    const qsizetype from = std::max<qsizetype>(0, start - LookBehind);
    QList<TextFolder::Token> tokens = TextFolder::tokenize(QStringView(text).sliced(from, start - from));
    if (tokens.isEmpty())
        return {};
    // A word cut by the window's left edge is not a word.
    if (from > 0 && tokens.first().start == 0
        && TextFolder::charClass(text.at(from - 1).unicode()) == TextFolder::CharClass::Word)
        tokens.removeFirst();
    if (tokens.isEmpty())
        return {};
    for (qsizetype i = from + tokens.last().end; i < start; ++i) {
        const auto cls = TextFolder::charClass(text.at(i).unicode());
        if (cls != TextFolder::CharClass::Joiner && cls != TextFolder::CharClass::Format
            && cls != TextFolder::CharClass::Mark)
            return {};
    }
    for (TextFolder::Token &t : tokens) {
        t.start += from;
        t.end += from;
    }
    return tokens;
}

// True when the last words of @p tokens are @p words with no breaker among them; sets
// @p start to where the first of them begins.
bool tailIs(const QList<TextFolder::Token> &tokens, const QStringList &words, qsizetype *start)
{
    if (words.isEmpty() || words.size() > tokens.size())
        return false;
    const qsizetype offset = tokens.size() - words.size();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const TextFolder::Token &t = tokens.at(offset + i);
        if (t.folded != words.at(i) || (i > 0 && t.breakBefore))
            return false;
    }
    *start = tokens.at(offset).start;
    return true;
}

// The hash of the word right before @p start when only joiners separate the two.
bool precedingWordHash(const QString &text, qsizetype start, std::uint64_t *hash)
{
    using CC = TextFolder::CharClass;
    const std::uint32_t *t = TextFolder::table();
    qsizetype i = start;
    while (i > 0) {
        const CC c = CC(t[text.at(i - 1).unicode()] >> 16);
        if (c != CC::Joiner && c != CC::Format)
            break;
        --i;
    }
    if (i == start)
        return false;
    const qsizetype end = i;
    while (i > 0) {
        const CC c = CC(t[text.at(i - 1).unicode()] >> 16);
        if (c != CC::Word && c != CC::Mark && c != CC::Format)
            break;
        --i;
    }
    if (i == end)
        return false;
    std::uint64_t h = TextFolder::HashBasis;
    for (qsizetype k = i; k < end; ++k) {
        const std::uint32_t e = t[text.at(k).unicode()];
        if (CC(e >> 16) == CC::Word)
            h = TextFolder::hashStep(h, char16_t(e & 0xFFFF));
    }
    *hash = h;
    return true;
}

// True when text[start, end) folds to @p key (words joined by single spaces), without
// allocating: the check that rules out hash collisions.
bool spanMatchesKey(const QString &text, qsizetype start, qsizetype end, const QString &key)
{
    using CC = TextFolder::CharClass;
    const std::uint32_t *t = TextFolder::table();
    qsizetype k = 0;
    bool pendingSpace = false;
    for (qsizetype i = start; i < end; ++i) {
        const std::uint32_t e = t[text.at(i).unicode()];
        switch (CC(e >> 16)) {
        case CC::Word:
            if (pendingSpace) {
                if (k >= key.size() || key.at(k) != u' ')
                    return false;
                ++k;
                pendingSpace = false;
            }
            if (k >= key.size() || key.at(k).unicode() != char16_t(e & 0xFFFF))
                return false;
            ++k;
            break;
        case CC::Mark:
        case CC::Format:
            break;
        case CC::Joiner:
            pendingSpace = k > 0;
            break;
        case CC::Breaker:
        case CC::Astral:
            return false;
        }
    }
    return k == key.size();
}

const QSet<std::uint64_t> &honorificLastWords()
{
    static const QSet<std::uint64_t> set = [] {
        QSet<std::uint64_t> s;
        for (const QStringList &h : OfficialsMatcher::honorifics())
            s.insert(TextFolder::hashWord(h.last()));
        return s;
    }();
    return set;
}

} // namespace

const QList<QStringList> &OfficialsMatcher::honorifics()
{
    static const QList<QStringList> list = [] {
        const QStringList names = {
            QStringLiteral("Grand Ayatollah"), QStringLiteral("Ayatollah al-Uzma"), QStringLiteral("Ayatollah"),
            QStringLiteral("Ayatullah"), QStringLiteral("Ayatolla"),
            QStringLiteral("Hujjat al-Islam wal-Muslimin"), QStringLiteral("Hujjat al-Islam"),
            QStringLiteral("Hujjatul Islam"), QStringLiteral("Hujjatulislam"), QStringLiteral("Hojatoleslam"),
            QStringLiteral("Hojjatoleslam"), QStringLiteral("Hojatoleslam val-Moslemin"),
            QStringLiteral("Hojjatoleslam val-Moslemin"), QStringLiteral("Hojatoleslam wal-Moslemin"),
            QStringLiteral("Hojjat al-Eslam"), QStringLiteral("Hojjat ol-Eslam"),
            QStringLiteral("Seyed"), QStringLiteral("Seyyed"), QStringLiteral("Sayyed"), QStringLiteral("Sayyid"),
            QStringLiteral("Sayed"), QStringLiteral("Sayid"), QStringLiteral("Syed"), QStringLiteral("Seyyid"),
            QStringLiteral("Sheikh"), QStringLiteral("Shaykh"), QStringLiteral("Sheik"), QStringLiteral("Haj"),
            QStringLiteral("Hajj"), QStringLiteral("Haji"), QStringLiteral("Sardar"),
            QStringLiteral("General"), QStringLiteral("Major General"), QStringLiteral("Brigadier General"),
            QStringLiteral("Lieutenant General"), QStringLiteral("Second Brigadier General"),
            // Persian and Arabic: Ayatollah (with ZWNJ, space or ة), Hujjat al-Islam, Seyyed,
            // Sheikh, Sardar, General (لواء، فريق، سرلشکر، سپهبد).
            QStringLiteral(u"آیت‌الله"), QStringLiteral(u"آیت الله"), QStringLiteral(u"آية الله"),
            QStringLiteral(u"آیت‌الله العظمی"), QStringLiteral(u"آية الله العظمى"),
            QStringLiteral(u"حجت‌الاسلام والمسلمین"), QStringLiteral(u"حجت الاسلام والمسلمین"),
            QStringLiteral(u"حجت‌الاسلام"), QStringLiteral(u"حجت الاسلام"), QStringLiteral(u"حجة الإسلام"),
            QStringLiteral(u"حجة الإسلام والمسلمين"), QStringLiteral(u"سید"), QStringLiteral(u"السيد"),
            QStringLiteral(u"شیخ"), QStringLiteral(u"الشيخ"), QStringLiteral(u"سردار"), QStringLiteral(u"اللواء"),
            QStringLiteral(u"الفريق"), QStringLiteral(u"سرلشکر"), QStringLiteral(u"سپهبد"), QStringLiteral(u"الحاج"),
        };
        QList<QStringList> words;
        for (const QString &n : names) {
            const QStringList w = TextFolder::keyWords(n);
            if (!w.isEmpty() && !words.contains(w))
                words.append(w);
        }
        std::stable_sort(words.begin(), words.end(), [](const QStringList &a, const QStringList &b) {
            return a.size() > b.size();
        });
        return words;
    }();
    return list;
}

void OfficialsMatcher::clear()
{
    m_officialIds.clear();
    m_officialIndex.clear();
    m_pending.clear();
    m_cues.clear();
    m_cueLastWords.clear();
    m_maxCueWords = 0;
    m_patterns.clear();
    m_offices.clear();
    m_givenSkeletons.clear();
    m_wordText.clear();
    m_wordDisplay.clear();
    m_fuzzy.clear();
    m_fuzzyMask = 0;
    m_fuzzyNext.clear();
    m_words.clear();
    m_wordMask = 0;
    m_wordCount = 0;
    m_filter.clear();
    m_asciiKeys.clear();
    m_edges.clear();
    m_edgeMask = 0;
    m_fail.clear();
    m_out.clear();
    m_pattern.clear();
    m_depth.clear();
}

int OfficialsMatcher::officialIndex(const QString &id)
{
    const auto it = m_officialIndex.constFind(id);
    if (it != m_officialIndex.cend())
        return it.value();
    m_officialIds.append(id);
    m_officialIndex.insert(id, int(m_officialIds.size() - 1));
    return int(m_officialIds.size() - 1);
}

void OfficialsMatcher::addName(const QString &name, const QString &officialId, NameKind kind)
{
    const int official = kind == NameKind::NotOfficial ? -1 : officialIndex(officialId);
    m_pending.append({name, official, kind});
}

void OfficialsMatcher::addTitleCue(const QString &officialId, const QString &cue)
{
    const QStringList words = TextFolder::keyWords(cue);
    if (words.isEmpty())
        return;
    QList<QStringList> &cues = m_cues[officialIndex(officialId)];
    if (!cues.contains(words))
        cues.append(words);
    m_maxCueWords = std::max(m_maxCueWords, int(words.size()));
    m_cueLastWords.insert(TextFolder::hashWord(words.last()));
}

void OfficialsMatcher::setGazetteer(const Gazetteer &gazetteer)
{
    clear();
    const QSet<QString> stems = {u"\u0639\u0628\u062F"_s, u"\u0627\u0628\u0648"_s, u"\u0628\u0646"_s,
                                 u"\u0627\u0644"_s, u"\u0627\u0628\u0646"_s, u"\u0628\u0646\u062A"_s}; // عبد ابو بن ال ابن بنت
    for (const Official &o : gazetteer.officials()) {
        const int index = officialIndex(o.id);
        while (m_offices.size() <= index)
            m_offices.append(QList<Office>());
        m_offices[index] = o.offices;
        QStringList latinNames = o.aliases;
        latinNames.prepend(o.name);
        for (const QString &n : std::as_const(latinNames)) {
            const QStringList words = TextFolder::keyWords(n);
            if (words.size() > 1) {
                const QString sk = skeleton(words.first());
                if (sk.size() >= 3)
                    m_givenSkeletons[index].insert(sk);
            }
        }
        addName(o.name, o.id, NameKind::Full);
        for (const QStringList *list : {&o.aliases, &o.arabicNames, &o.persianNames}) {
            for (const QString &n : *list)
                addName(n, o.id, NameKind::Full);
        }
        // The last word of an Arabic-script name is a surname form ("الكاظمي", "ظريف"); after
        // عبد/ابو/بن/آل the last two ("عبد اللهيان", "آل ثاني").
        for (const QStringList *list : {&o.arabicNames, &o.persianNames}) {
            for (const QString &n : *list) {
                const QStringList parts = n.split(u' ', Qt::SkipEmptyParts);
                const QStringList folded = TextFolder::keyWords(n);
                if (parts.size() < 2 || folded.size() != parts.size())
                    continue;
                const bool two = parts.size() > 2 && stems.contains(folded.at(folded.size() - 2));
                const QString last = folded.last();
                const qsizetype letters = last.startsWith(arabicArticle) ? last.size() - 2 : last.size();
                if (letters < 4 && !two)
                    continue;
                // A given name ("محمد", "حسين") is no surname form; a word of the language that
                // is also a name (رئيسي "main") is one, but never identifies anyone alone.
                const QString bare = last.startsWith(arabicArticle) ? last.mid(2) : last;
                if (!two && commonNameWords().contains(bare) && !languageWords().contains(bare))
                    continue;
                // With the article, a family name is a nisba ending in ي (الكاظمي، السوداني);
                // other ال words are words of the language (المبارك "blessed", الصباح "morning").
                if (!two && last.startsWith(arabicArticle) && !last.endsWith(QChar(0x064A)))
                    continue;
                addName(two ? parts.mid(parts.size() - 2).join(u' ') : parts.last(), o.id, NameKind::DerivedSurname);
            }
        }
        for (const QString &n : o.surnames)
            addName(n, o.id, NameKind::Surname);
        for (const Office &office : o.offices) {
            const QString head = office.title.section(QStringLiteral(" of "), 0, 0).trimmed();
            QStringList cues{head};
            if (head.contains(QStringLiteral("Defence")))
                cues.append(QString(head).replace(QStringLiteral("Defence"), QStringLiteral("Defense")));
            if (head.contains(QStringLiteral("Adviser")))
                cues.append(QString(head).replace(QStringLiteral("Adviser"), QStringLiteral("Advisor")));
            if (head == QStringLiteral("Prime Minister")) {
                cues.append(QStringLiteral("Premier"));
                cues.append(QStringLiteral("PM"));
            }
            // The last word alone ("Minister", "President") still picks among the people
            // bearing one surname, and survives scraping residue such as "chiefDefense".
            const QStringList headWords = head.split(u' ', Qt::SkipEmptyParts);
            if (headWords.size() > 1)
                cues.append(headWords.last());
            for (const QString &cue : std::as_const(cues))
                addTitleCue(o.id, cue);
        }
    }
    for (const QString &n : gazetteer.notOfficials())
        addName(n, QString(), NameKind::NotOfficial);
    build();
}

int OfficialsMatcher::wordId(std::uint64_t hash, bool insert)
{
    std::uint64_t i = mixWord(hash) & m_wordMask;
    while (m_words[i].id >= 0) {
        if (m_words[i].hash == hash)
            return m_words[i].id;
        i = (i + 1) & m_wordMask;
    }
    if (!insert)
        return -1;
    m_words[i].hash = hash;
    m_words[i].id = m_wordCount++;
    m_words[i].rootTarget = 0;
    return m_words[i].id;
}

std::int32_t OfficialsMatcher::edge(std::int32_t state, std::int32_t word) const
{
    const std::uint64_t key = (std::uint64_t(std::uint32_t(state)) << 32) | std::uint32_t(word);
    std::uint64_t i = mixEdge(key) & m_edgeMask;
    while (m_edges[i].target >= 0) {
        if (m_edges[i].key == key)
            return m_edges[i].target;
        i = (i + 1) & m_edgeMask;
    }
    return -1;
}

void OfficialsMatcher::setEdge(std::int32_t state, std::int32_t word, std::int32_t target)
{
    const std::uint64_t key = (std::uint64_t(std::uint32_t(state)) << 32) | std::uint32_t(word);
    std::uint64_t i = mixEdge(key) & m_edgeMask;
    while (m_edges[i].target >= 0 && m_edges[i].key != key)
        i = (i + 1) & m_edgeMask;
    m_edges[i].key = key;
    m_edges[i].target = target;
}

void OfficialsMatcher::build()
{
    // 1. Names -> distinct folded word sequences (patterns), each with who bears it.
    m_patterns.clear();
    QHash<QString, int> patternIndex;
    std::vector<std::uint64_t> hashes;       // all pattern words, flattened
    std::vector<std::uint32_t> patternStart; // into hashes, per pattern (+ one past the end)
    std::vector<QString> hashWords; // folded word per entry of hashes
    std::vector<QString> hashDisplay;
    for (const PendingName &p : std::as_const(m_pending)) {
        // The words as written, for "spelling close to ..." reasons.
        QHash<QString, QString> written;
        for (const TextFolder::Token &t : TextFolder::tokenize(p.name))
            written.insert(t.folded, p.name.sliced(t.start, t.end - t.start));
        for (const QStringList &words : nameVariants(p.name, p.kind == NameKind::DerivedSurname)) {
            if (words.size() > MaxPatternWords)
                continue;
            const QString key = words.join(u' ');
            auto it = patternIndex.constFind(key);
            int index;
            if (it == patternIndex.cend()) {
                index = int(m_patterns.size());
                patternIndex.insert(key, index);
                m_patterns.append({key, int(words.size()), {}, p.name});
                patternStart.push_back(std::uint32_t(hashes.size()));
                for (const QString &w : words) {
                    hashes.push_back(TextFolder::hashWord(w));
                    hashWords.push_back(w);
                    hashDisplay.push_back(written.value(w, w));
                }
            } else {
                index = it.value();
            }
            QList<Entry> &entries = m_patterns[index].entries;
            const auto same = std::find_if(entries.begin(), entries.end(),
                                           [&p](const Entry &e) { return e.official == p.official; });
            if (same == entries.end())
                entries.append({p.official, p.kind});
            else if (p.kind == NameKind::Full && same->kind != NameKind::Full)
                same->kind = NameKind::Full; // a full name of someone beats their surname
            else if (p.kind == NameKind::Surname && same->kind == NameKind::DerivedSurname)
                same->kind = NameKind::Surname;
        }
    }
    patternStart.push_back(std::uint32_t(hashes.size()));

    // 2. Word table and trie (edges in one open-addressing table).
    m_words.assign(tableSize(hashes.size()), WordSlot());
    m_wordMask = m_words.size() - 1;
    m_wordCount = 0;
    m_edges.assign(tableSize(hashes.size() + 1), EdgeSlot());
    m_edgeMask = m_edges.size() - 1;
    m_fail.assign(1, 0);
    m_pattern.assign(1, -1);
    m_depth.assign(1, 0);
    std::vector<std::int32_t> parent{0};
    std::vector<std::int32_t> viaWord{-1};
    for (qsizetype p = 0; p < m_patterns.size(); ++p) {
        std::int32_t state = 0;
        for (std::uint32_t k = patternStart[p]; k < patternStart[p + 1]; ++k) {
            const std::int32_t w = wordId(hashes[k], true);
            if (std::size_t(w) >= m_wordText.size()) {
                m_wordText.push_back(hashWords[k]);
                m_wordDisplay.push_back(hashDisplay[k]);
            }
            std::int32_t next = edge(state, w);
            if (next < 0) {
                next = std::int32_t(m_fail.size());
                m_fail.push_back(0);
                m_pattern.push_back(-1);
                m_depth.push_back(m_depth[state] + 1);
                parent.push_back(state);
                viaWord.push_back(w);
                setEdge(state, w, next);
            }
            state = next;
        }
        m_pattern[state] = std::int32_t(p);
    }
    // Spelling-variant table: skeleton of every Latin word of six letters or more.
    m_fuzzy.assign(tableSize(m_wordText.size()), FuzzySlot());
    m_fuzzyMask = m_fuzzy.size() - 1;
    m_fuzzyNext.assign(m_wordText.size(), -1);
    for (std::size_t w = 0; w < m_wordText.size(); ++w) {
        if (m_wordText[w].size() < 6)
            continue;
        const QString sk = skeleton(m_wordText[w]);
        if (sk.size() < 2)
            continue;
        const std::uint64_t h = TextFolder::hashWord(sk);
        std::uint64_t i = mixWord(h) & m_fuzzyMask;
        while (m_fuzzy[i].word >= 0 && m_fuzzy[i].skeleton != h)
            i = (i + 1) & m_fuzzyMask;
        if (m_fuzzy[i].word >= 0)
            m_fuzzyNext[w] = m_fuzzy[i].word;
        m_fuzzy[i].skeleton = h;
        m_fuzzy[i].word = std::int32_t(w);
    }
    // Root transitions also live in the word table: one probe per word while at the root.
    for (WordSlot &slot : m_words) {
        if (slot.id >= 0)
            slot.rootTarget = std::max<std::int32_t>(0, edge(0, slot.id));
    }
    // The scan's first test per word: a bitmap of 32 bits per known word (a few kilobytes for
    // a gazetteer: it stays in the L1 cache; a false positive, one word in 32 or fewer, costs a
    // probe of the word table), so most words of a text are ruled out without that probe.
    m_filterShift = 64 - 9;
    while ((std::uint64_t(1) << (64 - m_filterShift)) < std::uint64_t(m_wordCount) * 32 && m_filterShift > 40)
        --m_filterShift;
    m_filter.assign(std::size_t(1) << (64 - m_filterShift - 6), 0);
    for (const WordSlot &slot : m_words) {
        if (slot.id >= 0) {
            const std::uint64_t bit = filterBit(slot.hash);
            m_filter[bit >> 6] |= std::uint64_t(1) << (bit & 63);
        }
    }
    // The ASCII fast path's test before the filter: asciiKey() of every known word in ASCII, 32
    // bits per word (as the filter) from 4,096 to 512 Ki bits.
    {
        std::vector<std::uint64_t> keys;
        for (const QString &w : m_wordText) {
            if (w.isEmpty() || std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.unicode() >= 0x80; }))
                continue;
            std::uint64_t firstUnits = 0;
            for (qsizetype k = 0; k < std::min<qsizetype>(w.size(), 4); ++k)
                firstUnits |= std::uint64_t(w.at(k).unicode()) << (16 * k);
            keys.push_back(asciiKey(firstUnits, w.size()));
        }
        int bits = 12;
        while ((std::uint64_t(1) << bits) < keys.size() * 32 && bits < 19)
            ++bits;
        m_asciiKeyShift = 64 - bits;
        m_asciiKeys.assign(std::size_t(1) << (bits - 6), 0);
        for (const std::uint64_t key : keys) {
            const std::uint64_t bit = key >> m_asciiKeyShift;
            m_asciiKeys[bit >> 6] |= std::uint64_t(1) << (bit & 63);
        }
    }

    // 3. Failure and output links, breadth first (states sorted by depth).
    const std::size_t states = m_fail.size();
    std::vector<std::int32_t> order(states);
    {
        int maxDepth = 0;
        for (int d : m_depth)
            maxDepth = std::max(maxDepth, d);
        std::vector<std::uint32_t> count(std::size_t(maxDepth) + 2, 0);
        for (int d : m_depth)
            ++count[std::size_t(d) + 1];
        for (std::size_t i = 1; i < count.size(); ++i)
            count[i] += count[i - 1];
        for (std::size_t s = 0; s < states; ++s)
            order[count[std::size_t(m_depth[s])]++] = std::int32_t(s);
    }
    m_out.assign(states, -1);
    for (std::int32_t s : order) {
        if (m_depth[s] <= 1) {
            m_fail[s] = 0;
        } else {
            const std::int32_t w = viaWord[s];
            std::int32_t f = m_fail[parent[s]];
            std::int32_t target = -1;
            while (true) {
                target = edge(f, w);
                if (target >= 0 || f == 0)
                    break;
                f = m_fail[f];
            }
            m_fail[s] = target >= 0 ? target : 0;
        }
        if (s != 0) {
            const std::int32_t f = m_fail[s];
            m_out[s] = m_pattern[f] >= 0 ? f : m_out[f];
        }
    }
}

namespace {

// The consonant skeleton of @p n folded units into @p out (room for n); its length, or -1
// when a unit is not an ASCII letter. Allocation-free: the scan calls it on unknown words.
int skeletonUnits(const char16_t *in, int n, char16_t *out)
{
    auto vowel = [](char16_t c) {
        return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y' || c == u'w';
    };
    int k = 0;
    char16_t prev = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = in[i];
        if (c < u'a' || c > u'z')
            return -1;
        if (vowel(c)) {
            prev = c;
            continue;
        }
        if (c == u'h' && (prev == u'k' || prev == u'g' || prev == u'd' || prev == u't' || prev == u's'
                          || prev == u'z' || prev == u'c' || prev == u'p')) {
            if (prev == u'p' && k > 0)
                out[k - 1] = u'f';
            prev = c;
            continue;
        }
        char16_t m = c;
        if (m == u'q' || m == u'c')
            m = u'k';
        else if (m == u'z')
            m = u'd';
        // A doubled consonant counts once ("Fayyadh", "Abdollahian").
        const bool adjacent = prev != 0 && !vowel(prev);
        if (!(adjacent && k > 0 && out[k - 1] == m))
            out[k++] = m;
        prev = c;
    }
    return k;
}

} // namespace

QString OfficialsMatcher::skeleton(QStringView folded)
{
    QString out(folded.size(), Qt::Uninitialized);
    const int k = skeletonUnits(reinterpret_cast<const char16_t *>(folded.utf16()), int(folded.size()),
                                reinterpret_cast<char16_t *>(out.data()));
    if (k < 0)
        return QString();
    out.truncate(k);
    return out;
}

namespace {

// Levenshtein distance of two short strings, or @p limit + 1 once it is exceeded.
int boundedDistance(const char16_t *a, int n, const char16_t *b, int m, int limit)
{
    if (std::abs(n - m) > limit || n > 40 || m > 40)
        return limit + 1;
    int row[41];
    for (int j = 0; j <= m; ++j)
        row[j] = j;
    for (int i = 1; i <= n; ++i) {
        int diag = row[0];
        row[0] = i;
        int best = row[0];
        for (int j = 1; j <= m; ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
            best = std::min(best, row[j]);
        }
        if (best > limit)
            return limit + 1;
    }
    return row[m];
}

constexpr char16_t Waw = 0x0648, Feh = 0x0641, Beh = 0x0628, Lam = 0x0644, Kaf = 0x0643;

inline bool isClitic(char16_t c)
{
    // c == Waw || c == Feh || c == Beh || c == Lam || c == Kaf, without branches (the scan
    // asks it of every word): one bit per letter from Beh (U+0628) to Waw (U+0648).
    constexpr std::uint64_t letters = (std::uint64_t(1) << (Beh - Beh)) | (std::uint64_t(1) << (Feh - Beh))
        | (std::uint64_t(1) << (Kaf - Beh)) | (std::uint64_t(1) << (Lam - Beh)) | (std::uint64_t(1) << (Waw - Beh));
    const unsigned d = unsigned(c) - unsigned(Beh);
    return (d < 64u) & unsigned((letters >> (d & 63u)) & 1u);
}

// Folded word units of text[start, end) into @p buf (at most 40); their count, or -1.
int foldedUnits(const char16_t *u, qsizetype start, qsizetype end, char16_t *buf, qsizetype *origin = nullptr)
{
    using CC = TextFolder::CharClass;
    const std::uint32_t *t = TextFolder::table();
    int n = 0;
    for (qsizetype i = start; i < end; ++i) {
        const std::uint32_t e = t[u[i]];
        if (CC(e >> 16) != CC::Word)
            continue;
        if (n == 40)
            return -1;
        if (origin)
            origin[n] = i;
        buf[n++] = char16_t(e & 0xFFFF);
    }
    return n;
}

// Whether text[from, to) holds a breaker (or an astral unit): a name never spans one.
bool breakerIn(const char16_t *u, qsizetype from, qsizetype to)
{
    const std::uint32_t *t = TextFolder::table();
    for (qsizetype i = from; i < to; ++i) {
        if (TextFolder::CharClass(t[u[i]] >> 16) >= TextFolder::CharClass::Breaker)
            return true;
    }
    return false;
}

std::uint64_t hashUnits(std::uint64_t h, const char16_t *buf, int n)
{
    for (int i = 0; i < n; ++i)
        h = TextFolder::hashStep(h, buf[i]);
    return h;
}

#if defined(ENTENTE_ASCII_BLOCKS)

// The scan's fast path classifies 32 UTF-16 units at once. In most texts most words are
// ASCII, and so are the spaces and punctuation between them; for those, where each word
// starts and ends comes from bit masks (bit k is about unit k), with no table lookup and no
// unpredictable branch per unit.
struct AsciiBlock
{
    std::uint32_t word = 0;  // an ASCII letter or digit (CharClass::Word)
    std::uint32_t other = 0; // beyond ASCII, a word unit, a mark or a format character: the
                             // word it is in goes through the per-unit loop
    // The other units of the block are joiners or breakers, ASCII or not.
    int length = 0; // the block is units [0, length): the unit at length is astral
};

// Bits per unit of p[0, 16): an ASCII letter or digit; not ASCII.
inline void asciiMasks(const char16_t *p, std::uint32_t *word, std::uint32_t *other)
{
    // As bytes: ASCII as is, U+0080-U+7FFF as 0xFF, the rest (negative as 16 bits) as 0x80;
    // the comparisons are signed, so none of those is a letter or a digit.
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 8));
    const __m128i ascii = _mm_set1_epi16(0x7F);
    const __m128i bytes = _mm_packs_epi16(_mm_or_si128(a, _mm_cmpgt_epi16(a, ascii)),
                                          _mm_or_si128(b, _mm_cmpgt_epi16(b, ascii)));
    const auto inRange = [](__m128i v, char low, char high) {
        return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(char(low - 1))),
                             _mm_cmpgt_epi8(_mm_set1_epi8(char(high + 1)), v));
    };
    const __m128i letter = inRange(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), 'a', 'z');
    *word = std::uint32_t(_mm_movemask_epi8(_mm_or_si128(letter, inRange(bytes, '0', '9'))));
    *other = std::uint32_t(_mm_movemask_epi8(bytes));
}

inline AsciiBlock asciiBlock(const char16_t *p, const std::uint32_t *table)
{
    using CC = TextFolder::CharClass;
    std::uint32_t word0, other0, word1, other1;
    asciiMasks(p, &word0, &other0);
    asciiMasks(p + 16, &word1, &other1);
    AsciiBlock b;
    b.word = word0 | (word1 << 16);
    b.length = 32;
    // Units beyond ASCII, by the table: separators (“ ” – NBSP ...) are left out of both masks.
    constexpr unsigned inWord = (1u << unsigned(CC::Word)) | (1u << unsigned(CC::Mark)) | (1u << unsigned(CC::Format));
    for (std::uint32_t other = other0 | (other1 << 16); other; other &= other - 1) {
        const int k = std::countr_zero(other);
        const unsigned cls = (table[p[k]] >> 16) & 0xFF;
        if (cls == unsigned(CC::Astral)) {
            b.length = k;
            b.word &= (std::uint32_t(1) << k) - 1;
            break;
        }
        b.other |= ((inWord >> cls) & 1u) << k;
    }
    return b;
}

// ASCII words of one text that passed the fast path's key test and still proved to be no known
// word (a key shared with one, or a capital that is no spelling variant: "Tehran",
// "Baghdad"): for such a word the scan only resets the automaton, and what it makes of a word
// depends on its folded units and whether it starts with a capital only, so a word seen again
// is ruled out by comparing those, before hashing, the filter, the word table and missWord().
// Direct-mapped by the word's key; up to 16 units.
struct DeadWords
{
    static constexpr qsizetype MaxUnits = 16;
    struct alignas(16) Entry
    {
        char16_t folded[MaxUnits] = {};
        qsizetype length = 0; // 0: empty
        bool capital = false;
    };
    Entry entries[64];

    // Whether text @p p, @p length ASCII word units, folds to @p entry.
    static bool matches(const Entry &entry, const char16_t *p, qsizetype length, bool capital)
    {
        if (entry.length != length || entry.capital != capital)
            return false;
        const __m128i fold = _mm_set1_epi16(0x20);
        const __m128i lo = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)), fold);
        const __m128i hi = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 8)), fold);
        const __m128i *d = reinterpret_cast<const __m128i *>(entry.folded);
        const std::uint32_t same = std::uint32_t(_mm_movemask_epi8(
            _mm_packs_epi16(_mm_cmpeq_epi16(lo, _mm_load_si128(d)), _mm_cmpeq_epi16(hi, _mm_load_si128(d + 1)))));
        return (~same & ((std::uint32_t(1) << length) - 1)) == 0;
    }
    static void set(Entry *entry, const char16_t *p, qsizetype length, bool capital)
    {
        for (qsizetype k = 0; k < length; ++k)
            entry->folded[k] = char16_t(p[k] | 0x20);
        entry->length = length;
        entry->capital = capital;
    }
};

// Whether TextFolder's table classifies and folds ASCII as asciiMasks() and the scan assume
// (checked once; if it ever did not, the scan would keep to its per-unit loop).
bool asciiBlocksValid()
{
    static const bool valid = [] {
        using CC = TextFolder::CharClass;
        const std::uint32_t *t = TextFolder::table();
        for (char16_t c = 0; c < 0x80; ++c) {
            const bool word = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
            const bool joiner = c == u' ' || (c >= 0x09 && c <= 0x0D) || c == u'-' || c == u'\'' || c == u'`';
            const CC cls = CC(t[c] >> 16);
            // A word unit folds to itself with 0x20 set: lower case, and digits have it already.
            if (word ? (cls != CC::Word || char16_t(t[c] & 0xFFFF) != char16_t(c | 0x20))
                     : cls != (joiner ? CC::Joiner : CC::Breaker))
                return false;
        }
        return true;
    }();
    return valid;
}

#endif // ENTENTE_ASCII_BLOCKS

} // namespace

std::int32_t OfficialsMatcher::lookupWord(std::uint64_t hash) const
{
    std::uint64_t i = mixWord(hash) & m_wordMask;
    while (m_words[i].id >= 0) {
        if (m_words[i].hash == hash)
            return m_words[i].id;
        i = (i + 1) & m_wordMask;
    }
    return -1;
}

std::int32_t OfficialsMatcher::cliticWord(const char16_t *u, qsizetype start, qsizetype end, std::int16_t *clitic) const
{
    char16_t buf[40];
    const int n = foldedUnits(u, start, end, buf);
    if (n < 4 || !isClitic(buf[0]))
        return -1;
    // لل / ولل / فلل before a name with the article: ل + ال with the alef dropped.
    for (int k : {2, 3}) {
        if (n - k < 3)
            continue;
        const bool prefixOk = k == 2 ? (buf[0] == Lam && buf[1] == Lam)
                                     : ((buf[0] == Waw || buf[0] == Feh) && buf[1] == Lam && buf[2] == Lam);
        if (!prefixOk)
            continue;
        const char16_t article[2] = {0x0627, Lam};
        const std::int32_t w = lookupWord(hashUnits(hashUnits(TextFolder::HashBasis, article, 2), buf + k, n - k));
        if (w >= 0) {
            *clitic = std::int16_t(-k);
            return w;
        }
    }
    // وب ول وك فب فل فك, then one letter.
    if (n - 2 >= 3 && (buf[0] == Waw || buf[0] == Feh) && (buf[1] == Beh || buf[1] == Lam || buf[1] == Kaf)) {
        const std::int32_t w = lookupWord(hashUnits(TextFolder::HashBasis, buf + 2, n - 2));
        if (w >= 0) {
            *clitic = 2;
            return w;
        }
    }
    const std::int32_t w = lookupWord(hashUnits(TextFolder::HashBasis, buf + 1, n - 1));
    if (w >= 0)
        *clitic = 1;
    return w;
}

std::int32_t OfficialsMatcher::fuzzyWord(const char16_t *u, qsizetype start, qsizetype end) const
{
    char16_t buf[40];
    const int n = foldedUnits(u, start, end, buf);
    if (n < 6 || m_fuzzy.empty())
        return -1;
    char16_t sk[40];
    const int skLength = skeletonUnits(buf, n, sk);
    if (skLength < 2)
        return -1;
    const std::uint64_t h = hashUnits(TextFolder::HashBasis, sk, skLength);
    std::uint64_t i = mixWord(h) & m_fuzzyMask;
    while (m_fuzzy[i].word >= 0 && m_fuzzy[i].skeleton != h)
        i = (i + 1) & m_fuzzyMask;
    const int limit = n >= 8 ? 2 : 1;
    std::int32_t best = -1;
    int bestDistance = limit + 1;
    for (std::int32_t w = m_fuzzy[i].word; w >= 0; w = m_fuzzyNext[std::size_t(w)]) {
        const QString &target = m_wordText[std::size_t(w)];
        // A known word with a suffix is another word ("Kadhimiya", the district), not a spelling.
        const QStringView token(buf, n);
        if (token.startsWith(target) || QStringView(target).startsWith(token))
            continue;
        const int d = boundedDistance(buf, n, reinterpret_cast<const char16_t *>(target.utf16()), int(target.size()), limit);
        if (d < bestDistance) {
            bestDistance = d;
            best = w;
        }
    }
    return best;
}

std::int32_t OfficialsMatcher::missWord(const char16_t *u, qsizetype start, qsizetype end, bool fuzzy,
                                        std::int16_t *clitic, std::int32_t *fuzzyWordId) const
{
    if (u[start] >= u'A' && u[start] <= u'Z') {
        if (!fuzzy || end - start < 6)
            return -1;
        *fuzzyWordId = fuzzyWord(u, start, end);
        return *fuzzyWordId;
    }
    return cliticWord(u, start, end, clitic);
}

namespace {

// What missWord() said about the words of one text. Capitalised words and words starting with
// a proclitic letter recur in a text ("Tehran", "Baghdad", "وزير"), and each costs a skeleton,
// a table probe and edit distances, or up to four probes. Keyed by the word's folded units,
// compared in full (the hash only picks the entry).
struct MissCache
{
    static constexpr int MaxUnits = 24;
    struct Entry
    {
        std::uint64_t hash = 0;
        std::int32_t word = -1;
        std::int32_t fuzzyWord = -1;
        std::int16_t clitic = 0;
        std::int8_t units = -1; // -1: empty
        char16_t folded[MaxUnits];
    };
    Entry entries[64];

    Entry &at(std::uint64_t hash) { return entries[hash & 63]; }
};

} // namespace

std::int32_t OfficialsMatcher::advance(std::int32_t state, std::int32_t w, std::int32_t rootTarget,
                                      const ScanSlot *ring, std::uint32_t tokenCount, qsizetype tokenEnd,
                                      const char16_t *u, std::vector<Candidate> *out) const
{
    std::int32_t next = -1;
    while (state != 0) {
        next = edge(state, w);
        if (next >= 0)
            break;
        state = m_fail[state];
    }
    state = next >= 0 ? next : rootTarget;
    for (std::int32_t s = m_pattern[state] >= 0 ? state : m_out[state]; s > 0; s = m_out[s]) {
        const std::uint32_t depth = std::uint32_t(m_depth[s]);
        const ScanSlot &head = ring[(tokenCount - depth) % MaxPatternWords];
        Candidate c{head.start, tokenEnd, m_pattern[s], head.start, head.clitic, false, -1};
        bool ok = true;
        for (std::uint32_t k = 0; k < depth; ++k) {
            const ScanSlot &t = ring[(tokenCount - depth + k) % MaxPatternWords];
            if (k > 0 && t.clitic != 0)
                ok = false; // a proclitic only before a name's first word
            if (t.fuzzyWord >= 0 && !c.fuzzy) {
                c.fuzzy = true;
                c.fuzzyWord = t.fuzzyWord;
            }
        }
        if (!ok)
            continue;
        if (head.clitic > 0) {
            // The span starts after the clitic's letters (marks after them stay out too).
            char16_t buf[40];
            qsizetype origin[40];
            const int units = foldedUnits(u, head.start, tokenEnd, buf, origin);
            if (units > head.clitic)
                c.start = origin[head.clitic];
        }
        out->push_back(c);
    }
    return state;
}

void OfficialsMatcher::scan(const QString &text, std::vector<Candidate> *out, bool *astral) const
{
    using CC = TextFolder::CharClass;
    if (m_words.empty())
        return;
    const std::uint32_t *table = TextFolder::table();
    const char16_t *u = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    const WordSlot *words = m_words.data();
    const std::uint64_t wordMask = m_wordMask;
    const std::uint64_t *filter = m_filter.data();
    const bool fuzzy = m_fuzzyEnabled && !m_fuzzy.empty();

    // Speed: this loop runs over every unit of every text, and most of its cost is branches it
    // cannot predict (where a word ends, whether it is known). So its state lives in locals
    // that never escape (the word hash stays in a register), tests that need no branch are
    // computed with | and &, and a word that is neither in the filter bitmap nor special (see
    // below) costs one well-predicted branch; most ASCII words are not even hashed (see the
    // fast path below). Words that pass go through the automaton; only they enter the ring:
    // an unknown word resets the automaton, so every match is made of the last words that
    // passed. Whether a breaker lies between two words matters only when both passed, so it
    // is looked for then, in the units between them.
    ScanSlot ring[MaxPatternWords];
    MissCache missCache;
    std::uint32_t tokenCount = 0;
    std::int32_t state = 0;
    qsizetype previousEnd = 0; // where the last word that passed the filter ended
    bool sawAstral = false;

    // One word, text[tokenStart, tokenEnd) with its folded hash @p h; false when it is no known
    // word (nor one in disguise), so it only reset the automaton.
    const auto onWord = [&](qsizetype tokenStart, qsizetype tokenEnd, std::uint64_t h, bool special)
                            ENTENTE_ALWAYS_INLINE {
        const std::uint64_t bit = filterBit(h);
        if (!(((filter[bit >> 6] >> (bit & 63)) & 1) | special)) {
            state = 0; // surely not a known word
            return false;
        }

        ScanSlot &slot = ring[tokenCount % MaxPatternWords];
        slot = {tokenStart, -1, 0};
        ++tokenCount;
        if (state != 0 && breakerIn(u, previousEnd, tokenStart))
            state = 0;
        previousEnd = tokenEnd;
        std::uint64_t k = mixWord(h) & wordMask;
        while (words[k].id >= 0 && words[k].hash != h)
            k = (k + 1) & wordMask;
        std::int32_t w = words[k].id;
        std::int32_t rootTarget = words[k].rootTarget;
        if (w < 0) {
            const bool capital = unsigned(u[tokenStart] - u'A') < 26u;
            if (!special || (capital && (!fuzzy || tokenEnd - tokenStart < 6))) {
                state = 0; // missWord() would say no at once
                return false;
            }
            char16_t folded[40];
            const int units = foldedUnits(u, tokenStart, tokenEnd, folded);
            MissCache::Entry &entry = missCache.at(h);
            const bool cacheable = units >= 0 && units <= MissCache::MaxUnits;
            if (cacheable && entry.units == units && entry.hash == h && std::equal(folded, folded + units, entry.folded)) {
                w = entry.word;
                slot.clitic = entry.clitic;
                slot.fuzzyWord = entry.fuzzyWord;
            } else {
                w = missWord(u, tokenStart, tokenEnd, fuzzy, &slot.clitic, &slot.fuzzyWord);
                if (cacheable) {
                    entry.hash = h;
                    entry.word = w;
                    entry.fuzzyWord = slot.fuzzyWord;
                    entry.clitic = slot.clitic;
                    entry.units = std::int8_t(units);
                    std::copy(folded, folded + units, entry.folded);
                }
            }
            if (w < 0) {
                state = 0;
                return false;
            }
            rootTarget = std::max<std::int32_t>(0, edge(0, w));
        }
        state = advance(state, w, rootTarget, ring, tokenCount, tokenEnd, u, out);
        return true;
    };

    // The per-unit loop's step from text[j]: one unit between words, or a whole word; where
    // the next step starts.
    const auto unitStep = [&](qsizetype j) {
        // Between words: joiners, breakers, and marks or format characters with no word before.
        std::uint32_t e = table[u[j]];
        CC cls = CC(e >> 16);
        if (cls != CC::Word) {
            sawAstral |= cls == CC::Astral;
            return j + 1;
        }
        // A word: its folded units hashed; marks extend it, format characters are skipped.
        // Only a word starting with a proclitic letter or a capital can be a name in disguise.
        const qsizetype tokenStart = j;
        const char16_t first = char16_t(e & 0xFFFF);
        const bool special = isClitic(first) | (unsigned(u[j] - u'A') < 26u);
        std::uint64_t h = TextFolder::hashStep(TextFolder::HashBasis, first);
        qsizetype tokenEnd = ++j;
        for (; j < n; ++j) {
            e = table[u[j]];
            cls = CC(e >> 16);
            if (cls == CC::Word) {
                h = TextFolder::hashStep(h, char16_t(e & 0xFFFF));
                tokenEnd = j + 1;
            } else if (cls == CC::Mark) {
                tokenEnd = j + 1;
            } else if (cls != CC::Format) {
                break; // the unit at j is looked at again between words
            }
        }
        onWord(tokenStart, tokenEnd, h, special);
        return j;
    };

#if defined(ENTENTE_ASCII_BLOCKS)
    const bool asciiBlocks = asciiBlocksValid();
    const std::uint64_t *asciiKeys = m_asciiKeys.data();
    const int asciiKeyShift = m_asciiKeyShift;
    const qsizetype fuzzyLength = fuzzy ? 6 : 1000; // a capital this long may be a spelling variant
    DeadWords deadWords;
#endif
    qsizetype i = 0;
    while (i < n) {
#if defined(ENTENTE_ASCII_BLOCKS)
        // The fast path: every word that ends inside the next 32 units (see AsciiBlock), then
        // on from the first unit it cannot take (astral) or the start of a word it cannot see
        // end. A word with a unit beyond ASCII (other scripts, accents, marks) goes through
        // unitStep(), and so does all a text's last 47 units hold and a word of 32 units or
        // more: the same tokens either way. An ASCII word is first looked up by asciiKey(),
        // which rules out nearly all words that are no known word before they are hashed;
        // only capitals of six letters or more (spelling variants, with the fuzzy layer on)
        // pass anyway, and then DeadWords rules out those seen before. The key test can differ
        // from the filter bitmap only for an unknown word with a known word's 64-bit hash,
        // which the word table cannot tell apart either (and every match is then checked
        // against the name's words).
        if (asciiBlocks && n - i >= 48) { // 48: a word's first 16 units may be read at once
            const AsciiBlock b = asciiBlock(u + i, table);
            const std::uint32_t runs = b.word | b.other; // the unit at i starts a run or is none
            std::uint32_t starts = runs & ~(runs << 1);
            const std::uint32_t inside = std::uint32_t(((std::uint64_t(1) << b.length) - 1) >> 1); // [0, length - 1)
            std::uint32_t ends = runs & ~(runs >> 1) & inside; // a run's last unit, a separator after it
            int next = b.length; // where the block stops: its end or an unfinished run's start
            if (b.length > 0 && ((runs >> (b.length - 1)) & 1))
                next = 31 - std::countl_zero(starts);
            for (; ends; ends &= ends - 1, starts &= starts - 1) {
                const int s = std::countr_zero(starts);
                const int e = std::countr_zero(ends);
                const qsizetype tokenStart = i + s;
                if (b.other & ((std::uint32_t(2) << e) - (std::uint32_t(1) << s))) {
                    // Not all ASCII: the word (and any marks before it) unit by unit.
                    for (qsizetype k = tokenStart; k <= i + e;)
                        k = unitStep(k);
                    continue;
                }
                const qsizetype length = e + 1 - s;
                std::uint64_t firstUnits;
                std::memcpy(&firstUnits, u + tokenStart, sizeof firstUnits);
                const bool capital = unsigned((firstUnits & 0xFFFF) - u'A') < 26u;
                firstUnits = (firstUnits | 0x0020002000200020ull) & (~std::uint64_t(0) >> (64 - 16 * std::min<qsizetype>(length, 4)));
                const std::uint64_t key = asciiKey(firstUnits, length) >> asciiKeyShift;
                const bool known = (asciiKeys[key >> 6] >> (key & 63)) & 1;
                if (!(known | (capital & (length >= fuzzyLength)))) {
                    state = 0; // surely not a known word
                    continue;
                }
                DeadWords::Entry &dead = deadWords.entries[key & 63];
                if (DeadWords::matches(dead, u + tokenStart, length, capital)) {
                    state = 0; // no known word, as seen before
                    continue;
                }
                std::uint64_t h = TextFolder::HashBasis;
                for (qsizetype k = tokenStart; k <= i + e; ++k)
                    h = TextFolder::hashStep(h, char16_t(u[k] | 0x20)); // folded (see asciiBlocksValid())
                // No ASCII letter is a proclitic: only a capital is special.
                if (!onWord(tokenStart, i + e + 1, h, capital) && length <= DeadWords::MaxUnits)
                    DeadWords::set(&dead, u + tokenStart, length, capital);
            }
            i += next;
            if (next > 0)
                continue;
        }
#endif
        i = unitStep(i);
    }
    if (sawAstral)
        *astral = true;
}

qsizetype OfficialsMatcher::extendOverHonorifics(const QString &text, qsizetype start) const
{
    for (int round = 0; round < 4 && start > 0; ++round) {
        std::uint64_t h = 0;
        if (!precedingWordHash(text, start, &h) || !honorificLastWords().contains(h))
            break;
        const QList<TextFolder::Token> tokens = tokensBefore(text, start);
        bool extended = false;
        for (const QStringList &h : honorifics()) {
            qsizetype s = 0;
            if (tailIs(tokens, h, &s)) {
                start = s;
                extended = true;
                break;
            }
        }
        if (!extended)
            break;
    }
    return start;
}

int OfficialsMatcher::cueCandidate(const QString &text, qsizetype start, const QList<int> &candidates) const
{
    if (m_cues.isEmpty() || start == 0)
        return -1;
    std::uint64_t h = 0;
    if (!precedingWordHash(text, start, &h) || !m_cueLastWords.contains(h))
        return -1;
    const QList<TextFolder::Token> tokens = tokensBefore(text, start);
    int found = -1;
    for (int c : candidates) {
        const auto it = m_cues.constFind(c);
        if (it == m_cues.cend())
            continue;
        for (const QStringList &cue : it.value()) {
            qsizetype s = 0;
            if (tailIs(tokens, cue, &s)) {
                if (found >= 0 && found != c)
                    return -2; // the title fits more than one
                found = c;
                break;
            }
        }
    }
    return found;
}

bool OfficialsMatcher::heldOfficeDuring(int official, QDate first, QDate last) const
{
    if (official < 0 || official >= m_offices.size())
        return false;
    const QList<Office> &offices = m_offices.at(official);
    return std::any_of(offices.cbegin(), offices.cend(), [&](const Office &o) { return o.heldDuring(first, last); });
}

QString OfficialsMatcher::officeReason(int official, const EdtfDate &published, const QString &) const
{
    if (!published.isValid() || official < 0 || official >= m_offices.size())
        return QString();
    for (const Office &o : m_offices.at(official)) {
        if (o.heldDuring(published.earliest(), published.latest()))
            return tr("%1 on %2").arg(o.displayTitle(), published.toString());
    }
    return QString();
}

qsizetype OfficialsMatcher::ownGivenNameBefore(const QString &text, qsizetype start, int official) const
{
    const auto it = m_givenSkeletons.constFind(official);
    if (it == m_givenSkeletons.cend())
        return -1;
    const QList<TextFolder::Token> tokens = tokensBefore(text, start);
    if (tokens.isEmpty())
        return -1;
    const QString sk = skeleton(tokens.last().folded);
    return !sk.isEmpty() && it.value().contains(sk) ? tokens.last().start : -1;
}

bool OfficialsMatcher::strongTitleOrNameBefore(const QString &text, qsizetype start) const
{
    // True when a capitalised Latin word that is neither a title, an honorific nor a function
    // word stands right before @p start: "Mohammed Kazemi" names someone else.
    const QList<TextFolder::Token> tokens = tokensBefore(text, start);
    if (tokens.isEmpty())
        return false;
    const TextFolder::Token &t = tokens.last();
    const char16_t c = text.at(t.start).unicode();
    if (c < u'A' || c > u'Z')
        return false;
    const std::uint64_t h = TextFolder::hashWord(t.folded);
    if (notGivenNames().contains(t.folded) || m_cueLastWords.contains(h) || honorificLastWords().contains(h))
        return false;
    return true;
}

bool OfficialsMatcher::uniqueSurnameAllowed(const Pattern &p) const
{
    QString key = p.key;
    if (key.startsWith(QStringLiteral("al ")) || key.startsWith(QStringLiteral("el ")))
        key = key.mid(3);
    else if (key.size() > 3 && key.startsWith(arabicArticle))
        key = key.mid(2);
    return !commonNameWords().contains(key);
}

struct OfficialsMatcher::Found
{
    qsizetype start = 0; // UTF-16, honorifics included
    qsizetype end = 0;
    qsizetype nameStart = 0; // UTF-16, where the name itself starts (cues are looked for before it)
    int pattern = -1;
    QString clitic;
    bool fuzzy = false;
    int fuzzyWord = -1;
    int fullOfficial = -1; // the one person whose full name this is, else -1
};

QList<Mention> OfficialsMatcher::find(const QString &text, const EdtfDate &published) const
{
    std::vector<Candidate> candidates;
    bool astral = false;
    scan(text, &candidates, &astral);
    if (candidates.empty())
        return {};
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.tokenStart != b.tokenStart ? a.tokenStart < b.tokenStart : a.end > b.end;
    });

    OffsetMap map;
    if (astral)
        map = OffsetMap(text);
    auto cp = [&](qsizetype utf16) { return astral ? map.toCodePoint(utf16) : utf16; };

    // 1. The longest-match contest; names of non-officials win and vanish.
    std::vector<Found> found;
    qsizetype lastEnd = 0;
    for (const Candidate &c : candidates) {
        if (c.tokenStart < lastEnd)
            continue;
        const Pattern &p = m_patterns.at(c.pattern);
        // The hash matched; the words must too (a word found without its clitic or by its
        // spelling was compared when it was looked up).
        if (c.clitic == 0 && !c.fuzzy && !spanMatchesKey(text, c.start, c.end, p.key))
            continue;
        lastEnd = c.end;
        const bool excluded = std::any_of(p.entries.cbegin(), p.entries.cend(),
                                          [](const Entry &e) { return e.kind == NameKind::NotOfficial; });
        if (excluded)
            continue;
        Found f;
        f.pattern = c.pattern;
        f.end = c.end;
        f.fuzzy = c.fuzzy;
        f.fuzzyWord = c.fuzzyWord;
        if (c.clitic < 0) {
            f.start = c.tokenStart; // "للكاظمي": the whole token
            f.clitic = text.sliced(c.tokenStart, std::min<qsizetype>(-c.clitic, c.end - c.tokenStart));
            f.nameStart = c.tokenStart;
        } else if (c.clitic > 0) {
            f.start = c.start;
            f.clitic = text.sliced(c.tokenStart, c.start - c.tokenStart);
            f.nameStart = c.tokenStart;
        } else {
            f.start = extendOverHonorifics(text, c.start);
            f.nameStart = f.start;
        }
        int fullCount = 0;
        for (const Entry &e : p.entries) {
            if (e.kind == NameKind::Full && e.official != f.fullOfficial) {
                ++fullCount;
                f.fullOfficial = e.official;
            }
        }
        if (fullCount != 1)
            f.fullOfficial = -1;
        found.push_back(f);
    }

    // 2. Who is named in full where (exact spellings only).
    QHash<int, QList<qsizetype>> namedInFull; // official -> indexes into found
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (found[i].fullOfficial >= 0 && !found[i].fuzzy)
            namedInFull[found[i].fullOfficial].append(qsizetype(i));
    }

    // 3. Resolve each with its evidence.
    const QString sep = QStringLiteral("; ");
    QHash<int, qsizetype> lastResolved; // official -> index of their latest resolved mention
    QList<Mention> mentions;
    mentions.reserve(qsizetype(found.size()));
    for (std::size_t i = 0; i < found.size(); ++i) {
        const Found &f = found[i];
        const Pattern &p = m_patterns.at(f.pattern);
        QList<int> all;
        for (const Entry &e : p.entries) {
            if (!all.contains(e.official))
                all.append(e.official);
        }
        int resolved = -1;
        double confidence = 0.0;
        QStringList reasons;
        qsizetype spanStart = f.start;
        if (f.fuzzy && f.fuzzyWord >= 0)
            reasons.append(tr("spelling close to %1").arg(m_wordDisplay[std::size_t(f.fuzzyWord)]));
        if (f.fullOfficial >= 0) {
            resolved = f.fullOfficial;
            confidence = 0.97;
            // A glued variant ("قاسمالاعرجي") is still a full name.
            const bool fullName = p.words > 1 || p.display.trimmed().contains(u' ') || p.display.contains(QChar(0x200C));
            reasons.append(fullName ? tr("full name") : tr("a name only this person bears"));
        } else {
            // (1) An office title right before the name.
            int cue = cueCandidate(text, f.nameStart, all);
            if (cue == -2 && published.isValid()) {
                QList<int> inOffice;
                for (int o : std::as_const(all)) {
                    if (heldOfficeDuring(o, published.earliest(), published.latest()))
                        inOffice.append(o);
                }
                cue = inOffice.size() == 1 ? cueCandidate(text, f.nameStart, inOffice) : -1;
            }
            if (cue >= 0) {
                resolved = cue;
                confidence = 0.93;
                if (officeReason(cue, published).isEmpty())
                    reasons.append(tr("office title before the name"));
            }
            // (2) Named in full elsewhere in the text: the latest before, else the nearest after.
            if (resolved < 0) {
                qsizetype before = -1;
                qsizetype after = -1;
                int beforeOfficial = -1;
                int afterOfficial = -1;
                for (int o : std::as_const(all)) {
                    for (qsizetype at : namedInFull.value(o)) {
                        if (at < qsizetype(i) && at > before) {
                            before = at;
                            beforeOfficial = o;
                        } else if (at > qsizetype(i) && (after < 0 || at < after)) {
                            after = at;
                            afterOfficial = o;
                        }
                    }
                }
                if (beforeOfficial >= 0) {
                    resolved = beforeOfficial;
                    confidence = 0.9;
                    reasons.append(tr("named in full earlier in the text"));
                } else if (afterOfficial >= 0) {
                    resolved = afterOfficial;
                    confidence = 0.85;
                    reasons.append(tr("named in full later in the text"));
                } else {
                    // The candidate resolved most recently before (by a title, say).
                    qsizetype latest = -1;
                    for (int o : std::as_const(all)) {
                        const qsizetype at = lastResolved.value(o, -1);
                        if (at > latest) {
                            latest = at;
                            resolved = o;
                        }
                    }
                    if (resolved >= 0) {
                        confidence = 0.85;
                        reasons.append(tr("named earlier in the text"));
                    }
                }
            }
            // (3) A surname no one else in the gazetteer bears, (4) the only one in office.
            qsizetype givenStart = -1;
            if (resolved < 0 && all.size() == 1)
                givenStart = ownGivenNameBefore(text, f.nameStart, all.first());
            if (givenStart >= 0) {
                // "Mohammad al-Halbousi" for "Mohammed al-Halbousi": the full name, spelled otherwise.
                resolved = all.first();
                confidence = 0.85;
                reasons.append(tr("given name and surname of this person, spelled differently"));
                spanStart = givenStart;
            }
            if (resolved < 0) {
                const bool otherName = strongTitleOrNameBefore(text, f.nameStart);
                if (!otherName && all.size() == 1 && uniqueSurnameAllowed(p)) {
                    const int o = all.first();
                    const bool derived = std::all_of(p.entries.cbegin(), p.entries.cend(), [](const Entry &e) {
                        return e.kind == NameKind::DerivedSurname;
                    });
                    bool recent = true;
                    if (published.isValid())
                        recent = heldOfficeDuring(o, published.earliest().addYears(derived ? -3 : -5), published.latest());
                    if (recent) {
                        resolved = o;
                        confidence = officeReason(o, published).isEmpty() ? 0.8 : 0.88;
                        reasons.append(tr("surname unique in the gazetteer"));
                    }
                } else if (!otherName && all.size() > 1 && published.isValid() && uniqueSurnameAllowed(p)) {
                    QList<int> inOffice;
                    for (int o : std::as_const(all)) {
                        if (heldOfficeDuring(o, published.earliest(), published.latest()))
                            inOffice.append(o);
                    }
                    if (inOffice.size() == 1) {
                        resolved = inOffice.first();
                        confidence = 0.75;
                        reasons.append(tr("the only one of %n people with this name in office then", nullptr,
                                          int(all.size())));
                    }
                }
            }
        }
        Mention m;
        m.start = cp(spanStart);
        m.end = cp(f.end);
        m.matched = text.sliced(spanStart, f.end - spanStart);
        m.clitic = f.clitic;
        m.fuzzy = f.fuzzy;
        if (resolved >= 0) {
            m.officialId = m_officialIds.at(resolved);
            m.candidates = {m.officialId};
            const QString office = officeReason(resolved, published);
            if (!office.isEmpty())
                reasons.append(office);
            m.confidence = f.fuzzy ? confidence * 0.85 : confidence;
            lastResolved.insert(resolved, mentions.size());
        } else {
            m.ambiguous = true;
            for (int o : std::as_const(all))
                m.candidates.append(m_officialIds.at(o));
            reasons.append(all.size() > 1 ? tr("name shared by %n people in the gazetteer", nullptr, int(all.size()))
                                          : tr("surname alone, without a title, a full name or other evidence"));
            m.confidence = 0.0;
        }
        m.reason = reasons.join(sep);
        mentions.append(m);
    }
    return mentions;
}

} // namespace Entente

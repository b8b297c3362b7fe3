#include "reference/officialsmatcher.h"

#include "reference/gazetteer.h"
#include "text/offsetmap.h"
#include "text/textfolder.h"

#include <QSet>

#include <algorithm>

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

std::uint64_t tableSize(std::uint64_t minimum)
{
    std::uint64_t size = 16;
    while (size < minimum * 2)
        size <<= 1;
    return size;
}

const QString arabicArticle = QStringLiteral(u"\u0627\u0644"); // ال (folded)

// Word lists for @p name: as written, with the Latin article al-/el- or the Arabic ال
// dropped where it stands before a word, and with a ZWNJ written as a space.
QList<QStringList> nameVariants(const QString &name)
{
    QList<QStringList> bases;
    bases.append(TextFolder::keyWords(name));
    if (name.contains(QChar(0x200C))) {
        QString spaced = name;
        spaced.replace(QChar(0x200C), u' ');
        bases.append(TextFolder::keyWords(spaced));
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
            else if (w.size() > 3 && w.startsWith(arabicArticle))
                options.append(w.mid(2));
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
    m_words.clear();
    m_wordMask = 0;
    m_wordCount = 0;
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
    for (const Official &o : gazetteer.officials()) {
        addName(o.name, o.id, NameKind::Full);
        for (const QStringList *list : {&o.aliases, &o.arabicNames, &o.persianNames}) {
            for (const QString &n : *list)
                addName(n, o.id, NameKind::Full);
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
    for (const PendingName &p : std::as_const(m_pending)) {
        for (const QStringList &words : nameVariants(p.name)) {
            if (words.size() > MaxPatternWords)
                continue;
            const QString key = words.join(u' ');
            auto it = patternIndex.constFind(key);
            int index;
            if (it == patternIndex.cend()) {
                index = int(m_patterns.size());
                patternIndex.insert(key, index);
                m_patterns.append({key, int(words.size()), {}});
                patternStart.push_back(std::uint32_t(hashes.size()));
                for (const QString &w : words)
                    hashes.push_back(TextFolder::hashWord(w));
            } else {
                index = it.value();
            }
            QList<Entry> &entries = m_patterns[index].entries;
            const auto same = std::find_if(entries.begin(), entries.end(),
                                           [&p](const Entry &e) { return e.official == p.official; });
            if (same == entries.end())
                entries.append({p.official, p.kind});
            else if (p.kind == NameKind::Full && same->kind == NameKind::Surname)
                same->kind = NameKind::Full; // a full name of someone beats their surname
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
    // Root transitions also live in the word table: one probe per word while at the root.
    for (WordSlot &slot : m_words) {
        if (slot.id >= 0)
            slot.rootTarget = std::max<std::int32_t>(0, edge(0, slot.id));
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

    qsizetype ring[MaxPatternWords];
    std::uint32_t tokenCount = 0;
    std::int32_t state = 0;
    bool broken = false;
    bool inToken = false;
    qsizetype tokenStart = 0;
    qsizetype tokenEnd = 0;
    std::uint64_t h = 0;

    auto endToken = [&]() {
        ring[tokenCount % MaxPatternWords] = tokenStart;
        ++tokenCount;
        if (broken) {
            state = 0;
            broken = false;
        }
        std::uint64_t i = mixWord(h) & wordMask;
        while (words[i].id >= 0 && words[i].hash != h)
            i = (i + 1) & wordMask;
        if (words[i].id < 0) {
            state = 0;
            return;
        }
        const std::int32_t w = words[i].id;
        std::int32_t next = -1;
        while (state != 0) {
            next = edge(state, w);
            if (next >= 0)
                break;
            state = m_fail[state];
        }
        state = next >= 0 ? next : words[i].rootTarget;
        for (std::int32_t s = m_pattern[state] >= 0 ? state : m_out[state]; s > 0; s = m_out[s]) {
            const qsizetype start = ring[(tokenCount - std::uint32_t(m_depth[s])) % MaxPatternWords];
            out->push_back({start, tokenEnd, m_pattern[s]});
        }
    };

    for (qsizetype i = 0; i < n; ++i) {
        const std::uint32_t e = table[u[i]];
        const CC cls = CC(e >> 16);
        if (cls == CC::Word) {
            if (!inToken) {
                inToken = true;
                tokenStart = i;
                h = TextFolder::HashBasis;
            }
            h = TextFolder::hashStep(h, char16_t(e & 0xFFFF));
            tokenEnd = i + 1;
            continue;
        }
        switch (cls) {
        case CC::Mark:
            if (inToken)
                tokenEnd = i + 1;
            break;
        case CC::Format:
        case CC::Word:
            break;
        case CC::Joiner:
            if (inToken) {
                endToken();
                inToken = false;
            }
            break;
        case CC::Astral:
            *astral = true;
            [[fallthrough]];
        case CC::Breaker:
            if (inToken) {
                endToken();
                inToken = false;
            }
            broken = true;
            break;
        }
    }
    if (inToken)
        endToken();
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
                    return -1; // the title fits more than one: no choice
                found = c;
                break;
            }
        }
    }
    return found;
}

QList<Mention> OfficialsMatcher::find(const QString &text) const
{
    std::vector<Candidate> candidates;
    bool astral = false;
    scan(text, &candidates, &astral);
    if (candidates.empty())
        return {};
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });

    OffsetMap map;
    if (astral)
        map = OffsetMap(text);
    auto cp = [&](qsizetype utf16) { return astral ? map.toCodePoint(utf16) : utf16; };

    QList<Mention> mentions;
    QHash<int, qsizetype> lastResolved; // official -> index of their latest resolved mention
    qsizetype lastEnd = 0;
    for (const Candidate &c : candidates) {
        if (c.start < lastEnd)
            continue;
        const Pattern &p = m_patterns.at(c.pattern);
        // The hash matched; the words must too.
        if (!spanMatchesKey(text, c.start, c.end, p.key))
            continue;
        lastEnd = c.end;
        const bool excluded = std::any_of(p.entries.cbegin(), p.entries.cend(),
                                          [](const Entry &e) { return e.kind == NameKind::NotOfficial; });
        if (excluded)
            continue;

        int fullCount = 0;
        int fullOfficial = -1;
        for (const Entry &e : p.entries) {
            if (e.kind == NameKind::Full && e.official != fullOfficial) {
                ++fullCount;
                fullOfficial = e.official;
            }
        }
        const qsizetype start = extendOverHonorifics(text, c.start);
        int resolved = -1;
        QList<int> all;
        if (fullCount == 1) {
            resolved = fullOfficial;
        } else {
            for (const Entry &e : p.entries)
                all.append(e.official);
            resolved = cueCandidate(text, start, all);
            // Else the candidate mentioned (resolved) most recently.
            if (resolved < 0) {
                qsizetype latest = -1;
                for (int o : std::as_const(all)) {
                    const qsizetype at = lastResolved.value(o, -1);
                    if (at > latest) {
                        latest = at;
                        resolved = o;
                    }
                }
            }
        }
        Mention m;
        m.start = cp(start);
        m.end = cp(c.end);
        m.matched = text.sliced(start, c.end - start);
        if (resolved >= 0) {
            m.officialId = m_officialIds.at(resolved);
            m.candidates = {m.officialId};
        } else {
            m.ambiguous = true;
            for (int o : std::as_const(all))
                m.candidates.append(m_officialIds.at(o));
        }
        if (resolved >= 0)
            lastResolved.insert(resolved, mentions.size());
        mentions.append(m);
    }
    return mentions;
}

} // namespace Entente

#pragma once

#include "model/edtf.h"
#include "model/official.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace Entente {

class Gazetteer;

/**
 * One mention of an official in a text. Offsets are code points, half-open [start, end).
 * The span covers the name and any honorifics right before it ("Ayatollah Seyed Ali
 * Khamenei", "General Soleimani", "Hujjat al-Islam wal-muslimin Raisi"), but neither office
 * titles ("President", "Mr") nor a possessive ending ("Soleimani’s" -> "Soleimani").
 *
 * Arabic-script proclitics (و ف ب ل ك and their pairs, "و" + "ب" ...) glued to a name are
 * left out of the span and reported in @c clitic ("بظريف" -> span "ظريف", clitic "ب"). The one
 * exception is "لل" before a name with the article ال ("للكاظمي" = ل + الكاظمي with the
 * article's alef dropped): the name is not a substring there, so the span is the whole token
 * and @c clitic is "لل".
 *
 * Every mention says why it was resolved (or not): @c reason is a short translated sentence
 * ("surname unique in the gazetteer", "spelling close to Kadhimi", "President of Iran on
 * 2022-06-26", several joined by "; ") and @c confidence a number in [0, 1] (0 when ambiguous).
 */
struct Mention
{
    QString officialId;     ///< empty when ambiguous
    qsizetype start = 0;
    qsizetype end = 0;
    QString matched;        ///< the original text of the span
    bool ambiguous = false;
    QStringList candidates; ///< the officials the name may refer to (one when resolved)
    QString reason;         ///< the evidence, for people (tooltips, exports)
    double confidence = 0.0;
    QString clitic;         ///< an Arabic-script proclitic glued before the span, as written
    bool fuzzy = false;     ///< found by the spelling-variant layer, not by exact folding

    friend bool operator==(const Mention &a, const Mention &b)
    {
        return a.officialId == b.officialId && a.start == b.start && a.end == b.end
            && a.matched == b.matched && a.ambiguous == b.ambiguous && a.candidates == b.candidates
            && a.reason == b.reason && a.confidence == b.confidence && a.clitic == b.clitic
            && a.fuzzy == b.fuzzy;
    }
};

/**
 * Finds every mention of the gazetteer's officials in a text, whatever the spelling.
 *
 * Names are folded (see TextFolder) and split into words; the matcher is an Aho–Corasick
 * automaton over words (each word is a 64-bit hash of its folded form), so matches are whole
 * words by construction, the scan is one pass over the text whatever the number of names,
 * and a name's words may be separated by any run of spaces, dashes or apostrophes but never
 * by punctuation. Of overlapping matches the leftmost-longest wins; a match is then checked
 * against the name's folded words (no hash collision can produce a wrong mention).
 *
 * Variants are generated when building: the Latin article "al-"/"el-" before a word may be
 * missing ("Mustafa Kadhimi" for "Mustafa al-Kadhimi") and so may the Arabic article ال;
 * a ZWNJ in a Persian name may also be written as a space.
 *
 * Arabic and Persian morphology: a word the automaton does not know that starts with a
 * proclitic (و ف ب ل ك, a pair such as "وب" "ول" "فل", or "لل"/"ولل" before a name with ال) is
 * looked up again without it (only as a name's first word). Names written with two of their
 * words glued ("محمدشياع", "عبداللطيف", "قاسمالاعرجي") or with a lost or extra ZWNJ
 * ("خامنه ای", "خامنهای") are variants generated when building; the last word of every
 * Arabic- or Persian-script name of two words or more is also a surname form of that person.
 *
 * Spelling variants (the fuzzy layer, on by default): a capitalised Latin word of six letters
 * or more that is no known word is compared, by a consonant skeleton (vowels dropped; kh gh dh
 * th sh ph folded to one letter; z = d, q = c = k; doubled letters once), with the gazetteer's
 * words of six letters or more; with the same skeleton and an edit distance of at most 1
 * (2 from eight letters), the word counts as that word ("Abdullahian" for "Abdollahian",
 * "Shamkani" for "Shamkhani", "Mustapha" for "Mustafa"). Such mentions carry @c fuzzy, a lower
 * confidence and the reason "spelling close to ...".
 *
 * Resolving, after all candidates of the text are known: a full name (alias) of one person
 * resolves. A surname-only form or a name shared by several people resolves, in this order,
 * (1) to the candidate whose office title stands right before it ("Defense Minister Hatami";
 * when the title fits several, to the one holding that office on the article's date), (2) to
 * the candidate named in full elsewhere in the text (the most recent before it, else the
 * nearest after it), (3) to the only person in the gazetteer with that surname, unless the
 * surname is also a common given name or word (Hussein, Rashid, صالح, الحكيم ...), a capitalised
 * word that is not a title stands right before it ("Mohammed Kazemi" is someone else; but the
 * person's own given name in another spelling, "Mohammad al-Halbousi", joins the span), or, for
 * a surname derived from an Arabic-script name, the person held no office in the three years up
 * to the article's date, (4) to the only candidate in office on the article's date. Otherwise
 * the mention is ambiguous and lists its candidates. Gazetteer::notOfficials() ("Saddam
 * Hussein", "Imam Hussein") take part in the longest-match contest but are never reported, so
 * "Hussein" inside "Saddam Hussein" is no mention.
 */
class OfficialsMatcher
{
    Q_DECLARE_TR_FUNCTIONS(Entente::OfficialsMatcher)
public:
    enum class NameKind : std::uint8_t { Full, Surname, NotOfficial, DerivedSurname };

    OfficialsMatcher() = default;
    explicit OfficialsMatcher(const Gazetteer &gazetteer) { setGazetteer(gazetteer); }

    /// Replaces everything with the names, surnames, title cues and non-officials of
    /// @p gazetteer and builds the automaton.
    void setGazetteer(const Gazetteer &gazetteer);

    /// Lower level: collect names, then build(). @p officialId is ignored for NotOfficial.
    void clear();
    void addName(const QString &name, const QString &officialId, NameKind kind);
    /// A title that, right before a surname, picks this official ("prime minister").
    void addTitleCue(const QString &officialId, const QString &cue);
    void build();

    /// Distinct folded word sequences in the automaton (variants included).
    qsizetype patternCount() const { return qsizetype(m_patterns.size()); }
    qsizetype stateCount() const { return qsizetype(m_fail.size()); }

    /// Every mention in @p text, in text order, non-overlapping. @p published (the article's
    /// date, any EDTF precision) lets offices held then count as evidence.
    QList<Mention> find(const QString &text, const EdtfDate &published = EdtfDate()) const;

    /// The spelling-variant layer (see the class comment); on by default.
    void setFuzzyEnabled(bool enabled) { m_fuzzyEnabled = enabled; }
    bool fuzzyEnabled() const { return m_fuzzyEnabled; }

    /// The consonant skeleton of a folded Latin word (see the class comment), e.g.
    /// "kadhimi" -> "kdm"; empty when the word is not all ASCII letters.
    static QString skeleton(QStringView folded);

    /// The honorifics a span may start with (folded words), longest first.
    static const QList<QStringList> &honorifics();

private:
    struct Entry
    {
        int official = -1; // index into m_officialIds, -1 for NotOfficial
        NameKind kind = NameKind::Full;
    };
    struct Found; // a candidate span after the longest-match contest (officialsmatcher.cpp)
    struct Pattern
    {
        QString key;          // folded words joined by ' '
        int words = 0;
        QList<Entry> entries; // who bears this name
        QString display;      // the name as first written
    };
    struct Candidate
    {
        qsizetype start; // UTF-16, after any proclitic
        qsizetype end;
        int pattern;
        qsizetype tokenStart; // UTF-16 start of the first token (clitic included)
        std::int16_t clitic;  // folded units of proclitic stripped from the first token
        bool fuzzy;           // some word was taken by the spelling-variant layer
        std::int32_t fuzzyWord; // word id of the (first) fuzzy word, else -1
    };
    struct FuzzySlot
    {
        std::uint64_t skeleton = 0;
        std::int32_t word = -1; // first word id with this skeleton (m_fuzzyNext chains the rest)
    };
    struct WordSlot
    {
        std::uint64_t hash = 0;
        std::int32_t id = -1;
        std::int32_t rootTarget = 0; // state after this word from the root
    };
    struct EdgeSlot
    {
        std::uint64_t key = 0; // (state << 32) | word
        std::int32_t target = -1;
    };
    struct ScanSlot // per word of the scan's last MaxPatternWords words
    {
        qsizetype start;
        std::int32_t fuzzyWord;
        std::int16_t clitic;
    };
    struct PendingName
    {
        QString name;
        int official;
        NameKind kind;
    };

    int officialIndex(const QString &id);
    int wordId(std::uint64_t hash, bool insert);
    std::int32_t edge(std::int32_t state, std::int32_t word) const;
    void setEdge(std::int32_t state, std::int32_t word, std::int32_t target);
    void scan(const QString &text, std::vector<Candidate> *out, bool *astral) const;
#if defined(__GNUC__)
    __attribute__((noinline))
#endif
    std::int32_t advance(std::int32_t state, std::int32_t w, std::int32_t rootTarget, const ScanSlot *ring,
                         std::uint32_t tokenCount, qsizetype tokenEnd, const char16_t *u,
                         std::vector<Candidate> *out) const;
    std::int32_t cliticWord(const char16_t *u, qsizetype start, qsizetype end, std::int16_t *clitic) const;
    std::int32_t fuzzyWord(const char16_t *u, qsizetype start, qsizetype end) const;
    std::int32_t lookupWord(std::uint64_t hash) const;
    std::uint64_t filterBit(std::uint64_t hash) const { return (hash * 0x9E3779B97F4A7C15ull) >> m_filterShift; }
#if defined(__GNUC__)
    __attribute__((noinline))
#endif
    std::int32_t missWord(const char16_t *u, qsizetype start, qsizetype end, bool fuzzy, std::int16_t *clitic,
                          std::int32_t *fuzzyWordId) const;
    bool strongTitleOrNameBefore(const QString &text, qsizetype start) const;
    qsizetype ownGivenNameBefore(const QString &text, qsizetype start, int official) const;
    QString officeReason(int official, const EdtfDate &published, const QString &cueTitle = QString()) const;
    bool heldOfficeDuring(int official, QDate first, QDate last) const;
    bool uniqueSurnameAllowed(const Pattern &p) const;
    qsizetype extendOverHonorifics(const QString &text, qsizetype start) const;
    int cueCandidate(const QString &text, qsizetype start, const QList<int> &candidates) const;

    QStringList m_officialIds;
    QList<QList<Office>> m_offices; // per official index (setGazetteer only)
    QHash<int, QSet<QString>> m_givenSkeletons; // official -> skeletons of their Latin given names
    bool m_fuzzyEnabled = true;
    std::vector<QString> m_wordText;      // folded word per word id
    std::vector<QString> m_wordDisplay;   // the word as first written in a name
    std::vector<FuzzySlot> m_fuzzy;       // open addressing by skeleton hash
    std::uint64_t m_fuzzyMask = 0;
    std::vector<std::int32_t> m_fuzzyNext; // per word id: next word with the same skeleton
    QHash<QString, int> m_officialIndex;
    QList<PendingName> m_pending;
    QHash<int, QList<QStringList>> m_cues; // official -> cue word lists
    int m_maxCueWords = 0;
    QSet<std::uint64_t> m_cueLastWords; // quick test before looking for a title

    QList<Pattern> m_patterns;
    std::vector<WordSlot> m_words;  // open addressing, size power of two
    std::uint64_t m_wordMask = 0;
    int m_wordCount = 0;
    std::vector<std::uint64_t> m_filter; // bitmap over filterBit() of every known word
    int m_filterShift = 63;
    std::vector<std::uint64_t> m_asciiKeys; // bitmap over asciiKey() of every known all-ASCII word
    int m_asciiKeyShift = 63;
    std::vector<EdgeSlot> m_edges;  // open addressing, size power of two
    std::uint64_t m_edgeMask = 0;
    std::vector<std::int32_t> m_fail;
    std::vector<std::int32_t> m_out;     // next state down the fail chain that ends a pattern
    std::vector<std::int32_t> m_pattern; // pattern ending at a state, or -1
    std::vector<std::int32_t> m_depth;   // words from the root
};

} // namespace Entente

Q_DECLARE_METATYPE(Entente::Mention)

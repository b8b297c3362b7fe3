#pragma once

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
 */
struct Mention
{
    QString officialId;     ///< empty when ambiguous
    qsizetype start = 0;
    qsizetype end = 0;
    QString matched;        ///< the original text of the span
    bool ambiguous = false;
    QStringList candidates; ///< the officials the name may refer to (one when resolved)

    friend bool operator==(const Mention &a, const Mention &b)
    {
        return a.officialId == b.officialId && a.start == b.start && a.end == b.end
            && a.matched == b.matched && a.ambiguous == b.ambiguous && a.candidates == b.candidates;
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
 * Resolving: a full name (alias) of one person gives a resolved mention. A surname-only form
 * (Official::surnames) or a name shared by several people resolves, in this order, (1) to the
 * candidate whose office title stands right before it ("Defense Minister Hatami", "Prime
 * Minister Kazimi"), (2) to the candidate mentioned most recently earlier in the same text;
 * otherwise the mention is ambiguous and lists its candidates. Gazetteer::notOfficials()
 * ("Saddam Hussein", "Imam Hussein") take part in the longest-match contest but are never
 * reported, so "Hussein" inside "Saddam Hussein" is no mention.
 */
class OfficialsMatcher
{
    Q_DECLARE_TR_FUNCTIONS(Entente::OfficialsMatcher)
public:
    enum class NameKind : std::uint8_t { Full, Surname, NotOfficial };

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

    /// Every mention in @p text, in text order, non-overlapping.
    QList<Mention> find(const QString &text) const;

    /// The honorifics a span may start with (folded words), longest first.
    static const QList<QStringList> &honorifics();

private:
    struct Entry
    {
        int official = -1; // index into m_officialIds, -1 for NotOfficial
        NameKind kind = NameKind::Full;
    };
    struct Pattern
    {
        QString key;          // folded words joined by ' '
        int words = 0;
        QList<Entry> entries; // who bears this name
    };
    struct Candidate
    {
        qsizetype start; // UTF-16
        qsizetype end;
        int pattern;
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
    qsizetype extendOverHonorifics(const QString &text, qsizetype start) const;
    int cueCandidate(const QString &text, qsizetype start, const QList<int> &candidates) const;

    QStringList m_officialIds;
    QHash<QString, int> m_officialIndex;
    QList<PendingName> m_pending;
    QHash<int, QList<QStringList>> m_cues; // official -> cue word lists
    int m_maxCueWords = 0;
    QSet<std::uint64_t> m_cueLastWords; // quick test before looking for a title

    QList<Pattern> m_patterns;
    std::vector<WordSlot> m_words;  // open addressing, size power of two
    std::uint64_t m_wordMask = 0;
    int m_wordCount = 0;
    std::vector<EdgeSlot> m_edges;  // open addressing, size power of two
    std::uint64_t m_edgeMask = 0;
    std::vector<std::int32_t> m_fail;
    std::vector<std::int32_t> m_out;     // next state down the fail chain that ends a pattern
    std::vector<std::int32_t> m_pattern; // pattern ending at a state, or -1
    std::vector<std::int32_t> m_depth;   // words from the root
};

} // namespace Entente

Q_DECLARE_METATYPE(Entente::Mention)

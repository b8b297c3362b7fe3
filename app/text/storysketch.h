#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>

namespace Entente {

/**
 * What two copies of one story share: the same words in the same order, give or take an
 * outlet's chrome and small edits. A StorySketch holds
 *
 * - an exact key: SHA-256 of the text's folded words (TextFolder: case, diacritics, Arabic
 *   letter forms, punctuation and spacing do not count), so two texts that differ only in
 *   those have the same key;
 * - a MinHash signature over word 5-gram shingles: the fraction of equal slots between two
 *   signatures estimates the Jaccard similarity of their shingle sets (±0.05 at 128 slots).
 *
 * Near-duplicates are found through NearDuplicateIndex with locality-sensitive hashing over
 * bands of the signature, so a lookup touches only likely candidates, not every article.
 */
struct StorySketch
{
    static constexpr int Slots = 128;
    static constexpr int ShingleWords = 5;

    QByteArray exactKey;                   ///< empty for a text without words
    std::array<std::uint32_t, Slots> minHash{}; ///< all 0xFFFFFFFF for a text without words
    int words = 0;

    static StorySketch of(QStringView text);
    /// Estimated Jaccard similarity of the two texts' shingle sets, 0..1.
    static double similarity(const StorySketch &a, const StorySketch &b);

    /// The signature as stored: Slots little-endian 32-bit values.
    QByteArray minHashBytes() const;
    /// A sketch read back from storage; false (and @p sketch untouched) when @p minHash is not
    /// Slots * 4 bytes long.
    static bool fromStored(const QByteArray &exactKey, const QByteArray &minHash, int words,
                           StorySketch *sketch);
};

/**
 * An index of sketches by id: exact duplicates by key, near-duplicates by LSH (32 bands of 4
 * slots: a pair with similarity s becomes a candidate with probability 1-(1-s^4)^32, 0.87 at
 * s = 0.5 and above 0.999 from s = 0.7), each candidate then checked on the whole signature.
 */
class NearDuplicateIndex
{
public:
    static constexpr int Bands = 32;
    static constexpr int RowsPerBand = StorySketch::Slots / Bands;

    struct Match
    {
        QString id;
        double similarity = 0;
    };

    void add(const QString &id, const StorySketch &sketch);
    void clear();
    qsizetype size() const { return m_ids.size(); }

    /// The id of a text with the same exact key, or empty.
    QString exactDuplicate(const StorySketch &sketch) const;
    /// Ids whose similarity is at least @p threshold, most similar first (exact ones included).
    QList<Match> nearDuplicates(const StorySketch &sketch, double threshold = 0.5) const;

private:
    static std::uint64_t bandKey(const StorySketch &sketch, int band);

    QList<QString> m_ids;
    QList<StorySketch> m_sketches;
    QHash<QByteArray, qsizetype> m_exact;
    std::array<QMultiHash<std::uint64_t, qsizetype>, Bands> m_bands;
};

} // namespace Entente

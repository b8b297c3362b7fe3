#include "text/storysketch.h"

#include "text/textfolder.h"

#include <QCryptographicHash>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace Entente {

namespace {

// SplitMix64's finaliser: a cheap, well-mixed 64-bit permutation.
constexpr std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

// One seed per slot, fixed so that sketches stored in a project stay comparable.
const std::array<std::uint64_t, StorySketch::Slots> &seeds()
{
    static const auto table = [] {
        std::array<std::uint64_t, StorySketch::Slots> s{};
        std::uint64_t x = 0x2545F4914F6CDD1Dull;
        for (auto &seed : s) {
            x += 0x9e3779b97f4a7c15ull;
            seed = mix(x);
        }
        return s;
    }();
    return table;
}

} // namespace

StorySketch StorySketch::of(QStringView text)
{
    StorySketch sketch;
    sketch.minHash.fill(0xFFFFFFFFu);
    const QList<TextFolder::Token> tokens = TextFolder::tokenize(text);
    QList<std::uint64_t> wordHashes;
    wordHashes.reserve(tokens.size());
    QCryptographicHash exact(QCryptographicHash::Sha256);
    for (const TextFolder::Token &t : tokens) {
        wordHashes.append(mix(TextFolder::hashWord(t.folded)));
        exact.addData(t.folded.toUtf8());
        exact.addData(QByteArrayView(" ", 1));
    }
    sketch.words = int(std::min<qsizetype>(wordHashes.size(), std::numeric_limits<int>::max()));
    if (wordHashes.isEmpty())
        return sketch;
    sketch.exactKey = exact.result();

    // Distinct shingles only: a repeated boilerplate line counts once, as in a set.
    const qsizetype n = std::max<qsizetype>(1, wordHashes.size() - ShingleWords + 1);
    QSet<std::uint64_t> shingles;
    shingles.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        std::uint64_t h = 0x84222325cbf29ce4ull;
        for (qsizetype j = i; j < std::min(i + ShingleWords, wordHashes.size()); ++j)
            h = mix(h ^ wordHashes.at(j)) + std::uint64_t(j - i);
        shingles.insert(h);
    }
    const auto &s = seeds();
    for (const std::uint64_t h : std::as_const(shingles)) {
        for (int k = 0; k < Slots; ++k) {
            const auto v = std::uint32_t(mix(h ^ s[std::size_t(k)]) >> 32);
            if (v < sketch.minHash[std::size_t(k)])
                sketch.minHash[std::size_t(k)] = v;
        }
    }
    return sketch;
}

QByteArray StorySketch::minHashBytes() const
{
    QByteArray bytes(Slots * 4, Qt::Uninitialized);
    for (int i = 0; i < Slots; ++i)
        qToLittleEndian(minHash[std::size_t(i)], bytes.data() + 4 * i);
    return bytes;
}

bool StorySketch::fromStored(const QByteArray &exactKey, const QByteArray &minHash, int words,
                             StorySketch *sketch)
{
    if (minHash.size() != Slots * 4)
        return false;
    sketch->exactKey = exactKey;
    sketch->words = words;
    for (int i = 0; i < Slots; ++i)
        sketch->minHash[std::size_t(i)] = qFromLittleEndian<std::uint32_t>(minHash.constData() + 4 * i);
    return true;
}

double StorySketch::similarity(const StorySketch &a, const StorySketch &b)
{
    if (a.words == 0 || b.words == 0)
        return 0.0;
    int equal = 0;
    for (int k = 0; k < Slots; ++k)
        equal += a.minHash[std::size_t(k)] == b.minHash[std::size_t(k)] ? 1 : 0;
    return double(equal) / Slots;
}

std::uint64_t NearDuplicateIndex::bandKey(const StorySketch &sketch, int band)
{
    std::uint64_t h = std::uint64_t(band) * 0x9e3779b97f4a7c15ull;
    for (int r = 0; r < RowsPerBand; ++r)
        h = mix(h ^ sketch.minHash[std::size_t(band * RowsPerBand + r)]);
    return h;
}

void NearDuplicateIndex::add(const QString &id, const StorySketch &sketch)
{
    const qsizetype at = m_ids.size();
    m_ids.append(id);
    m_sketches.append(sketch);
    if (sketch.words == 0)
        return;
    m_exact.insert(sketch.exactKey, at);
    for (int b = 0; b < Bands; ++b)
        m_bands[std::size_t(b)].insert(bandKey(sketch, b), at);
}

void NearDuplicateIndex::clear()
{
    m_ids.clear();
    m_sketches.clear();
    m_exact.clear();
    for (auto &band : m_bands)
        band.clear();
}

QString NearDuplicateIndex::exactDuplicate(const StorySketch &sketch) const
{
    if (sketch.words == 0)
        return QString();
    const auto it = m_exact.constFind(sketch.exactKey);
    return it == m_exact.cend() ? QString() : m_ids.at(it.value());
}

QList<NearDuplicateIndex::Match> NearDuplicateIndex::nearDuplicates(const StorySketch &sketch, double threshold) const
{
    QList<Match> matches;
    if (sketch.words == 0)
        return matches;
    QSet<qsizetype> seen;
    for (int b = 0; b < Bands; ++b) {
        const auto &band = m_bands[std::size_t(b)];
        const std::uint64_t key = bandKey(sketch, b);
        for (auto it = band.constFind(key); it != band.cend() && it.key() == key; ++it) {
            if (seen.contains(it.value()))
                continue;
            seen.insert(it.value());
            const double s = StorySketch::similarity(sketch, m_sketches.at(it.value()));
            if (s >= threshold)
                matches.append({m_ids.at(it.value()), s});
        }
    }
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.id < b.id;
    });
    return matches;
}

} // namespace Entente

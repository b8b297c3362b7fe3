#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QModelIndex>
#include <QSet>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace Entente {

/// One meeting as the timeline needs it, taken once from the model.
struct TimelineEntry
{
    int row = -1;          ///< model row
    QString id;
    double startDay = 0;   ///< Julian day of the first day covered
    double endDay = 0;     ///< Julian day after the last day covered (half-open)
    bool point = true;     ///< a single day: drawn as a point, otherwise as a span
    bool uncertain = false;
    bool approximate = false;
    bool highlighted = false; ///< reported in one of the highlighted articles
    QStringList lanes;     ///< keys of the lanes it appears in
    QStringList articles;  ///< ids of the articles that report it
    QString label;         ///< full label with "~" / "?" marks
    QString elided;        ///< label elided to the maximum label width
    double labelWidth = 0; ///< width of elided
};

/// One lane of the timeline: a host country or an official.
struct TimelineLane
{
    QString key;
    QString title;
    int rows = 1;        ///< sub-rows used
    bool overflow = false;
    double top = 0;      ///< relative to the top of the first lane
    double height = 0;
};

/**
 * The rows of a meetings model (a MeetingsModel or a proxy of one) turned into timeline
 * entries and lanes. Needs QtGui only (a font to measure labels), no widgets.
 *
 * An entry covers its EDTF date's days, half-open: a day date is a point, a month, season or
 * year a span over its range; uncertain ("?") and approximate ("~") dates are flagged and
 * marked in the label. Entries are sorted by start, then end, then id.
 *
 * Lanes come from the data: by host country, every host country of the meetings (those of
 * the unfiltered model under any proxies too, so a filter never drops or moves a country
 * lane); by official, every official taking part in a meeting shown. In both modes the lanes
 * are in the locale's alphabetical order of their titles ("Iran", "Iraq", …; official names),
 * and the lane of meetings without a host or a known participant ("Place not stated",
 * "Others") comes last. No country is named in code.
 */
class TimelineEntries
{
    Q_DECLARE_TR_FUNCTIONS(Entente::TimelineEntries)
public:
    enum class LaneMode { HostCountry, Official };

    /// Labels longer than this many average characters are elided.
    static constexpr int MaxLabelChars = 30;

    /// Reads every row of @p model under @p root; labels are measured with @p font.
    void build(const QAbstractItemModel *model, const QModelIndex &root, LaneMode mode, const QFont &font);
    /// Flags the entries reported by any of @p articleIds.
    void setHighlightedArticles(const QStringList &articleIds);

    const QList<TimelineEntry> &entries() const { return m_entries; }
    const QList<TimelineLane> &lanes() const { return m_lanes; }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const TimelineEntry &at(qsizetype i) const { return m_entries.at(i); }
    /// The entry of model row @p row, or -1 when the row has no valid date.
    int entryOfRow(int row) const { return m_entryOfRow.value(row, -1); }
    /// The entry of meeting @p id, or -1.
    int entryOf(const QString &id) const;
    /// The entries of the model rows of @p indexes (those with one).
    QSet<int> entriesOfRows(const QModelIndexList &indexes) const;
    /// Ids of the entries flagged by setHighlightedArticles(), in date order.
    QStringList highlightedIds() const;

    /// The entry of one model row, without elision (label == elided, labelWidth 0), or an
    /// entry with row -1 when the row has no valid date.
    static TimelineEntry entryFromIndex(const QModelIndex &index, LaneMode mode);
    /// The display name of an official, from the MeetingsModel under any proxies.
    static QString officialName(const QAbstractItemModel *model, const QString &id);
    static QString laneTitle(const QAbstractItemModel *model, LaneMode mode, const QString &key);

private:
    QList<TimelineEntry> m_entries;
    QList<TimelineLane> m_lanes;
    QHash<int, int> m_entryOfRow;
};

} // namespace Entente

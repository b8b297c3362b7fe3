#include "timeline/timelineentries.h"

#include "model/meeting.h"
#include "models/meetingsmodel.h"

#include <QAbstractProxyModel>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace Entente {

namespace {

const QAbstractItemModel *innermost(const QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return model;
}

} // namespace

QString TimelineEntries::officialName(const QAbstractItemModel *model, const QString &id)
{
    if (const auto *meetings = qobject_cast<const MeetingsModel *>(innermost(model)))
        return meetings->officialName(id);
    return Meeting::nameFromOfficialId(id);
}

QString TimelineEntries::laneTitle(const QAbstractItemModel *model, LaneMode mode, const QString &key)
{
    if (mode == LaneMode::HostCountry)
        return key.isEmpty() ? tr("Place not stated") : Meeting::countryDisplayName(key);
    return key.isEmpty() ? tr("Others") : officialName(model, key);
}

TimelineEntry TimelineEntries::entryFromIndex(const QModelIndex &idx, LaneMode mode)
{
    TimelineEntry e;
    const QDate first = idx.data(MeetingsModel::EarliestRole).toDate();
    const QDate last = idx.data(MeetingsModel::LatestRole).toDate();
    if (!first.isValid() || !last.isValid())
        return e;
    e.row = idx.row();
    e.id = idx.data(MeetingsModel::IdRole).toString();
    e.startDay = double(first.toJulianDay());
    e.endDay = double(last.toJulianDay() + 1);
    e.point = idx.data(MeetingsModel::PrecisionRole).toInt() == int(EdtfDate::Precision::Day);
    e.uncertain = idx.data(MeetingsModel::UncertainRole).toBool();
    e.approximate = idx.data(MeetingsModel::ApproximateRole).toBool();
    e.label = idx.data(MeetingsModel::LabelRole).toString();
    if (e.label.isEmpty())
        e.label = idx.data(Qt::DisplayRole).toString();
    // The marks survive elision: "~" before, "?" after the (possibly shortened) label.
    if (e.approximate)
        e.label.prepend(u'~');
    if (e.uncertain)
        e.label.append(QStringLiteral(" ?"));
    e.elided = e.label;
    e.articles = idx.data(MeetingsModel::ArticleIdsRole).toStringList();
    if (mode == LaneMode::HostCountry) {
        e.lanes = {idx.data(MeetingsModel::HostCountryRole).toString()};
    } else {
        e.lanes = idx.data(MeetingsModel::ParticipantIdsRole).toStringList();
        if (e.lanes.isEmpty())
            e.lanes = {QString()};
    }
    return e;
}

void TimelineEntries::build(const QAbstractItemModel *model, const QModelIndex &root, LaneMode mode, const QFont &font)
{
    m_entries.clear();
    m_lanes.clear();
    m_entryOfRow.clear();
    if (!model)
        return;
    const QFontMetricsF fm(font);
    const double maxLabel = fm.averageCharWidth() * MaxLabelChars;
    QSet<QString> laneKeys;
    const int rows = model->rowCount(root);
    m_entries.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        TimelineEntry e = entryFromIndex(model->index(r, 0, root), mode);
        if (e.row < 0)
            continue;
        const qsizetype before = e.approximate ? 1 : 0;
        const qsizetype after = e.uncertain ? 2 : 0;
        const QString marksBefore = e.label.first(before);
        const QString marksAfter = e.label.last(after);
        const QString bare = e.label.sliced(before, e.label.size() - before - after);
        e.elided = marksBefore + fm.elidedText(bare, Qt::ElideRight, maxLabel - fm.horizontalAdvance(marksBefore + marksAfter))
            + marksAfter;
        e.labelWidth = std::ceil(fm.horizontalAdvance(e.elided));
        for (const QString &k : std::as_const(e.lanes))
            laneKeys.insert(k);
        m_entries.append(e);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.startDay != b.startDay)
            return a.startDay < b.startDay;
        if (a.endDay != b.endDay)
            return a.endDay < b.endDay;
        return a.id < b.id;
    });
    for (int i = 0; i < m_entries.size(); ++i)
        m_entryOfRow.insert(m_entries.at(i).row, i);

    // A country lane stays while a filter hides its meetings: take the unfiltered model's too.
    const QAbstractItemModel *all = innermost(model);
    if (mode == LaneMode::HostCountry && all != model) {
        for (int r = 0, n = all->rowCount(); r < n; ++r)
            laneKeys.insert(all->index(r, 0).data(MeetingsModel::HostCountryRole).toString());
    }
    for (const QString &key : std::as_const(laneKeys)) {
        TimelineLane lane;
        lane.key = key;
        lane.title = laneTitle(model, mode, key);
        m_lanes.append(lane);
    }
    std::sort(m_lanes.begin(), m_lanes.end(), [](const TimelineLane &a, const TimelineLane &b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        const int byTitle = a.title.localeAwareCompare(b.title);
        return byTitle != 0 ? byTitle < 0 : a.key < b.key;
    });
}

void TimelineEntries::setHighlightedArticles(const QStringList &articleIds)
{
    for (TimelineEntry &e : m_entries)
        e.highlighted = std::any_of(e.articles.cbegin(), e.articles.cend(),
                                    [&](const QString &id) { return articleIds.contains(id); });
}

int TimelineEntries::entryOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

QSet<int> TimelineEntries::entriesOfRows(const QModelIndexList &indexes) const
{
    QSet<int> found;
    for (const QModelIndex &idx : indexes) {
        if (const int entry = entryOfRow(idx.row()); entry >= 0)
            found.insert(entry);
    }
    return found;
}

QStringList TimelineEntries::highlightedIds() const
{
    QStringList ids;
    for (const TimelineEntry &e : m_entries) {
        if (e.highlighted)
            ids.append(e.id);
    }
    return ids;
}

} // namespace Entente

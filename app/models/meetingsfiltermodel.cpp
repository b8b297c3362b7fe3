#include "models/meetingsfiltermodel.h"

#include "models/meetingsmodel.h"

#include <QDate>

namespace Entente {

MeetingsFilterModel::MeetingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void MeetingsFilterModel::setOfficialFilter(const QString &officialId)
{
    if (officialId == m_official)
        return;
    m_official = officialId;
    invalidateRowsFilter();
}

void MeetingsFilterModel::setCountryFilter(const QString &countryCode)
{
    if (countryCode == m_country)
        return;
    m_country = countryCode;
    invalidateRowsFilter();
}

void MeetingsFilterModel::setIdRestriction(const std::optional<QSet<QString>> &ids)
{
    m_ids = ids;
    invalidateRowsFilter();
}

bool MeetingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_official.isEmpty()
        && !index.data(MeetingsModel::ParticipantIdsRole).toStringList().contains(m_official))
        return false;
    if (!m_country.isEmpty() && index.data(MeetingsModel::HostCountryRole).toString() != m_country)
        return false;
    if (m_ids && !m_ids->contains(index.data(MeetingsModel::IdRole).toString()))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool MeetingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == MeetingsModel::DateColumn) {
        const QDate le = left.data(MeetingsModel::EarliestRole).toDate();
        const QDate re = right.data(MeetingsModel::EarliestRole).toDate();
        if (le != re)
            return le < re;
        const QDate ll = left.data(MeetingsModel::LatestRole).toDate();
        const QDate rl = right.data(MeetingsModel::LatestRole).toDate();
        if (ll != rl)
            return ll < rl;
        return left.data(MeetingsModel::IdRole).toString() < right.data(MeetingsModel::IdRole).toString();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Entente

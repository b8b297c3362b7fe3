#include "officials/officialsfiltermodel.h"

#include "models/officialsmodel.h"
#include "text/textfolder.h"

namespace Entente {

OfficialsFilterModel::OfficialsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OfficialsModel::SortRole);
    setDynamicSortFilter(true);
}

void OfficialsFilterModel::setCountry(const QString &country)
{
    if (country == m_country)
        return;
    m_country = country;
    invalidateRowsFilter();
}

void OfficialsFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_folded = TextFolder::key(text);
    invalidateRowsFilter();
}

bool OfficialsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_country.isEmpty() && i.data(OfficialsModel::CountryRole).toString() != m_country)
        return false;
    if (m_folded.isEmpty())
        return true;
    const QStringList names = i.data(OfficialsModel::NamesRole).toStringList();
    for (const QString &n : names) {
        if (TextFolder::key(n).contains(m_folded))
            return true;
    }
    const QString office = sourceModel()->index(sourceRow, OfficialsModel::OfficeColumn, sourceParent).data().toString();
    return TextFolder::key(office).contains(m_folded);
}

} // namespace Entente

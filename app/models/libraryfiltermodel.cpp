#include "models/libraryfiltermodel.h"

#include "models/articlelistmodel.h"

namespace Entente {

LibraryFilterModel::LibraryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ArticleListModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void LibraryFilterModel::setRestriction(const QSet<QString> &ids)
{
    m_ids = ids;
    invalidateRowsFilter();
}

void LibraryFilterModel::clearRestriction()
{
    if (!m_ids)
        return;
    m_ids.reset();
    invalidateRowsFilter();
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_ids) {
        const QString id = sourceModel()->index(sourceRow, 0, sourceParent).data(ArticleListModel::IdRole).toString();
        if (!m_ids->contains(id))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Entente

#include "tags/annotationofficialfilter.h"

#include "models/annotationsmodel.h"
#include "tags/officialmentions.h"

namespace Entente {

AnnotationOfficialFilter::AnnotationOfficialFilter(const OfficialMentions *mentions, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_mentions(mentions)
{
}

void AnnotationOfficialFilter::setOfficial(const QString &officialId)
{
    if (officialId == m_official)
        return;
    m_official = officialId;
    invalidateRowsFilter();
}

bool AnnotationOfficialFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_official.isEmpty() || !m_mentions)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_mentions->officialsIn(index.data(AnnotationsModel::ArticleIdRole).toString(),
                                   index.data(AnnotationsModel::StartRole).toLongLong(),
                                   index.data(AnnotationsModel::EndRole).toLongLong())
        .contains(m_official);
}

} // namespace Entente

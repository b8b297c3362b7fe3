#include "tags/annotationofficialfilter.h"

#include "models/annotationsmodel.h"
#include "io/referencedata.h"

namespace Entente {

AnnotationOfficialFilter::AnnotationOfficialFilter(const ReferenceData *reference, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_reference(reference)
{
}

void AnnotationOfficialFilter::setOfficial(const QString &officialId)
{
    if (officialId == m_official)
        return;
    m_official = officialId;
    invalidateRowsFilter();
}

void AnnotationOfficialFilter::refilter()
{
    if (!m_official.isEmpty())
        invalidateRowsFilter();
}

bool AnnotationOfficialFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_official.isEmpty() || !m_reference)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_reference->officialsInSpan(index.data(AnnotationsModel::ArticleIdRole).toString(),
                                   index.data(AnnotationsModel::StartRole).toLongLong(),
                                   index.data(AnnotationsModel::EndRole).toLongLong())
        .contains(m_official);
}

} // namespace Entente

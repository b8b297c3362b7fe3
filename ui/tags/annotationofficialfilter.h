#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace Entente {

class ReferenceData;

/// Over an AnnotationsModel: keeps the annotations whose span mentions one official (all
/// when no official is set), by the mention index of @p reference (the workspace's).
class AnnotationOfficialFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AnnotationOfficialFilter(const ReferenceData *reference, QObject *parent = nullptr);

    void setOfficial(const QString &officialId);
    QString official() const { return m_official; }
    /// Filters again after the mention index changed.
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const ReferenceData *m_reference;
    QString m_official;
};

} // namespace Entente

#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace Entente {

class OfficialMentions;

/// Over an AnnotationsModel: keeps the annotations whose span mentions one official (all
/// when no official is set).
class AnnotationOfficialFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AnnotationOfficialFilter(const OfficialMentions *mentions, QObject *parent = nullptr);

    void setOfficial(const QString &officialId);
    QString official() const { return m_official; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const OfficialMentions *m_mentions;
    QString m_official;
};

} // namespace Entente

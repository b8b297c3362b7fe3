#pragma once

#include <QSortFilterProxyModel>

namespace Entente {

/// Filters an OfficialsModel by country (ISO alpha-2, empty for all) and by a text that any
/// of the person's names or their office contains (compared folded, as the matcher does);
/// sorts by OfficialsModel::SortRole.
class OfficialsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OfficialsFilterModel(QObject *parent = nullptr);

    void setCountry(const QString &country);
    QString country() const { return m_country; }
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_country;
    QString m_text;
    QString m_folded;
};

} // namespace Entente

#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Entente {

/**
 * Filters and sorts a MeetingsModel: keep only the meetings of one official and/or one host
 * country (empty = no filter); the date column sorts chronologically (earliest day, then the
 * shorter span first), other columns by their text.
 */
class MeetingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MeetingsFilterModel(QObject *parent = nullptr);

    void setOfficialFilter(const QString &officialId);
    QString officialFilter() const { return m_official; }
    void setCountryFilter(const QString &countryCode);
    QString countryFilter() const { return m_country; }
    /// Keeps only the meetings whose ids are in @p ids (e.g. those a tag touches);
    /// std::nullopt lifts the restriction.
    void setIdRestriction(const std::optional<QSet<QString>> &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_official;
    QString m_country;
    std::optional<QSet<QString>> m_ids;
};

} // namespace Entente

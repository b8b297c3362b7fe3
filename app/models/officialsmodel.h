#pragma once

#include "reference/gazetteer.h"
#include "reference/mentionindex.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Entente {

/**
 * The officials table: one row per person in the gazetteer with the country, the office
 * held on the reference date (else the most recent one before it) and the number of resolved
 * mentions in the article set. sort() sorts in place by any column (mentions numerically,
 * office and name case-folded); SortRole gives the same keys to a QSortFilterProxyModel.
 */
class OfficialsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountryColumn, OfficeColumn, MentionsColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a natural sort key for the column
        IdRole,                      ///< QString: Official::id
        CountryRole,                 ///< QString: ISO alpha-2
        MentionCountRole,            ///< int
        NamesRole,                   ///< QStringList: every name form (Official::allNames())
    };

    explicit OfficialsModel(QObject *parent = nullptr);

    /// Resets the table to the officials of @p gazetteer and the mention counts of @p index.
    void setData(const Gazetteer &gazetteer, const MentionIndex &index);
    /// The date the Office column describes (default: today).
    void setReferenceDate(QDate date);
    QDate referenceDate() const { return m_referenceDate; }

    /// The row of @p officialId, or -1.
    int rowOf(const QString &officialId) const;
    /// Distinct countries, sorted (for a filter combo).
    QStringList countries() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// "Iran", "Iraq", else the code itself.
    static QString countryName(const QString &code);

private:
    struct Row
    {
        Official official;
        int mentions = 0;
    };
    QVariant sortKey(const Row &row, int column) const;
    QString officeText(const Official &official) const;

    QList<Row> m_rows;
    QDate m_referenceDate = QDate::currentDate();
};

} // namespace Entente

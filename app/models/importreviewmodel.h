#pragma once

#include "io/bulkimport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QModelIndexList>

namespace Entente {

/**
 * The review table of a bulk import: one row per article a scan found (BulkImport::scan()),
 * before anything is written. The user ticks what to import and corrects the title, the
 * publication date (EDTF, refused unless EdtfDate::parse() takes it; empty is undated), the
 * outlet and the language, one cell at a time or for many rows at once (setForRows()); items()
 * gives the list back with those edits, for BulkImport::import().
 *
 * Exact duplicates come in unticked; near-duplicates ticked, since they are imported as "the
 * same story as" the article they resemble. Every edit is also remembered by the item's key
 * (edits()), so a scan repeated with other settings can get them back (applyEdits()).
 */
class ImportReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ImportColumn,
        TitleColumn,
        DateColumn,
        OutletColumn,
        LanguageColumn,
        FormatColumn,
        FileColumn,
        DuplicateColumn,
        ProblemsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a value that sorts naturally (dates chronologically)
        KeyRole,                     ///< QString: ImportItem::key()
        DuplicateKindRole,           ///< int: 0 new, 1 near-duplicate, 2 exact duplicate
    };

    /// What the rows add up to, for the dialog's summary line.
    struct Counts
    {
        int rows = 0;
        int included = 0;    ///< ticked rows: what the import would write
        int fresh = 0;       ///< ticked and not a duplicate of anything
        int nearLinked = 0;  ///< ticked near-duplicates (imported, linked as the same story)
        int exactOmitted = 0; ///< unticked exact duplicates
        int exactIncluded = 0; ///< exact duplicates ticked by the user
        int omitted = 0;     ///< other rows the user unticked
    };

    /// Edits by item key, then by column (ImportColumn: bool; the others: QString).
    using Edits = QHash<QString, QHash<int, QVariant>>;

    explicit ImportReviewModel(QObject *parent = nullptr);

    void setItems(const QList<ImportItem> &items);
    /// The items with the user's edits.
    const QList<ImportItem> &items() const { return m_items; }
    const ImportItem &item(int row) const { return m_items.at(row); }

    /// Sets @p column of every row in @p rows (any column of a row will do; several indexes of
    /// one row count once) to @p value, as setData() would, with one dataChanged() per run of
    /// adjacent rows. Returns how many rows changed; 0, and nothing changes, when the value is
    /// refused (an invalid date, an empty title, a column that cannot be edited).
    int setForRows(const QModelIndexList &rows, int column, const QVariant &value);

    /// Why @p value cannot go into @p column; empty when it can.
    static QString problemWith(int column, const QVariant &value);

    Counts counts() const;
    const Edits &edits() const { return m_edits; }
    /// Applies @p edits to the items with the same key (after a new scan); unknown keys and
    /// values now refused are skipped.
    void applyEdits(const Edits &edits);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "exact: ID", "same story as ID (87 %)", or empty.
    static QString duplicateText(const ImportItem &item);
    /// "name.csv, row 12": the file's name and where in it.
    static QString fileText(const ImportItem &item);

Q_SIGNALS:
    /// Rows were ticked or unticked, or items replaced: counts() changed.
    void countsChanged();

private:
    static bool isEditable(int column);
    /// Puts @p value (already checked) into @p item; false when it was there already.
    static bool assign(ImportItem *item, int column, const QVariant &value);

    QList<ImportItem> m_items;
    Edits m_edits;
};

} // namespace Entente

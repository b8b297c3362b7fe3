#pragma once

#include "import/columnmapping.h"

#include <QDialog>
#include <QHash>

class QComboBox;

namespace Entente {

/// The bulk import's "Columns…": which spreadsheet column (or JSON Lines key) gives each field
/// of an article. One combo box per field offers "Automatic" (the column with one of the
/// field's usual names, which it names), "Not imported" and every column of the files.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT
public:
    ColumnMappingDialog(const QStringList &columns, const ColumnMapping &mapping, QWidget *parent = nullptr);

    ColumnMapping mapping() const;
    QComboBox *comboFor(ColumnMapping::Field field) const { return m_combos.value(field); }

    /// A field's name for people: "Title", "Text", "Outlet", …
    static QString fieldLabel(ColumnMapping::Field field);

private:
    QStringList m_columns;
    QHash<ColumnMapping::Field, QComboBox *> m_combos;
};

} // namespace Entente

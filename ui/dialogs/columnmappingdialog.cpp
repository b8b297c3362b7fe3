#include "dialogs/columnmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Entente {

namespace {

// What each combo entry stands for.
enum Choice { Automatic, NotImported, Column };

} // namespace

QString ColumnMappingDialog::fieldLabel(ColumnMapping::Field field)
{
    switch (field) {
    case ColumnMapping::Field::Title:
        return tr("Title");
    case ColumnMapping::Field::Text:
        return tr("Text");
    case ColumnMapping::Field::Date:
        return tr("Date");
    case ColumnMapping::Field::Outlet:
        return tr("Outlet");
    case ColumnMapping::Field::Author:
        return tr("Author");
    case ColumnMapping::Field::Url:
        return tr("URL");
    case ColumnMapping::Field::Language:
        return tr("Language");
    }
    return QString();
}

ColumnMappingDialog::ColumnMappingDialog(const QStringList &columns, const ColumnMapping &mapping, QWidget *parent)
    : QDialog(parent)
    , m_columns(columns)
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Spreadsheet Columns"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Which column gives each field of an article. “Automatic” takes the first column "
                                "with one of the field’s usual names, in English, Arabic or Persian."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    // What "Automatic" finds in these columns, to say it in the combo box.
    QList<int> automatic;
    QString ignored;
    ColumnMapping().resolve(columns, &automatic, &ignored);

    const QList<ColumnMapping::Field> fields = ColumnMapping::fields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const ColumnMapping::Field field = fields.at(i);
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column_") + ColumnMapping::fieldKey(field));
        const int found = automatic.value(i, -1);
        combo->addItem(found >= 0 ? tr("Automatic: “%1”").arg(columns.at(found)) : tr("Automatic: none found"), int(Automatic));
        combo->setItemData(0, tr("Usual names: %1").arg(ColumnMapping::defaultHeaders(field).join(QStringLiteral(", "))),
                           Qt::ToolTipRole);
        // Without a text column there is no article: the text cannot be left out.
        if (field != ColumnMapping::Field::Text)
            combo->addItem(tr("Not imported"), int(NotImported));
        combo->insertSeparator(combo->count());
        for (const QString &c : columns)
            combo->addItem(c, int(Column));
        if (mapping.isIgnored(field) && field != ColumnMapping::Field::Text) {
            combo->setCurrentIndex(combo->findData(int(NotImported)));
        } else if (!mapping.isDefault(field)) {
            int at = combo->findText(mapping.column(field));
            if (at < 0) { // a column the files no longer have: keep it visible
                combo->addItem(mapping.column(field), int(Column));
                at = combo->count() - 1;
            }
            combo->setCurrentIndex(at);
        }
        m_combos.insert(field, combo);
        form->addRow(fieldLabel(field) + QLatin1Char(':'), combo);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Read Again"), QDialogButtonBox::AcceptRole)->setToolTip(tr("Read the spreadsheets again with these columns"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
}

ColumnMapping ColumnMappingDialog::mapping() const
{
    ColumnMapping mapping;
    for (const ColumnMapping::Field field : ColumnMapping::fields()) {
        const QComboBox *combo = m_combos.value(field);
        switch (combo->currentData().toInt()) {
        case NotImported:
            mapping.setIgnored(field);
            break;
        case Column:
            mapping.setColumn(field, combo->currentText());
            break;
        default:
            mapping.resetToDefault(field);
            break;
        }
    }
    return mapping;
}

} // namespace Entente

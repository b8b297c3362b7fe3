#include "officials/officialpickerdialog.h"

#include "io/officialsedits.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace Entente {

OfficialPickerDialog::OfficialPickerDialog(const Gazetteer &gazetteer, const QString &alias, QWidget *parent)
    : QDialog(parent)
    , m_gazetteer(gazetteer)
    , m_alias(alias.simplified())
{
    setWindowTitle(tr("Add Alias"));
    setObjectName(QStringLiteral("officialPickerDialog"));

    m_matchable = OfficialsEdits::matchesAsWhole(m_alias);
    m_model = new QStandardItemModel(this);
    QList<const Official *> officials;
    for (const Official &o : m_gazetteer.officials())
        officials << &o;
    std::sort(officials.begin(), officials.end(), [](const Official *a, const Official *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const Official *o : std::as_const(officials)) {
        auto *item = new QStandardItem(tr("%1 (%2)").arg(o->name, o->country));
        item->setEditable(false);
        item->setData(o->id, IdRole);
        item->setData(QStringList{o->id, o->country, o->allNames().join(u' ')}.join(u' '), SearchRole);
        QStringList offices;
        for (const Office &office : o->offices)
            offices << office.displayTitle();
        offices.removeDuplicates();
        item->setToolTip(offices.isEmpty() ? o->id : o->id + QStringLiteral("\n") + offices.join(u'\n'));
        m_model->appendRow(item);
    }
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    label->setText(tr("Add \u201C%1\u201D as another name of:").arg(m_alias));
    label->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, country or id"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("officialsList"));
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    label->setBuddy(m_filter);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Alias"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.simplified());
        // One person left: choose them, so Enter accepts.
        if (m_proxy->rowCount() == 1)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        updateState();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OfficialPickerDialog::updateState);
    connect(m_list, &QListView::doubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    m_filter->setFocus();
    updateState();
    resize(440, 480);
}

QString OfficialPickerDialog::selectedOfficialId() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(IdRole).toString();
}

void OfficialPickerDialog::selectOfficial(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toString() == id) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return;
        }
    }
}

void OfficialPickerDialog::updateState()
{
    QString message;
    const QString id = selectedOfficialId();
    if (m_alias.isEmpty()) {
        message = tr("Select the name in the text first.");
    } else if (!m_matchable) {
        message = tr("\u201C%1\u201D cannot be recognised as one name: mentions never run across punctuation "
                     "such as '.' or ','. Select the name without it.")
                      .arg(m_alias);
    } else if (id.isEmpty()) {
        message = m_proxy->rowCount() == 0 ? tr("Nobody matches the filter.") : tr("Choose the person this name refers to.");
    } else if (const Official *o = m_gazetteer.official(id); o && o->allNames().contains(m_alias)) {
        message = tr("\u201C%1\u201D is already a name of %2.").arg(m_alias, o->name);
    }
    m_problem->setText(message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_alias.isEmpty() && !id.isEmpty() && message.isEmpty());
}

} // namespace Entente

#pragma once

#include "reference/gazetteer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Entente {

/// "Add Selection as Alias of…": a filterable list of the officials in the gazetteer (name,
/// country, id; the filter matches any of them and the names they are known by) to pick the
/// person the selected text names. OK is enabled once a person is chosen who does not have
/// that name yet.
class OfficialPickerDialog : public QDialog
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SearchRole };

    OfficialPickerDialog(const Gazetteer &gazetteer, const QString &alias, QWidget *parent = nullptr);

    QString alias() const { return m_alias; }
    /// The chosen official's id, empty when none.
    QString selectedOfficialId() const;
    /// Selects @p id in the list (if the filter shows it).
    void selectOfficial(const QString &id);

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_list; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QStandardItemModel *sourceModel() const { return m_model; }

private:
    void updateState();

    Gazetteer m_gazetteer; ///< a copy: the window may load other reference data meanwhile
    QString m_alias;
    bool m_matchable = false;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Entente

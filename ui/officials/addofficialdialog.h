#pragma once

#include "reference/gazetteer.h"
#include "io/officialsedits.h"
#include "model/official.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace Entente {

/// "Add Official from Selection": the display name (prefilled from the selected text), an id
/// suggested from it, the country (IR, IQ or another ISO 3166 alpha-2 code), the script of
/// the name (detected, can be changed) and, optionally, one office with EDTF from/to dates.
/// OK stays disabled, with the reason shown, until everything is valid.
class AddOfficialDialog : public QDialog
{
    Q_OBJECT
public:
    AddOfficialDialog(const Gazetteer &gazetteer, const QString &selection, QWidget *parent = nullptr);

    /// The person as entered (valid once the dialog is accepted).
    Official official() const;
    OfficialsEdits::Script script() const;
    /// Empty when the input is valid, else what is wrong.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QComboBox *countryBox() const { return m_country; }
    QComboBox *scriptBox() const { return m_script; }
    QGroupBox *officeGroup() const { return m_office; }
    QLineEdit *officeTitleEdit() const { return m_title; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }

private:
    void onNameEdited();
    void validate();

    Gazetteer m_gazetteer; ///< a copy: the window may load other reference data meanwhile
    QLineEdit *m_name = nullptr;
    QLineEdit *m_id = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_script = nullptr;
    QGroupBox *m_office = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_idEdited = false;
};

} // namespace Entente

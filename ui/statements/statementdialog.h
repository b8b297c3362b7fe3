#pragma once

#include "model/statement.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Entente {

/// Corrects or creates one statement: the speaker (an official, or unknown with the speaker
/// as written), the cue, direct or indirect, the date (EDTF, checked as typed). The quoted
/// text is shown, not edited. OK stays disabled while the date is not valid EDTF.
class StatementDialog : public QDialog
{
    Q_OBJECT
public:
    StatementDialog(const Statement &statement, const QHash<QString, QString> &officialNames, QWidget *parent = nullptr);

    /// The statement as edited (spans, text and status as given).
    Statement statement() const;

    QComboBox *speakerChooser() const { return m_speaker; }
    QLineEdit *speakerTextEdit() const { return m_speakerText; }
    QLineEdit *cueEdit() const { return m_cue; }
    QComboBox *kindChooser() const { return m_kind; }
    QLineEdit *dateEdit() const { return m_date; }

private:
    void validate();

    Statement m_statement;
    QComboBox *m_speaker = nullptr;
    QLineEdit *m_speakerText = nullptr;
    QLineEdit *m_cue = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_date = nullptr;
    QLabel *m_dateHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Entente

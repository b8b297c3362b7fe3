#pragma once

#include "model/meeting.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Entente {

/// Creates or edits one meeting: date (EDTF, checked as typed), place, host country, kind,
/// participants (officials, checkable; free-text others separated by ";"), a one-line summary.
/// The evidence quotes are shown, not edited. OK stays disabled while the date is invalid.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p officialNames: the officials to choose from, by id.
    MeetingDialog(const Meeting &meeting, const QHash<QString, QString> &officialNames, QWidget *parent = nullptr);

    /// The meeting as edited (id and evidence as given).
    Meeting meeting() const;
    /// The checked official ids, in list order.
    QStringList checkedParticipants() const;
    void setParticipantChecked(const QString &officialId, bool checked);

    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *placeEdit() const { return m_place; }
    QLineEdit *summaryEdit() const { return m_summary; }
    QComboBox *kindChooser() const { return m_kind; }
    QListWidget *participantsList() const { return m_participants; }
    bool isDateValid() const;

private:
    void validate();

    Meeting m_meeting;
    QLineEdit *m_date = nullptr;
    QLabel *m_dateHint = nullptr;
    QLineEdit *m_place = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_kind = nullptr;
    QListWidget *m_participants = nullptr;
    QLineEdit *m_others = nullptr;
    QLineEdit *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Entente

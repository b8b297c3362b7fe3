#include "timeline/meetingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Entente {

MeetingDialog::MeetingDialog(const Meeting &meeting, const QHash<QString, QString> &officialNames, QWidget *parent)
    : QDialog(parent)
    , m_meeting(meeting)
{
    setObjectName(QStringLiteral("MeetingDialog"));
    setWindowTitle(meeting.summary.isEmpty() ? tr("New Meeting") : tr("Edit Meeting"));

    m_date = new QLineEdit(meeting.date.isValid() ? meeting.date.toString() : QString());
    m_date->setPlaceholderText(tr("e.g. 2023-04-29, 2021-02?, 2020"));
    m_date->setToolTip(tr("The date of the meeting in EDTF: as precise as the text allows; "
                          "append ? when uncertain, ~ when approximate"));
    m_dateHint = new QLabel;
    m_dateHint->setWordWrap(true);
    m_place = new QLineEdit(meeting.place);
    m_country = new QComboBox;
    m_country->setAccessibleName(tr("Host country"));
    for (const QString &code : {QString(), QStringLiteral("IR"), QStringLiteral("IQ")})
        m_country->addItem(Meeting::countryDisplayName(code), code);
    m_country->setCurrentIndex(std::max(0, m_country->findData(meeting.hostCountry)));
    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Kind of meeting"));
    for (const QString &kind : Meeting::kinds())
        m_kind->addItem(Meeting::kindDisplayName(kind), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(meeting.kind)));

    // Participants: the meeting's own first (checked), then everyone else by name.
    m_participants = new QListWidget;
    m_participants->setAccessibleName(tr("Participants"));
    QList<std::pair<QString, QString>> others;
    for (auto it = officialNames.cbegin(); it != officialNames.cend(); ++it)
        if (!meeting.participants.contains(it.key()))
            others.append({it.value(), it.key()});
    std::sort(others.begin(), others.end());
    auto addItem = [this](const QString &id, const QString &name, bool checked) {
        auto *item = new QListWidgetItem(name, m_participants);
        item->setData(Qt::UserRole, id);
        item->setToolTip(id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (const QString &id : meeting.participants)
        addItem(id, officialNames.value(id, Meeting::nameFromOfficialId(id)), true);
    for (const auto &[name, id] : std::as_const(others))
        addItem(id, name, false);
    m_others = new QLineEdit(meeting.others.join(QStringLiteral("; ")));
    m_others->setPlaceholderText(tr("Others, separated by “;”, e.g. a group of Iranian journalists"));
    m_summary = new QLineEdit(meeting.summary);
    m_summary->setPlaceholderText(tr("One line: who met whom, about what"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_dateHint);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Host:"), m_country);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Pa&rticipants:"), m_participants);
    form->addRow(tr("&Others:"), m_others);
    form->addRow(tr("&Summary:"), m_summary);
    QStringList quotes;
    for (const MeetingEvidence &e : meeting.evidence)
        quotes << tr("“%1” (%2)").arg(e.quote.simplified().left(300), e.articleId);
    auto *evidence = new QLabel(quotes.isEmpty() ? tr("None") : quotes.join(u'\n'));
    evidence->setWordWrap(true);
    evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Evidence:"), evidence);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_date, &QLineEdit::textChanged, this, &MeetingDialog::validate);
    validate();
    resize(520, 560);
}

bool MeetingDialog::isDateValid() const
{
    return EdtfDate::parse(m_date->text().trimmed()).isValid();
}

void MeetingDialog::validate()
{
    QString error;
    const EdtfDate date = EdtfDate::parse(m_date->text().trimmed(), &error);
    if (date.isValid())
        m_dateHint->setText(date.toDisplayString());
    else
        m_dateHint->setText(m_date->text().trimmed().isEmpty() ? tr("A date is needed.")
                                                               : tr("Not an EDTF date: %1").arg(error));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(date.isValid());
}

QStringList MeetingDialog::checkedParticipants() const
{
    QStringList ids;
    for (int i = 0; i < m_participants->count(); ++i) {
        const QListWidgetItem *item = m_participants->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

void MeetingDialog::setParticipantChecked(const QString &officialId, bool checked)
{
    for (int i = 0; i < m_participants->count(); ++i) {
        QListWidgetItem *item = m_participants->item(i);
        if (item->data(Qt::UserRole).toString() == officialId)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

Meeting MeetingDialog::meeting() const
{
    Meeting m = m_meeting;
    m.date = EdtfDate::parse(m_date->text().trimmed());
    m.place = m_place->text().trimmed();
    m.hostCountry = m_country->currentData().toString();
    m.kind = m_kind->currentData().toString();
    m.participants = checkedParticipants();
    m.others.clear();
    for (const QString &o : m_others->text().split(u';', Qt::SkipEmptyParts))
        if (!o.trimmed().isEmpty())
            m.others << o.trimmed();
    m.summary = m_summary->text().simplified();
    return m;
}

} // namespace Entente

#include "statements/statementdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Entente {

StatementDialog::StatementDialog(const Statement &statement, const QHash<QString, QString> &officialNames, QWidget *parent)
    : QDialog(parent)
    , m_statement(statement)
{
    setObjectName(QStringLiteral("StatementDialog"));
    setWindowTitle(statement.id == 0 ? tr("New Statement") : tr("Correct Statement"));

    m_speaker = new QComboBox;
    m_speaker->setAccessibleName(tr("Speaker"));
    m_speaker->addItem(tr("Unknown"), QString());
    QList<std::pair<QString, QString>> people;
    for (auto it = officialNames.cbegin(); it != officialNames.cend(); ++it)
        people.append({it.value(), it.key()});
    std::sort(people.begin(), people.end());
    for (const auto &[name, id] : std::as_const(people))
        m_speaker->addItem(name, id);
    m_speaker->setCurrentIndex(std::max(0, m_speaker->findData(statement.speakerId)));
    m_speakerText = new QLineEdit(statement.speakerText);
    m_speakerText->setPlaceholderText(tr("The speaker as the text names them"));
    m_cue = new QLineEdit(statement.cue);
    m_cue->setPlaceholderText(tr("e.g. said, stressed, added"));
    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Direct or indirect"));
    m_kind->addItem(tr("Direct (quoted)"), Statement::kindName(Statement::Kind::Direct));
    m_kind->addItem(tr("Indirect (reported)"), Statement::kindName(Statement::Kind::Indirect));
    m_kind->setCurrentIndex(statement.isDirect() ? 0 : 1);
    m_date = new QLineEdit(statement.date.isValid() ? statement.date.toString() : QString());
    m_date->setPlaceholderText(tr("e.g. 2023-04-29, 2021-02?, 2020"));
    m_dateHint = new QLabel;
    auto *text = new QLabel(statement.text.isEmpty() ? tr("(no text)") : tr("“%1”").arg(statement.text.left(600)));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Speaker:"), m_speaker);
    form->addRow(tr("As &written:"), m_speakerText);
    form->addRow(tr("&Cue:"), m_cue);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_dateHint);
    form->addRow(tr("Statement:"), text);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_date, &QLineEdit::textChanged, this, &StatementDialog::validate);
    validate();
    resize(480, sizeHint().height());
}

void StatementDialog::validate()
{
    QString error;
    const QString text = m_date->text().trimmed();
    const EdtfDate date = EdtfDate::parse(text, &error);
    // A statement may have no date; a date given must be valid.
    const bool ok = text.isEmpty() || date.isValid();
    m_dateHint->setText(text.isEmpty() ? tr("No date") : date.isValid() ? date.toDisplayString() : tr("Not an EDTF date: %1").arg(error));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

Statement StatementDialog::statement() const
{
    Statement s = m_statement;
    const QString speaker = m_speaker->currentData().toString();
    if (speaker != s.speakerId) {
        s.speakerId = speaker;
        s.speakerCandidates.clear();
    }
    s.speakerText = m_speakerText->text().trimmed();
    s.cue = m_cue->text().trimmed();
    s.kind = m_kind->currentIndex() == 0 ? Statement::Kind::Direct : Statement::Kind::Indirect;
    s.date = EdtfDate::parse(m_date->text().trimmed());
    return s;
}

} // namespace Entente

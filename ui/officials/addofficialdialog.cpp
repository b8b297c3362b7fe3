#include "officials/addofficialdialog.h"

#include "model/edtf.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Entente {

AddOfficialDialog::AddOfficialDialog(const Gazetteer &gazetteer, const QString &selection, QWidget *parent)
    : QDialog(parent)
    , m_gazetteer(gazetteer)
{
    setWindowTitle(tr("Add Official"));
    setObjectName(QStringLiteral("addOfficialDialog"));

    const QString name = selection.simplified();
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_id = new QLineEdit(OfficialsEdits::suggestId(name, m_gazetteer), this);
    m_id->setObjectName(QStringLiteral("idEdit"));
    m_id->setToolTip(tr("A fixed identifier: lower-case letters, digits and '-'. It appears in exports."));

    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryBox"));
    m_country->setEditable(true);
    m_country->addItem(QStringLiteral("IR"));
    m_country->addItem(QStringLiteral("IQ"));
    m_country->setItemData(0, tr("Iran"), Qt::ToolTipRole);
    m_country->setItemData(1, tr("Iraq"), Qt::ToolTipRole);
    m_country->setToolTip(tr("IR (Iran), IQ (Iraq), or another ISO 3166 two-letter code"));
    m_country->setInsertPolicy(QComboBox::NoInsert);

    m_script = new QComboBox(this);
    m_script->setObjectName(QStringLiteral("scriptBox"));
    m_script->addItem(tr("Latin"), int(OfficialsEdits::Script::Latin));
    m_script->addItem(tr("Arabic"), int(OfficialsEdits::Script::Arabic));
    m_script->addItem(tr("Persian"), int(OfficialsEdits::Script::Persian));
    m_script->setCurrentIndex(m_script->findData(int(OfficialsEdits::detectScript(name))));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Script of the name:"), m_script);

    m_office = new QGroupBox(tr("An &office (optional)"), this);
    m_office->setObjectName(QStringLiteral("officeGroup"));
    m_office->setCheckable(true);
    m_office->setChecked(false);
    m_office->setToolTip(tr("Enter only dates you are sure of: leave one empty when it is not known, or mark it "
                            "uncertain with '?' (e.g. 2019-03?)."));
    m_title = new QLineEdit(m_office);
    m_title->setObjectName(QStringLiteral("officeTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Governor of Basra"));
    m_from = new QLineEdit(m_office);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setPlaceholderText(tr("EDTF, e.g. 2022-10-27, 2021-06 or 2019? \u2014 empty: not known"));
    m_to = new QLineEdit(m_office);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setPlaceholderText(tr("EDTF \u2014 empty: still held"));
    auto *officeForm = new QFormLayout(m_office);
    officeForm->addRow(tr("&Title:"), m_title);
    officeForm->addRow(tr("&From:"), m_from);
    officeForm->addRow(tr("T&o:"), m_to);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_problem->setPalette(p);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Official"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_office);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textEdited, this, &AddOfficialDialog::onNameEdited);
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idEdited = true;
        validate();
    });
    for (QLineEdit *edit : {m_name, m_id, m_title, m_from, m_to})
        connect(edit, &QLineEdit::textChanged, this, &AddOfficialDialog::validate);
    connect(m_country, &QComboBox::currentTextChanged, this, &AddOfficialDialog::validate);
    connect(m_office, &QGroupBox::toggled, this, &AddOfficialDialog::validate);
    validate();
    setMinimumWidth(480);
}

void AddOfficialDialog::onNameEdited()
{
    const QString name = m_name->text().simplified();
    if (!m_idEdited)
        m_id->setText(OfficialsEdits::suggestId(name, m_gazetteer));
    m_script->setCurrentIndex(m_script->findData(int(OfficialsEdits::detectScript(name))));
    validate();
}

OfficialsEdits::Script AddOfficialDialog::script() const
{
    return OfficialsEdits::Script(m_script->currentData().toInt());
}

Official AddOfficialDialog::official() const
{
    Official o;
    o.id = m_id->text().trimmed();
    o.name = m_name->text().simplified();
    o.country = m_country->currentText().trimmed().toUpper();
    if (m_office->isChecked() && !m_title->text().trimmed().isEmpty()) {
        Office office;
        office.title = m_title->text().simplified();
        office.country = o.country;
        office.from = EdtfDate::parse(m_from->text().trimmed());
        office.to = EdtfDate::parse(m_to->text().trimmed());
        office.source = tr("added by the user");
        o.offices.append(office);
    }
    return o;
}

QString AddOfficialDialog::problem() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    static const QRegularExpression countryPattern(QStringLiteral("^[A-Za-z]{2}$"));
    const QString name = m_name->text().simplified();
    const QString id = m_id->text().trimmed();
    if (name.isEmpty())
        return tr("Enter the person's name.");
    if (const Official *named = [&]() -> const Official * {
            for (const Official &o : m_gazetteer.officials())
                if (o.allNames().contains(name, Qt::CaseInsensitive))
                    return &o;
            return nullptr;
        }())
        return tr("\u201C%1\u201D is already a name of %2.").arg(name, named->name);
    if (!OfficialsEdits::matchesAsWhole(name))
        return tr("\u201C%1\u201D cannot be recognised as one name: mentions never run across punctuation such as '.' or ','.")
            .arg(name);
    if (!idPattern.match(id).hasMatch())
        return tr("The id may only contain lower-case letters, digits and '-'.");
    if (m_gazetteer.official(id))
        return tr("The id \u201C%1\u201D is taken.").arg(id);
    if (!countryPattern.match(m_country->currentText().trimmed()).hasMatch())
        return tr("The country is a two-letter ISO 3166 code such as IR or IQ.");
    if (!m_office->isChecked())
        return QString();
    if (m_title->text().trimmed().isEmpty())
        return tr("Enter the office's title, or untick the office.");
    EdtfDate dates[2];
    const std::pair<QLineEdit *, QString> fields[] = {{m_from, tr("From")}, {m_to, tr("To")}};
    for (int i = 0; i < 2; ++i) {
        const QString text = fields[i].first->text().trimmed();
        if (text.isEmpty())
            continue;
        QString error;
        dates[i] = EdtfDate::parse(text, &error);
        if (!dates[i].isValid())
            return tr("%1: %2").arg(fields[i].second, error);
    }
    if (dates[0].isValid() && dates[1].isValid() && dates[1].latest() < dates[0].earliest())
        return tr("The office ends before it begins.");
    return QString();
}

void AddOfficialDialog::validate()
{
    const QString message = problem();
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

} // namespace Entente

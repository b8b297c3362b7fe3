#include "dialogs/importarticledialog.h"

#include "io/articleimporter.h"
#include "store/project.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Entente {

namespace {

bool looksArabic(const QString &text)
{
    qsizetype arabic = 0, letters = 0;
    for (QChar c : QStringView(text).left(4000)) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.script() == QChar::Script_Arabic)
            ++arabic;
    }
    return letters > 0 && arabic * 2 > letters;
}

} // namespace

ImportArticleDialog::ImportArticleDialog(const Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("importArticleDialog"));
    setWindowTitle(tr("Import Article"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_title = new QLineEdit(this);
    form->addRow(tr("&Title:"), m_title);
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("The publication, e.g. Tehran Times"));
    form->addRow(tr("&Source:"), m_source);
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("Optional"));
    form->addRow(tr("&URL:"), m_url);
    m_date = new QLineEdit(this);
    m_date->setPlaceholderText(tr("e.g. 2023-04-29, 2021-06 or 2021-06? when unsure"));
    form->addRow(tr("Publication &date:"), m_date);
    m_dateHint = new QLabel(this);
    m_dateHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_dateHint);
    m_language = new QLineEdit(this);
    m_language->setPlaceholderText(tr("BCP 47, e.g. en, ar, fa"));
    form->addRow(tr("&Language:"), m_language);
    m_id = new QLineEdit(this);
    m_id->setPlaceholderText(tr("lower-case-words"));
    form->addRow(tr("&Id:"), m_id);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setMinimumHeight(180);
    layout->addWidget(new QLabel(tr("Text as it will be imported:"), this));
    layout->addWidget(m_text, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    for (QLineEdit *e : {m_title, m_source, m_url, m_date, m_language, m_id})
        connect(e, &QLineEdit::textChanged, this, &ImportArticleDialog::validate);
    resize(640, 560);
    validate();
}

bool ImportArticleDialog::setFile(const QString &fileName)
{
    m_error.clear();
    ArticleImporter importer;
    if (!importer.importFile(fileName)) {
        m_error = importer.errorString();
        return false;
    }
    if (importer.text().trimmed().isEmpty()) {
        m_error = tr("\u201C%1\u201D holds no text to import.").arg(QFileInfo(fileName).fileName());
        return false;
    }
    m_article = Article();
    m_article.text = importer.text();
    m_article.sha256 = importer.sha256();
    m_article.file = QFileInfo(fileName).fileName();
    m_title->setText(importer.title());
    m_date->setText(importer.date().isValid() ? importer.date().toString() : QString());
    m_language->setText(looksArabic(importer.text()) ? QStringLiteral("ar") : QStringLiteral("en"));
    QString id = importer.suggestedId();
    if (id.isEmpty())
        id = ArticleImporter::slugify(QFileInfo(fileName).completeBaseName());
    if (id.isEmpty())
        id = QStringLiteral("article");
    QString unique = id;
    for (int n = 2; m_project && m_project->hasArticle(unique); ++n)
        unique = id + u'-' + QString::number(n);
    m_id->setText(unique);
    m_text->setPlainText(importer.text());
    setWindowTitle(tr("Import \u201C%1\u201D").arg(QFileInfo(fileName).fileName()));
    validate();
    return true;
}

Article ImportArticleDialog::article() const
{
    Article a = m_article;
    a.id = m_id->text().trimmed();
    a.title = m_title->text().trimmed();
    a.source = m_source->text().trimmed();
    a.url = m_url->text().trimmed();
    a.published = EdtfDate::parse(m_date->text().trimmed());
    a.language = m_language->text().trimmed();
    return a;
}

QString ImportArticleDialog::problem() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (m_article.text.isEmpty())
        return tr("No text to import.");
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the article a title.");
    const QString id = m_id->text().trimmed();
    if (!idPattern.match(id).hasMatch())
        return tr("The id must be lower-case letters and digits in words joined by '-'.");
    const QString date = m_date->text().trimmed();
    QString dateError;
    if (!date.isEmpty() && !EdtfDate::parse(date, &dateError).isValid())
        return tr("The date is not an EDTF date: %1").arg(dateError);
    return QString();
}

void ImportArticleDialog::validate()
{
    const QString date = m_date->text().trimmed();
    const EdtfDate parsed = EdtfDate::parse(date);
    m_dateHint->setText(date.isEmpty() ? tr("Undated") : parsed.isValid() ? parsed.toDisplayString() : QString());
    const QString why = problem();
    const QString id = m_id->text().trimmed();
    if (why.isEmpty() && m_project && m_project->hasArticle(id))
        m_problem->setText(tr("The project already has an article with the id \u201C%1\u201D: importing replaces its text "
                              "and re-anchors its annotations.").arg(id));
    else
        m_problem->setText(why);
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(why.isEmpty());
}

} // namespace Entente

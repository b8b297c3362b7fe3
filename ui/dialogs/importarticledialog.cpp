#include "dialogs/importarticledialog.h"

#include "store/project.h"
#include "text/normalize.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace Entente {

namespace {

int monthNumber(const QString &name)
{
    static const QStringList months{QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
                                    QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
                                    QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
                                    QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    const QString lower = name.toLower();
    for (int i = 0; i < months.size(); ++i)
        if (months.at(i) == lower || (lower.size() >= 3 && months.at(i).startsWith(lower) && lower != QLatin1StringView("ma")))
            return i + 1;
    return 0;
}

QString isoDate(int year, int month, int day)
{
    const QDate d(year, month, day);
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The title an HTML page gives itself, else its first heading.
QString htmlTitle(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression h1(QStringLiteral("<h1[^>]*>(.*?)</h1>"),
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (const auto &re : {title, h1}) {
        const auto m = re.match(html);
        if (m.hasMatch()) {
            const QString t = QTextDocumentFragment::fromHtml(m.captured(1)).toPlainText().simplified();
            if (!t.isEmpty())
                return t;
        }
    }
    return QString();
}

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

QString ImportArticleDialog::findDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(R"(\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b)"));
    static const QRegularExpression dayMonth(QStringLiteral(R"(\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d\d)\b)"));
    static const QRegularExpression monthDay(QStringLiteral(R"(\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b)"));
    struct Found
    {
        qsizetype at;
        QString date;
    };
    QList<Found> found;
    for (auto it = iso.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString d = isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isEmpty()) {
            found.append({m.capturedStart(), d});
            break;
        }
    }
    for (auto it = dayMonth.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int month = monthNumber(m.captured(2));
        const QString d = month ? isoDate(m.captured(3).toInt(), month, m.captured(1).toInt()) : QString();
        if (!d.isEmpty()) {
            found.append({m.capturedStart(), d});
            break;
        }
    }
    for (auto it = monthDay.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int month = monthNumber(m.captured(1));
        const QString d = month ? isoDate(m.captured(3).toInt(), month, m.captured(2).toInt()) : QString();
        if (!d.isEmpty()) {
            found.append({m.capturedStart(), d});
            break;
        }
    }
    if (found.isEmpty())
        return QString();
    return std::min_element(found.cbegin(), found.cend(), [](const Found &a, const Found &b) { return a.at < b.at; })->date;
}

QString ImportArticleDialog::slugFor(const QString &title)
{
    const QString plain = title.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool dash = false;
    for (QChar c : plain) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !slug.isEmpty())
                slug += u'-';
            slug += c;
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    // Keep ids short: at most six words.
    QStringList words = slug.split(u'-', Qt::SkipEmptyParts);
    if (words.size() > 6)
        words = words.mid(0, 6);
    return words.join(u'-');
}

bool ImportArticleDialog::setFile(const QString &fileName)
{
    m_error.clear();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("\u201C%1\u201D cannot be read: %2").arg(QFileInfo(fileName).fileName(), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    QString decoded;
    qsizetype bad = 0;
    if (!decodeUtf8Strict(bytes, &decoded, &bad)) {
        m_error = tr("\u201C%1\u201D is not UTF-8 text (invalid byte at offset %2).").arg(QFileInfo(fileName).fileName()).arg(bad);
        return false;
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    QString title;
    QString text;
    if (suffix == QLatin1StringView("html") || suffix == QLatin1StringView("htm")) {
        title = htmlTitle(decoded);
        text = QTextDocumentFragment::fromHtml(decoded).toPlainText();
        text.replace(QChar::Nbsp, u' ');
    } else {
        text = decoded;
    }
    text = normalizeText(text).trimmed();
    if (text.isEmpty()) {
        m_error = tr("\u201C%1\u201D holds no text to import.").arg(QFileInfo(fileName).fileName());
        return false;
    }
    if (title.isEmpty()) {
        for (const QString &line : text.split(u'\n')) {
            QString t = line.trimmed();
            if (suffix == QLatin1StringView("md") || suffix == QLatin1StringView("markdown"))
                while (t.startsWith(u'#'))
                    t = t.mid(1).trimmed();
            if (!t.isEmpty()) {
                title = t.left(200);
                break;
            }
        }
    }
    m_article = Article();
    m_article.text = text;
    m_article.sha256 = sha256Hex(bytes);
    m_article.file = QFileInfo(fileName).fileName();
    m_title->setText(title);
    m_date->setText(findDate(text.left(6000)));
    m_language->setText(looksArabic(text) ? QStringLiteral("ar") : QStringLiteral("en"));
    QString id = slugFor(title.isEmpty() ? QFileInfo(fileName).completeBaseName() : title);
    if (id.isEmpty())
        id = QStringLiteral("article");
    QString unique = id;
    for (int n = 2; m_project && m_project->hasArticle(unique); ++n)
        unique = id + u'-' + QString::number(n);
    m_id->setText(unique);
    m_text->setPlainText(text);
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

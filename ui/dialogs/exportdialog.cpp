#include "dialogs/exportdialog.h"

#include "io/annotationexporter.h"
#include "io/csvwriter.h"
#include "io/referencedata.h"
#include "reader/readerhighlighter.h"
#include "store/project.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Entente {

namespace {

KSyntaxHighlighting::Definition csvDefinition(QChar delimiter)
{
    auto &repo = ReaderHighlighter::repository();
    QString name = QStringLiteral("CSV");
    if (delimiter == u'\t')
        name = QStringLiteral("TSV");
    else if (delimiter == u';')
        name = QStringLiteral("CSV (semicolon)");
    KSyntaxHighlighting::Definition def = repo.definitionForName(name);
    return def.isValid() ? def : repo.definitionForName(QStringLiteral("CSV"));
}

} // namespace

ExportDialog::ExportDialog(const Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Annotations"));

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    layout->addLayout(top);

    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    m_columns = new QListWidget(columnsBox);
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    for (const QString &column : AnnotationExporter::columns()) {
        auto *item = new QListWidgetItem(column, m_columns);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    columnsLayout->addWidget(m_columns);
    auto *columnButtons = new QHBoxLayout;
    auto *all = new QPushButton(tr("All"), columnsBox);
    auto *none = new QPushButton(tr("None"), columnsBox);
    columnButtons->addWidget(all);
    columnButtons->addWidget(none);
    columnButtons->addStretch();
    columnsLayout->addLayout(columnButtons);
    const auto checkAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_columns->count(); ++i)
            m_columns->item(i)->setCheckState(state);
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    top->addWidget(columnsBox, 1);

    auto *optionsBox = new QGroupBox(tr("Rows and format"), this);
    auto *form = new QFormLayout(optionsBox);
    m_tag = new QComboBox(optionsBox);
    m_tag->setObjectName(QStringLiteral("exportTagFilter"));
    m_tag->addItem(tr("All tags"), qint64(0));
    QList<std::pair<QString, qint64>> tags;
    for (const Tag &t : project->tags())
        tags.append({project->tagPath(t.id), t.id});
    std::sort(tags.begin(), tags.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first, Qt::CaseInsensitive) < 0; });
    for (const auto &[path, id] : std::as_const(tags))
        m_tag->addItem(path, id);
    form->addRow(tr("&Tag:"), m_tag);

    m_year = new QComboBox(optionsBox);
    m_year->setObjectName(QStringLiteral("exportYearFilter"));
    m_year->addItem(tr("All years"), 0);
    QSet<int> yearSet;
    const ArticleList articles = project->articles();
    for (const Article &a : articles)
        if (a.published.isValid())
            yearSet.insert(a.published.year());
    QList<int> years(yearSet.cbegin(), yearSet.cend());
    std::sort(years.begin(), years.end());
    for (int y : std::as_const(years))
        m_year->addItem(QString::number(y), y);
    form->addRow(tr("Publication &year:"), m_year);

    m_article = new QComboBox(optionsBox);
    m_article->setObjectName(QStringLiteral("exportArticleFilter"));
    m_article->addItem(tr("All articles"), QString());
    for (const Article &a : articles)
        m_article->addItem(a.title.isEmpty() ? a.id : a.title, a.id);
    m_article->setMinimumContentsLength(24);
    m_article->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(tr("&Article:"), m_article);

    m_delimiter = new QComboBox(optionsBox);
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_delimiter->addItem(tr("Comma ( , )"), QString(u','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QString(u';'));
    m_delimiter->addItem(tr("Tab"), QString(u'\t'));
    form->addRow(tr("&Delimiter:"), m_delimiter);

    m_bom = new QCheckBox(tr("Start with a &byte-order mark (for Excel)"), optionsBox);
    m_bom->setObjectName(QStringLiteral("exportBom"));
    form->addRow(QString(), m_bom);
    auto *note = new QLabel(tr("UTF-8, CRLF line ends, one row per annotation and tag. Cells that a "
                               "spreadsheet would run as a formula get a leading apostrophe."),
                            optionsBox);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    top->addWidget(optionsBox, 2);

    auto *previewLabel = new QLabel(tr("Preview (first %n row(s)):", nullptr, PreviewRows), this);
    layout->addWidget(previewLabel);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumHeight(220);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(m_preview, 1);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_preview->document());
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export\u2026"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportToChosenFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(60);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::schedulePreview);
    for (QComboBox *box : {m_tag, m_year, m_article, m_delimiter})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_bom, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);

    applyTheme();
    updatePreview();
    resize(900, 640);
}

void ExportDialog::setReferenceData(const ReferenceData *reference)
{
    m_reference = reference;
    schedulePreview();
}

QStringList ExportDialog::selectedColumns() const
{
    QStringList columns;
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            columns << m_columns->item(i)->text();
    return columns;
}

void ExportDialog::setColumnChecked(const QString &column, bool checked)
{
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->text() == column)
            m_columns->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ExportDialog::setTagFilter(qint64 tagId)
{
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tagId)));
}

void ExportDialog::setYearFilter(int year)
{
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
}

void ExportDialog::setArticleFilter(const QString &articleId)
{
    m_article->setCurrentIndex(std::max(0, m_article->findData(articleId)));
}

void ExportDialog::setDelimiter(QChar delimiter)
{
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(delimiter))));
}

QChar ExportDialog::delimiter() const
{
    const QString d = m_delimiter->currentData().toString();
    return d.isEmpty() ? QChar(u',') : d.at(0);
}

void ExportDialog::setByteOrderMark(bool on)
{
    m_bom->setChecked(on);
}

bool ExportDialog::byteOrderMark() const
{
    return m_bom->isChecked();
}

QList<QStringList> ExportDialog::exportRows(qsizetype maxRows) const
{
    AnnotationExporter exporter(m_project);
    AnnotationExporter::Filter filter;
    filter.tagId = m_tag->currentData().toLongLong();
    filter.year = m_year->currentData().toInt();
    filter.articleId = m_article->currentData().toString();
    exporter.setFilter(filter);
    if (m_reference)
        exporter.setOfficialsProvider(m_reference->officialsProvider());
    const QList<QStringList> full = exporter.rows(maxRows);
    // Keep the ticked columns, in the exporter's order.
    const QStringList all = AnnotationExporter::columns();
    QList<qsizetype> keep;
    for (const QString &c : selectedColumns())
        keep << all.indexOf(c);
    QList<QStringList> rows;
    rows.reserve(full.size());
    for (const QStringList &row : full) {
        QStringList cells;
        for (qsizetype i : std::as_const(keep))
            cells << row.value(i);
        rows << cells;
    }
    return rows;
}

QString ExportDialog::csvText(qsizetype maxRows) const
{
    CsvWriter writer;
    writer.setDelimiter(delimiter());
    QString text = writer.formatRow(selectedColumns());
    for (const QStringList &row : exportRows(maxRows))
        text += writer.formatRow(row);
    return text;
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    const KSyntaxHighlighting::Definition def = csvDefinition(delimiter());
    if (m_highlighter->definition() != def)
        m_highlighter->setDefinition(def);
    // The preview shows line breaks, not CR LF pairs.
    QString text = csvText(PreviewRows);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text.endsWith(u'\n'))
        text.chop(1);
    m_preview->setPlainText(text);
    const qsizetype total = exportRows(-1).size();
    const int columns = int(selectedColumns().size());
    if (columns == 0)
        m_summary->setText(tr("Tick at least one column to export."));
    else
        m_summary->setText(tr("%n row(s) will be written", nullptr, int(total)) + QStringLiteral(", ")
                           + tr("%n column(s)", nullptr, columns)
                           + (byteOrderMark() ? tr(", with a byte-order mark.") : tr(", without a byte-order mark.")));
    if (auto *button = findChild<QPushButton *>(QStringLiteral("exportButton")))
        button->setEnabled(columns > 0);
}

void ExportDialog::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const KSyntaxHighlighting::Theme theme = ReaderHighlighter::repository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    m_highlighter->setTheme(theme);
    QPalette p = m_preview->palette();
    p.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_preview->setPalette(p);
    m_highlighter->rehighlight();
}

void ExportDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        applyTheme();
}

bool ExportDialog::exportTo(const QString &fileName)
{
    m_error.clear();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write \u201C%1\u201D: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    CsvWriter writer(&file);
    writer.setDelimiter(delimiter());
    writer.setByteOrderMark(byteOrderMark());
    bool ok = writer.writeRow(selectedColumns());
    const QList<QStringList> rows = exportRows(-1);
    for (qsizetype i = 0; ok && i < rows.size(); ++i)
        ok = writer.writeRow(rows.at(i));
    if (!ok) {
        m_error = writer.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write \u201C%1\u201D: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

void ExportDialog::exportToChosenFile()
{
    const QString suffix = delimiter() == u'\t' ? QStringLiteral("tsv") : QStringLiteral("csv");
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(tr("annotations") + u'.' + suffix);
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Annotations"), start,
                                                          tr("CSV files (*.csv *.tsv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    if (!exportTo(fileName)) {
        QMessageBox::warning(this, tr("Export failed"), m_error);
        return;
    }
    accept();
}

} // namespace Entente

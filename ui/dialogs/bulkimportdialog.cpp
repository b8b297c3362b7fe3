#include "dialogs/bulkimportdialog.h"

#include "dialogs/columnmappingdialog.h"
#include "import/tablereader.h"
#include "io/boundedfile.h"
#include "models/importreviewmodel.h"
#include "store/project.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Entente {

struct BulkImportDialog::ScanResult
{
    QStringList files;
    QList<ImportItem> items;
    QList<ImportFailure> failures;
    bool cancelled = false;
};

struct BulkImportDialog::ImportResult
{
    ImportReport report;
};

namespace {

// How often, at most, the worker tells the progress bar (a scan of 10,000 small files would
// otherwise post 10,000 events).
constexpr int ProgressIntervalMs = 40;

/// Shows @p edit's text in the negative colour of @p normal when @p problem says why it would
/// be refused, with the reason as its tooltip; as it was otherwise.
void showValidity(QLineEdit *edit, const QPalette &normal, const QString &problem)
{
    QPalette p = normal;
    if (!problem.isEmpty()) {
        const bool dark = normal.color(QPalette::Base).lightness() < 128;
        p.setColor(QPalette::Text, dark ? QColor(0xff, 0x80, 0x80) : QColor(0xbf, 0x03, 0x03));
    }
    edit->setPalette(p);
    edit->setToolTip(problem);
}

/// Left-out rows drawn greyed; titles, outlets and problems in Arabic or Persian laid out
/// right to left in their cells; an edit the model would refuse explained instead of dropped.
class ReviewDelegate : public QStyledItemDelegate
{
public:
    ReviewDelegate(std::function<void(const QString &)> refused, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_refused(std::move(refused))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        // Checked as you type: a date or language the model would refuse shows in the
        // palette's negative colour, with the reason as its tooltip.
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            const int column = index.column();
            const QPalette normal = edit->palette();
            QObject::connect(edit, &QLineEdit::textChanged, edit, [edit, column, normal](const QString &text) {
                showValidity(edit, normal, ImportReviewModel::problemWith(column, text));
            });
        }
        return editor;
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            const QString problem = ImportReviewModel::problemWith(index.column(), edit->text());
            if (!problem.isEmpty()) {
                m_refused(problem);
                return;
            }
        }
        m_refused(QString());
        QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool included = index.siblingAtColumn(ImportReviewModel::ImportColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
        if (!included)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        if (option->features & QStyleOptionViewItem::HasDisplay && option->text.isRightToLeft())
            option->direction = Qt::RightToLeft;
        // "a-long-file-name-….html, row 12": the end of a file name says as much as its start.
        if (index.column() == ImportReviewModel::FileColumn)
            option->textElideMode = Qt::ElideMiddle;
    }

private:
    std::function<void(const QString &)> m_refused;
};

QString nativeList(const QStringList &paths)
{
    QStringList native;
    for (const QString &p : paths)
        native.append(QDir::toNativeSeparators(p));
    return native.join(QStringLiteral(", "));
}

} // namespace

BulkImportDialog::BulkImportDialog(Project *project, const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_paths(paths)
{
    setObjectName(QStringLiteral("bulkImportDialog"));
    setWindowTitle(tr("Import Articles"));
    m_settings.recursive = true;

    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *progressRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setTextVisible(false);
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress, 1);
    layout->addLayout(progressRow);

    // A refused edit, a file that could not be read for "Columns…": said here, not in a box.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setAutoFillBackground(true);
    m_message->setMargin(4);
    m_message->hide();
    layout->addWidget(m_message);

    m_model = new ImportReviewModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImportReviewModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importReview"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ReviewDelegate([this](const QString &why) { showMessage(why); }, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the order of the files until a click
    m_view->setSortingEnabled(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ImportReviewModel::TitleColumn, QHeaderView::Stretch);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(ImportReviewModel::DateColumn, 8 * em);
    header->resizeSection(ImportReviewModel::OutletColumn, 9 * em);
    header->resizeSection(ImportReviewModel::LanguageColumn, 5 * em);
    header->resizeSection(ImportReviewModel::FormatColumn, 4 * em);
    header->resizeSection(ImportReviewModel::FileColumn, 10 * em);
    header->resizeSection(ImportReviewModel::DuplicateColumn, 15 * em);
    header->resizeSection(ImportReviewModel::ProblemsColumn, 12 * em);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    // Set for selected: [Outlet|Language|Date] [value] [Apply]
    m_bulkBar = new QWidget(this);
    auto *bulk = new QHBoxLayout(m_bulkBar);
    bulk->setContentsMargins(0, 0, 0, 0);
    auto *bulkLabel = new QLabel(tr("Set for &selected:"), m_bulkBar);
    m_bulkField = new QComboBox(m_bulkBar);
    m_bulkField->setObjectName(QStringLiteral("bulkField"));
    m_bulkField->addItem(tr("Outlet"), int(ImportReviewModel::OutletColumn));
    m_bulkField->addItem(tr("Language"), int(ImportReviewModel::LanguageColumn));
    m_bulkField->addItem(tr("Date"), int(ImportReviewModel::DateColumn));
    bulkLabel->setBuddy(m_bulkField);
    m_bulkValue = new QLineEdit(m_bulkBar);
    m_bulkValue->setObjectName(QStringLiteral("bulkValue"));
    m_bulkValue->setClearButtonEnabled(true);
    m_bulkValue->setCompleter(new QCompleter(new QStringListModel(m_bulkValue), m_bulkValue));
    m_bulkValue->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_bulkApply = new QPushButton(tr("&Apply"), m_bulkBar);
    m_bulkApply->setObjectName(QStringLiteral("bulkApply"));
    m_bulkApply->setAutoDefault(false);
    bulk->addWidget(bulkLabel);
    bulk->addWidget(m_bulkField);
    bulk->addWidget(m_bulkValue, 1);
    bulk->addWidget(m_bulkApply);
    layout->addWidget(m_bulkBar);

    m_failuresLabel = new QLabel(this);
    layout->addWidget(m_failuresLabel);
    m_failures = new QTreeWidget(this);
    m_failures->setObjectName(QStringLiteral("importFailures"));
    m_failures->setColumnCount(2);
    m_failures->setHeaderLabels({tr("File"), tr("Problem")});
    m_failures->setRootIsDecorated(false);
    m_failures->setUniformRowHeights(true);
    m_failures->setWordWrap(false);
    m_failures->header()->resizeSection(0, 22 * em);
    m_failures->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_failures);

    // Options of the scan on the left, the dialog's buttons on the right.
    auto *bottom = new QHBoxLayout;
    m_subfolders = new QCheckBox(tr("Include su&b-folders"), this);
    m_subfolders->setObjectName(QStringLiteral("importSubfolders"));
    m_subfolders->setChecked(m_settings.recursive);
    bool anyFolder = false;
    for (const QString &p : paths)
        anyFolder = anyFolder || QFileInfo(p).isDir();
    m_subfolders->setVisible(anyFolder);
    m_columnsButton = new QPushButton(tr("C&olumns\u2026"), this);
    m_columnsButton->setObjectName(QStringLiteral("importColumns"));
    m_columnsButton->setToolTip(tr("Choose which spreadsheet column gives the title, text, date, … and read the spreadsheets again"));
    m_columnsButton->setAutoDefault(false);
    m_columnsButton->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    bottom->addWidget(m_subfolders);
    bottom->addWidget(m_columnsButton);
    // The button box takes the rest of the row (it keeps its buttons at the end), so a
    // longer "Import 1,234 Articles" has room without a new layout of the row.
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);

    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (m_phase == Phase::Review)
            startImport();
        else if (m_phase == Phase::Finished)
            accept();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &BulkImportDialog::reject);
    connect(m_columnsButton, &QPushButton::clicked, this, &BulkImportDialog::chooseColumns);
    connect(m_subfolders, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.recursive = on;
        rescan();
    });
    connect(m_bulkApply, &QPushButton::clicked, this, &BulkImportDialog::applyToSelection);
    m_bulkValue->installEventFilter(this); // Enter applies (and does not press Import)
    connect(m_bulkValue, &QLineEdit::textChanged, this, &BulkImportDialog::updateBulkBar);
    connect(m_bulkField, &QComboBox::currentIndexChanged, this, &BulkImportDialog::updateBulkBar);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BulkImportDialog::updateBulkBar);
    connect(m_model, &ImportReviewModel::countsChanged, this, &BulkImportDialog::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BulkImportDialog::updateBulkBar);
    connect(m_view, &QWidget::customContextMenuRequested, this, &BulkImportDialog::showContextMenu);

    resize(1100, 640);
    setPhase(Phase::Scanning);
    QTimer::singleShot(0, this, &BulkImportDialog::rescan);
}

BulkImportDialog::~BulkImportDialog()
{
    m_closing = true;
    if (m_worker) {
        m_cancel->store(true);
        disconnect(m_worker, nullptr, this, nullptr);
        waitForWorker();
    }
    // What a cancelled or interrupted import wrote is still one undo step.
    if (m_importId != 0)
        m_project->finishImport(m_importId);
}

QStringList BulkImportDialog::spreadsheetFiles() const
{
    const TableReader table;
    QStringList found;
    for (const QString &f : m_files)
        if (table.canRead(f, QByteArray()))
            found.append(f);
    return found;
}

void BulkImportDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const bool working = phase == Phase::Scanning || phase == Phase::Importing;
    m_status->setVisible(working);
    m_progress->setVisible(working);
    m_view->setEnabled(phase != Phase::Scanning);
    m_view->setEditTriggers(phase == Phase::Review ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                         | QAbstractItemView::SelectedClicked
                                                   : QAbstractItemView::NoEditTriggers);
    m_bulkBar->setVisible(phase == Phase::Review);
    m_subfolders->setEnabled(phase == Phase::Review);
    if (phase == Phase::Finished)
        m_subfolders->hide();
    m_columnsButton->setVisible(phase == Phase::Review && !spreadsheetFiles().isEmpty());
    m_importButton->setVisible(phase != Phase::Scanning);
    m_importButton->setEnabled(phase == Phase::Finished || (phase == Phase::Review && m_model->counts().included > 0));
    m_cancelButton->setVisible(phase != Phase::Finished);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setText(tr("Cancel"));
    m_importButton->setDefault(phase == Phase::Review || phase == Phase::Finished);
    if (phase == Phase::Finished)
        m_importButton->setText(tr("&Close"));
    if (phase == Phase::Importing)
        m_view->clearSelection();
    updateSummary();
    updateBulkBar();
}

void BulkImportDialog::showProgress(int done, int total, int articles)
{
    if (m_closing)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (m_phase == Phase::Scanning)
        m_status->setText((articles == 1 ? tr("Reading file %1 of %2: 1 article found")
                                         : tr("Reading file %1 of %2: %n articles found", nullptr, articles))
                              .arg(done)
                              .arg(total));
    else if (m_phase == Phase::Importing)
        m_status->setText((m_written == 1 ? tr("Importing file %1 of %2: 1 article written")
                                          : tr("Importing file %1 of %2: %n articles written", nullptr, m_written))
                              .arg(done)
                              .arg(total));
}

// --- scanning ------------------------------------------------------------------------------

void BulkImportDialog::rescan()
{
    if (m_worker || m_phase == Phase::Importing || m_phase == Phase::Finished)
        return;
    const ImportReviewModel::Edits edits = m_model->edits();
    setPhase(Phase::Scanning);
    m_status->setText(tr("Looking for files in %1\u2026").arg(nativeList(m_paths)));
    m_progress->setRange(0, 0);
    showMessage(QString());

    // The project is read here, on its own thread; the worker gets a copy.
    const BulkImport::Known known = BulkImport::known(m_project);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    auto result = std::make_shared<ScanResult>();
    const QStringList paths = m_paths;
    const ImportSettings settings = m_settings;
    m_worker = QThread::create([this, cancel, result, paths, settings, known] {
        result->files = ImportFiles::collect(paths, settings.recursive, &result->failures);
        BulkImport scanner(settings, known);
        BulkImport::Callbacks callbacks;
        callbacks.cancelled = [cancel] { return cancel->load(); };
        QElapsedTimer clock;
        clock.start();
        callbacks.progress = [this, &clock](int done, int total, int articles) {
            if (done < total && clock.elapsed() < ProgressIntervalMs)
                return;
            clock.restart();
            QMetaObject::invokeMethod(this, [this, done, total, articles] { showProgress(done, total, articles); },
                                      Qt::QueuedConnection);
        };
        result->items = scanner.scan(result->files, &result->failures, callbacks);
        result->cancelled = cancel->load();
    });
    m_worker->setObjectName(QStringLiteral("Entente bulk import scan"));
    connect(m_worker, &QThread::finished, this, [this, result, edits] {
        if (m_closing)
            return;
        waitForWorker();
        if (result->cancelled) {
            QDialog::reject();
            return;
        }
        m_files = result->files;
        m_scanFailures = result->failures;
        m_model->setItems(result->items);
        m_model->applyEdits(edits);
        showFailures(m_scanFailures);
        setPhase(Phase::Review);
        for (const int c : {ImportReviewModel::ImportColumn, ImportReviewModel::DateColumn, ImportReviewModel::LanguageColumn,
                            ImportReviewModel::FormatColumn})
            m_view->resizeColumnToContents(c);
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, ImportReviewModel::TitleColumn));
        m_view->setFocus(Qt::OtherFocusReason);
        Q_EMIT scanFinished();
    });
    m_worker->start();
}

void BulkImportDialog::setColumnMapping(const ColumnMapping &mapping)
{
    m_settings.mapping = mapping;
    rescan();
}

void BulkImportDialog::chooseColumns()
{
    const TableReader reader(m_settings.mapping);
    QStringList columns;
    QStringList unreadable;
    for (const QString &file : spreadsheetFiles()) {
        QByteArray bytes;
        QString error;
        QStringList found;
        if (!BoundedFile::read(file, BoundedFile::MaxArticleBytes, &bytes, &error)
            || !reader.readColumns(file, bytes, &found, &error)) {
            unreadable.append(QFileInfo(file).fileName() + QStringLiteral(": ") + error);
            continue;
        }
        for (const QString &c : std::as_const(found))
            if (!columns.contains(c))
                columns.append(c);
    }
    if (columns.isEmpty()) {
        showMessage(tr("No columns could be read from the spreadsheets. %1").arg(unreadable.join(QStringLiteral("; "))));
        return;
    }
    ColumnMappingDialog dialog(columns, m_settings.mapping, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ColumnMapping mapping = dialog.mapping();
    if (mapping == m_settings.mapping)
        return;
    setColumnMapping(mapping);
}

// --- the review -----------------------------------------------------------------------------

QModelIndexList BulkImportDialog::selectedSourceRows() const
{
    QModelIndexList rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index));
    return rows;
}

void BulkImportDialog::applyToSelection()
{
    if (m_phase != Phase::Review)
        return;
    const int column = m_bulkField->currentData().toInt();
    const QString value = m_bulkValue->text().trimmed();
    const QString problem = ImportReviewModel::problemWith(column, value);
    if (!problem.isEmpty()) {
        showMessage(problem);
        return;
    }
    const QModelIndexList rows = selectedSourceRows();
    if (rows.isEmpty()) {
        showMessage(tr("Select the rows to change first (Ctrl+A selects them all)."));
        return;
    }
    showMessage(QString());
    m_model->setForRows(rows, column, value);
}

void BulkImportDialog::includeSelection(bool include)
{
    if (m_phase != Phase::Review)
        return;
    m_model->setForRows(selectedSourceRows(), ImportReviewModel::ImportColumn, include);
}

void BulkImportDialog::updateBulkBar()
{
    const int column = m_bulkField->currentData().toInt();
    const QString value = m_bulkValue->text().trimmed();
    const QString problem = ImportReviewModel::problemWith(column, value);
    showValidity(m_bulkValue, m_bulkBar->palette(), problem);
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_bulkApply->setEnabled(m_phase == Phase::Review && selected > 0 && problem.isEmpty());
    const QString field = m_bulkField->currentText().toLower();
    m_bulkApply->setToolTip(!problem.isEmpty() ? problem
                            : selected == 1    ? tr("Set the %1 of the selected row").arg(field)
                                               : tr("Set the %1 of the %n selected rows", nullptr, selected).arg(field));
    switch (column) {
    case ImportReviewModel::DateColumn:
        m_bulkValue->setPlaceholderText(tr("EDTF: 2023-04-29, 2021-06, 2021, 2020-03? (empty: undated)"));
        break;
    case ImportReviewModel::LanguageColumn:
        m_bulkValue->setPlaceholderText(tr("A language tag: en, ar, fa, …"));
        break;
    default:
        m_bulkValue->setPlaceholderText(tr("The outlet, e.g. Tehran Times"));
        break;
    }
    // Offer what the table already holds in that column.
    QStringList seen;
    for (const ImportItem &item : m_model->items()) {
        const QString v = column == ImportReviewModel::LanguageColumn ? item.language
                          : column == ImportReviewModel::OutletColumn ? item.outlet
                                                                       : QString();
        if (!v.isEmpty() && !seen.contains(v))
            seen.append(v);
    }
    seen.sort(Qt::CaseInsensitive);
    if (auto *completions = qobject_cast<QStringListModel *>(m_bulkValue->completer()->model()); completions && completions->stringList() != seen)
        completions->setStringList(seen);
}

void BulkImportDialog::updateSummary()
{
    if (m_phase == Phase::Scanning) {
        m_summary->setText(tr("Reading the files; nothing is imported until you review what was found."));
        return;
    }
    if (m_phase == Phase::Finished) {
        const auto nearCount = std::count_if(m_report.duplicates.cbegin(), m_report.duplicates.cend(),
                                             [](const ImportReport::Duplicate &d) { return d.near; });
        const int imported = int(m_report.imported.size());
        QStringList parts{imported == 1 ? tr("Imported 1 article.") : tr("Imported %n articles.", nullptr, imported)};
        if (nearCount == 1)
            parts << tr("1 of them is linked as the same story as another article.");
        else if (nearCount > 1)
            parts << tr("%n of them are linked as the same story as another article.", nullptr, int(nearCount));
        if (m_report.cancelled)
            parts << tr("Cancelled: the articles imported before stay.");
        if (!m_report.imported.isEmpty())
            parts << tr("Edit \u25B8 Undo removes the whole import.");
        if (!m_report.failed.isEmpty())
            parts << (m_report.failed.size() == 1 ? tr("1 could not be imported (see below).")
                                                  : tr("%n could not be imported (see below).", nullptr, int(m_report.failed.size())));
        m_summary->setText(parts.join(u' '));
        return;
    }
    const ImportReviewModel::Counts c = m_model->counts();
    QSet<QString> failedFiles;
    for (const ImportFailure &f : std::as_const(m_scanFailures))
        failedFiles.insert(f.file);
    const int failed = int(failedFiles.size());
    // Singular spelled out, so English reads right without a translation loaded (as in the
    // status bar); translations take their plural forms from the %n entries.
    QStringList parts{tr("%n new", nullptr, c.fresh)};
    if (c.exactOmitted > 0)
        parts << (c.exactOmitted == 1 ? tr("1 exact duplicate left out") : tr("%n exact duplicates left out", nullptr, c.exactOmitted));
    if (c.exactIncluded > 0)
        parts << (c.exactIncluded == 1 ? tr("1 exact duplicate imported anyway")
                                       : tr("%n exact duplicates imported anyway", nullptr, c.exactIncluded));
    if (c.nearLinked > 0)
        parts << (c.nearLinked == 1 ? tr("1 near-duplicate linked") : tr("%n near-duplicates linked", nullptr, c.nearLinked));
    if (c.omitted > 0)
        parts << tr("%n left out by you", nullptr, c.omitted);
    if (failed > 0)
        parts << (failed == 1 ? tr("1 file failed") : tr("%n files failed", nullptr, failed));
    QString text = parts.join(QStringLiteral(", "));
    if (c.rows == 0)
        text = failed == 0 ? tr("No articles found.")
               : failed == 1 ? tr("No articles found; 1 file failed.")
                             : tr("No articles found; %n files failed.", nullptr, failed);
    m_summary->setText(text);
    if (m_phase == Phase::Review) {
        m_importButton->setText(c.included == 1 ? tr("&Import 1 Article") : tr("&Import %n Articles", nullptr, c.included));
        m_importButton->setEnabled(c.included > 0);
    }
}

void BulkImportDialog::showFailures(const QList<ImportFailure> &failures)
{
    m_failures->clear();
    for (const ImportFailure &f : failures) {
        auto *item = new QTreeWidgetItem(m_failures, {QFileInfo(f.file).fileName(), f.error});
        item->setToolTip(0, QDir::toNativeSeparators(f.file));
        item->setToolTip(1, f.error);
    }
    QSet<QString> files;
    for (const ImportFailure &f : failures)
        files.insert(f.file);
    m_failuresLabel->setText(m_phase == Phase::Finished || m_phase == Phase::Importing
                                 ? tr("Not imported:")
                                 : files.size() == 1 ? tr("1 file could not be read:")
                                                     : tr("%n files could not be read:", nullptr, int(files.size())));
    m_failuresLabel->setVisible(!failures.isEmpty());
    m_failures->setVisible(!failures.isEmpty());
    // As tall as its rows, up to five; the table keeps the room.
    const int rows = int(qMin<qsizetype>(failures.size(), 5));
    const int rowHeight = qMax(m_failures->sizeHintForRow(0), m_failures->fontMetrics().height() + 4);
    m_failures->setFixedHeight(m_failures->header()->sizeHint().height() + rows * rowHeight + 2 * m_failures->frameWidth() + 2);
}

void BulkImportDialog::showMessage(const QString &text)
{
    // A warning strip in the manner of KMessageWidget: the window colour tinted red.
    QPalette p = palette();
    const QColor window = p.color(QPalette::Window);
    const QColor negative = window.lightness() < 128 ? QColor(0xda, 0x44, 0x53) : QColor(0xbf, 0x03, 0x03);
    p.setColor(QPalette::Window, QColor::fromRgbF(window.redF() * 0.85f + negative.redF() * 0.15f,
                                                 window.greenF() * 0.85f + negative.greenF() * 0.15f,
                                                 window.blueF() * 0.85f + negative.blueF() * 0.15f));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void BulkImportDialog::showContextMenu(const QPoint &pos)
{
    if (m_phase != Phase::Review || !m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Import Selected"), this, [this] { includeSelection(true); });
    menu.addAction(tr("&Leave Out Selected"), this, [this] { includeSelection(false); });
    menu.addSeparator();
    for (int i = 0; i < m_bulkField->count(); ++i) {
        menu.addAction(tr("Set %1 of Selected\u2026").arg(m_bulkField->itemText(i)), this, [this, i] {
            m_bulkField->setCurrentIndex(i);
            m_bulkValue->setFocus(Qt::OtherFocusReason);
            m_bulkValue->selectAll();
        });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool BulkImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bulkValue && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            applyToSelection();
            return true;
        }
    }
    // Space ticks or unticks every selected row, following the current one.
    if (watched == m_view && event->type() == QEvent::KeyPress && m_phase == Phase::Review
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        if (current.isValid()) {
            includeSelection(!m_model->item(current.row()).include);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

// --- importing ------------------------------------------------------------------------------

void BulkImportDialog::startImport()
{
    if (m_worker || m_phase != Phase::Review)
        return;
    const QList<ImportItem> reviewed = m_model->items();
    // Only the files something is taken from are read again.
    QSet<QString> wanted;
    for (const ImportItem &item : reviewed)
        if (item.include)
            wanted.insert(item.file);
    QStringList files;
    for (const QString &f : std::as_const(m_files))
        if (wanted.contains(f))
            files.append(f);
    if (files.isEmpty())
        return;
    m_importId = m_project->beginImport(nativeList(m_paths));
    if (m_importId == 0) {
        showMessage(tr("The import could not start: %1").arg(m_project->errorString()));
        return;
    }
    const BulkImport::Known known = BulkImport::known(m_project);
    m_written = 0;
    setPhase(Phase::Importing);
    showMessage(QString());
    m_status->setText(tr("Importing\u2026"));
    m_progress->setRange(0, int(files.size()));
    m_progress->setValue(0);

    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    auto result = std::make_shared<ImportResult>();
    const ImportSettings settings = m_settings;
    m_worker = QThread::create([this, cancel, result, files, reviewed, settings, known] {
        BulkImport importer(settings, known);
        BulkImport::Callbacks callbacks;
        callbacks.cancelled = [cancel] { return cancel->load(); };
        QElapsedTimer clock;
        clock.start();
        callbacks.progress = [this, &clock](int done, int total, int articles) {
            Q_UNUSED(articles)
            if (done < total && clock.elapsed() < ProgressIntervalMs)
                return;
            clock.restart();
            QMetaObject::invokeMethod(this, [this, done, total] { showProgress(done, total, 0); }, Qt::QueuedConnection);
        };
        // The project's connection belongs to the GUI thread: the batch is written there,
        // and this thread waits until it is.
        callbacks.write = [this](const QList<NewArticle> &batch, QString *error) {
            bool ok = false;
            QString why;
            QMetaObject::invokeMethod(this, [this, &batch, &ok, &why] { ok = writeBatch(batch, &why); },
                                      Qt::BlockingQueuedConnection);
            if (!ok)
                *error = why;
            return ok;
        };
        result->report = importer.import(files, &reviewed, callbacks);
    });
    m_worker->setObjectName(QStringLiteral("Entente bulk import"));
    connect(m_worker, &QThread::finished, this, [this, result] {
        if (m_closing)
            return;
        waitForWorker();
        importDone(*result);
    });
    m_worker->start();
}

bool BulkImportDialog::writeBatch(const QList<NewArticle> &batch, QString *error)
{
    if (!m_project->isOpen() || m_importId == 0) {
        *error = tr("The project was closed.");
        return false;
    }
    if (!m_project->addImportedArticles(m_importId, batch)) {
        *error = m_project->errorString();
        return false;
    }
    m_written += int(batch.size());
    if (!m_closing) {
        m_status->setText(m_written == 1 ? tr("Importing: 1 article written") : tr("Importing: %n articles written", nullptr, m_written));
        Q_EMIT batchWritten(m_written);
    }
    return true;
}

void BulkImportDialog::importDone(const ImportResult &result)
{
    m_report = result.report;
    m_report.importId = m_importId;
    m_report.failed = m_scanFailures + m_report.failed;
    const qint64 id = m_importId;
    m_importId = 0;
    if (!m_project->finishImport(id))
        m_report.failed.append({m_project->fileName(), m_project->errorString()});
    setPhase(Phase::Finished);
    showFailures(m_report.failed);
    Q_EMIT importFinished();
}

void BulkImportDialog::waitForWorker()
{
    QThread *worker = m_worker;
    if (!worker)
        return;
    // The worker may be waiting for a batch to be written here: serve it, or it never ends.
    while (!worker->wait(QDeadlineTimer(20)))
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (m_worker == worker) {
        m_worker = nullptr;
        delete worker;
    }
}

void BulkImportDialog::cancel()
{
    if (!m_worker || !m_cancel)
        return;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_status->setText(m_phase == Phase::Importing ? tr("Cancelling after the batch being written\u2026")
                                                  : tr("Cancelling\u2026"));
}

void BulkImportDialog::reject()
{
    if (m_worker) {
        cancel(); // the dialog closes (scan) or shows the report (import) once the worker stops
        return;
    }
    QDialog::reject();
}

void BulkImportDialog::closeEvent(QCloseEvent *event)
{
    if (m_worker) {
        cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace Entente

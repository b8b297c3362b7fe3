#pragma once

#include "io/bulkimport.h"

#include <QDialog>
#include <QModelIndexList>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QThread;
class QTreeWidget;

namespace Entente {

class ImportReviewModel;
class Project;

/**
 * File ▸ Import for many files and folders at once (and what is dropped on the library).
 *
 * 1. Scanning: the files are found and read on a worker thread (BulkImport::scan()), with a
 *    progress bar and Cancel, which closes the dialog; nothing is written.
 * 2. Review: a sortable table of what was found (ImportReviewModel): tick what to import,
 *    edit titles, dates, outlets and languages, one cell or every selected row at once ("Set
 *    for selected"); a summary line and the files that could not be read. With spreadsheets
 *    among the files, "Columns…" changes which column gives which field and reads them again,
 *    keeping the edits made so far.
 * 3. Importing: BulkImport::import() on the worker thread; each batch is written by the
 *    project on this (the GUI) thread, which owns its SQLite connection, while the worker
 *    waits. Cancel stops after the batch being written: what was written stays, whole.
 *    finishImport() then makes the whole import one undo step, also after Cancel.
 * 4. Finished: the report (counts and every failure); Close.
 *
 * The known articles of the project (BulkImport::known()) are read here on the GUI thread
 * before each run; the worker never touches the project.
 */
class BulkImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Phase { Scanning, Review, Importing, Finished };

    /// Starts scanning @p paths (files and folders; folders with their sub-folders) as soon
    /// as the event loop runs.
    BulkImportDialog(Project *project, const QStringList &paths, QWidget *parent = nullptr);
    ~BulkImportDialog() override;

    Phase phase() const { return m_phase; }
    ImportSettings settings() const { return m_settings; }
    /// The files the paths gave, in import order.
    QStringList files() const { return m_files; }
    /// Among files(), the spreadsheets and JSON Lines files ("Columns…" is offered for them).
    QStringList spreadsheetFiles() const;
    /// What the scan could not read (and the paths that gave no file).
    QList<ImportFailure> scanFailures() const { return m_scanFailures; }
    /// After the import: what it did (scan failures included).
    const ImportReport &report() const { return m_report; }
    /// Articles written so far by this import.
    int written() const { return m_written; }

    ImportReviewModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    QTreeWidget *failureList() const { return m_failures; }
    QPushButton *importButton() const { return m_importButton; }
    /// Cancel while working and in the review, Close at the end.
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *columnsButton() const { return m_columnsButton; }
    /// "Set for selected": the field (a column of ImportReviewModel as item data), the value
    /// and Apply.
    QComboBox *bulkFieldCombo() const { return m_bulkField; }
    QLineEdit *bulkValueEdit() const { return m_bulkValue; }
    QPushButton *bulkApplyButton() const { return m_bulkApply; }
    QCheckBox *subfoldersCheck() const { return m_subfolders; }

    /// Reads the spreadsheets with @p mapping from now on, and scans again.
    void setColumnMapping(const ColumnMapping &mapping);

public Q_SLOTS:
    /// Scans the paths again (with the current settings), keeping the review's edits.
    void rescan();
    /// Imports the ticked rows.
    void startImport();
    /// Stops the scan (and closes) or the import (after the batch being written).
    void cancel();
    /// "Set for selected": the bulk bar's field and value to every selected row.
    void applyToSelection();
    /// Ticks (or unticks) every selected row.
    void includeSelection(bool include);

Q_SIGNALS:
    /// The scan ended and the review shows its rows.
    void scanFinished();
    /// A batch was written (on the GUI thread); @p written articles so far.
    void batchWritten(int written);
    /// The import ended (finished, cancelled or failed) and is one undo step.
    void importFinished();

protected:
    void reject() override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ScanResult;
    struct ImportResult;

    void setPhase(Phase phase);
    void showProgress(int done, int total, int articles);
    void importDone(const ImportResult &result);
    /// Runs on the GUI thread, called from the worker (which waits).
    bool writeBatch(const QList<NewArticle> &batch, QString *error);
    /// Waits for the worker, serving the calls it makes to this thread meanwhile.
    void waitForWorker();
    void updateSummary();
    void updateBulkBar();
    void showFailures(const QList<ImportFailure> &failures);
    void showMessage(const QString &text);
    void showContextMenu(const QPoint &pos);
    void chooseColumns();
    QModelIndexList selectedSourceRows() const;

    Project *m_project = nullptr;
    QStringList m_paths;
    ImportSettings m_settings;
    Phase m_phase = Phase::Scanning;
    QStringList m_files;
    QList<ImportFailure> m_scanFailures;
    ImportReport m_report;
    qint64 m_importId = 0;
    int m_written = 0;
    bool m_closing = false;

    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;

    ImportReviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_bulkBar = nullptr;
    QComboBox *m_bulkField = nullptr;
    QLineEdit *m_bulkValue = nullptr;
    QPushButton *m_bulkApply = nullptr;
    QLabel *m_failuresLabel = nullptr;
    QTreeWidget *m_failures = nullptr;
    QCheckBox *m_subfolders = nullptr;
    QPushButton *m_columnsButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Entente

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Entente {

class Project;
class ReferenceData;

/// File > Export Annotations: pick the columns, filter by tag, year and article, choose the
/// delimiter and a byte-order mark, and see the first rows as they will be written,
/// highlighted with KSyntaxHighlighting's CSV definition in the palette's theme. The file is
/// written through AnnotationExporter/CsvWriter into a QSaveFile.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// Rows shown in the preview.
    static constexpr int PreviewRows = 20;

    explicit ExportDialog(const Project *project, QWidget *parent = nullptr);

    /// Fills the "officials" column with the officials each span mentions, as found by
    /// @p reference (ReferenceData::officialsProvider(): the gazetteer with the project's
    /// officials edits, over the project's articles). It must outlive the dialog; nullptr
    /// leaves the column empty.
    void setReferenceData(const ReferenceData *reference);

    /// The columns ticked, in export order.
    QStringList selectedColumns() const;
    void setColumnChecked(const QString &column, bool checked);
    /// 0: every tag.
    void setTagFilter(qint64 tagId);
    /// 0: every year.
    void setYearFilter(int year);
    /// Empty: every article.
    void setArticleFilter(const QString &articleId);
    void setDelimiter(QChar delimiter);
    QChar delimiter() const;
    void setByteOrderMark(bool on);
    bool byteOrderMark() const;

    /// The CSV text for the current options (header and at most @p maxRows rows; all when
    /// negative), without the byte-order mark.
    QString csvText(qsizetype maxRows = -1) const;
    /// The text shown in the preview.
    QString previewText() const;
    QPlainTextEdit *preview() const { return m_preview; }
    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }

    /// Writes the export to @p fileName atomically. False with errorString() on failure.
    bool exportTo(const QString &fileName);
    QString errorString() const { return m_error; }

public Q_SLOTS:
    /// Rebuilds the preview now (it also follows every option change after a short pause).
    void updatePreview();
    /// Asks for a file name and exports; accepts the dialog when written.
    void exportToChosenFile();

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<QStringList> exportRows(qsizetype maxRows) const;
    void applyTheme();
    void schedulePreview();

    const Project *m_project;
    const ReferenceData *m_reference = nullptr;
    QListWidget *m_columns = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_article = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_bom = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QTimer *m_previewTimer = nullptr;
    QString m_error;
};

} // namespace Entente

#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTableView;

namespace Entente {

class AnnotationOfficialFilter;
class AnnotationsModel;
class Project;
class ReaderArea;
class Workspace;

/// The annotations of the project as a list, filtered by tag (with the tags below it),
/// article, publication year, an official mentioned in the span, and free text (quote or
/// note). Activating one opens its article
/// and scrolls to the span; the note is edited in place (undoable; typing is one step);
/// Delete removes the selected annotation.
class AnnotationsPanel : public QWidget
{
    Q_OBJECT
public:
    /// The workspace's project and reference data (for the official filter: the officials
    /// its mention index finds in each annotation's span).
    AnnotationsPanel(Workspace *workspace, ReaderArea *reader, QWidget *parent = nullptr);

    AnnotationsModel *model() const { return m_model; }
    /// The model the view shows (the official filter over model()).
    AnnotationOfficialFilter *viewModel() const { return m_officialFilter; }
    QTableView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *articleFilter() const { return m_article; }
    QComboBox *yearFilter() const { return m_year; }
    QComboBox *officialFilter() const { return m_official; }

public Q_SLOTS:
    /// Shows the annotations of @p tagId (0: all).
    void filterByTag(qint64 tagId);
    /// Shows the annotations mentioning official @p officialId (empty: all).
    void filterByOfficial(const QString &officialId);
    /// Opens the annotation at @p row of model() in the reader and scrolls to it.
    void openRow(int row);
    void removeSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillFilters();
    void fillOfficials();
    /// Adds the officials @p ids to the officials filter, where they are missing.
    void addOfficials(const QStringList &ids);
    void updateCount();

    QPointer<Workspace> m_workspace;
    QPointer<Project> m_project;
    QPointer<ReaderArea> m_reader;
    AnnotationsModel *m_model = nullptr;
    QTimer *m_officialsTimer = nullptr;
    AnnotationOfficialFilter *m_officialFilter = nullptr;
    QComboBox *m_official = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_article = nullptr;
    QComboBox *m_year = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_orphaned = nullptr;
};

} // namespace Entente

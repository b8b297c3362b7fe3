#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Entente {

class AnnotationsModel;
class Project;
class ReaderArea;

/// The annotations of the project as a list, filtered by tag (with the tags below it),
/// article, publication year and free text (quote or note). Activating one opens its article
/// and scrolls to the span; the note is edited in place (undoable; typing is one step);
/// Delete removes the selected annotation.
class AnnotationsPanel : public QWidget
{
    Q_OBJECT
public:
    AnnotationsPanel(Project *project, ReaderArea *reader, QWidget *parent = nullptr);

    AnnotationsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *articleFilter() const { return m_article; }
    QComboBox *yearFilter() const { return m_year; }

public Q_SLOTS:
    /// Shows the annotations of @p tagId (0: all).
    void filterByTag(qint64 tagId);
    /// Opens the annotation at @p row in the reader and scrolls to it.
    void openRow(int row);
    void removeSelected();

private:
    void fillFilters();
    void updateCount();

    QPointer<Project> m_project;
    QPointer<ReaderArea> m_reader;
    AnnotationsModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_article = nullptr;
    QComboBox *m_year = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Entente

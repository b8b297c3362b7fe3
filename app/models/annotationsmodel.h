#pragma once

#include "model/annotation.h"
#include "store/projectqueries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Entente {

class Project;

/**
 * The project's annotations as a table, filtered by tag (with the tags below it), article,
 * publication year and text (in the quote or the note). The note column is editable: setData()
 * calls Project::setNote(), so edits are undoable and typing merges into one undo step. Rows
 * are inserted, removed and updated from the project's signals, not reset.
 *
 * Made for projects of 100,000 annotations: the filters run in the project's SQL, the model
 * keeps only where each row is (id, article, start, end), and the rest of a row (quote,
 * note, tags, author) is read when a view asks for it, a page of rows at a time, into a
 * bounded cache. A reload reads the first rows at once and the others in the next turns of
 * the event loop, in pages appended at the end (rowsInserted), so a view shows at once and
 * stays responsive; loading() says whether pages are still to come.
 */
class AnnotationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ArticleColumn, QuoteColumn, TagsColumn, NoteColumn, AuthorColumn, ModifiedColumn, ColumnCount };
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        StartRole, ///< code points
        EndRole,
        TagIdsRole,  ///< QList<qint64>
        OrphanedRole,
    };

    explicit AnnotationsModel(Project *project, QObject *parent = nullptr);

    void setTagFilter(qint64 tagId); ///< 0: all
    void setArticleFilter(const QString &articleId);
    void setYearFilter(int year); ///< 0: all
    void setTextFilter(const QString &text);
    /// Only annotations whose passage was not found again after a re-import.
    void setOrphanedFilter(bool orphanedOnly);
    /// How many annotations of the project are orphaned, whatever the filters.
    int orphanedCount() const;
    qint64 tagFilter() const { return m_tagFilter; }

    Annotation annotationAt(int row) const; ///< reads the row's details if not cached
    AnnotationSpan spanAt(int row) const;    ///< never reads
    int rowOf(qint64 annotationId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /**
     * An inactive model holds no rows and reads nothing (the annotations of a project of
     * 100,000 take a second to read); made active, it reads them. Active by default; the
     * Annotations panel keeps its model inactive until the panel is first shown.
     */
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /// Whether rows are still being read (in pages, after a reload).
    bool loading() const { return m_loading; }
    /// Rows read by a reload before it returns, and in each later page (tests use small ones).
    void setPageSizes(int first, int later);

Q_SIGNALS:
    /// Every row of the current filters has been read.
    void loaded();

private:
    void reload();
    void readPage(int limit);
    AnnotationFilter filter() const;
    bool acceptsYear(const QString &articleId) const;
    /// The key of annotation @p id if it passes the filters (one query).
    std::optional<AnnotationSpan> wanted(qint64 id) const;
    void insert(const AnnotationSpan &span);
    void onAdded(qint64 id);
    void onRemoved(qint64 id);
    void onChanged(qint64 id);
    void onTagsChanged();
    int insertionRow(const AnnotationSpan &a) const;
    /// The details of the annotation at @p row, reading it and its neighbours if needed.
    const Annotation *details(int row) const;

    QPointer<Project> m_project;
    QList<AnnotationSpan> m_rows;
    bool m_loading = false;
    bool m_inReset = false;
    std::optional<AnnotationSpan> m_frontier; // the last row read by a page: rows after it are not read yet
    QTimer *m_pageTimer = nullptr;
    int m_firstPage = 2000;
    int m_laterPage = 20000;
    mutable QHash<qint64, Annotation> m_details; // bounded: emptied when it grows past a limit
    mutable QHash<qint64, QString> m_tagPaths;   // tag id -> path, until the tags change
    bool m_active = true;
    bool m_yearsRead = false;
    QHash<QString, int> m_years;               // article id -> publication year (0 unknown), read for the year filter
    mutable QHash<QString, QString> m_titles;  // article id -> title, of the rows shown
    qint64 m_tagFilter = 0;
    QList<qint64> m_tagSet;
    QString m_articleFilter;
    int m_yearFilter = 0;
    QString m_textFilter;
    bool m_orphanedOnly = false;
};

} // namespace Entente

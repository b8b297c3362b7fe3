#pragma once

#include "model/annotation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace Entente {

class Project;

/**
 * The project's annotations as a table, filtered by tag (with the tags below it), article,
 * publication year and text (in the quote or the note). The note column is editable: setData()
 * calls Project::setNote(), so edits are undoable and typing merges into one undo step. Rows
 * are inserted, removed and updated from the project's signals, not reset.
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

    Annotation annotationAt(int row) const;
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

private:
    void reload();
    bool accepts(const Annotation &a) const;
    void onAdded(qint64 id);
    void onRemoved(qint64 id);
    void onChanged(qint64 id);
    void onTagsChanged();
    int insertionRow(const Annotation &a) const;

    QPointer<Project> m_project;
    AnnotationList m_rows;
    bool m_active = true;
    QHash<QString, int> m_years; // article id -> publication year (0 unknown)
    QHash<QString, QString> m_titles;
    qint64 m_tagFilter = 0;
    QSet<qint64> m_tagSet;
    QString m_articleFilter;
    int m_yearFilter = 0;
    QString m_textFilter;
    bool m_orphanedOnly = false;
};

} // namespace Entente

#pragma once

#include "model/tag.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace Entente {

class Project;

/**
 * The project's tag tree with annotation counts. Column 0 is the name (editable: renames the
 * tag through the project, so it is undoable), with the tag's colour as decoration; column 1
 * the number of annotations carrying the tag or any tag below it. The model follows the
 * project's signals; it never changes data itself except through Project verbs.
 */
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        TagIdRole = Qt::UserRole + 1,
        PathRole,        ///< "parent/child"
        ColourRole,      ///< QColor
        OwnCountRole,    ///< annotations with exactly this tag
        TotalCountRole,  ///< annotations with this tag or one below it
    };

    explicit TagTreeModel(Project *project, QObject *parent = nullptr);

    QModelIndex indexForTag(qint64 tagId, int column = NameColumn) const;
    qint64 tagId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        Tag tag;
        QList<qint64> children;
        int ownCount = 0;
        int totalCount = 0;
    };
    void reload();
    void refreshCounts();
    /// One annotation added: its tags and their ancestors count one more (no query of every
    /// annotation, which a project of 100,000 would make slow on every edit).
    void countAdded(qint64 annotationId);
    int rowOf(qint64 tagId) const;
    const QList<qint64> &childrenOf(qint64 parentId) const;

    QPointer<Project> m_project;
    QHash<qint64, Node> m_nodes;
    QList<qint64> m_roots;
};

} // namespace Entente

#include "models/tagtreemodel.h"
#include "model/timing.h"

#include "store/project.h"

#include <functional>

namespace Entente {

TagTreeModel::TagTreeModel(Project *project, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
{
    if (project) {
        connect(project, &Project::tagsChanged, this, &TagTreeModel::reload);
        connect(project, &Project::opened, this, &TagTreeModel::reload);
        connect(project, &Project::closed, this, &TagTreeModel::reload);
        connect(project, &Project::annotationAdded, this, &TagTreeModel::countAdded);
        connect(project, &Project::annotationRemoved, this, &TagTreeModel::refreshCounts);
        connect(project, &Project::annotationChanged, this, &TagTreeModel::refreshCounts); // tags added/removed
    }
    reload();
}

void TagTreeModel::reload()
{
    ScopedTiming timing("TagTreeModel::reload");
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    if (m_project && m_project->isOpen()) {
        const TagList tags = m_project->tags(); // parents first, siblings by name
        for (const Tag &t : tags)
            m_nodes.insert(t.id, Node{t, {}, 0, 0});
        for (const Tag &t : tags) {
            if (t.parentId != 0 && m_nodes.contains(t.parentId))
                m_nodes[t.parentId].children.append(t.id);
            else
                m_roots.append(t.id);
        }
    }
    endResetModel();
    refreshCounts();
}

void TagTreeModel::refreshCounts()
{
    if (!m_project || !m_project->isOpen() || m_nodes.isEmpty())
        return;
    const QHash<qint64, int> counts = m_project->annotationCounts();
    std::function<int(qint64)> total = [&](qint64 id) {
        Node &n = m_nodes[id];
        n.ownCount = counts.value(id);
        n.totalCount = n.ownCount;
        for (qint64 c : std::as_const(n.children))
            n.totalCount += total(c);
        return n.totalCount;
    };
    for (qint64 r : std::as_const(m_roots))
        total(r);
    // Counts are one column; tell views about every row of it.
    std::function<void(const QModelIndex &)> notify = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, CountColumn, parent), index(rows - 1, CountColumn, parent));
        for (int r = 0; r < rows; ++r)
            notify(index(r, NameColumn, parent));
    };
    notify(QModelIndex());
}

void TagTreeModel::countAdded(qint64 annotationId)
{
    if (!m_project || !m_project->isOpen() || m_nodes.isEmpty())
        return;
    const Annotation a = m_project->annotation(annotationId);
    for (qint64 tagId : a.tagIds) {
        const auto own = m_nodes.find(tagId);
        if (own == m_nodes.end()) { // a tag the tree does not know yet: count everything
            refreshCounts();
            return;
        }
        ++own->ownCount;
        for (qint64 id = tagId; id != 0;) {
            const auto it = m_nodes.find(id);
            if (it == m_nodes.end())
                break;
            ++it->totalCount;
            Q_EMIT dataChanged(indexForTag(id, NameColumn), indexForTag(id, CountColumn));
            id = it->tag.parentId;
        }
    }
}

const QList<qint64> &TagTreeModel::childrenOf(qint64 parentId) const
{
    if (parentId == 0)
        return m_roots;
    static const QList<qint64> none;
    const auto it = m_nodes.constFind(parentId);
    return it == m_nodes.cend() ? none : it->children;
}

int TagTreeModel::rowOf(qint64 tagId) const
{
    const auto it = m_nodes.constFind(tagId);
    if (it == m_nodes.cend())
        return -1;
    const qint64 parent = m_nodes.contains(it->tag.parentId) ? it->tag.parentId : 0;
    return int(childrenOf(parent).indexOf(tagId));
}

QModelIndex TagTreeModel::indexForTag(qint64 tagId, int column) const
{
    const int row = rowOf(tagId);
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(tagId));
}

qint64 TagTreeModel::tagId(const QModelIndex &index) const
{
    return index.isValid() ? qint64(index.internalId()) : 0;
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != NameColumn))
        return {};
    const QList<qint64> &children = childrenOf(tagId(parent));
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    const auto it = m_nodes.constFind(tagId(child));
    if (it == m_nodes.cend() || !m_nodes.contains(it->tag.parentId))
        return {};
    return indexForTag(it->tag.parentId);
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(childrenOf(tagId(parent)).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    const auto it = m_nodes.constFind(tagId(index));
    if (it == m_nodes.cend())
        return {};
    const Node &n = *it;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(n.tag.name) : QVariant(n.totalCount);
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(n.tag.name) : QVariant();
    case Qt::DecorationRole:
        return index.column() == NameColumn && n.tag.colour.isValid() ? QVariant(n.tag.colour) : QVariant();
    case Qt::ToolTipRole:
        return n.tag.description.isEmpty() ? QVariant() : QVariant(n.tag.description);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case TagIdRole:
        return n.tag.id;
    case PathRole:
        return m_project ? m_project->tagPath(n.tag.id) : QString();
    case ColourRole:
        return n.tag.colour;
    case OwnCountRole:
        return n.ownCount;
    case TotalCountRole:
        return n.totalCount;
    default:
        return {};
    }
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || !m_project)
        return false;
    return m_project->renameTag(tagId(index), value.toString()); // the model reloads on tagsChanged
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn && m_project && !m_project->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Tag") : section == CountColumn ? tr("Annotations") : QVariant();
}

QHash<int, QByteArray> TagTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TagIdRole, "tagId");
    names.insert(PathRole, "path");
    names.insert(ColourRole, "colour");
    names.insert(OwnCountRole, "ownCount");
    names.insert(TotalCountRole, "totalCount");
    return names;
}

} // namespace Entente

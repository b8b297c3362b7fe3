#include "tags/tagtreedragmodel.h"

#include "models/tagtreemodel.h"
#include "store/project.h"
#include "tags/tagcolours.h"

#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace Entente {

TagTreeDragModel::TagTreeDragModel(Project *project, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_project(project)
{
    // Swatches are drawn once per tag (each repaint asks for every visible one) and again
    // when the tags change.
    if (project)
        connect(project, &Project::tagsChanged, this, [this] { m_swatches.clear(); });
}

qint64 TagTreeDragModel::tagIdAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(TagTreeModel::TagIdRole).toLongLong() : 0;
}

QVariant TagTreeDragModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == TagTreeModel::NameColumn && m_project) {
        const qint64 id = tagIdAt(index);
        if (const auto cached = m_swatches.constFind(id); cached != m_swatches.cend())
            return *cached;
        if (id != 0) {
            QPixmap swatch(12, 12);
            swatch.fill(Qt::transparent);
            QPainter p(&swatch);
            p.setRenderHint(QPainter::Antialiasing);
            const QColor colour = TagColours::effective(m_project, id);
            p.setPen(colour.darker(130));
            p.setBrush(colour);
            p.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 3, 3);
            p.end();
            m_swatches.insert(id, swatch);
            return swatch;
        }
    }
    return QIdentityProxyModel::data(index, role);
}

Qt::ItemFlags TagTreeDragModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QIdentityProxyModel::flags(index);
    const bool writable = m_project && m_project->isOpen() && !m_project->isReadOnly();
    if (!writable)
        return f;
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled; // the top level
    return f | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList TagTreeDragModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *TagTreeDragModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        const QString id = QString::number(tagIdAt(i));
        if (i.column() == 0 && tagIdAt(i) != 0 && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), ids.join(u',').toUtf8());
    return data;
}

QList<qint64> TagTreeDragModel::idsFrom(const QMimeData *data) const
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    for (const QString &part : QString::fromUtf8(data->data(mimeType())).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids << id;
    }
    return ids;
}

bool TagTreeDragModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !m_project || m_project->isReadOnly())
        return false;
    const QList<qint64> ids = idsFrom(data);
    if (ids.isEmpty())
        return false;
    const qint64 target = tagIdAt(parent);
    for (qint64 id : ids)
        if (target != 0 && m_project->tagWithDescendants(id).contains(target))
            return false;
    return true;
}

bool TagTreeDragModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 target = tagIdAt(parent);
    bool moved = false;
    for (qint64 id : idsFrom(data))
        if (m_project->tag(id).parentId != target)
            moved = m_project->moveTag(id, target) || moved;
    // The project's signals rebuild the tree; nothing is left for the view to remove.
    return moved;
}

Qt::DropActions TagTreeDragModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TagTreeDragModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

} // namespace Entente

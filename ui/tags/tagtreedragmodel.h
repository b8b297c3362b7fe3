#pragma once

#include <QHash>
#include <QIdentityProxyModel>
#include <QPixmap>
#include <QPointer>

namespace Entente {

class Project;

/// Drag and drop over a TagTreeModel, and colour swatches: tags are dragged by id and dropping one on another tag
/// (or between tags, or on the empty area for the top level) moves it there through
/// Project::moveTag(), so the move is undoable. Drops into a tag's own subtree are refused.
class TagTreeDragModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    static QString mimeType() { return QStringLiteral("application/x-entente-tag-ids"); }

    explicit TagTreeDragModel(Project *project, QObject *parent = nullptr);

    /// Adds a swatch of the colour each tag is drawn in as its decoration.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;

private:
    QList<qint64> idsFrom(const QMimeData *data) const;
    qint64 tagIdAt(const QModelIndex &index) const;

    QPointer<Project> m_project;
    mutable QHash<qint64, QPixmap> m_swatches; // by tag id
};

} // namespace Entente

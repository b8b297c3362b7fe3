#include "tags/tagpanel.h"

#include "models/tagtreemodel.h"
#include "store/project.h"
#include "tags/tagcolours.h"
#include "tags/tagtreedragmodel.h"

#include <QAction>
#include <QColorDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Entente {

TagPanel::TagPanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("tagPanel"));
    m_model = new TagTreeModel(project, this);
    m_dragModel = new TagTreeDragModel(project, this);
    m_dragModel->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(bar);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("tagTree"));
    m_view->setModel(m_dragModel);
    m_view->setHeaderHidden(false);
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TagTreeModel::CountColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    const auto make = [this](const QString &text, const QString &icon, const QKeySequence &key, auto slot) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_new = make(tr("New Tag\u2026"), QStringLiteral("tag-new"), QKeySequence(), &TagPanel::newTag);
    m_newChild = make(tr("New Subtag\u2026"), QStringLiteral("tag-new"), QKeySequence(Qt::Key_Insert), &TagPanel::newSubtag);
    m_rename = make(tr("Rename"), QStringLiteral("edit-rename"), QKeySequence(Qt::Key_F2), &TagPanel::renameCurrent);
    m_recolour = make(tr("Colour\u2026"), QStringLiteral("color-management"), QKeySequence(), &TagPanel::recolourCurrent);
    m_move = make(tr("Move To\u2026"), QStringLiteral("go-jump"), QKeySequence(), &TagPanel::moveCurrent);
    m_merge = make(tr("Merge Into\u2026"), QStringLiteral("merge"), QKeySequence(), &TagPanel::mergeCurrent);
    m_delete = make(tr("Delete"), QStringLiteral("edit-delete"), QKeySequence(QKeySequence::Delete), &TagPanel::deleteCurrent);
    m_new->setObjectName(QStringLiteral("newTagAction"));
    m_delete->setObjectName(QStringLiteral("deleteTagAction"));
    bar->addAction(m_new);
    bar->addAction(m_recolour);
    bar->addAction(m_delete);

    connect(m_view, &QWidget::customContextMenuRequested, this, &TagPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagPanel::updateActions);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(TagTreeModel::TagIdRole).toLongLong())
            Q_EMIT tagActivated(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { m_view->expandAll(); });
    if (project) {
        connect(project, &Project::opened, this, &TagPanel::updateActions);
        connect(project, &Project::closed, this, &TagPanel::updateActions);
    }
    m_view->expandAll();
    updateActions();
}

qint64 TagPanel::currentTagId() const
{
    return m_view->currentIndex().data(TagTreeModel::TagIdRole).toLongLong();
}

void TagPanel::selectTag(qint64 tagId)
{
    const QModelIndex index = m_dragModel->mapFromSource(m_model->indexForTag(tagId));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void TagPanel::updateActions()
{
    const bool writable = m_project && m_project->isOpen() && !m_project->isReadOnly();
    const bool selected = currentTagId() != 0;
    m_new->setEnabled(writable);
    for (QAction *a : {m_newChild, m_rename, m_recolour, m_move, m_merge, m_delete})
        a->setEnabled(writable && selected);
}

void TagPanel::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_new);
    menu.addAction(m_newChild);
    menu.addSeparator();
    menu.addAction(m_rename);
    menu.addAction(m_recolour);
    menu.addAction(m_move);
    menu.addAction(m_merge);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

qint64 TagPanel::createTag(const QString &name, qint64 parentId)
{
    if (!m_project)
        return 0;
    const qint64 id = m_project->addTag(name, parentId, TagColours::suggested(m_project->tags().size()));
    if (id == 0)
        Q_EMIT message(m_project->errorString());
    else
        selectTag(id);
    return id;
}

void TagPanel::newTag()
{
    const QString name = QInputDialog::getText(this, tr("New Tag"), tr("Name of the new tag:"));
    if (!name.trimmed().isEmpty() && createTag(name, 0) == 0)
        QMessageBox::warning(this, tr("New Tag"), m_project->errorString());
}

void TagPanel::newSubtag()
{
    const qint64 parent = currentTagId();
    if (parent == 0)
        return newTag();
    const QString name = QInputDialog::getText(this, tr("New Subtag"), tr("Name of the new tag under \u201C%1\u201D:").arg(m_project->tagPath(parent)));
    if (!name.trimmed().isEmpty() && createTag(name, parent) == 0)
        QMessageBox::warning(this, tr("New Subtag"), m_project->errorString());
}

void TagPanel::renameCurrent()
{
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(TagTreeModel::NameColumn);
    if (index.isValid())
        m_view->edit(index);
}

void TagPanel::recolourCurrent()
{
    const qint64 id = currentTagId();
    if (id == 0)
        return;
    const QColor colour = QColorDialog::getColor(TagColours::effective(m_project, id), this,
                                                 tr("Colour of \u201C%1\u201D").arg(m_project->tagPath(id)));
    if (colour.isValid() && !m_project->recolourTag(id, colour))
        QMessageBox::warning(this, tr("Colour"), m_project->errorString());
}

QStringList TagPanel::moveTargets(qint64 tagId) const
{
    QStringList targets{QString()};
    const QList<qint64> own = m_project->tagWithDescendants(tagId);
    for (const Tag &t : m_project->tags())
        if (!own.contains(t.id))
            targets << m_project->tagPath(t.id);
    std::sort(targets.begin() + 1, targets.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return targets;
}

void TagPanel::moveCurrent()
{
    const qint64 id = currentTagId();
    if (id == 0)
        return;
    QStringList items = moveTargets(id);
    items[0] = tr("(top level)");
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Move Tag"), tr("Move \u201C%1\u201D under:").arg(m_project->tagPath(id)),
                                                 items, 0, false, &ok);
    if (!ok)
        return;
    const qint64 target = items.indexOf(choice) == 0 ? 0 : m_project->tagIdForPath(choice);
    if (!m_project->moveTag(id, target))
        QMessageBox::warning(this, tr("Move Tag"), m_project->errorString());
}

void TagPanel::mergeCurrent()
{
    const qint64 id = currentTagId();
    if (id == 0)
        return;
    QStringList items = moveTargets(id).mid(1);
    if (items.isEmpty())
        return;
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Merge Tag"),
                                                 tr("Merge \u201C%1\u201D into (its annotations and subtags move there, and "
                                                    "it is removed):").arg(m_project->tagPath(id)),
                                                 items, 0, false, &ok);
    if (ok && !m_project->mergeTags(id, m_project->tagIdForPath(choice)))
        QMessageBox::warning(this, tr("Merge Tag"), m_project->errorString());
}

QString TagPanel::deletionQuestion(qint64 tagId) const
{
    const int removed = m_project ? m_project->annotationsRemovedWithTag(tagId) : 0;
    if (removed == 0)
        return QString();
    const int below = int(m_project->tagWithDescendants(tagId).size()) - 1;
    QString question = below > 0 ? tr("Delete the tag \u201C%1\u201D and the %n tag(s) below it?", nullptr, below).arg(m_project->tagPath(tagId))
                                 : tr("Delete the tag \u201C%1\u201D?").arg(m_project->tagPath(tagId));
    return question + u' '
        + tr("%n annotation(s) have no other tag and will be removed with it. (Edit > Undo brings them back.)", nullptr, removed);
}

bool TagPanel::deleteTag(qint64 tagId)
{
    if (!m_project || tagId == 0)
        return false;
    const QString question = deletionQuestion(tagId);
    if (!question.isEmpty()) {
        const bool yes = m_confirmer ? m_confirmer(question)
                                     : QMessageBox::question(this, tr("Delete Tag"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                                             QMessageBox::Cancel)
                == QMessageBox::Yes;
        if (!yes)
            return false;
    }
    if (!m_project->removeTag(tagId)) {
        Q_EMIT message(m_project->errorString());
        return false;
    }
    return true;
}

void TagPanel::deleteCurrent()
{
    deleteTag(currentTagId());
}

} // namespace Entente

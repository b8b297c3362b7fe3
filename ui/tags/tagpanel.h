#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QTreeView;

namespace Entente {

class Project;
class TagTreeDragModel;
class TagTreeModel;

/// The tag tree with annotation counts: create, rename (F2 or double click), recolour, move
/// (drag and drop, or "Move To…"), merge and delete tags. Every change goes through a Project
/// verb, so it is undoable. Deleting a tag whose removal would also remove annotations asks
/// first and says how many.
class TagPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TagPanel(Project *project, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    TagTreeModel *model() const { return m_model; }
    TagTreeDragModel *dragModel() const { return m_dragModel; }
    /// The selected tag, or 0.
    qint64 currentTagId() const;
    void selectTag(qint64 tagId);

    /// Creates @p name under @p parentId with a palette colour; returns its id or 0.
    qint64 createTag(const QString &name, qint64 parentId);
    /// The question asked before removing @p tagId; empty when no annotation would go with it.
    QString deletionQuestion(qint64 tagId) const;
    /// Removes @p tagId, asking deletionQuestion() through the confirmer first when not empty.
    bool deleteTag(qint64 tagId);
    /// Replaces the yes/no question box (tests).
    void setConfirmer(std::function<bool(const QString &question)> confirmer) { m_confirmer = std::move(confirmer); }

    /// Tag paths @p tagId may move under (not itself or below it); "" stands for the top level.
    QStringList moveTargets(qint64 tagId) const;

public Q_SLOTS:
    void newTag();
    void newSubtag();
    void renameCurrent();
    void recolourCurrent();
    void moveCurrent();
    void mergeCurrent();
    void deleteCurrent();

Q_SIGNALS:
    /// The user activated (double-clicked the count of, or pressed Enter on) a tag.
    void tagActivated(qint64 tagId);
    void message(const QString &text);

private:
    void updateActions();
    void showContextMenu(const QPoint &pos);

    QPointer<Project> m_project;
    TagTreeModel *m_model = nullptr;
    TagTreeDragModel *m_dragModel = nullptr;
    QTreeView *m_view = nullptr;
    QAction *m_new = nullptr;
    QAction *m_newChild = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_recolour = nullptr;
    QAction *m_move = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_delete = nullptr;
    std::function<bool(const QString &)> m_confirmer;
};

} // namespace Entente

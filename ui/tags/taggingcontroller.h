#pragma once

#include "tags/tagentrypopup.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Entente {

class ArticleView;
class Project;
class ReaderArea;
class Workspace;

/// Tagging from the reader: the "Tag Selection…" action (Ctrl+T, and in every pane's context
/// menu) opens a TagEntryPopup at the selection; the chosen tag path is created when new and
/// applied to the span — a new annotation, or one more tag on an annotation with exactly that
/// span — as one undo step. Everything that can be checked is checked before anything is
/// written, so a refused tagging leaves neither a tag nor an undo step behind.
class TaggingController : public QObject
{
    Q_OBJECT
public:
    /// Tags in the workspace's project from @p reader's panes. The action is added to
    /// @p window, so its shortcut works anywhere in that window.
    TaggingController(Workspace *workspace, ReaderArea *reader, QWidget *window);

    QAction *tagSelectionAction() const { return m_action; }
    /// "Tag Article…" (Ctrl+Shift+T): a whole-article tag for the current pane's article.
    QAction *tagArticleAction() const { return m_articleAction; }
    /// The open popup, if any (for tests).
    TagEntryPopup *popup() const { return m_popup; }

    /// Opens the popup for the selection of @p view (the current pane when null). False, with
    /// a message, when there is no selection or the project cannot be edited.
    bool tagSelection(ArticleView *view = nullptr);
    /**
     * Tags [start, end) of @p articleId with @p path, creating missing tags (each new tag gets
     * a colour of its own). Returns the annotation id, 0 on failure (see errorString()).
     */
    qint64 applyTag(const QString &articleId, qsizetype start, qsizetype end, const QString &path);
    /// Opens the popup to tag the whole article of @p view (the current pane when null).
    bool tagArticle(ArticleView *view = nullptr);
    /// Asks for a tag for the whole article @p articleId (e.g. from the library), with the
    /// popup at @p globalPos over @p parent.
    bool tagArticleById(const QString &articleId, QWidget *parent, const QPoint &globalPos);
    /// Tags article @p articleId as a whole with @p path (created when new), one undo step.
    bool applyArticleTag(const QString &articleId, const QString &path);
    QString errorString() const { return m_error; }

Q_SIGNALS:
    /// A short message for the status bar.
    void message(const QString &text);

private:
    void addContextMenuItem(ArticleView *view);
    /// Why tagging @p articleId (the code points [first, second) of @p span, when given) with
    /// @p path cannot work; empty when it can.
    QString checkTagging(const QString &articleId, const QString &path,
                         const std::pair<qsizetype, qsizetype> *span = nullptr) const;
    /// Project::ensureTagPath(), giving each tag it creates a colour of its own. Call inside
    /// the undo macro of the tagging, so the new tags undo with their use.
    qint64 createTagPath(const QString &path);
    TagEntryPopup *newPopup(QWidget *parent);
    void updateEnabled();

    QPointer<Project> m_project;
    QPointer<ReaderArea> m_reader;
    QPointer<QWidget> m_window;
    QPointer<TagEntryPopup> m_popup;
    QAction *m_action = nullptr;
    QAction *m_articleAction = nullptr;
    QString m_error;
};

} // namespace Entente

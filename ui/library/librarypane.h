#pragma once

#include "models/libraryfiltermodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMimeData;
class QSortFilterProxyModel;
class QTreeView;

namespace Entente {

class ArticleListModel;

/// The library: a filter box over a sortable list of the articles (title, source, date).
/// Enter or a double click asks to open the article in the current pane, Ctrl+Enter or the
/// context menu's "Open in New Pane" in a new one. Articles that tell the same story as
/// others (near-duplicates of a bulk import) carry a marker with the number of versions, and
/// the context menu opens the versions side by side. Files and folders dropped on the pane
/// are offered for import.
class LibraryPane : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPane(ArticleListModel *model, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    /// The id of the selected article, or empty.
    QString currentArticleId() const;
    /// Selects the article with @p id, if it is shown.
    void selectArticle(const QString &id);
    /// Shows only @p articleIds, with @p description above the list ("Articles mentioning
    /// …") and a "Show All" button; an empty description lifts the restriction.
    void setRestriction(const QStringList &articleIds, const QString &description);
    bool isRestricted() const;

    /// The local files and folders among @p mime's URLs (what a drop would import).
    static QStringList droppedPaths(const QMimeData *mime);

public Q_SLOTS:
    void focusFilter();
    /// Asks to open article @p id beside the other versions of its story (openSideBySideRequested());
    /// false when it has none.
    bool openSameStory(const QString &id);

Q_SIGNALS:
    void openRequested(const QString &id, bool newPane);
    /// "Tag Article…" in the context menu: tag the whole article @p id (popup near @p globalPos).
    void tagArticleRequested(const QString &id, const QPoint &globalPos);
    /// The user lifted the restriction with "Show All".
    void restrictionCleared();
    /// Open these articles side by side: an article and the other versions of its story.
    void openSideBySideRequested(const QStringList &ids);
    /// Files or folders were dropped on the library: import them.
    void importRequested(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void openIndex(const QModelIndex &proxyIndex, bool newPane);
    void showContextMenu(const QPoint &pos);
    void setDropHighlight(bool on);

    ArticleListModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    LibraryFilterModel *m_proxy = nullptr;
    QWidget *m_restriction = nullptr;
    QLabel *m_restrictionLabel = nullptr;
    QLabel *m_dropHint = nullptr;
};

} // namespace Entente

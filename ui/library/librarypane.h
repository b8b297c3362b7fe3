#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Entente {

class ArticleListModel;

/// The library: a filter box over a sortable list of the articles (title, source, date).
/// Enter or a double click asks to open the article in the current pane, Ctrl+Enter or the
/// context menu's "Open in New Pane" in a new one.
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

public Q_SLOTS:
    void focusFilter();

Q_SIGNALS:
    void openRequested(const QString &id, bool newPane);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openIndex(const QModelIndex &proxyIndex, bool newPane);
    void showContextMenu(const QPoint &pos);

    ArticleListModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace Entente

#pragma once

#include "model/article.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QSplitter;
class QStackedLayout;

namespace Entente {

class ArticleView;

/// The central reader: articles side by side in a QSplitter of ArticleView panes. One pane
/// is current (focused and marked); opening an article replaces the current pane's article or
/// adds a new pane.
class ReaderArea : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderArea(QWidget *parent = nullptr);

    /// Opens @p article in the current pane, or in a new pane after it (@p newPane, or when
    /// there is none). Returns the pane, which becomes current.
    ArticleView *openArticle(const Article &article, bool newPane);
    /// Opens @p articles side by side, replacing the open panes; the first becomes current.
    void openArticles(const ArticleList &articles);
    /// The pane that shows article @p id (the first from the left), or null.
    ArticleView *paneShowing(const QString &id) const;
    void closePane(int index);
    int paneCount() const;
    ArticleView *pane(int index) const;
    ArticleView *currentPane() const;
    int currentIndex() const;
    void setCurrentPane(int index);
    QList<ArticleView *> articleViews() const;
    /// Article ids of the panes, left to right.
    QStringList openArticleIds() const;

    QSplitter *splitter() const { return m_splitter; }

    /// Saves the open articles, the current pane and the splitter sizes (Settings).
    void saveSession() const;
    /// Reopens the saved articles that @p lookup still finds (a null Article: gone), with the
    /// saved splitter sizes and current pane.
    void restoreSession(const std::function<Article(const QString &)> &lookup);

public Q_SLOTS:
    void closeCurrentPane();
    void nextPane();
    void previousPane();

Q_SIGNALS:
    /// The current pane changed or now shows another article; empty when no pane is open.
    void currentArticleChanged(const QString &id);
    /// A new pane was created (add your highlight layers to it here).
    void paneOpened(Entente::ArticleView *view);
    void paneCountChanged(int count);

private:
    void makeCurrent(ArticleView *view, bool giveFocus);
    void onFocusChanged(QWidget *now);
    void equalizeSizes();

    QSplitter *m_splitter = nullptr;
    QLabel *m_placeholder = nullptr;
    QStackedLayout *m_stack = nullptr;
    QPointer<ArticleView> m_current;
};

} // namespace Entente

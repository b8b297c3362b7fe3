#include "readerarea.h"

#include "reader/articleview.h"
#include "settings.h"

#include <QApplication>
#include <QLabel>
#include <QSplitter>
#include <QStackedLayout>
#include <QTextBrowser>

namespace Entente {

ReaderArea::ReaderArea(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedLayout(this);
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("readerPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(tr("Open an article from the library: Enter opens it here, "
                              "Ctrl+Enter opens it in a new pane beside the others."));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("readerSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_splitter);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });
}

ArticleView *ReaderArea::openArticle(const Article &article, bool newPane)
{
    ArticleView *view = newPane ? nullptr : currentPane();
    if (!view) {
        view = new ArticleView;
        connect(view, &ArticleView::closeRequested, this, [this, view] { closePane(m_splitter->indexOf(view)); });
        connect(view, &ArticleView::articleChanged, this, [this, view] {
            if (view == m_current)
                Q_EMIT currentArticleChanged(view->article().id);
        });
        const int at = m_current ? m_splitter->indexOf(m_current) + 1 : m_splitter->count();
        m_splitter->insertWidget(at, view);
        m_stack->setCurrentWidget(m_splitter);
        equalizeSizes();
        Q_EMIT paneOpened(view);
        Q_EMIT paneCountChanged(paneCount());
    }
    view->setArticle(article);
    makeCurrent(view, true);
    return view;
}

void ReaderArea::openArticles(const ArticleList &articles)
{
    while (paneCount() > 0)
        closePane(paneCount() - 1);
    for (const Article &a : articles)
        openArticle(a, true);
    setCurrentPane(0);
}

ArticleView *ReaderArea::paneShowing(const QString &id) const
{
    for (ArticleView *view : articleViews())
        if (view->article().id == id)
            return view;
    return nullptr;
}

void ReaderArea::saveSession() const
{
    Settings::readerSplitterState.set(m_splitter->saveState());
    Settings::openArticles.set(openArticleIds());
    Settings::currentPane.set(currentIndex());
}

void ReaderArea::restoreSession(const std::function<Article(const QString &)> &lookup)
{
    ArticleList articles;
    for (const QString &id : Settings::openArticles.get()) {
        const Article a = lookup(id);
        if (!a.isNull())
            articles << a;
    }
    if (articles.isEmpty())
        return;
    openArticles(articles);
    m_splitter->restoreState(Settings::readerSplitterState.get());
    setCurrentPane(Settings::currentPane.get());
}

void ReaderArea::closePane(int index)
{
    ArticleView *view = pane(index);
    if (!view)
        return;
    const bool wasCurrent = view == m_current;
    view->hide();
    view->setParent(nullptr);
    view->deleteLater();
    if (paneCount() == 0) {
        m_stack->setCurrentWidget(m_placeholder);
        m_current = nullptr;
        Q_EMIT currentArticleChanged(QString());
    } else {
        equalizeSizes();
        if (wasCurrent)
            makeCurrent(pane(std::min(index, paneCount() - 1)), true);
    }
    Q_EMIT paneCountChanged(paneCount());
}

int ReaderArea::paneCount() const
{
    return m_splitter->count();
}

ArticleView *ReaderArea::pane(int index) const
{
    if (index < 0 || index >= m_splitter->count())
        return nullptr;
    return qobject_cast<ArticleView *>(m_splitter->widget(index));
}

ArticleView *ReaderArea::currentPane() const
{
    return m_current;
}

int ReaderArea::currentIndex() const
{
    return m_current ? m_splitter->indexOf(m_current) : -1;
}

void ReaderArea::setCurrentPane(int index)
{
    if (ArticleView *view = pane(index))
        makeCurrent(view, true);
}

QList<ArticleView *> ReaderArea::articleViews() const
{
    QList<ArticleView *> views;
    for (int i = 0; i < paneCount(); ++i)
        views << pane(i);
    return views;
}

QStringList ReaderArea::openArticleIds() const
{
    QStringList ids;
    for (const ArticleView *v : articleViews())
        ids << v->article().id;
    return ids;
}

void ReaderArea::closeCurrentPane()
{
    closePane(currentIndex());
}

void ReaderArea::nextPane()
{
    if (paneCount() > 0)
        setCurrentPane((currentIndex() + 1) % paneCount());
}

void ReaderArea::previousPane()
{
    if (paneCount() > 0)
        setCurrentPane((currentIndex() + paneCount() - 1) % paneCount());
}

void ReaderArea::makeCurrent(ArticleView *view, bool giveFocus)
{
    if (giveFocus && view)
        view->textView()->setFocus(Qt::OtherFocusReason);
    if (view == m_current)
        return;
    if (m_current)
        m_current->setCurrent(false);
    m_current = view;
    if (view)
        view->setCurrent(true);
    Q_EMIT currentArticleChanged(view ? view->article().id : QString());
}

void ReaderArea::onFocusChanged(QWidget *now)
{
    for (QWidget *w = now; w; w = w->parentWidget()) {
        if (auto *view = qobject_cast<ArticleView *>(w)) {
            if (m_splitter->indexOf(view) >= 0)
                makeCurrent(view, false);
            return;
        }
    }
}

void ReaderArea::equalizeSizes()
{
    const int n = m_splitter->count();
    if (n == 0)
        return;
    const int total = std::max(m_splitter->width(), n * 100);
    m_splitter->setSizes(QList<int>(n, total / n));
}

} // namespace Entente

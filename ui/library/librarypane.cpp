#include "librarypane.h"

#include "models/articlelistmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include "models/libraryfiltermodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Entente {

LibraryPane::LibraryPane(ArticleListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter articles (Ctrl+L)"));
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);

    m_proxy = new LibraryFilterModel(this);
    m_proxy->setSourceModel(model);

    // "Only articles mentioning …": shown while the library is restricted.
    m_restriction = new QWidget(this);
    auto *restrictionLayout = new QHBoxLayout(m_restriction);
    restrictionLayout->setContentsMargins(0, 0, 0, 0);
    m_restrictionLabel = new QLabel(m_restriction);
    m_restrictionLabel->setWordWrap(true);
    auto *clearRestriction = new QToolButton(m_restriction);
    clearRestriction->setObjectName(QStringLiteral("clearRestriction"));
    clearRestriction->setText(tr("Show All"));
    clearRestriction->setAutoRaise(true);
    restrictionLayout->addWidget(m_restrictionLabel, 1);
    restrictionLayout->addWidget(clearRestriction);
    m_restriction->hide();
    layout->addWidget(m_restriction);
    connect(clearRestriction, &QToolButton::clicked, this, [this] {
        setRestriction({}, QString());
        Q_EMIT restrictionCleared();
    });

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->sortByColumn(ArticleListModel::PublishedColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ArticleListModel::SourceColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(ArticleListModel::PublishedColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(ArticleListModel::SourceColumn, 110);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) { openIndex(index, false); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &LibraryPane::showContextMenu);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        openIndex(current.isValid() ? current : m_proxy->index(0, 0), false);
    });
}

QString LibraryPane::currentArticleId() const
{
    return m_view->currentIndex().data(ArticleListModel::IdRole).toString();
}

void LibraryPane::selectArticle(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void LibraryPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool LibraryPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        if (watched == m_view && enter) {
            openIndex(m_view->currentIndex(), ctrl);
            return true;
        }
        if (watched == m_filter) {
            if (key->key() == Qt::Key_Down) {
                m_view->setFocus(Qt::OtherFocusReason);
                if (!m_view->currentIndex().isValid())
                    m_view->setCurrentIndex(m_proxy->index(0, 0));
                return true;
            }
            if (enter && ctrl) {
                const QModelIndex current = m_view->currentIndex();
                openIndex(current.isValid() ? current : m_proxy->index(0, 0), true);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPane::openIndex(const QModelIndex &proxyIndex, bool newPane)
{
    const QString id = proxyIndex.data(ArticleListModel::IdRole).toString();
    if (!id.isEmpty())
        Q_EMIT openRequested(id, newPane);
}

void LibraryPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, index] { openIndex(index, false); });
    menu.addAction(tr("Open in &New Pane"), this, [this, index] { openIndex(index, true); });
    menu.addSeparator();
    const QString id = index.data(ArticleListModel::IdRole).toString();
    const QPoint where = m_view->viewport()->mapToGlobal(m_view->visualRect(index).bottomLeft());
    menu.addAction(tr("&Tag Article…"), this, [this, id, where] { Q_EMIT tagArticleRequested(id, where); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void LibraryPane::setRestriction(const QStringList &articleIds, const QString &description)
{
    if (description.isEmpty()) {
        m_proxy->clearRestriction();
        m_restriction->hide();
        return;
    }
    m_proxy->setRestriction(QSet<QString>(articleIds.cbegin(), articleIds.cend()));
    m_restrictionLabel->setText(description);
    m_restriction->show();
}

bool LibraryPane::isRestricted() const
{
    return m_proxy->isRestricted();
}

} // namespace Entente

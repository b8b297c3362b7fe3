#include "librarypane.h"

#include "models/articlelistmodel.h"
#include "models/libraryfiltermodel.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Entente {

namespace {

/// The title column: the title, and for an article with other versions of its story (a
/// near-duplicate found on import) a small "copies" mark and their number at the end.
class TitleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int others = int(index.data(ArticleListModel::SameStoryRole).toStringList().size());
        if (others == 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem o(option);
        initStyleOption(&o, index);
        const QFontMetrics fm(o.font);
        const QString count = QString::number(others + 1);
        const int h = fm.height();
        const int mark = qRound(h * 0.7);
        const int badge = mark + fm.horizontalAdvance(count) + h / 2 + 4;
        // Room for the mark: the title is elided before it.
        o.text = fm.elidedText(o.text, o.textElideMode, qMax(0, o.rect.width() - badge - 2 * h / 3));
        const QWidget *widget = o.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &o, painter, widget);

        const bool rtl = o.direction == Qt::RightToLeft;
        QRect area = o.rect.adjusted(2, 1, -2, -1);
        area = rtl ? QRect(area.left(), area.top(), badge, area.height())
                   : QRect(area.right() - badge + 1, area.top(), badge, area.height());
        const bool selected = o.state & QStyle::State_Selected;
        const QColor ink = o.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor pen = ink;
        pen.setAlphaF(0.75f);
        painter->setPen(QPen(pen, 1.2));
        // Two overlapping pages.
        const int side = qRound(mark * 0.72);
        const int top = area.center().y() - mark / 2;
        const int left = rtl ? area.right() - mark - 2 : area.left() + 2;
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(left, top, side, side), 1.5, 1.5);
        painter->setBrush(o.palette.color(selected ? QPalette::Highlight : QPalette::Base));
        painter->drawRoundedRect(QRectF(left + mark - side, top + mark - side, side, side), 1.5, 1.5);
        painter->setPen(pen);
        const QRect text = rtl ? QRect(area.left(), area.top(), area.width() - mark - 6, area.height())
                               : QRect(left + mark + 3, area.top(), area.right() - left - mark - 3, area.height());
        painter->drawText(text, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft), count);
        painter->restore();
    }
};

} // namespace

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
    m_view->setItemDelegateForColumn(ArticleListModel::TitleColumn, new TitleDelegate(m_view));
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    // Files and folders dropped anywhere on the pane are imported; while they are dragged
    // over it, a hint says so.
    setAcceptDrops(true);
    m_dropHint = new QLabel(tr("Drop files or folders here to import them"), m_view);
    m_dropHint->setObjectName(QStringLiteral("libraryDropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setWordWrap(true);
    m_dropHint->setAutoFillBackground(true);
    m_dropHint->hide();

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
    const QStringList versions = index.data(ArticleListModel::SameStoryRole).toStringList();
    if (!versions.isEmpty()) {
        menu.addSeparator();
        QAction *sideBySide = menu.addAction(tr("Open Same-Story &Versions Side by Side"), this,
                                             [this, id] { openSameStory(id); });
        sideBySide->setObjectName(QStringLiteral("openSameStory"));
        sideBySide->setToolTip(versions.size() == 1
                                   ? tr("Another version of this story was imported: compare what each outlet changed")
                                   : tr("%n other versions of this story were imported: compare what each outlet changed",
                                        nullptr, int(versions.size())));
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool LibraryPane::openSameStory(const QString &id)
{
    const QStringList versions = m_model->sameStoryAs(id);
    if (versions.isEmpty())
        return false;
    Q_EMIT openSideBySideRequested(QStringList{id} + versions);
    return true;
}

QStringList LibraryPane::droppedPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void LibraryPane::setDropHighlight(bool on)
{
    if (on) {
        QPalette p = m_view->palette();
        QColor tint = p.color(QPalette::Highlight);
        tint.setAlpha(60);
        p.setColor(QPalette::Window, tint);
        p.setColor(QPalette::WindowText, p.color(QPalette::Text));
        m_dropHint->setPalette(p);
        m_dropHint->setGeometry(m_view->rect());
        m_dropHint->raise();
    }
    m_dropHint->setVisible(on);
}

void LibraryPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedPaths(event->mimeData()).isEmpty())
        return QWidget::dragEnterEvent(event);
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setDropHighlight(true);
}

void LibraryPane::dragMoveEvent(QDragMoveEvent *event)
{
    if (droppedPaths(event->mimeData()).isEmpty())
        return QWidget::dragMoveEvent(event);
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void LibraryPane::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight(false);
    QWidget::dragLeaveEvent(event);
}

void LibraryPane::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    const QStringList paths = droppedPaths(event->mimeData());
    if (paths.isEmpty())
        return QWidget::dropEvent(event);
    event->setDropAction(Qt::CopyAction);
    event->accept();
    // After the drop returns: the import dialog is modal, and the drag source waits.
    QMetaObject::invokeMethod(this, [this, paths] { Q_EMIT importRequested(paths); }, Qt::QueuedConnection);
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

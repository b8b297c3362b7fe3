#include "timeline/timelineview.h"

#include "models/meetingsmodel.h"
#include "timeline/timelinerenderer.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Entente {

namespace {

constexpr double AxisHeight = TimelineRenderer::AxisHeight;

QAction *makeAction(const QString &icon, const QString &text, QObject *parent, QKeySequence::StandardKey key)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, parent);
    if (key != QKeySequence::UnknownKey) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    return action;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractItemView(parent)
{
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline of meetings"));
    setAccessibleDescription(tr("Left and Right select the previous or next meeting; Enter opens it."));

    m_zoomIn = makeAction(QStringLiteral("zoom-in"), tr("Zoom &In"), this, QKeySequence::ZoomIn);
    connect(m_zoomIn, &QAction::triggered, this, &TimelineView::zoomIn);
    m_zoomOut = makeAction(QStringLiteral("zoom-out"), tr("Zoom &Out"), this, QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, this, &TimelineView::zoomOut);
    m_fitAll = makeAction(QStringLiteral("zoom-fit-best"), tr("&Fit All Meetings"), this, QKeySequence::UnknownKey);
    m_fitAll->setToolTip(tr("Show every meeting (Home or F)"));
    connect(m_fitAll, &QAction::triggered, this, &TimelineView::fitAll);
    m_laneGroup = new QActionGroup(this);
    const auto laneAction = [this](const QString &text, LaneMode mode) {
        auto *action = new QAction(text, m_laneGroup);
        action->setCheckable(true);
        action->setChecked(mode == m_laneMode);
        connect(action, &QAction::triggered, this, [this, mode] { setLaneMode(mode); });
        return action;
    };
    m_byCountry = laneAction(tr("Lanes by Host &Country"), LaneMode::HostCountry);
    m_byOfficial = laneAction(tr("Lanes by &Official"), LaneMode::Official);
    addActions({m_zoomIn, m_zoomOut, m_fitAll});

    showDefaultRange();
}

TimelineView::~TimelineView() = default;

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QAbstractItemView::setModel(model);
    if (model) {
        // After QAbstractItemView's own handlers, which setModel() connected first.
        const auto invalidate = [this] { invalidateEntries(); };
        connect(model, &QAbstractItemModel::dataChanged, this, invalidate);
        connect(model, &QAbstractItemModel::rowsInserted, this, invalidate);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, invalidate);
        connect(model, &QAbstractItemModel::rowsRemoved, this, invalidate);
        connect(model, &QAbstractItemModel::rowsMoved, this, invalidate);
        connect(model, &QAbstractItemModel::layoutChanged, this, invalidate);
        connect(model, &QAbstractItemModel::modelReset, this, invalidate);
    }
    invalidateEntries();
}

// --- state -----------------------------------------------------------------------------------

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    (mode == LaneMode::HostCountry ? m_byCountry : m_byOfficial)->setChecked(true);
    invalidateEntries();
}

void TimelineView::setHighlightedArticles(const QStringList &articleIds)
{
    m_highlightedArticles = articleIds;
    if (m_entriesValid)
        m_entries.setHighlightedArticles(articleIds);
    viewport()->update();
}

QString TimelineView::currentMeetingId() const
{
    return currentIndex().isValid() ? currentIndex().siblingAtColumn(0).data(MeetingsModel::IdRole).toString() : QString();
}

// --- zoom and pan ----------------------------------------------------------------------------

double TimelineView::timeAreaWidth(const QSize &size) const
{
    ensureEntries();
    return std::max(40.0, size.width() - m_laneColumnWidth);
}

double TimelineView::pixelsPerDay() const
{
    return m_range.pixelsPerDay(timeAreaWidth(viewport()->size()));
}

void TimelineView::setVisibleRange(QDate first, QDate last)
{
    if (m_range.show(first, last, timeAreaWidth(viewport()->size())))
        rangeChanged();
}

void TimelineView::fitAll()
{
    if (entries().isEmpty())
        return showDefaultRange();
    m_range.fit(m_entries.entries(), timeAreaWidth(viewport()->size()), 3 * TimelineLayout::ItemGap);
    rangeChanged();
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    const double width = timeAreaWidth(viewport()->size());
    const double anchor = (anchorX < 0 ? width / 2 : std::max(0.0, anchorX - m_laneColumnWidth));
    m_range.zoomTo(m_range.pixelsPerDay(width) * factor, anchor, width);
    rangeChanged();
}

void TimelineView::panBy(double pixels)
{
    m_range.panBy(pixels, timeAreaWidth(viewport()->size()));
    rangeChanged();
}

void TimelineView::rangeChanged()
{
    updateGeometries();
    viewport()->update();
    Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
}

// --- entries, layout, geometry ---------------------------------------------------------------

void TimelineView::invalidateEntries()
{
    m_entriesValid = false;
    m_layout.invalidate();
    scheduleDelayedItemsLayout();
    viewport()->update();
}

void TimelineView::ensureEntries() const
{
    if (m_entriesValid)
        return;
    m_entriesValid = true;
    m_layout.invalidate();
    m_entries.build(model(), rootIndex(), m_laneMode, font());
    m_entries.setHighlightedArticles(m_highlightedArticles);
    m_laneColumnWidth = TimelineRenderer::laneColumnWidth(m_entries.lanes(), font());
}

void TimelineView::ensureLayout(const QSize &size) const
{
    const double ppd = m_range.pixelsPerDay(timeAreaWidth(size));
    const bool manyLanes = m_laneMode == LaneMode::Official;
    const int rows = TimelineLayout::rowsPerLane(size.height() - AxisHeight, m_entries.lanes().size(), manyLanes);
    m_layout.ensure(m_entries.entries(), m_entries.lanes(), ppd, rows);
}

TimelineRenderer TimelineView::frame(const QSize &size) const
{
    ensureLayout(size);
    TimelineRenderer r(m_entries, m_layout);
    r.setStartDay(m_range.startDay());
    r.setLaneColumnWidth(m_laneColumnWidth);
    r.setVerticalOffset(verticalScrollBar()->value());
    return r;
}

TimelineRenderer TimelineView::renderer(const QSize &size) const
{
    TimelineRenderer r = frame(size);
    r.setPalette(palette());
    r.setFont(font());
    if (selectionModel())
        r.setSelectedEntries(m_entries.entriesOfRows(selectionModel()->selectedIndexes()));
    r.setCurrentEntry(currentIndex().isValid() ? m_entries.entryOfRow(currentIndex().row()) : -1, hasFocus());
    r.setCornerText(m_laneMode == LaneMode::HostCountry ? tr("By host") : tr("By official"));
    return r;
}

QModelIndex TimelineView::indexOfEntry(int entry) const
{
    if (!model() || entry < 0 || entry >= m_entries.size())
        return {};
    return model()->index(m_entries.at(entry).row, 0, rootIndex());
}

QRect TimelineView::markerRect(const QString &meetingId) const
{
    return frame(viewport()->size()).markerRectOf(entries().entryOf(meetingId)).toAlignedRect();
}

QList<QRectF> TimelineView::visibleLabelRects() const
{
    return frame(viewport()->size()).labelRects(viewport()->width());
}

int TimelineView::entryAt(const QPoint &point) const
{
    return frame(viewport()->size()).entryAt(point);
}

// --- QAbstractItemView -----------------------------------------------------------------------

QRect TimelineView::visualRect(const QModelIndex &index) const
{
    return index.isValid() ? frame(viewport()->size()).markerRectOf(entryOfRow(index.row())).toAlignedRect() : QRect();
}

void TimelineView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const int entry = entryOfRow(index.row());
    if (entry < 0)
        return;
    const TimelineEntry &e = m_entries.at(entry);
    if (m_range.reveal(e.startDay, e.endDay, hint == PositionAtCenter))
        rangeChanged();
    ensureLayout(viewport()->size());
    const QList<int> placements = m_layout.placementsOf(entry);
    if (placements.isEmpty())
        return;
    const TimelineLane &lane = m_layout.lanes().at(m_layout.placements().at(placements.constFirst()).lane);
    // The whole of its first lane, if it fits.
    QScrollBar *bar = verticalScrollBar();
    const int visible = int(viewport()->height() - AxisHeight);
    if (int(lane.top) < bar->value())
        bar->setValue(int(lane.top));
    else if (int(lane.top + lane.height) > bar->value() + visible)
        bar->setValue(int(lane.top + lane.height) - visible);
}

QModelIndex TimelineView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const int count = int(entries().size());
    if (count == 0)
        return {};
    const int current = currentIndex().isValid() ? entryOfRow(currentIndex().row()) : -1;
    int next = 0;
    if (cursorAction == MoveLeft || cursorAction == MovePrevious)
        next = current < 0 ? count - 1 : current - 1;
    else if (cursorAction == MoveRight || cursorAction == MoveNext)
        next = current + 1;
    else if (cursorAction == MoveEnd)
        next = count - 1;
    else if (cursorAction != MoveHome)
        return currentIndex();
    return indexOfEntry(std::clamp(next, 0, count - 1));
}

void TimelineView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!selectionModel())
        return;
    QItemSelection selection;
    for (int entry : frame(viewport()->size()).entriesIn(QRectF(rect).normalized())) {
        const QModelIndex idx = indexOfEntry(entry);
        selection.select(idx, idx.siblingAtColumn(model()->columnCount(rootIndex()) - 1));
    }
    selectionModel()->select(selection, command);
}

QRegion TimelineView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QModelIndex &index : selection.indexes()) {
        if (index.column() == 0)
            region += visualRect(index).adjusted(-4, -4, 400, 4);
    }
    return region;
}

void TimelineView::updateGeometries()
{
    ensureLayout(viewport()->size());
    QScrollBar *bar = verticalScrollBar();
    const int visible = std::max(0, int(viewport()->height() - AxisHeight));
    bar->setRange(0, std::max(0, int(std::ceil(m_layout.totalHeight())) - visible));
    bar->setPageStep(std::max(1, visible));
    bar->setSingleStep(int(TimelineLayout::RowHeight));
    QAbstractItemView::updateGeometries();
}

void TimelineView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QAbstractItemView::currentChanged(current, previous);
    if (current.isValid()) {
        setAccessibleDescription(current.siblingAtColumn(0).data(Qt::AccessibleTextRole).toString());
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    viewport()->update();
}

void TimelineView::activateEntry(int entry)
{
    const QModelIndex idx = indexOfEntry(entry);
    if (!idx.isValid())
        return;
    Q_EMIT activated(idx);
    Q_EMIT meetingActivated(m_entries.at(entry).id);
}

// --- events ----------------------------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    renderTimeline(&painter, viewport()->size());
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    // The visible dates stay; the zoom follows the width.
    m_layout.invalidate();
    updateGeometries();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LanguageChange)
        invalidateEntries();
    QAbstractItemView::changeEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    switch (key) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomIn();
    case Qt::Key_Minus:
        return zoomOut();
    case Qt::Key_Home:
    case Qt::Key_F:
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            return fitAll();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Left:
    case Qt::Key_Right: {
        // Page Up/Down pan by most of the width, Ctrl+Left/Right by an eighth.
        const bool page = key == Qt::Key_PageUp || key == Qt::Key_PageDown;
        const double step = timeAreaWidth(viewport()->size()) * (page ? 0.8 : 1.0 / 8);
        if (page || (event->modifiers() & Qt::ControlModifier))
            return panBy(key == Qt::Key_PageUp || key == Qt::Key_Left ? step : -step);
        break;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentIndex().isValid()) {
            activateEntry(entryOfRow(currentIndex().row()));
            return event->accept();
        }
        break;
    default:
        break;
    }
    QAbstractItemView::keyPressEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractItemView::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressStartDay = m_range.startDay();
    m_pressEntry = entryAt(m_pressPos);
    if (m_pressEntry >= 0 && selectionModel())
        selectionModel()->setCurrentIndex(indexOfEntry(m_pressEntry), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return QAbstractItemView::mouseMoveEvent(event);
    const QPoint delta = event->position().toPoint() - m_pressPos;
    if (!m_dragging && delta.manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        m_range.setStartDay(m_pressStartDay - delta.x() / pixelsPerDay());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y() / 4);
        rangeChanged();
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return QAbstractItemView::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        viewport()->unsetCursor();
    } else if (m_pressEntry >= 0 && entryAt(event->position().toPoint()) == m_pressEntry) {
        activateEntry(m_pressEntry);
    }
    m_pressEntry = -1;
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A click already activates; a double click on a marker asks to edit the meeting, on
    // empty space it fits everything.
    const int entry = entryAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton) {
        if (entry < 0)
            fitAll();
        else
            Q_EMIT meetingDoubleClicked(m_entries.at(entry).id);
    }
    event->accept();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    if (angle.x() != 0 || (event->modifiers() & Qt::ShiftModifier))
        panBy((angle.x() != 0 ? angle.x() : angle.y()) / 120.0 * timeAreaWidth(viewport()->size()) / 10);
    else if (angle.y() != 0)
        zoomBy(std::pow(ZoomStep, angle.y() / 120.0), event->position().x());
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractItemView::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex idx = indexOfEntry(entryAt(help->pos()));
    if (!idx.isValid()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), idx.data(Qt::ToolTipRole).toString(), viewport(), visualRect(idx));
    }
    return true;
}

} // namespace Entente

#include "timeline/timelineview.h"

#include "io/timelineexport.h"
#include "models/meetingsmodel.h"
#include "timeline/timelineticks.h"

#include <QAbstractProxyModel>
#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QScrollBar>
#include <QSet>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Entente {

namespace {

constexpr double AxisHeight = 42;
constexpr double MaxPixelsPerDay = 240;
constexpr double MaxYearsVisible = 40;
constexpr double ZoomStep = 1.25;

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
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

    m_zoomIn = new QAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"), this);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomIn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_zoomIn, &QAction::triggered, this, &TimelineView::zoomIn);
    m_zoomOut = new QAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomOut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_zoomOut, &QAction::triggered, this, &TimelineView::zoomOut);
    m_fitAll = new QAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("&Fit All Meetings"), this);
    m_fitAll->setToolTip(tr("Show every meeting (Home or F)"));
    connect(m_fitAll, &QAction::triggered, this, &TimelineView::fitAll);
    m_laneGroup = new QActionGroup(this);
    m_byCountry = new QAction(tr("Lanes by Host &Country"), m_laneGroup);
    m_byCountry->setCheckable(true);
    m_byCountry->setChecked(true);
    connect(m_byCountry, &QAction::triggered, this, [this] { setLaneMode(LaneMode::HostCountry); });
    m_byOfficial = new QAction(tr("Lanes by &Official"), m_laneGroup);
    m_byOfficial->setCheckable(true);
    connect(m_byOfficial, &QAction::triggered, this, [this] { setLaneMode(LaneMode::Official); });
    addActions({m_zoomIn, m_zoomOut, m_fitAll});

    showDefaultRange();
}

TimelineView::~TimelineView() = default;

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (this->model()) {
        disconnect(this->model(), nullptr, this, nullptr);
    }
    QAbstractItemView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { invalidateEntries(); });
        connect(model, &QAbstractItemModel::rowsMoved, this, [this] { invalidateEntries(); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { invalidateEntries(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { invalidateEntries(); });
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
    if (m_entriesValid && model()) {
        for (TimelineEntry &e : m_entries) {
            const QStringList ids = model()->index(e.row, 0, rootIndex()).data(MeetingsModel::ArticleIdsRole).toStringList();
            e.highlighted = std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return articleIds.contains(id); });
        }
    }
    viewport()->update();
}

QStringList TimelineView::highlightedMeetings() const
{
    ensureEntries();
    QStringList ids;
    for (const TimelineEntry &e : std::as_const(m_entries)) {
        if (e.highlighted)
            ids.append(e.id);
    }
    return ids;
}

double TimelineView::timeAreaWidth(const QSize &size) const
{
    return std::max(40.0, size.width() - laneColumnWidth());
}

double TimelineView::ppdFor(const QSize &size) const
{
    return timeAreaWidth(size) / m_spanDays;
}

double TimelineView::pixelsPerDay() const
{
    return ppdFor(viewport()->size());
}

double TimelineView::laneColumnWidth() const
{
    ensureEntries();
    return m_laneColumnWidth;
}

double TimelineView::xForDay(double day) const
{
    return laneColumnWidth() + (day - m_startDay) * pixelsPerDay();
}

double TimelineView::dayForX(double x) const
{
    return m_startDay + (x - laneColumnWidth()) / pixelsPerDay();
}

QDate TimelineView::visibleStart() const
{
    return QDate::fromJulianDay(qint64(std::floor(m_startDay)));
}

QDate TimelineView::visibleEnd() const
{
    return QDate::fromJulianDay(qint64(std::ceil(m_startDay + m_spanDays)) - 1);
}

void TimelineView::setVisibleRange(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return;
    const double timeW = timeAreaWidth(viewport()->size());
    m_startDay = double(first.toJulianDay());
    m_spanDays = std::clamp(double(last.toJulianDay() + 1 - first.toJulianDay()), timeW / MaxPixelsPerDay,
                            MaxYearsVisible * 365.25);
    rangeChanged();
}

void TimelineView::showDefaultRange()
{
    setVisibleRange(QDate(2020, 1, 1), QDate(2023, 12, 31));
}

void TimelineView::fitAll()
{
    ensureEntries();
    if (m_entries.isEmpty()) {
        showDefaultRange();
        return;
    }
    double first = m_entries.constFirst().startDay;
    double last = first;
    for (const TimelineEntry &e : std::as_const(m_entries))
        last = std::max(last, e.endDay);
    // A little room on the left; on the right enough for every label to end on screen.
    const double timeW = timeAreaWidth(viewport()->size());
    const double margin = std::max(30.0, last - first) * 0.015 + 1;
    const double left = std::floor(first - margin);
    double ppd = timeW / (last + margin - left);
    for (const TimelineEntry &e : std::as_const(m_entries)) {
        const double room = timeW - e.labelWidth - 3 * TimelineLayout::ItemGap;
        const double days = (e.point ? e.startDay + 1 : e.endDay) - left;
        if (room > timeW / 3 && days > 0)
            ppd = std::min(ppd, room / days);
    }
    setVisibleRange(QDate::fromJulianDay(qint64(left)), QDate::fromJulianDay(qint64(std::ceil(left + timeW / ppd)) - 1));
}

void TimelineView::setZoom(double ppd, double anchorX)
{
    const QSize size = viewport()->size();
    const double timeW = timeAreaWidth(size);
    const double anchorDay = dayForX(anchorX);
    ppd = std::clamp(ppd, timeW / (MaxYearsVisible * 365.25), MaxPixelsPerDay);
    m_spanDays = timeW / ppd;
    m_startDay = anchorDay - (anchorX - laneColumnWidth()) / ppd;
    rangeChanged();
}

void TimelineView::zoomIn()
{
    setZoom(pixelsPerDay() * ZoomStep, laneColumnWidth() + timeAreaWidth(viewport()->size()) / 2);
}

void TimelineView::zoomOut()
{
    setZoom(pixelsPerDay() / ZoomStep, laneColumnWidth() + timeAreaWidth(viewport()->size()) / 2);
}

void TimelineView::panBy(double pixels)
{
    m_startDay -= pixels / pixelsPerDay();
    rangeChanged();
}

void TimelineView::rangeChanged()
{
    updateGeometries();
    viewport()->update();
    Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
}

// --- entries and layout ----------------------------------------------------------------------

void TimelineView::invalidateEntries()
{
    m_entriesValid = false;
    m_layoutValid = false;
    scheduleDelayedItemsLayout();
    viewport()->update();
}

QString TimelineView::officialName(const QString &id) const
{
    const QAbstractItemModel *m = model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m))
        m = proxy->sourceModel();
    if (const auto *meetings = qobject_cast<const MeetingsModel *>(m))
        return meetings->officialName(id);
    return Meeting::nameFromOfficialId(id);
}

QString TimelineView::laneTitle(const QString &key) const
{
    if (m_laneMode == LaneMode::HostCountry)
        return key.isEmpty() ? tr("Place not stated") : Meeting::countryDisplayName(key);
    return key.isEmpty() ? tr("Others") : officialName(key);
}

void TimelineView::ensureEntries() const
{
    if (m_entriesValid)
        return;
    m_entriesValid = true;
    m_layoutValid = false;
    m_entries.clear();
    m_entryOfRow.clear();
    m_laneList.clear();
    QAbstractItemModel *m = model();
    if (!m)
        return;
    const QFontMetricsF fm(font());
    const double maxLabel = fm.averageCharWidth() * 30;
    QSet<QString> laneKeys;
    const int rows = m->rowCount(rootIndex());
    m_entries.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex idx = m->index(r, 0, rootIndex());
        const QDate first = idx.data(MeetingsModel::EarliestRole).toDate();
        const QDate last = idx.data(MeetingsModel::LatestRole).toDate();
        if (!first.isValid() || !last.isValid())
            continue;
        TimelineEntry e;
        e.row = r;
        e.id = idx.data(MeetingsModel::IdRole).toString();
        e.startDay = double(first.toJulianDay());
        e.endDay = double(last.toJulianDay() + 1);
        e.point = idx.data(MeetingsModel::PrecisionRole).toInt() == int(EdtfDate::Precision::Day);
        e.uncertain = idx.data(MeetingsModel::UncertainRole).toBool();
        e.approximate = idx.data(MeetingsModel::ApproximateRole).toBool();
        QString label = idx.data(MeetingsModel::LabelRole).toString();
        if (label.isEmpty())
            label = idx.data(Qt::DisplayRole).toString();
        // The marks survive elision: "~" before, "?" after the (possibly shortened) label.
        const QString before = e.approximate ? QStringLiteral("~") : QString();
        const QString after = e.uncertain ? QStringLiteral(" ?") : QString();
        e.label = before + label + after;
        e.elided = before + fm.elidedText(label, Qt::ElideRight, maxLabel - fm.horizontalAdvance(before + after)) + after;
        e.labelWidth = std::ceil(fm.horizontalAdvance(e.elided));
        const QStringList articles = idx.data(MeetingsModel::ArticleIdsRole).toStringList();
        e.highlighted = std::any_of(articles.cbegin(), articles.cend(),
                                    [this](const QString &id) { return m_highlightedArticles.contains(id); });
        if (m_laneMode == LaneMode::HostCountry) {
            e.lanes = {idx.data(MeetingsModel::HostCountryRole).toString()};
        } else {
            e.lanes = idx.data(MeetingsModel::ParticipantIdsRole).toStringList();
            if (e.lanes.isEmpty())
                e.lanes = {QString()};
        }
        for (const QString &k : std::as_const(e.lanes))
            laneKeys.insert(k);
        m_entries.append(e);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.startDay != b.startDay)
            return a.startDay < b.startDay;
        if (a.endDay != b.endDay)
            return a.endDay < b.endDay;
        return a.id < b.id;
    });
    for (int i = 0; i < m_entries.size(); ++i)
        m_entryOfRow.insert(m_entries.at(i).row, i);

    // Lanes: by country Iran, Iraq, others, "not stated"; by official in name order.
    QStringList keys(laneKeys.cbegin(), laneKeys.cend());
    if (m_laneMode == LaneMode::HostCountry) {
        keys.append(QStringLiteral("IR"));
        keys.append(QStringLiteral("IQ"));
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            auto rank = [](const QString &k) { return k == u"IR" ? 0 : k == u"IQ" ? 1 : k.isEmpty() ? 3 : 2; };
            return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
        });
    } else {
        QHash<QString, QString> titles;
        for (const QString &k : std::as_const(keys))
            titles.insert(k, laneTitle(k));
        std::sort(keys.begin(), keys.end(), [&titles](const QString &a, const QString &b) {
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty();
            return titles.value(a).localeAwareCompare(titles.value(b)) < 0;
        });
    }
    const QFontMetricsF bold([this] {
        QFont f = font();
        f.setBold(true);
        return f;
    }());
    double widest = 60;
    for (const QString &k : std::as_const(keys)) {
        TimelineLane lane;
        lane.key = k;
        lane.title = laneTitle(k);
        widest = std::max(widest, bold.horizontalAdvance(lane.title));
        m_laneList.append(lane);
    }
    m_laneColumnWidth = std::ceil(std::min(widest + 20, 200.0));
}

int TimelineView::maxRowsFor(const QSize &size) const
{
    // Lanes take only the rows they use. By country (few lanes) the rows share the height; by
    // official (many lanes) each lane may take a few rows and the view scrolls vertically.
    const int lanes = std::max<int>(1, int(m_laneList.size()));
    const double perLane = (size.height() - AxisHeight) / lanes - TimelineLayout::LanePadding - TimelineLayout::OverflowHeight;
    const int fitting = int(perLane / TimelineLayout::RowHeight);
    return std::clamp(m_laneMode == LaneMode::Official ? std::max(fitting, 4) : fitting, 2, 12);
}

void TimelineView::ensureLayout(const QSize &size) const
{
    ensureEntries();
    const double ppd = ppdFor(size);
    const int rows = maxRowsFor(size);
    if (m_layoutValid && ppd == m_layoutPpd && rows == m_layoutRows)
        return;
    m_layout.build(m_entries, m_laneList, ppd, rows);
    m_layoutPpd = ppd;
    m_layoutRows = rows;
    m_layoutValid = true;
}

int TimelineView::entryOfRow(int row) const
{
    ensureEntries();
    return m_entryOfRow.value(row, -1);
}

QModelIndex TimelineView::indexOfEntry(int entry) const
{
    if (!model() || entry < 0 || entry >= m_entries.size())
        return {};
    return model()->index(m_entries.at(entry).row, 0, rootIndex());
}

double TimelineView::rowTop(const TimelinePlacement &p) const
{
    const TimelineLane &lane = m_layout.lanes().at(p.lane);
    const int sub = p.subRow >= 0 ? p.subRow : lane.rows;
    return AxisHeight + lane.top - verticalScrollBar()->value() + sub * TimelineLayout::RowHeight;
}

QRectF TimelineView::markerRectF(const TimelinePlacement &p) const
{
    const double origin = m_startDay * m_layout.pixelsPerDay() - m_laneColumnWidth;
    const double top = rowTop(p);
    if (p.subRow < 0)
        return QRectF(p.x0 - origin, top + 1, std::max(2.0, p.x1 - p.x0), TimelineLayout::OverflowHeight - 2);
    const double cy = top + TimelineLayout::RowHeight / 2;
    const double half = m_entries.at(p.entry).point ? TimelineLayout::PointRadius + 1 : TimelineLayout::SpanHeight / 2;
    return QRectF(p.x0 - origin, cy - half, p.x1 - p.x0, 2 * half);
}

QRectF TimelineView::labelRectInView(const TimelinePlacement &p, double origin) const
{
    const TimelineEntry &e = m_entries.at(p.entry);
    QRectF r = TimelineLayout::labelRect(p, e);
    r.translate(-origin, rowTop(p));
    // A label inside a span that starts off screen slides along to stay readable; it never
    // leaves its span, so it cannot meet another label.
    const double x0 = p.x0 - origin;
    const double x1 = p.x1 - origin;
    if (!e.point && r.left() < x1 && r.left() < m_laneColumnWidth + TimelineLayout::LabelGap) {
        const double slid = std::min(m_laneColumnWidth + TimelineLayout::LabelGap, x1 - TimelineLayout::LabelGap - r.width());
        r.moveLeft(std::max(r.left(), std::max(x0 + TimelineLayout::LabelGap, slid)));
    }
    return r;
}

int TimelineView::entryAt(const QPoint &point) const
{
    ensureLayout(viewport()->size());
    if (point.x() < m_laneColumnWidth || point.y() < AxisHeight)
        return -1;
    const double ppd = m_layout.pixelsPerDay();
    const double origin = m_startDay * ppd - m_laneColumnWidth;
    const double absX = point.x() + origin;
    int found = -1;
    m_layout.forEachVisible(absX - TimelineLayout::ItemGap - 400, absX + 4, [&](const TimelinePlacement &p) {
        if (found >= 0)
            return;
        const QRectF marker = markerRectF(p).adjusted(-3, -3, 3, 3);
        if (marker.contains(point)) {
            found = p.entry;
            return;
        }
        if (p.labelled && labelRectInView(p, origin).contains(point))
            found = p.entry;
    });
    return found;
}

QRect TimelineView::markerRect(const QString &meetingId) const
{
    ensureLayout(viewport()->size());
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == meetingId) {
            const QList<int> placements = m_layout.placementsOf(i);
            if (placements.isEmpty())
                return {};
            return markerRectF(m_layout.placements().at(placements.constFirst())).toAlignedRect();
        }
    }
    return {};
}

QList<QRectF> TimelineView::visibleLabelRects() const
{
    const QSize size = viewport()->size();
    ensureLayout(size);
    const double ppd = m_layout.pixelsPerDay();
    const double origin = m_startDay * ppd - m_laneColumnWidth;
    QList<QRectF> rects;
    m_layout.forEachVisible(origin + m_laneColumnWidth, origin + size.width(), [&](const TimelinePlacement &p) {
        if (!p.labelled)
            return;
        rects.append(labelRectInView(p, origin));
    });
    return rects;
}

QString TimelineView::currentMeetingId() const
{
    return currentIndex().isValid() ? currentIndex().siblingAtColumn(0).data(MeetingsModel::IdRole).toString() : QString();
}

// --- QAbstractItemView -----------------------------------------------------------------------

QRect TimelineView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int entry = entryOfRow(index.row());
    if (entry < 0)
        return {};
    ensureLayout(viewport()->size());
    const QList<int> placements = m_layout.placementsOf(entry);
    if (placements.isEmpty())
        return {};
    return markerRectF(m_layout.placements().at(placements.constFirst())).toAlignedRect();
}

void TimelineView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const int entry = entryOfRow(index.row());
    if (entry < 0)
        return;
    const TimelineEntry &e = m_entries.at(entry);
    // Visible enough when some of the marker is on screen, clear of the edges.
    const double margin = m_spanDays * 0.02;
    const bool outside = e.endDay <= m_startDay + margin || e.startDay >= m_startDay + m_spanDays - margin;
    if (outside || hint == PositionAtCenter) {
        m_startDay = (e.startDay + e.endDay) / 2 - m_spanDays / 2;
        rangeChanged();
    }
    ensureLayout(viewport()->size());
    const QList<int> placements = m_layout.placementsOf(entry);
    if (!placements.isEmpty()) {
        const TimelinePlacement &p = m_layout.placements().at(placements.constFirst());
        const TimelineLane &lane = m_layout.lanes().at(p.lane);
        const int top = int(lane.top);
        const int bottom = int(lane.top + lane.height);
        QScrollBar *bar = verticalScrollBar();
        const int visible = int(viewport()->height() - AxisHeight);
        if (top < bar->value())
            bar->setValue(top);
        else if (bottom > bar->value() + visible)
            bar->setValue(bottom - visible);
    }
}

QModelIndex TimelineView::indexAt(const QPoint &point) const
{
    return indexOfEntry(entryAt(point));
}

QModelIndex TimelineView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    ensureEntries();
    if (m_entries.isEmpty())
        return {};
    const int current = currentIndex().isValid() ? entryOfRow(currentIndex().row()) : -1;
    int next = current;
    switch (cursorAction) {
    case MoveLeft:
    case MovePrevious:
        next = current < 0 ? int(m_entries.size()) - 1 : std::max(0, current - 1);
        break;
    case MoveRight:
    case MoveNext:
        next = current < 0 ? 0 : std::min(int(m_entries.size()) - 1, current + 1);
        break;
    case MoveHome:
        next = 0;
        break;
    case MoveEnd:
        next = int(m_entries.size()) - 1;
        break;
    default:
        break;
    }
    return next < 0 ? currentIndex() : indexOfEntry(next);
}

int TimelineView::horizontalOffset() const
{
    return int(m_startDay * pixelsPerDay());
}

int TimelineView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool TimelineView::isIndexHidden(const QModelIndex &index) const
{
    return entryOfRow(index.row()) < 0;
}

void TimelineView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!selectionModel())
        return;
    ensureLayout(viewport()->size());
    QItemSelection selection;
    const QRectF r = QRectF(rect).normalized();
    for (const TimelinePlacement &p : m_layout.placements()) {
        if (markerRectF(p).intersects(r)) {
            const QModelIndex idx = indexOfEntry(p.entry);
            selection.select(idx, idx.siblingAtColumn(model()->columnCount(rootIndex()) - 1));
        }
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
    updateAccessibleDescription();
    viewport()->update();
}

void TimelineView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    invalidateEntries();
}

void TimelineView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    invalidateEntries();
}

void TimelineView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    invalidateEntries();
}

void TimelineView::reset()
{
    QAbstractItemView::reset();
    invalidateEntries();
}

void TimelineView::updateAccessibleDescription()
{
    const QModelIndex idx = currentIndex();
    if (!idx.isValid())
        return;
    setAccessibleDescription(idx.siblingAtColumn(0).data(Qt::AccessibleTextRole).toString());
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
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

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    // The visible dates stay; the zoom follows the width.
    m_layoutValid = false;
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
    const double timeW = timeAreaWidth(viewport()->size());
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Home:
    case Qt::Key_F:
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            break;
        fitAll();
        return;
    case Qt::Key_PageUp:
        panBy(timeW * 0.8);
        return;
    case Qt::Key_PageDown:
        panBy(-timeW * 0.8);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (event->modifiers() & Qt::ControlModifier) {
            panBy(event->key() == Qt::Key_Left ? timeW / 8 : -timeW / 8);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentIndex().isValid()) {
            activateEntry(entryOfRow(currentIndex().row()));
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractItemView::keyPressEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractItemView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressStartDay = m_startDay;
    m_pressEntry = entryAt(m_pressPos);
    if (m_pressEntry >= 0 && selectionModel()) {
        const QModelIndex idx = indexOfEntry(m_pressEntry);
        selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed) {
        QAbstractItemView::mouseMoveEvent(event);
        return;
    }
    const QPoint delta = event->position().toPoint() - m_pressPos;
    if (!m_dragging && delta.manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        m_startDay = m_pressStartDay - delta.x() / pixelsPerDay();
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (event->position().toPoint().y() - m_pressPos.y()) / 4);
        rangeChanged();
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed) {
        QAbstractItemView::mouseReleaseEvent(event);
        return;
    }
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
    if (angle.x() != 0 || (event->modifiers() & Qt::ShiftModifier)) {
        const int d = angle.x() != 0 ? angle.x() : angle.y();
        panBy(d / 120.0 * timeAreaWidth(viewport()->size()) / 10);
    } else if (angle.y() != 0) {
        const double steps = angle.y() / 120.0;
        setZoom(pixelsPerDay() * std::pow(ZoomStep, steps), std::max(event->position().x(), laneColumnWidth()));
    }
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int entry = entryAt(help->pos());
        if (entry < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QModelIndex idx = indexOfEntry(entry);
        QToolTip::showText(help->globalPos(), idx.data(Qt::ToolTipRole).toString(), viewport(), visualRect(idx));
        return true;
    }
    return QAbstractItemView::viewportEvent(event);
}

// --- painting --------------------------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    paint(&painter, viewport()->size());
}

void TimelineView::renderTimeline(QPainter *painter, const QSize &size)
{
    paint(painter, size);
}

void TimelineView::paint(QPainter *p, const QSize &size) const
{
    ensureLayout(size);
    const QPalette pal = palette();
    const double laneW = m_laneColumnWidth;
    const double width = size.width();
    const double height = size.height();
    const double ppd = m_layout.pixelsPerDay();
    const double origin = m_startDay * ppd - laneW; // absolute x of viewport x = 0
    const double vOffset = verticalScrollBar()->value();
    const QFontMetricsF fm(font());

    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->fillRect(QRectF(0, 0, width, height), pal.color(QPalette::Base));

    // Lane backgrounds.
    const QList<TimelineLane> &lanes = m_layout.lanes();
    p->save();
    p->setClipRect(QRectF(0, AxisHeight, width, height - AxisHeight));
    for (int i = 0; i < lanes.size(); ++i) {
        const TimelineLane &lane = lanes.at(i);
        const QRectF r(0, AxisHeight + lane.top - vOffset, width, lane.height);
        if (i % 2 == 1)
            p->fillRect(r, pal.color(QPalette::AlternateBase));
        p->setPen(QPen(withAlpha(pal.color(QPalette::Mid), 140), 1));
        p->drawLine(QPointF(0, r.bottom()), QPointF(width, r.bottom()));
    }
    p->restore();

    // Grid.
    const double firstDay = m_startDay;
    const double lastDay = m_startDay + (width - laneW) / ppd;
    const TimelineTicks ticks = TimelineTicks::compute(firstDay, lastDay, ppd);
    p->save();
    p->setClipRect(QRectF(laneW, 0, width - laneW, height));
    p->setPen(QPen(withAlpha(pal.color(QPalette::Mid), 90), 1));
    for (const TimelineTicks::Tick &t : ticks.minor()) {
        const double x = std::round(t.day * ppd - origin) + 0.5;
        p->drawLine(QPointF(x, AxisHeight), QPointF(x, height));
    }
    p->setPen(QPen(withAlpha(pal.color(QPalette::Dark), 160), 1));
    for (const TimelineTicks::Tick &t : ticks.major()) {
        const double x = std::round(t.day * ppd - origin) + 0.5;
        p->drawLine(QPointF(x, AxisHeight), QPointF(x, height));
    }
    p->restore();

    // Markers and labels.
    QSet<int> selected;
    if (selectionModel()) {
        const QModelIndexList rows = selectionModel()->selectedIndexes();
        for (const QModelIndex &idx : rows)
            selected.insert(m_entryOfRow.value(idx.row(), -1));
    }
    const int current = currentIndex().isValid() ? m_entryOfRow.value(currentIndex().row(), -1) : -1;
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Link);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor highlightedText = pal.color(QPalette::HighlightedText);

    p->save();
    p->setClipRect(QRectF(laneW, AxisHeight, width - laneW, height - AxisHeight));
    p->setFont(font());
    // Overflow placements are merged into runs so that a dense strip costs one rectangle per run.
    int runLane = -1;
    double runX0 = 0, runX1 = -1e300, runY = 0;
    auto flushRun = [&] {
        if (runLane >= 0 && runX1 > runX0 - 1e200)
            p->fillRect(QRectF(runX0, runY + 2, std::max(2.0, runX1 - runX0), TimelineLayout::OverflowHeight - 4),
                        withAlpha(text, 110));
        runLane = -1;
    };
    m_layout.forEachVisible(origin + laneW, origin + width, [&](const TimelinePlacement &pl) {
        const TimelineEntry &e = m_entries.at(pl.entry);
        const double top = AxisHeight + lanes.at(pl.lane).top - vOffset
            + (pl.subRow >= 0 ? pl.subRow : lanes.at(pl.lane).rows) * TimelineLayout::RowHeight;
        if (top > height || top + TimelineLayout::RowHeight < AxisHeight)
            return;
        const double x0 = pl.x0 - origin;
        const double x1 = pl.x1 - origin;
        if (pl.subRow < 0) {
            if (runLane == pl.lane && x0 <= runX1 + 1) {
                runX1 = std::max(runX1, x1);
            } else {
                flushRun();
                runLane = pl.lane;
                runX0 = x0;
                runX1 = x1;
                runY = top;
            }
            return;
        }
        const bool isSelected = selected.contains(pl.entry);
        const double cy = top + TimelineLayout::RowHeight / 2;
        QRectF marker;
        if (e.point) {
            marker = QRectF((x0 + x1) / 2 - TimelineLayout::PointRadius, cy - TimelineLayout::PointRadius,
                            2 * TimelineLayout::PointRadius, 2 * TimelineLayout::PointRadius);
        } else {
            marker = QRectF(x0, cy - TimelineLayout::SpanHeight / 2, x1 - x0, TimelineLayout::SpanHeight);
        }
        if (e.highlighted) {
            p->setPen(Qt::NoPen);
            p->setBrush(withAlpha(highlight, 90));
            if (e.point)
                p->drawEllipse(marker.adjusted(-4, -4, 4, 4));
            else
                p->drawRoundedRect(marker.adjusted(-3, -3, 3, 3), 5, 5);
        }
        QPen pen(isSelected ? highlight : (e.point ? text : accent), isSelected ? 2.5 : 1.4);
        if (e.uncertain)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        QColor fill = isSelected ? highlight : accent;
        fill.setAlpha(e.point ? (e.uncertain ? 110 : 255) : (e.uncertain ? 40 : 80));
        p->setBrush(fill);
        if (e.point)
            p->drawEllipse(marker);
        else
            p->drawRoundedRect(marker, 3, 3);
        if (pl.labelled) {
            const QRectF label = labelRectInView(pl, origin);
            if (isSelected) {
                p->setPen(Qt::NoPen);
                p->setBrush(highlight);
                p->drawRoundedRect(label.adjusted(-2, 2, 2, -2), 3, 3);
                p->setPen(highlightedText);
            } else {
                p->setPen(text);
            }
            p->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, e.elided);
            if (e.highlighted && !isSelected) {
                p->setPen(QPen(highlight, 1.5));
                const double y = label.center().y() + fm.height() / 2;
                p->drawLine(QPointF(label.left(), y), QPointF(label.left() + e.labelWidth, y));
            }
        }
        if (pl.entry == current && hasFocus()) {
            p->setPen(QPen(text, 1, Qt::DotLine));
            p->setBrush(Qt::NoBrush);
            p->drawRect(marker.adjusted(-3, -3, 3, 3));
        }
    });
    flushRun();
    p->restore();

    // Lane titles.
    p->save();
    p->setClipRect(QRectF(0, AxisHeight, laneW, height - AxisHeight));
    p->fillRect(QRectF(0, AxisHeight, laneW, height - AxisHeight), pal.color(QPalette::Window));
    QFont bold = font();
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(pal.color(QPalette::WindowText));
    for (const TimelineLane &lane : lanes) {
        const QRectF r(8, AxisHeight + lane.top - vOffset, laneW - 14, std::min(lane.height, TimelineLayout::RowHeight + 4));
        p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(bold).elidedText(lane.title, Qt::ElideRight, r.width()));
        p->setPen(QPen(withAlpha(pal.color(QPalette::Mid), 140), 1));
        p->drawLine(QPointF(0, AxisHeight + lane.top + lane.height - vOffset), QPointF(laneW, AxisHeight + lane.top + lane.height - vOffset));
        p->setPen(pal.color(QPalette::WindowText));
    }
    p->restore();
    p->setPen(QPen(pal.color(QPalette::Mid), 1));
    p->drawLine(QPointF(laneW - 0.5, 0), QPointF(laneW - 0.5, height));

    // Axis: major tier on top, minor tier below.
    p->fillRect(QRectF(0, 0, width, AxisHeight), pal.color(QPalette::Window));
    p->setPen(QPen(pal.color(QPalette::Mid), 1));
    p->drawLine(QPointF(0, AxisHeight - 0.5), QPointF(width, AxisHeight - 0.5));
    p->save();
    p->setClipRect(QRectF(laneW, 0, width - laneW, AxisHeight));
    const double tier = AxisHeight / 2;
    p->setPen(pal.color(QPalette::WindowText));
    const QList<TimelineTicks::Tick> &major = ticks.hasMajor() ? ticks.major() : ticks.minor();
    for (int i = 0; i < major.size(); ++i) {
        const double x = major.at(i).day * ppd - origin;
        const double nextX = i + 1 < major.size() ? major.at(i + 1).day * ppd - origin : width;
        // Sticky label: stays at the left edge while its period is on screen.
        const double textWidth = QFontMetricsF(bold).horizontalAdvance(major.at(i).label);
        const double lx = std::clamp(x + 4, laneW + 4, std::max(laneW + 4, nextX - textWidth - 6));
        p->setFont(bold);
        p->drawLine(QPointF(std::round(x) + 0.5, 0), QPointF(std::round(x) + 0.5, AxisHeight));
        if (nextX - lx < textWidth + 2)
            continue; // the period is almost off screen: no room for its name
        p->drawText(QRectF(lx, 0, std::max(0.0, nextX - lx), ticks.hasMajor() ? tier : AxisHeight),
                    Qt::AlignLeft | Qt::AlignVCenter, major.at(i).label);
    }
    if (ticks.hasMajor()) {
        p->setFont(font());
        p->setPen(withAlpha(pal.color(QPalette::WindowText), 200));
        const QList<TimelineTicks::Tick> &minor = ticks.minor();
        for (int i = 0; i < minor.size(); ++i) {
            const double x = minor.at(i).day * ppd - origin;
            const double nextX = i + 1 < minor.size() ? minor.at(i + 1).day * ppd - origin : x + 60;
            p->drawLine(QPointF(std::round(x) + 0.5, tier + 4), QPointF(std::round(x) + 0.5, AxisHeight));
            p->drawText(QRectF(x + 3, tier, std::max(0.0, nextX - x - 4), tier), Qt::AlignLeft | Qt::AlignVCenter,
                        minor.at(i).label);
        }
    }
    p->restore();

    // Corner: the lane mode.
    p->setFont(font());
    p->setPen(withAlpha(pal.color(QPalette::WindowText), 180));
    p->drawText(QRectF(8, 0, laneW - 12, AxisHeight), Qt::AlignLeft | Qt::AlignVCenter,
                m_laneMode == LaneMode::HostCountry ? tr("By host") : tr("By official"));
    p->restore();
}

// --- export ----------------------------------------------------------------------------------

bool TimelineView::exportPng(const QString &fileName)
{
    const QSize size = viewport()->size();
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        paint(&painter, size);
    }
    if (!image.save(fileName, "PNG")) {
        m_errorString = tr("Could not write the PNG image %1.").arg(fileName);
        return false;
    }
    m_errorString.clear();
    return true;
}

bool TimelineView::exportSvg(const QString &fileName)
{
    const QSize size = viewport()->size();
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(tr("Meetings timeline"));
    generator.setDescription(tr("Meetings from %1 to %2, exported from Entente")
                                 .arg(QLocale().toString(visibleStart(), QLocale::LongFormat),
                                      QLocale().toString(visibleEnd(), QLocale::LongFormat)));
    QPainter painter;
    if (!painter.begin(&generator)) {
        m_errorString = tr("Could not write the SVG image %1.").arg(fileName);
        return false;
    }
    paint(&painter, size);
    painter.end();
    if (QFileInfo(fileName).size() <= 0) {
        m_errorString = tr("Could not write the SVG image %1.").arg(fileName);
        return false;
    }
    m_errorString.clear();
    return true;
}

bool TimelineView::exportTimelineJsCsv(const QString &fileName)
{
    ensureEntries();
    MeetingList meetings;
    QHash<QString, QString> names;
    for (int i = 0; i < m_entries.size(); ++i) { // in date order
        const Meeting m = indexOfEntry(i).data(MeetingsModel::MeetingRole).value<Meeting>();
        if (m.isNull())
            continue;
        for (const QString &id : m.participants)
            names.insert(id, officialName(id));
        meetings.append(m);
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(TimelineExport::toTimelineJsCsv(meetings, names)) < 0 || !file.commit()) {
        m_errorString = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    m_errorString.clear();
    return true;
}

} // namespace Entente

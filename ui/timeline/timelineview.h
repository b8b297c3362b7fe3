#pragma once

#include "timeline/timelineentries.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinerange.h"

#include "timeline/timelinerenderer.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <QDate>
#include <QStringList>

class QAction;
class QActionGroup;

namespace Entente {

/**
 * The timeline of meetings: a custom-painted view over a MeetingsModel (or a proxy of one).
 * Time runs left to right (2020–2023 until told otherwise); lanes group meetings by host
 * country or by official. Day dates are points, month/season/year dates spans over their
 * range; uncertain dates have a dashed outline and a "?", approximate ones a "~".
 *
 * Wheel or +/- zoom (years down to days), dragging or Ctrl+Left/Right pan, Home or F fits all
 * meetings; Left/Right select the previous/next meeting in time, Enter or a click activates it.
 *
 * The view owns the zoom, the pan and the item-view plumbing; TimelineEntries reads the
 * model, TimelineLayout packs the rows, TimelineRenderer paints (here and in
 * TimelineExporter).
 */
class TimelineView : public QAbstractItemView
{
    Q_OBJECT
public:
    using LaneMode = TimelineEntries::LaneMode;
    static constexpr double ZoomStep = 1.25;

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setModel(QAbstractItemModel *model) override;

    LaneMode laneMode() const { return m_laneMode; }
    void setLaneMode(LaneMode mode);

    /// Meetings with evidence in any of @p articleIds are drawn highlighted.
    void setHighlightedArticles(const QStringList &articleIds);
    QStringList highlightedArticles() const { return m_highlightedArticles; }
    /// Ids of the meetings highlighted now.
    QStringList highlightedMeetings() const { return entries().highlightedIds(); }

    /// First and last day at least partly visible.
    QDate visibleStart() const { return m_range.first(); }
    QDate visibleEnd() const { return m_range.last(); }
    /// Shows [first, last] across the width of the view.
    void setVisibleRange(QDate first, QDate last);
    double pixelsPerDay() const;

    /// The marker of a meeting in viewport coordinates (its first lane), or an empty rect.
    QRect markerRect(const QString &meetingId) const;
    /// Every label drawn now, in viewport coordinates.
    QList<QRectF> visibleLabelRects() const;
    QString currentMeetingId() const;

    /// The entries of the model as it stands, in date order.
    const TimelineEntries &entries() const
    {
        ensureEntries();
        return m_entries;
    }
    /// A renderer for the timeline as it stands, laid out for @p size pixels. It refers to
    /// the view's entries and layout: use it before the view or its model changes.
    TimelineRenderer renderer(const QSize &size) const;
    /// Paints the timeline as it stands onto @p painter, over @p size pixels.
    void renderTimeline(QPainter *painter, const QSize &size) const { renderer(size).paint(painter, size); }

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAllAction() const { return m_fitAll; }
    QAction *lanesByCountryAction() const { return m_byCountry; }
    QAction *lanesByOfficialAction() const { return m_byOfficial; }

    // QAbstractItemView
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override { return indexOfEntry(entryAt(point)); }

public Q_SLOTS:
    void zoomIn() { zoomBy(ZoomStep); }
    void zoomOut() { zoomBy(1 / ZoomStep); }
    void fitAll();
    /// Back to the default range, 2020–2023.
    void showDefaultRange() { setVisibleRange(QDate(2020, 1, 1), QDate(2023, 12, 31)); }

Q_SIGNALS:
    void meetingActivated(const QString &meetingId);
    /// A meeting's marker was double-clicked (the first click already activated it).
    void meetingDoubleClicked(const QString &meetingId);
    void visibleRangeChanged(QDate first, QDate last);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return int(m_range.startDay() * pixelsPerDay()); }
    int verticalOffset() const override { return verticalScrollBar()->value(); }
    bool isIndexHidden(const QModelIndex &index) const override { return entryOfRow(index.row()) < 0; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void invalidateEntries();
    void ensureEntries() const;
    void ensureLayout(const QSize &size) const;
    double timeAreaWidth(const QSize &size) const;
    /// Zooms by @p factor around viewport x @p anchorX (the middle of the time area if < 0).
    void zoomBy(double factor, double anchorX = -1);
    void panBy(double pixels);
    void rangeChanged();
    /// A renderer for the geometry only (hit testing), laid out for @p size.
    TimelineRenderer frame(const QSize &size) const;
    QModelIndex indexOfEntry(int entry) const;
    void activateEntry(int entry);
    int entryAt(const QPoint &point) const;
    int entryOfRow(int row) const { return entries().entryOfRow(row); }

    LaneMode m_laneMode = LaneMode::HostCountry;
    TimelineRange m_range;
    QStringList m_highlightedArticles;

    // Taken from the model once per change.
    mutable bool m_entriesValid = false;
    mutable TimelineEntries m_entries;
    mutable double m_laneColumnWidth = 120;
    // Recomputed when the zoom, lanes or available height change.
    mutable TimelineLayout m_layout;

    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPos;
    double m_pressStartDay = 0;
    int m_pressEntry = -1;

    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fitAll = nullptr;
    QAction *m_byCountry = nullptr;
    QAction *m_byOfficial = nullptr;
    QActionGroup *m_laneGroup = nullptr;
};

} // namespace Entente

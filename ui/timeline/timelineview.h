#pragma once

#include "timeline/timelinelayout.h"

#include <QAbstractItemView>
#include <QDate>
#include <QHash>
#include <QStringList>

class QAction;
class QActionGroup;

namespace Entente {

class MeetingsModel;

/**
 * The timeline of meetings: a custom-painted view over a MeetingsModel (or a proxy of one).
 * Time runs left to right (2020–2023 until told otherwise); lanes group meetings by host
 * country or by official. Day dates are points, month/season/year dates spans over their
 * range; uncertain dates have a dashed outline and a "?", approximate ones a "~".
 *
 * Wheel or +/- zoom (years down to days), dragging or Ctrl+Left/Right pan, Home or F fits all
 * meetings; Left/Right select the previous/next meeting in time, Enter or a click activates it.
 */
class TimelineView : public QAbstractItemView
{
    Q_OBJECT
public:
    enum class LaneMode { HostCountry, Official };
    Q_ENUM(LaneMode)

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setModel(QAbstractItemModel *model) override;

    LaneMode laneMode() const { return m_laneMode; }
    void setLaneMode(LaneMode mode);

    /// Meetings with evidence in any of @p articleIds are drawn highlighted.
    void setHighlightedArticles(const QStringList &articleIds);
    QStringList highlightedArticles() const { return m_highlightedArticles; }
    /// Ids of the meetings highlighted now.
    QStringList highlightedMeetings() const;

    /// First and last day at least partly visible.
    QDate visibleStart() const;
    QDate visibleEnd() const;
    /// Shows [first, last] across the width of the view.
    void setVisibleRange(QDate first, QDate last);
    double pixelsPerDay() const;

    /// The marker of a meeting in viewport coordinates (its first lane), or an empty rect.
    QRect markerRect(const QString &meetingId) const;
    /// Every label drawn now, in viewport coordinates.
    QList<QRectF> visibleLabelRects() const;
    QString currentMeetingId() const;

    /// Paints the timeline as it stands onto @p painter, over @p size pixels.
    void renderTimeline(QPainter *painter, const QSize &size);
    bool exportPng(const QString &fileName);
    bool exportSvg(const QString &fileName);
    /// The meetings of the model (as filtered) as a CSV in TimelineJS's spreadsheet columns.
    bool exportTimelineJsCsv(const QString &fileName);
    QString errorString() const { return m_errorString; }

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAllAction() const { return m_fitAll; }
    QAction *lanesByCountryAction() const { return m_byCountry; }
    QAction *lanesByOfficialAction() const { return m_byOfficial; }

    // QAbstractItemView
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();
    /// Back to the default range, 2020–2023.
    void showDefaultRange();

Q_SIGNALS:
    void meetingActivated(const QString &meetingId);
    /// A meeting's marker was double-clicked (the first click already activated it).
    void meetingDoubleClicked(const QString &meetingId);
    void visibleRangeChanged(QDate first, QDate last);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void reset() override;

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
    int maxRowsFor(const QSize &size) const;
    double laneColumnWidth() const;
    double timeAreaWidth(const QSize &size) const;
    double ppdFor(const QSize &size) const;
    double xForDay(double day) const;
    double dayForX(double x) const;
    void setZoom(double ppd, double anchorX);
    void panBy(double pixels);
    void rangeChanged();
    QRectF markerRectF(const TimelinePlacement &p) const;
    double rowTop(const TimelinePlacement &p) const;
    QRectF labelRectInView(const TimelinePlacement &p, double origin) const;
    QModelIndex indexOfEntry(int entry) const;
    void activateEntry(int entry);
    int entryAt(const QPoint &point) const;
    int entryOfRow(int row) const;
    QString laneTitle(const QString &key) const;
    QString officialName(const QString &id) const;
    void paint(QPainter *painter, const QSize &size) const;
    void updateAccessibleDescription();

    LaneMode m_laneMode = LaneMode::HostCountry;
    double m_startDay = 0;   // Julian day at the left edge of the time area
    double m_spanDays = 1461; // days across the time area
    QStringList m_highlightedArticles;
    QString m_errorString;

    // Taken from the model once per change.
    mutable bool m_entriesValid = false;
    mutable QList<TimelineEntry> m_entries;    // sorted by start
    mutable QList<TimelineLane> m_laneList;
    mutable QHash<int, int> m_entryOfRow;      // model row -> entry
    mutable double m_laneColumnWidth = 120;

    // Recomputed when the zoom, lanes or available height change.
    mutable bool m_layoutValid = false;
    mutable TimelineLayout m_layout;
    mutable double m_layoutPpd = 0;
    mutable int m_layoutRows = 0;

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

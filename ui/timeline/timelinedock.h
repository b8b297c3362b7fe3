#pragma once

#include "model/meeting.h"

#include <QDockWidget>
#include <QPointer>

class QComboBox;

namespace Entente {

class MeetingsFilterModel;
class Project;
class MeetingsModel;
class TimelineView;

/// The "Timeline" dock: the timeline view over the meetings, its toolbar (zoom, fit, lanes,
/// filters by official and country, export) and nothing else; the window decides what
/// activating a meeting does.
class TimelineDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit TimelineDock(QWidget *parent = nullptr);

    /// Replaces the meetings; with @p resetRange the view shows its default range again (a
    /// refresh after an edit keeps the range the user is looking at).
    void setMeetings(const MeetingList &meetings, const QHash<QString, QString> &officialNames, bool resetRange = true);
    /// Offers Edit and Delete on meetings (double-click, context menu, Delete key).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /// The id of the meeting current in the view, or empty.
    QString currentMeetingId() const;
    Meeting meeting(const QString &id) const;
    /// Meetings reported by these articles are marked (the articles open in the reader).
    void setOpenArticles(const QStringList &articleIds);
    /// Shows only meetings involving @p officialId (empty: all).
    void setOfficialFilter(const QString &officialId);

    TimelineView *view() const { return m_view; }
    MeetingsModel *model() const { return m_model; }

    /// The project whose tags the tag filter offers (meetings whose evidence a tag touches).
    void setProject(Project *project);
    /// Shows only meetings touched by the tag @p tagId (0: all).
    void setTagFilter(qint64 tagId);

Q_SIGNALS:
    void meetingActivated(const Entente::Meeting &meeting);
    void meetingEditRequested(const QString &meetingId);
    void meetingDeleteRequested(const QString &meetingId);

private:
    void exportAs(const QString &format);
    void refillOfficials();
    void refillTags();
    void applyTagFilter();
    void showContextMenu(const QPoint &pos);

    MeetingsModel *m_model = nullptr;
    MeetingsFilterModel *m_filter = nullptr;
    TimelineView *m_view = nullptr;
    QComboBox *m_official = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_tag = nullptr;
    QPointer<Project> m_project;
    bool m_editable = false;
};

} // namespace Entente

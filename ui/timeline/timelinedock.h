#pragma once

#include "model/meeting.h"

#include <QDockWidget>

class QComboBox;

namespace Entente {

class MeetingsFilterModel;
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

    void setMeetings(const MeetingList &meetings, const QHash<QString, QString> &officialNames);
    Meeting meeting(const QString &id) const;
    /// Meetings reported by these articles are marked (the articles open in the reader).
    void setOpenArticles(const QStringList &articleIds);
    /// Shows only meetings involving @p officialId (empty: all).
    void setOfficialFilter(const QString &officialId);

    TimelineView *view() const { return m_view; }
    MeetingsModel *model() const { return m_model; }

Q_SIGNALS:
    void meetingActivated(const Entente::Meeting &meeting);

private:
    void exportAs(const QString &format);
    void refillOfficials();

    MeetingsModel *m_model = nullptr;
    MeetingsFilterModel *m_filter = nullptr;
    TimelineView *m_view = nullptr;
    QComboBox *m_official = nullptr;
    QComboBox *m_country = nullptr;
};

} // namespace Entente

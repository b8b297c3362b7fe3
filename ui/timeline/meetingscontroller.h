#pragma once

#include "model/meeting.h"

#include "timeline/meetingdialog.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace Entente {

class ArticleView;
class MainWindow;
class Project;

/// Meetings as the user edits them in the project: "New Meeting from Selection…" in every
/// reader pane's context menu (participants prefilled from the officials mentioned in the
/// selection, the selection as evidence, the article's date), and edit / delete from the
/// timeline. Every change goes through a Project verb, so it is one undo step.
class MeetingsController : public QObject
{
    Q_OBJECT
public:
    MeetingsController(MainWindow *window, Project *project);

    QAction *newFromSelectionAction() const { return m_newAction; }
    /// The open meeting dialog, if any (for tests).
    MeetingDialog *dialog() const { return m_dialog; }

    /// The meeting a selection in @p view suggests (not stored): participants are the officials
    /// mentioned in the selection, evidence the selected quote, date the article's.
    Meeting meetingFromSelection(const ArticleView *view) const;
    /// Opens the dialog for a new meeting from the selection of @p view (the current pane when
    /// null). False, with a message, without a selection or a writable project.
    bool newMeetingFromSelection(ArticleView *view = nullptr);
    /// Opens the dialog to edit the project's meeting @p meetingId.
    bool editMeeting(const QString &meetingId);
    /// Removes the project's meeting @p meetingId (undoable).
    bool deleteMeeting(const QString &meetingId);

    /// Stores @p meeting as a new user meeting; an empty or taken id gets a fresh slug.
    /// Returns the project's row id, 0 on failure.
    qint64 addMeeting(Meeting meeting);
    /// Replaces the project's meeting with the same id.
    bool updateMeeting(const Meeting &meeting);
    /// The project's row id of @p meetingId, 0 when there is none.
    qint64 recordId(const QString &meetingId) const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void addContextMenuItem(ArticleView *view);
    bool isWritable() const;
    QString newSlug(const Meeting &meeting) const;
    void updateEnabled();

    MainWindow *m_window = nullptr;
    QPointer<Project> m_project;
    QPointer<MeetingDialog> m_dialog;
    QAction *m_newAction = nullptr;
};

} // namespace Entente

#include "timeline/meetingscontroller.h"

#include "io/referencedata.h"
#include "mainwindow.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "store/project.h"
#include "store/recordconversion.h"
#include "text/offsetmap.h"
#include "timeline/meetingdialog.h"
#include "timeline/timelinedock.h"

#include <QAction>
#include <QMenu>
#include <QSet>

namespace Entente {

MeetingsController::MeetingsController(MainWindow *window, Project *project)
    : QObject(window)
    , m_window(window)
    , m_project(project)
{
    m_newAction = new QAction(tr("New &Meeting from Selection\u2026"), this);
    m_newAction->setObjectName(QStringLiteral("newMeetingAction"));
    m_newAction->setToolTip(tr("Record a meeting reported by the passage selected in the reader"));
    connect(m_newAction, &QAction::triggered, this, [this] { newMeetingFromSelection(); });

    ReaderArea *reader = window->readerArea();
    connect(reader, &ReaderArea::paneOpened, this, &MeetingsController::addContextMenuItem);
    for (ArticleView *view : reader->articleViews())
        addContextMenuItem(view);
    connect(window->timelineDock(), &TimelineDock::meetingEditRequested, this, &MeetingsController::editMeeting);
    connect(window->timelineDock(), &TimelineDock::meetingDeleteRequested, this, &MeetingsController::deleteMeeting);
    connect(project, &Project::opened, this, &MeetingsController::updateEnabled);
    connect(project, &Project::closed, this, &MeetingsController::updateEnabled);
    updateEnabled();
}

bool MeetingsController::isWritable() const
{
    return m_project && m_project->isOpen() && !m_project->isReadOnly();
}

void MeetingsController::updateEnabled()
{
    m_newAction->setEnabled(isWritable());
    m_window->timelineDock()->setEditable(isWritable());
}

void MeetingsController::addContextMenuItem(ArticleView *view)
{
    connect(view, &ArticleView::contextMenuRequested, this, [this, view](QMenu *menu) {
        const auto span = view->selectedSpan();
        QAction *item = menu->addAction(m_newAction->text());
        item->setObjectName(QStringLiteral("newMeetingMenuItem"));
        item->setEnabled(isWritable() && span.first < span.second);
        connect(item, &QAction::triggered, this, [this, view] { newMeetingFromSelection(view); });
    });
}

Meeting MeetingsController::meetingFromSelection(const ArticleView *view) const
{
    Meeting m;
    if (!view || view->article().isNull())
        return m;
    const Article &article = view->article();
    const auto [start, end] = view->selectedSpan();
    if (start >= end)
        return m;
    const OffsetMap map(article.text);
    const qsizetype from = map.toUtf16(start);
    MeetingEvidence evidence;
    evidence.articleId = article.id;
    evidence.quote = article.text.mid(from, map.toUtf16(end) - from);
    evidence.start = start;
    evidence.end = end;
    m.evidence = {evidence};
    m.participants = m_window->referenceData().officialsInSpan(article.id, start, end);
    m.date = article.published;
    m.kind = QStringLiteral("talks");
    return m;
}

bool MeetingsController::newMeetingFromSelection(ArticleView *view)
{
    if (!view)
        view = m_window->readerArea()->currentPane();
    if (!isWritable()) {
        Q_EMIT message(tr("This project is read-only: meetings cannot be added."));
        return false;
    }
    const Meeting suggested = meetingFromSelection(view);
    if (suggested.evidence.isEmpty()) {
        Q_EMIT message(tr("Select the passage that reports the meeting first."));
        return false;
    }
    delete m_dialog;
    m_dialog = new MeetingDialog(suggested, m_window->referenceData().officialNames(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        if (addMeeting(dialog->meeting()) != 0)
            Q_EMIT message(tr("Meeting added. Undo with Ctrl+Z."));
    });
    m_dialog->open();
    return true;
}

bool MeetingsController::editMeeting(const QString &meetingId)
{
    if (!isWritable()) {
        Q_EMIT message(tr("This project is read-only: meetings cannot be edited."));
        return false;
    }
    const qint64 id = recordId(meetingId);
    if (id == 0) {
        Q_EMIT message(tr("This meeting is not in the project."));
        return false;
    }
    delete m_dialog;
    m_dialog = new MeetingDialog(RecordConversion::toMeeting(m_project->meeting(id)),
                                 m_window->referenceData().officialNames(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] { updateMeeting(dialog->meeting()); });
    m_dialog->open();
    return true;
}

bool MeetingsController::deleteMeeting(const QString &meetingId)
{
    const qint64 id = recordId(meetingId);
    if (!isWritable() || id == 0)
        return false;
    if (!m_project->removeMeeting(id)) {
        Q_EMIT message(m_project->errorString());
        return false;
    }
    Q_EMIT message(tr("Meeting deleted. Undo with Ctrl+Z."));
    return true;
}

qint64 MeetingsController::recordId(const QString &meetingId) const
{
    if (!m_project || !m_project->isOpen())
        return 0;
    const QList<MeetingRecord> records = m_project->meetings();
    for (const MeetingRecord &r : records)
        if (RecordConversion::meetingId(r) == meetingId)
            return r.id;
    return 0;
}

QString MeetingsController::newSlug(const Meeting &meeting) const
{
    QSet<QString> taken;
    const QList<MeetingRecord> records = m_project->meetings();
    for (const MeetingRecord &r : records)
        taken.insert(RecordConversion::meetingId(r));
    QStringList parts;
    for (const QString &id : meeting.participants.mid(0, 2))
        parts << id.section(u'-', -1);
    if (parts.isEmpty())
        parts << QStringLiteral("meeting");
    if (meeting.date.isValid())
        parts << QString::number(meeting.date.earliest().year());
    const QString base = parts.join(u'-');
    QString slug = base;
    for (int n = 2; taken.contains(slug); ++n)
        slug = base + u'-' + QString::number(n);
    return slug;
}

qint64 MeetingsController::addMeeting(Meeting meeting)
{
    if (!isWritable())
        return 0;
    if (meeting.id.isEmpty() || recordId(meeting.id) != 0)
        meeting.id = newSlug(meeting);
    const qint64 id = m_project->addMeeting(RecordConversion::toRecord(meeting, 0, QStringLiteral("user")));
    if (id == 0)
        Q_EMIT message(m_project->errorString());
    return id;
}

bool MeetingsController::updateMeeting(const Meeting &meeting)
{
    const qint64 id = recordId(meeting.id);
    if (!isWritable() || id == 0)
        return false;
    const MeetingRecord old = m_project->meeting(id);
    const MeetingRecord record = RecordConversion::toRecord(meeting, id, old.source);
    if (record == old)
        return true;
    if (!m_project->updateMeeting(record)) {
        Q_EMIT message(m_project->errorString());
        return false;
    }
    return true;
}

} // namespace Entente

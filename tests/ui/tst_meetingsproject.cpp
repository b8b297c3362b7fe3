// Meetings in the project, end to end and offscreen: a meeting created from a selection in the
// reader (participants prefilled from the officials mentioned there) appears on the timeline,
// Ctrl+Z removes it and Ctrl+Shift+Z restores it; selecting a meeting on the timeline opens its
// evidence articles side by side with the "evidence" layer over the quotes; statements are
// accepted, corrected and deleted through the project, undoably.
#include "io/corpusseeder.h"
#include "mainwindow.h"
#include "models/meetingsmodel.h"
#include "models/statementsmodel.h"
#include "projectcontroller.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "settings.h"
#include "statements/comparisondock.h"
#include "statements/statementdialog.h"
#include "statements/statementscontroller.h"
#include "store/project.h"
#include "store/recordconversion.h"
#include "text/offsetmap.h"
#include "timeline/meetingdialog.h"
#include "timeline/meetingscontroller.h"
#include "timeline/timelinedock.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestMeetingsProject : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<MainWindow> m_window;

    Project *project() const { return m_window->projectController()->project(); }
    MeetingsModel *timelineModel() const { return m_window->timelineDock()->model(); }

    void openWindow()
    {
        const QString path = m_dir.filePath(u"meetings-%1.entente"_s.arg(++m_counter));
        QString error;
        QVERIFY2(CorpusSeeder::createProject(path, QStringLiteral(ENTENTE_TEST_CORPUS), &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        QVERIFY2(m_window->projectController()->openProjectFile(path, false, &error), qPrintable(error));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    static bool ensureActive(QWidget *window)
    {
        if (QTest::qWaitFor([window] { return window->isActiveWindow(); }, 200))
            return true;
        window->activateWindow();
        return QTest::qWaitForWindowActive(window);
    }

    // Selects the first occurrence of @p from ... @p to (inclusive) in @p view; returns the span
    // in code points.
    static QPair<qsizetype, qsizetype> selectPassage(ArticleView *view, const QString &from, const QString &to)
    {
        const QString &text = view->article().text;
        const qsizetype a = text.indexOf(from);
        const qsizetype b = text.indexOf(to, a);
        if (a < 0 || b < 0)
            return {-1, -1};
        const OffsetMap map(text);
        const qsizetype start = map.toCodePoint(a), end = map.toCodePoint(b + to.size());
        view->scrollToSpan(start, end);
        view->textView()->setFocus();
        return {start, end};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setEnabled(false);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { m_window.reset(); }

    void timelineShowsProjectMeetings()
    {
        openWindow();
        QAbstractItemModelTester tester(timelineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(timelineModel()->rowCount(), 12);
        // An edit in the project shows at once.
        MeetingRecord r = project()->meetings().constFirst();
        r.summary = u"Edited in the project"_s;
        QVERIFY(project()->updateMeeting(r));
        const int row = timelineModel()->rowOf(RecordConversion::meetingId(r));
        QVERIFY(row >= 0);
        QCOMPARE(timelineModel()->meetingAt(row).summary, u"Edited in the project"_s);
        project()->undoStack()->undo();
        QVERIFY(timelineModel()->meetingAt(timelineModel()->rowOf(RecordConversion::meetingId(r))).summary
                != u"Edited in the project"_s);
    }

    void newMeetingFromSelectionUndoRedo()
    {
        openWindow();
        QAbstractItemModelTester tester(timelineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_window->openArticle(u"khamenei-rashid-2023"_s, false));
        ArticleView *view = m_window->readerArea()->currentPane();
        QVERIFY(view);
        const auto span = selectPassage(view, u"Today, in a meeting with Mr Abdul Latif Rashid"_s, u"Ayatollah Khamenei"_s);
        QVERIFY(span.first >= 0);
        QCOMPARE(view->selectedSpan(), span);

        MeetingsController *controller = m_window->meetingsController();
        QVERIFY(controller->newMeetingFromSelection(view));
        MeetingDialog *dialog = controller->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // Prefilled: both officials named in the selection, the article's date, valid.
        const QStringList participants = dialog->checkedParticipants();
        QVERIFY2(participants.contains(u"abdul-latif-rashid"_s), qPrintable(participants.join(u',')));
        QVERIFY2(participants.contains(u"ali-khamenei"_s), qPrintable(participants.join(u',')));
        QCOMPARE(participants.size(), qsizetype(2));
        QCOMPARE(dialog->dateEdit()->text(), view->article().published.toString());
        QVERIFY(dialog->isDateValid());
        // A wrong date is refused until corrected.
        dialog->dateEdit()->setText(u"2023-13-45"_s);
        QVERIFY(!dialog->isDateValid());
        dialog->dateEdit()->setText(u"2023-04-29?"_s);
        QVERIFY(dialog->isDateValid());
        dialog->summaryEdit()->setText(u"Rashid and Khamenei, recorded by hand"_s);
        // ENTENTE_TEST_SHOTS=DIR saves the dialog as DIR/meeting-dialog.png, to check it by eye.
        if (const QString shots = qEnvironmentVariable("ENTENTE_TEST_SHOTS"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + u"/meeting-dialog.png"_s));

        QSignalSpy changed(project(), &Project::meetingsChanged);
        dialog->accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(project()->meetings().size(), qsizetype(13));
        QCOMPARE(timelineModel()->rowCount(), 13);
        QString id;
        for (const Meeting &m : timelineModel()->meetings())
            if (m.summary == u"Rashid and Khamenei, recorded by hand"_s)
                id = m.id;
        QVERIFY(!id.isEmpty());
        const Meeting added = timelineModel()->meetingAt(timelineModel()->rowOf(id));
        QCOMPARE(added.date.toString(), u"2023-04-29?"_s);
        QCOMPARE(added.evidence.size(), qsizetype(1));
        QCOMPARE(added.evidence.constFirst().articleId, u"khamenei-rashid-2023"_s);
        QCOMPARE(added.evidence.constFirst().start, span.first);
        QVERIFY(added.evidence.constFirst().quote.startsWith(u"Today, in a meeting"_s));

        // Ctrl+Z removes it from the timeline, Ctrl+Shift+Z brings it back.
        QVERIFY(ensureActive(m_window.get()));
        QTest::keyClick(view->textView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(timelineModel()->rowCount(), 12);
        QCOMPARE(timelineModel()->rowOf(id), -1);
        QTest::keyClick(view->textView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(timelineModel()->rowCount(), 13);
        QVERIFY(timelineModel()->rowOf(id) >= 0);
        QCOMPARE(timelineModel()->meetingAt(timelineModel()->rowOf(id)), added);
    }

    void editAndDeleteMeeting()
    {
        openWindow();
        MeetingsController *controller = m_window->meetingsController();
        const QString id = u"rashid-al-alam-interview-2023"_s;
        QVERIFY(controller->editMeeting(id));
        QVERIFY(controller->dialog());
        controller->dialog()->placeEdit()->setText(u"Baghdad (edited)"_s);
        controller->dialog()->accept();
        QCOMPARE(m_window->timelineDock()->meeting(id).place, u"Baghdad (edited)"_s);
        // Deleting from the timeline's Delete request.
        QSignalSpy changed(project(), &Project::meetingsChanged);
        Q_EMIT m_window->timelineDock()->meetingDeleteRequested(id);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_window->timelineDock()->meeting(id).isNull());
        project()->undoStack()->undo();
        QCOMPARE(m_window->timelineDock()->meeting(id).place, u"Baghdad (edited)"_s);
        project()->undoStack()->undo();
        QVERIFY(m_window->timelineDock()->meeting(id).place != u"Baghdad (edited)"_s);
    }

    void doubleClickOnTimelineEdits()
    {
        openWindow();
        const QString id = u"fuad-hussein-zarif-2021"_s;
        TimelineView *timeline = m_window->timelineDock()->view();
        m_window->timelineDock()->show();
        m_window->timelineDock()->raise();
        QVERIFY(QTest::qWaitForWindowExposed(timeline));
        const QRect marker = timeline->markerRect(id);
        QVERIFY2(marker.isValid() && timeline->viewport()->rect().intersects(marker), "marker not visible");
        QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, {}, marker.center());
        MeetingDialog *dialog = m_window->meetingsController()->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->meeting(), m_window->timelineDock()->meeting(id));
        dialog->kindChooser()->setCurrentIndex(dialog->kindChooser()->findData(u"phone call"_s));
        QVERIFY(dialog->kindChooser()->currentIndex() >= 0);
        dialog->accept();
        QCOMPARE(m_window->timelineDock()->meeting(id).kind, u"phone call"_s);
        QCOMPARE(project()->undoStack()->undoText(), u"Edit meeting"_s);
    }

    void selectingMeetingOpensEvidence()
    {
        openWindow();
        const QString id = u"khamenei-rashid-2023"_s;
        const Meeting meeting = m_window->timelineDock()->meeting(id);
        QVERIFY(!meeting.isNull());
        const QStringList articles = meeting.articleIds();
        QCOMPARE(articles, (QStringList{u"khamenei-rashid-2023"_s, u"rashid-al-alam-interview-2023"_s}));

        TimelineView *timeline = m_window->timelineDock()->view();
        m_window->timelineDock()->show();
        m_window->timelineDock()->raise();
        QVERIFY(QTest::qWaitForWindowExposed(timeline));
        const QRect marker = timeline->markerRect(id);
        QVERIFY2(marker.isValid() && timeline->viewport()->rect().intersects(marker), "marker not visible");
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, marker.center());

        QCOMPARE(m_window->readerArea()->openArticleIds(), articles);
        for (ArticleView *view : m_window->readerArea()->articleViews()) {
            QVERIFY(view->highlightLayers().contains(u"evidence"_s));
            const OffsetMap map(view->article().text);
            int quotes = 0;
            for (const MeetingEvidence &e : meeting.evidence) {
                if (e.articleId != view->article().id)
                    continue;
                ++quotes;
                QVERIFY(e.start >= 0);
                for (qsizetype cp : {e.start, (e.start + e.end) / 2, e.end - 1})
                    QVERIFY2(view->toolTipAt(map.toUtf16(cp)).contains(meeting.summary),
                             qPrintable(u"%1 at %2"_s.arg(view->article().id).arg(cp)));
            }
            QVERIFY(quotes > 0);
            // Outside the quotes the layer says nothing.
            if (meeting.evidence.constFirst().start > 0 && view->article().id == meeting.evidence.constFirst().articleId)
                QVERIFY(!view->toolTipAt(0).contains(meeting.summary));
        }
    }

    void statementsAcceptCorrectDelete()
    {
        openWindow();
        StatementsModel *model = m_window->comparisonDock()->statements();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<StatementRecord> records = project()->statements();
        QVERIFY(!records.isEmpty());
        QCOMPARE(model->rowCount(), int(records.size()));
        const qint64 id = records.constFirst().id;
        auto rowOf = [model](qint64 statementId) {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->statementAt(r).id == statementId)
                    return r;
            return -1;
        };
        StatementsController *controller = m_window->statementsController();

        QVERIFY(controller->acceptStatement(id));
        QCOMPARE(model->statementAt(rowOf(id)).status, Statement::Status::Accepted);

        QVERIFY(controller->correctStatement(id));
        StatementDialog *dialog = controller->dialog();
        QVERIFY(dialog);
        dialog->speakerChooser()->setCurrentIndex(dialog->speakerChooser()->findData(u"barham-salih"_s));
        dialog->cueEdit()->setText(u"stressed"_s);
        dialog->kindChooser()->setCurrentIndex(1);
        dialog->accept();
        Statement corrected = model->statementAt(rowOf(id));
        QCOMPARE(corrected.speakerId, u"barham-salih"_s);
        QCOMPARE(corrected.cue, u"stressed"_s);
        QCOMPARE(corrected.kind, Statement::Kind::Indirect);
        QCOMPARE(corrected.status, Statement::Status::Edited);

        QVERIFY(controller->deleteStatement(id));
        QCOMPARE(rowOf(id), -1);
        QCOMPARE(model->rowCount(), int(records.size()) - 1);
        project()->undoStack()->undo(); // delete
        QCOMPARE(model->statementAt(rowOf(id)).speakerId, u"barham-salih"_s);
        project()->undoStack()->undo(); // correct
        project()->undoStack()->undo(); // accept
        QCOMPARE(RecordConversion::toRecord(model->statementAt(rowOf(id))), records.constFirst());
    }

    void newStatementFromSelection()
    {
        openWindow();
        QVERIFY(m_window->openArticle(u"khamenei-rashid-2023"_s, false));
        ArticleView *view = m_window->readerArea()->currentPane();
        const auto span = selectPassage(view, u"Even the presence of one American"_s, u"too much."_s);
        QVERIFY(span.first >= 0);
        const int before = int(project()->statements().size());
        ComparisonDock *comparison = m_window->comparisonDock();
        comparison->hide(); // closed (or a tab behind the timeline)
        StatementsModel *shown = comparison->statements(); // up to date now
        QCOMPARE(shown->rowCount(), before);
        QVERIFY(m_window->statementsController()->newStatementFromSelection(view));
        StatementDialog *dialog = m_window->statementsController()->dialog();
        QVERIFY(dialog);
        dialog->speakerChooser()->setCurrentIndex(dialog->speakerChooser()->findData(u"ali-khamenei"_s));
        dialog->cueEdit()->setText(u"emphasized"_s);
        if (const QString shots = qEnvironmentVariable("ENTENTE_TEST_SHOTS"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + u"/statement-dialog.png"_s));
        dialog->accept();
        QCOMPARE(int(project()->statements().size()), before + 1);
        const QList<StatementRecord> after = project()->statements();
        const auto it = std::find_if(after.cbegin(), after.cend(), [](const StatementRecord &r) { return r.status == u"user"_s; });
        QVERIFY(it != after.cend());
        QCOMPARE(it->speakerId, u"ali-khamenei"_s);
        QCOMPARE(it->start, span.first);
        QCOMPARE(it->end, span.second);
        QCOMPARE(it->quote, u"Even the presence of one American in Iraq is too much."_s);
        // Hidden, the comparison's refresh waits until it is needed.
        QVERIFY(!comparison->isVisible());
        QCOMPARE(shown->rowCount(), before);
        QCOMPARE(comparison->statements()->rowCount(), before + 1);
        project()->undoStack()->undo();
        QCOMPARE(comparison->statements()->rowCount(), before);
        // Shown, it follows at once.
        comparison->show();
        comparison->raise();
        QTRY_VERIFY(comparison->isVisible());
        QVERIFY(m_window->statementsController()->newStatementFromSelection(view));
        QVERIFY(m_window->statementsController()->dialog());
        m_window->statementsController()->dialog()->speakerChooser()->setCurrentIndex(
            m_window->statementsController()->dialog()->speakerChooser()->findData(u"ali-khamenei"_s));
        m_window->statementsController()->dialog()->accept();
        QCOMPARE(shown->rowCount(), before + 1);
        project()->undoStack()->undo();
        QCOMPARE(shown->rowCount(), before);
    }
};

QTEST_MAIN(TestMeetingsProject)
#include "tst_meetingsproject.moc"

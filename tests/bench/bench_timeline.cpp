// Paint time of the timeline with 10,000 generated meetings at 1600x600 (TimelineRenderer,
// through the view): fit-all, zoomed in to a month, and the first paint after a zoom change
// (which rebuilds the label layout); and reading the 10,000 rows into entries and lanes.
// Run with `tools/dev bench`; prints milliseconds per paint.
#include "benchresults.h"

#include "models/meetingsmodel.h"
#include "timeline/timelineentries.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelineview.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>

using namespace Entente;

namespace {

MeetingList generated(int count)
{
    QRandomGenerator rng(20231);
    static const QStringList people = {
        QStringLiteral("ali-khamenei"),    QStringLiteral("hassan-rouhani"),     QStringLiteral("ebrahim-raisi"),
        QStringLiteral("ali-shamkhani"),   QStringLiteral("mohammad-javad-zarif"), QStringLiteral("barham-salih"),
        QStringLiteral("abdul-latif-rashid"), QStringLiteral("mustafa-al-kadhimi"), QStringLiteral("fuad-hussein"),
        QStringLiteral("mohammed-shia-al-sudani"), QStringLiteral("qasim-al-araji"), QStringLiteral("falih-al-fayyadh")};
    static const QStringList kinds = {QStringLiteral("talks"), QStringLiteral("visit"), QStringLiteral("phone call"),
                                      QStringLiteral("interview")};
    MeetingList list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Meeting m;
        m.id = QStringLiteral("m%1").arg(i);
        const QDate d = QDate(2020, 1, 1).addDays(rng.bounded(1461));
        const int p = rng.bounded(20);
        QString edtf = p < 15 ? d.toString(Qt::ISODate) : p < 19 ? d.toString(QStringLiteral("yyyy-MM")) : QString::number(d.year());
        if (rng.bounded(8) == 0)
            edtf += u'?';
        m.date = EdtfDate::parse(edtf);
        m.hostCountry = rng.bounded(2) ? QStringLiteral("IR") : QStringLiteral("IQ");
        m.participants = {people.at(rng.bounded(int(people.size()))), people.at(rng.bounded(int(people.size())))};
        m.participants.removeDuplicates();
        m.kind = kinds.at(rng.bounded(int(kinds.size())));
        m.summary = QStringLiteral("Generated meeting %1").arg(i);
        m.evidence = {{QStringLiteral("article"), QStringLiteral("quote")}};
        list.append(m);
    }
    return list;
}

} // namespace

class BenchTimeline : public QObject
{
    Q_OBJECT
private:
    MeetingsModel m_model;
    TimelineView *m_view = nullptr;
    QImage m_image{1600, 600, QImage::Format_ARGB32_Premultiplied};

    double paintOnce()
    {
        QElapsedTimer timer;
        timer.start();
        QPainter painter(&m_image);
        m_view->renderer(m_image.size()).paint(&painter, m_image.size());
        painter.end();
        return timer.nsecsElapsed() / 1e6;
    }

    // QBENCHMARK runs each test function several times to calibrate; keep the last figure of
    // each and print them all at the end.
    QList<QPair<QByteArray, double>> m_results;

    void report(const char *what, int iterations, double totalMs)
    {
        const double ms = totalMs / iterations;
        for (auto &r : m_results) {
            if (r.first == what) {
                r.second = ms;
                return;
            }
        }
        m_results.append({QByteArray(what), ms});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_model.setMeetings(generated(10000));
        m_view = new TimelineView;
        m_view->setModel(&m_model);
        m_view->resize(1600 + m_view->frameWidth() * 2, 600 + m_view->frameWidth() * 2);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        QElapsedTimer timer;
        timer.start();
        m_view->fitAll();
        paintOnce(); // builds the entries and the first layout
        std::printf("bench_timeline: first paint incl. reading 10,000 meetings: %.2f ms\n", timer.nsecsElapsed() / 1e6);
        Bench::record(QStringLiteral("timeline_first_paint_10k_ms"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    }

    void cleanupTestCase()
    {
        delete m_view;
        double worstFrame = 0;
        for (const auto &r : std::as_const(m_results)) {
            std::printf("bench_timeline: %-34s %7.2f ms %s\n", r.first.constData(), r.second,
                        r.first.startsWith("reading") ? "(10,000 rows)" : "per paint (10,000 meetings, 1600x600)");
            if (!r.first.startsWith("reading"))
                worstFrame = std::max(worstFrame, r.second);
        }
        // The slowest of the paints measured: what a frame costs at 10,000 meetings.
        Bench::record(QStringLiteral("timeline_frame_10k_ms"), worstFrame, QStringLiteral("ms"));
        std::fflush(stdout);
    }

    void fitAll()
    {
        m_view->fitAll();
        paintOnce();
        double total = 0;
        int n = 0;
        QBENCHMARK {
            total += paintOnce();
            ++n;
        }
        report("fit-all (2020-2023)", n, total);
    }

    void zoomedToAMonth()
    {
        m_view->setVisibleRange(QDate(2022, 3, 1), QDate(2022, 3, 31));
        paintOnce();
        double total = 0;
        int n = 0;
        QBENCHMARK {
            total += paintOnce();
            ++n;
        }
        report("zoomed in (March 2022)", n, total);
    }

    void zoomedToAWeekPanning()
    {
        m_view->setVisibleRange(QDate(2021, 6, 1), QDate(2021, 6, 7));
        paintOnce();
        double total = 0;
        int n = 0;
        QBENCHMARK {
            // Pan a day each paint: the layout is reused, only the visible part is drawn.
            m_view->setVisibleRange(m_view->visibleStart().addDays(1), m_view->visibleEnd().addDays(1));
            total += paintOnce();
            ++n;
        }
        report("zoomed to a week, panning", n, total);
    }

    void readEntries()
    {
        // What every model change costs before the next paint: rows to entries (labels
        // measured and elided), sorted, and the lanes.
        double total = 0;
        int n = 0;
        TimelineEntries entries;
        QBENCHMARK {
            QElapsedTimer timer;
            timer.start();
            entries.build(&m_model, {}, TimelineEntries::LaneMode::Official, m_view->font());
            total += timer.nsecsElapsed() / 1e6;
            ++n;
        }
        QCOMPARE(entries.size(), 10000);
        report("reading entries (by official)", n, total);
    }

    void paintAfterZoomChange()
    {
        m_view->fitAll();
        double total = 0;
        int n = 0;
        QBENCHMARK {
            // Every paint at a new zoom: includes rebuilding the row packing for all meetings.
            if (n % 2 == 0)
                m_view->zoomIn();
            else
                m_view->zoomOut();
            total += paintOnce();
            ++n;
        }
        report("first paint after a zoom step", n, total);
    }
};

QTEST_MAIN(BenchTimeline)
#include "bench_timeline.moc"

// TimelineView on the bundled meetings: keyboard navigation, clicking markers, zoom, labels
// that never overlap, highlighted articles, lane modes, PNG/SVG/CSV export (TimelineExporter),
// light and dark renders.
#include "reference/gazetteer.h"
#include "io/gazetteerreader.h"
#include "io/meetingsloader.h"
#include "models/meetingsfiltermodel.h"
#include "models/meetingsmodel.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImageReader>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QXmlStreamReader>

using namespace Entente;

namespace {

MeetingList bundled()
{
    MeetingsLoader loader;
    if (!loader.load(MeetingsLoader::meetingsFile(QStringLiteral(ENTENTE_TEST_CORPUS))))
        qFatal("%s", qPrintable(loader.errorString()));
    return loader.meetings();
}

// Meetings spread over 2020-2023 with every precision, for the overlap checks.
MeetingList generated(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    static const QStringList people = {QStringLiteral("ali-shamkhani"), QStringLiteral("barham-salih"),
                                       QStringLiteral("fuad-hussein"), QStringLiteral("hassan-rouhani"),
                                       QStringLiteral("ebrahim-raisi"), QStringLiteral("mustafa-al-kadhimi")};
    MeetingList list;
    for (int i = 0; i < count; ++i) {
        Meeting m;
        m.id = QStringLiteral("g%1").arg(i);
        const QDate d = QDate(2020, 1, 1).addDays(rng.bounded(1461));
        const int kind = rng.bounded(10);
        QString edtf = kind < 7 ? d.toString(Qt::ISODate) : kind < 9 ? d.toString(QStringLiteral("yyyy-MM")) : QString::number(d.year());
        if (rng.bounded(5) == 0)
            edtf += u'?';
        m.date = EdtfDate::parse(edtf);
        m.hostCountry = rng.bounded(2) ? QStringLiteral("IR") : QStringLiteral("IQ");
        m.participants = {people.at(rng.bounded(int(people.size()))), people.at(rng.bounded(int(people.size())))};
        m.participants.removeDuplicates();
        m.kind = QStringLiteral("talks");
        m.summary = QStringLiteral("Generated");
        m.evidence = {{QStringLiteral("x"), QStringLiteral("y")}};
        list.append(m);
    }
    return list;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6f, 0xb3, 0xff));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Dark, QColor(0x80, 0x80, 0x80));
    return p;
}

void checkNoOverlap(const TimelineView &view)
{
    const QList<QRectF> rects = view.visibleLabelRects();
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j) {
            // Touching edges are fine; any shared area is not.
            const QRectF shared = rects.at(i).intersected(rects.at(j));
            QVERIFY2(shared.width() <= 0.01 || shared.height() <= 0.01,
                     qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
        }
    }
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT
private:
    MeetingsModel *m_model = nullptr;
    TimelineView *m_view = nullptr;

    QStringList chronologicalIds() const
    {
        MeetingList list = m_model->meetings();
        std::stable_sort(list.begin(), list.end(), [](const Meeting &a, const Meeting &b) {
            if (a.date.earliest() != b.date.earliest())
                return a.date.earliest() < b.date.earliest();
            if (a.date.latest() != b.date.latest())
                return a.date.latest() < b.date.latest();
            return a.id < b.id;
        });
        QStringList ids;
        for (const Meeting &m : list)
            ids.append(m.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        m_model = new MeetingsModel(this);
        m_model->setMeetings(bundled());
        Gazetteer gazetteer; // names as the app shows them, when the corpus has them
        if (GazetteerReader::readFile(QStringLiteral(ENTENTE_TEST_CORPUS "/officials.json"), &gazetteer)) {
            QHash<QString, QString> names;
            for (const Official &o : gazetteer.officials())
                names.insert(o.id, o.name);
            m_model->setOfficialNames(names);
        }
        m_view = new TimelineView;
        m_view->setModel(m_model);
        m_view->resize(1200, 520);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        m_view->fitAll();
    }

    void cleanup()
    {
        delete m_view;
        m_view = nullptr;
        delete m_model;
        m_model = nullptr;
    }

    void defaultRange()
    {
        m_view->showDefaultRange();
        QCOMPARE(m_view->visibleStart(), QDate(2020, 1, 1));
        QVERIFY(qAbs(m_view->visibleEnd().daysTo(QDate(2023, 12, 31))) <= 1);
        QVERIFY(!m_view->accessibleName().isEmpty());
    }

    void everyMeetingHasAMarker()
    {
        for (const Meeting &m : m_model->meetings()) {
            const QRect r = m_view->markerRect(m.id);
            QVERIFY2(!r.isEmpty(), qPrintable(m.id));
            QVERIFY2(m_view->viewport()->rect().contains(r.center()), qPrintable(m.id));
        }
    }

    void keyboardNavigation()
    {
        const QStringList order = chronologicalIds();
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(order.at(0)), 0));
        QCOMPARE(m_view->currentMeetingId(), order.at(0));
        for (int i = 1; i < order.size(); ++i) {
            QTest::keyClick(m_view, Qt::Key_Right);
            QCOMPARE(m_view->currentMeetingId(), order.at(i));
            const QModelIndexList selected = m_view->selectionModel()->selectedRows();
            QCOMPARE(selected.size(), 1);
            QCOMPARE(selected.constFirst().data(MeetingsModel::IdRole).toString(), order.at(i));
        }
        QTest::keyClick(m_view, Qt::Key_Right); // stays on the last
        QCOMPARE(m_view->currentMeetingId(), order.constLast());
        QTest::keyClick(m_view, Qt::Key_Left);
        QCOMPARE(m_view->currentMeetingId(), order.at(order.size() - 2));

        QSignalSpy activated(m_view, &TimelineView::meetingActivated);
        QTest::keyClick(m_view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), order.at(order.size() - 2));
    }

    void keyboardScrollsSelectionIntoView()
    {
        const QStringList order = chronologicalIds();
        m_view->setVisibleRange(QDate(2020, 1, 1), QDate(2020, 3, 1));
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(order.at(0)), 0));
        while (m_view->currentMeetingId() != QStringLiteral("rouhani-fuad-hussein-2021"))
            QTest::keyClick(m_view, Qt::Key_Right);
        QVERIFY(m_view->visibleStart() <= QDate(2021, 2, 3));
        QVERIFY(m_view->visibleEnd() >= QDate(2021, 2, 3));
    }

    void clickActivates_data()
    {
        QTest::addColumn<QString>("id");
        for (const Meeting &m : bundled())
            QTest::newRow(qPrintable(m.id)) << m.id;
    }

    void clickActivates()
    {
        QFETCH(QString, id);
        const QRect r = m_view->markerRect(id);
        QVERIFY(!r.isEmpty());
        QSignalSpy activated(m_view, &TimelineView::meetingActivated);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), id);
        QCOMPARE(m_view->currentMeetingId(), id);
        QCOMPARE(m_view->indexAt(r.center()).data(MeetingsModel::IdRole).toString(), id);
    }

    void toolTipAndAccessibleText()
    {
        const QRect r = m_view->markerRect(QStringLiteral("rouhani-fuad-hussein-2021"));
        QHelpEvent help(QEvent::ToolTip, r.center(), m_view->viewport()->mapToGlobal(r.center()));
        QApplication::sendEvent(m_view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("3 February 2021 (uncertain)")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("Tehran")));
        QToolTip::hideText();

        m_view->setCurrentIndex(m_model->index(m_model->rowOf(QStringLiteral("khamenei-rashid-2023")), 0));
        QVERIFY(m_view->accessibleDescription().contains(QStringLiteral("April 2023")));
    }

    void dragPansWithoutActivating()
    {
        QSignalSpy activated(m_view, &TimelineView::meetingActivated);
        QSignalSpy range(m_view, &TimelineView::visibleRangeChanged);
        const QDate before = m_view->visibleStart();
        const QPoint from(m_view->viewport()->width() / 2, m_view->viewport()->height() - 5);
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(300, 0)), m_view->viewport()->mapToGlobal(QPointF(from + QPoint(300, 0))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &move);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, from + QPoint(300, 0));
        QVERIFY(m_view->visibleStart() < before); // dragging right shows earlier days
        QVERIFY(range.size() >= 1);
        QCOMPARE(activated.size(), 0);
    }

    void zoom()
    {
        m_view->showDefaultRange();
        const auto span = [this] { return m_view->visibleStart().daysTo(m_view->visibleEnd()); };
        const qint64 initial = span();
        QSignalSpy range(m_view, &TimelineView::visibleRangeChanged);
        QTest::keyClick(m_view, Qt::Key_Plus);
        QVERIFY(span() < initial);
        QCOMPARE(range.size(), 1);
        QTest::keyClick(m_view, Qt::Key_Minus);
        QVERIFY(qAbs(span() - initial) <= 1);

        // The wheel zooms around the pointer: the day under it stays put.
        const QPoint at(700, 200);
        const double ppdBefore = m_view->pixelsPerDay();
        QWheelEvent wheel(QPointF(at), QPointF(m_view->viewport()->mapToGlobal(at)), QPoint(), QPoint(0, 360), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view->viewport(), &wheel);
        QVERIFY(m_view->pixelsPerDay() > ppdBefore * 1.9);
        QVERIFY(span() < initial / 1.9);

        // Down to days and back out; the zoom is bounded.
        for (int i = 0; i < 60; ++i)
            m_view->zoomIn();
        QVERIFY(span() <= 10);
        QVERIFY(span() >= 1);
        for (int i = 0; i < 80; ++i)
            m_view->zoomOut();
        QVERIFY(span() <= 41 * 366);
        QTest::keyClick(m_view, Qt::Key_Home);
        QVERIFY(m_view->visibleStart() <= QDate(2020, 1, 1));
        QVERIFY(m_view->visibleEnd() >= QDate(2023, 7, 31));
        QVERIFY(m_view->visibleEnd() < QDate(2025, 1, 1));
        for (const QRectF &label : m_view->visibleLabelRects()) // fit-all leaves room for every label
            QVERIFY(label.right() <= m_view->viewport()->width());
        m_view->zoomInAction()->trigger();
        QVERIFY(span() < 4 * 365);
        m_view->fitAllAction()->trigger();
        QVERIFY(m_view->visibleStart() <= QDate(2020, 1, 1));
    }

    void ctrlArrowsPan()
    {
        const QDate before = m_view->visibleStart();
        QTest::keyClick(m_view, Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(m_view->visibleStart() > before);
        QTest::keyClick(m_view, Qt::Key_Left, Qt::ControlModifier);
        QVERIFY(qAbs(m_view->visibleStart().daysTo(before)) <= 1);
    }

    void labelsDoNotOverlap_data()
    {
        QTest::addColumn<int>("generatedCount");
        QTest::addColumn<bool>("byOfficial");
        QTest::addColumn<int>("zoomSteps");
        QTest::newRow("bundled, by country, fit") << 0 << false << 0;
        QTest::newRow("bundled, by official, fit") << 0 << true << 0;
        QTest::newRow("bundled, zoomed") << 0 << false << 6;
        QTest::newRow("300 generated, by country, fit") << 300 << false << 0;
        QTest::newRow("300 generated, by official, zoomed") << 300 << true << 4;
        QTest::newRow("2000 generated, zoomed far") << 2000 << false << 14;
    }

    void labelsDoNotOverlap()
    {
        QFETCH(int, generatedCount);
        QFETCH(bool, byOfficial);
        QFETCH(int, zoomSteps);
        if (generatedCount > 0)
            m_model->setMeetings(generated(generatedCount, 7));
        m_view->setLaneMode(byOfficial ? TimelineView::LaneMode::Official : TimelineView::LaneMode::HostCountry);
        m_view->fitAll();
        for (int i = 0; i < zoomSteps; ++i)
            m_view->zoomIn();
        const QList<QRectF> rects = m_view->visibleLabelRects();
        QVERIFY(!rects.isEmpty());
        checkNoOverlap(*m_view);
        if (generatedCount == 0 && zoomSteps == 0) // every bundled meeting is labelled at fit-all
            QVERIFY(rects.size() >= m_model->rowCount());
    }

    void laneModes()
    {
        QCOMPARE(m_view->laneMode(), TimelineView::LaneMode::HostCountry);
        const QRect byCountry = m_view->markerRect(QStringLiteral("shamkhani-salih-2020"));
        m_view->lanesByOfficialAction()->trigger();
        QCOMPARE(m_view->laneMode(), TimelineView::LaneMode::Official);
        const QRect byOfficial = m_view->markerRect(QStringLiteral("shamkhani-salih-2020"));
        QVERIFY(!byOfficial.isEmpty());
        QVERIFY(byOfficial != byCountry);
        m_view->lanesByCountryAction()->trigger();
        QCOMPARE(m_view->laneMode(), TimelineView::LaneMode::HostCountry);
        QCOMPARE(m_view->markerRect(QStringLiteral("shamkhani-salih-2020")), byCountry);
    }

    void highlightedArticles()
    {
        m_view->setHighlightedArticles({QStringLiteral("khamenei-rashid-2023")});
        QStringList ids = m_view->highlightedMeetings();
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("khamenei-rashid-2023"), QStringLiteral("rashid-tehran-visit-2023")}));
        m_view->setHighlightedArticles({});
        QVERIFY(m_view->highlightedMeetings().isEmpty());
    }

    void followsModelChanges()
    {
        QVERIFY(!m_view->markerRect(QStringLiteral("khamenei-rashid-2023")).isEmpty());
        m_model->removeMeeting(QStringLiteral("khamenei-rashid-2023"));
        QVERIFY(m_view->markerRect(QStringLiteral("khamenei-rashid-2023")).isEmpty());
        Meeting m;
        m.id = QStringLiteral("added");
        m.date = EdtfDate::parse(u"2022-05-01");
        m.hostCountry = QStringLiteral("IQ");
        m.participants = {QStringLiteral("fuad-hussein")};
        m.kind = QStringLiteral("talks");
        m.summary = QStringLiteral("s");
        m.evidence = {{QStringLiteral("a"), QStringLiteral("q")}};
        QVERIFY(m_model->addMeeting(m));
        QVERIFY(!m_view->markerRect(QStringLiteral("added")).isEmpty());
    }

    void throughFilterProxy()
    {
        MeetingsFilterModel proxy;
        proxy.setSourceModel(m_model);
        m_view->setModel(&proxy);
        proxy.setOfficialFilter(QStringLiteral("ali-shamkhani"));
        QVERIFY(!m_view->markerRect(QStringLiteral("shamkhani-salih-2020")).isEmpty());
        QVERIFY(m_view->markerRect(QStringLiteral("khamenei-rashid-2023")).isEmpty());
        QSignalSpy activated(m_view, &TimelineView::meetingActivated);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->markerRect(QStringLiteral("shamkhani-fayyadh-2020")).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("shamkhani-fayyadh-2020"));
        m_view->setModel(m_model);
    }

    void exportImages()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TimelineExporter exporter(m_view);
        const QString png = dir.filePath(QStringLiteral("timeline.png"));
        QVERIFY2(exporter.exportPng(png), qPrintable(exporter.errorString()));
        QImageReader reader(png);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), m_view->viewport()->size() * 2);
        // Not blank: more than a handful of distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 5);

        const QString svg = dir.filePath(QStringLiteral("timeline.svg"));
        QVERIFY2(exporter.exportSvg(svg), qPrintable(exporter.errorString()));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        bool sawSvg = false, sawText = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"svg")
                sawSvg = true;
            if (xml.isCharacters() && xml.text().contains(u"Shamkhani"))
                sawText = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        QVERIFY(sawText);

        const QString csv = dir.filePath(QStringLiteral("timeline.csv"));
        QVERIFY2(exporter.exportTimelineJsCsv(csv), qPrintable(exporter.errorString()));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = csvFile.readAll();
        QVERIFY(bytes.startsWith("Year,Month,Day,Time,End Year,"));
        QCOMPARE(bytes.count("\r\n"), m_model->rowCount() + 1); // no line breaks inside the bundled fields
        QVERIFY(bytes.contains("2021,2,3,,,,,,3 February 2021 (uncertain)"));
        QVERIFY(!exporter.exportTimelineJsCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
        QVERIFY(!exporter.errorString().isEmpty());

        QVERIFY(!exporter.exportPng(dir.filePath(QStringLiteral("no/such/dir/x.png"))));
        QVERIFY(!exporter.errorString().isEmpty());
        QVERIFY(exporter.exportPng(png));
        QVERIFY(exporter.errorString().isEmpty());
    }

    // Renders for looking at (not compared as a whole): light and dark, by country and by
    // official, days, dense. Each is checked where it matters: the palette's colours in the
    // axis and under the lanes, and a marker where the view says it is.
    void screenshots()
    {
        const QString out = QStringLiteral(ENTENTE_TEST_BINARY_DIR);
        TimelineExporter exporter(m_view);
        const auto render = [&](const QString &name) {
            const QString file = out + u'/' + name;
            [&] { QVERIFY2(exporter.exportPng(file), qPrintable(exporter.errorString())); }();
            return QImage(file);
        };
        const auto check = [&](const QImage &image, const QPalette &palette, bool byCountry) {
            QCOMPARE(image.pixel(2, 2), palette.color(QPalette::Window).rgb()); // the axis corner
            if (!byCountry)
                return;
            QCOMPARE(image.pixel(2, image.height() - 3), palette.color(QPalette::Window).rgb()); // under the lane titles
            // The current meeting (April 2023, in the first lane), at twice the view's scale:
            // a bar of the highlight colour, translucent over the lane.
            const QPoint centre = m_view->markerRect(QStringLiteral("khamenei-rashid-2023")).center() * 2;
            const QColor base = palette.color(QPalette::Base);
            const QColor highlight = palette.color(QPalette::Highlight);
            const QColor seen = QColor::fromRgb(image.pixel(centre));
            const auto mix = [](int c, int under) { return (c * 80 + under * 175) / 255; };
            QVERIFY2(qAbs(seen.red() - mix(highlight.red(), base.red())) <= 4
                         && qAbs(seen.green() - mix(highlight.green(), base.green())) <= 4
                         && qAbs(seen.blue() - mix(highlight.blue(), base.blue())) <= 4,
                     qPrintable(seen.name()));
        };
        m_view->setHighlightedArticles({QStringLiteral("rouhani-fuad-hussein-2021")});
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(QStringLiteral("khamenei-rashid-2023")), 0));
        check(render(QStringLiteral("timeline-light.png")), m_view->palette(), true);
        m_view->setPalette(darkPalette());
        check(render(QStringLiteral("timeline-dark.png")), darkPalette(), true);
        m_view->setLaneMode(TimelineView::LaneMode::Official);
        check(render(QStringLiteral("timeline-dark-officials.png")), darkPalette(), false);
        m_view->setPalette(QPalette());
        m_view->setLaneMode(TimelineView::LaneMode::HostCountry);
        m_view->setVisibleRange(QDate(2021, 1, 20), QDate(2021, 2, 20));
        const QImage days = render(QStringLiteral("timeline-days.png"));
        QCOMPARE(days.pixel(2, 2), m_view->palette().color(QPalette::Window).rgb());
        m_model->setMeetings(generated(3000, 11));
        m_view->fitAll();
        const QImage dense = render(QStringLiteral("timeline-dense.png"));
        QCOMPARE(dense.pixel(2, 2), m_view->palette().color(QPalette::Window).rgb());
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"

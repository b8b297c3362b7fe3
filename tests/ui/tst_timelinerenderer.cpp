// TimelineRenderer painting into a QImage: markers in their colours at their days, selection,
// uncertain dates, density strips, and nothing drawn outside the plot or the frame.
#include "models/meetingsmodel.h"
#include "timeline/timelineentries.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinerenderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

constexpr QRgb Base = 0xffffffff;
constexpr QRgb AlternateBase = 0xfff0f0f0;
constexpr QRgb Window = 0xffd0d0d0;
constexpr QRgb Link = 0xff00c000;      // meeting markers: a green nothing else uses
constexpr QRgb Highlight = 0xffc00000; // selection: a red nothing else uses
constexpr QRgb Text = 0xff000000;
constexpr QRgb Outside = 0xffff00ff;   // the image beyond the frame

QPalette testPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor::fromRgb(Base));
    p.setColor(QPalette::AlternateBase, QColor::fromRgb(AlternateBase));
    p.setColor(QPalette::Window, QColor::fromRgb(Window));
    p.setColor(QPalette::WindowText, QColor::fromRgb(Text));
    p.setColor(QPalette::Text, QColor::fromRgb(Text));
    p.setColor(QPalette::Link, QColor::fromRgb(Link));
    p.setColor(QPalette::Highlight, QColor::fromRgb(Highlight));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Dark, QColor(0x60, 0x60, 0x60));
    return p;
}

Meeting meeting(const QString &id, const QString &edtf, const QString &host)
{
    Meeting m;
    m.id = id;
    m.date = EdtfDate::parse(edtf);
    m.hostCountry = host;
    m.others = {u"Delegation "_s + id};
    m.kind = QStringLiteral("talks");
    m.summary = QStringLiteral("s");
    m.evidence = {{QStringLiteral("article"), QStringLiteral("q")}};
    return m;
}

// Colour distance, per channel.
int distance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

// @p colour at @p alpha over @p under.
QRgb over(QRgb colour, int alpha, QRgb under)
{
    const auto mix = [&](int c, int u) { return (c * alpha + u * (255 - alpha)) / 255; };
    return qRgb(mix(qRed(colour), qRed(under)), mix(qGreen(colour), qGreen(under)), mix(qBlue(colour), qBlue(under)));
}

} // namespace

class TestTimelineRenderer : public QObject
{
    Q_OBJECT
private:
    static constexpr QSize FrameSize{800, 300};
    MeetingsModel m_model;
    TimelineEntries m_entries;
    TimelineLayout m_layout;
    double m_startDay = 0;
    double m_laneWidth = 0;

    // Lays out the model for the frame, showing [first, last].
    void build(QDate first, QDate last, int maxRows = 4)
    {
        m_entries.build(&m_model, {}, TimelineEntries::LaneMode::HostCountry, QFont());
        m_laneWidth = TimelineRenderer::laneColumnWidth(m_entries.lanes(), QFont());
        m_startDay = double(first.toJulianDay());
        const double ppd = (FrameSize.width() - m_laneWidth) / double(last.toJulianDay() + 1 - first.toJulianDay());
        m_layout.build(m_entries.entries(), m_entries.lanes(), ppd, maxRows);
    }

    TimelineRenderer renderer() const
    {
        TimelineRenderer r(m_entries, m_layout);
        r.setStartDay(m_startDay);
        r.setLaneColumnWidth(m_laneWidth);
        r.setPalette(testPalette());
        r.setFont(QFont());
        r.setCornerText(u"By host"_s);
        return r;
    }

    // The frame painted into a larger image, which starts magenta.
    static QImage paint(const TimelineRenderer &r)
    {
        QImage image(FrameSize + QSize(40, 30), QImage::Format_ARGB32);
        image.fill(Outside);
        QPainter painter(&image);
        r.paint(&painter, FrameSize);
        painter.end();
        return image;
    }

    QPoint markerCentre(const TimelineRenderer &r, const QString &id) const
    {
        const QRectF marker = r.markerRectOf(m_entries.entryOf(id));
        [&] { QVERIFY2(!marker.isEmpty(), qPrintable(id)); }();
        return marker.center().toPoint();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_model.setMeetings({meeting(u"day"_s, u"2021-03-10"_s, u"IR"_s), meeting(u"unsure"_s, u"2021-06-15?"_s, u"IQ"_s),
                             meeting(u"month"_s, u"2021-09"_s, u"IR"_s), meeting(u"selected"_s, u"2021-11-20"_s, u"IQ"_s),
                             meeting(u"before"_s, u"2020-12-01"_s, u"IR"_s), meeting(u"after"_s, u"2022-02-01"_s, u"IR"_s)});
    }

    void markersAtTheirDays()
    {
        build(QDate(2021, 1, 1), QDate(2021, 12, 31));
        TimelineRenderer r = renderer();
        r.setSelectedEntries({m_entries.entryOf(u"selected"_s)});
        const QImage image = paint(r);

        // A certain day: a solid disc of the link colour, centred on the middle of its day.
        const QPoint day = markerCentre(r, u"day"_s);
        QVERIFY(qAbs(day.x() - r.xForDay(QDate(2021, 3, 10).toJulianDay() + 0.5)) <= 1);
        QCOMPARE(image.pixel(day), Link);
        // Left and right of the disc (past the outline), back to the lane's background.
        const QRgb lane = image.pixel(day.x() - 12, day.y());
        QVERIFY(lane == Base || lane == AlternateBase);

        // An uncertain day: the same disc, translucent.
        const QPoint unsure = markerCentre(r, u"unsure"_s);
        const QRgb laneUnsure = image.pixel(unsure.x() - 12, unsure.y());
        QVERIFY2(distance(image.pixel(unsure), over(Link, 110, laneUnsure)) <= 3,
                 qPrintable(QColor(image.pixel(unsure)).name()));

        // A month: a translucent bar across the whole month.
        const QRectF month = r.markerRectOf(m_entries.entryOf(u"month"_s));
        QVERIFY(qAbs(month.left() - r.xForDay(QDate(2021, 9, 1).toJulianDay())) <= 1);
        QVERIFY(qAbs(month.right() - r.xForDay(QDate(2021, 10, 1).toJulianDay())) <= 1);
        const QPoint inMonth(int(month.left()) + 4, int(month.center().y()) + 4);
        QVERIFY2(distance(image.pixel(inMonth), over(Link, 80, image.pixel(inMonth.x(), int(month.bottom()) + 3))) <= 3,
                 qPrintable(QColor(image.pixel(inMonth)).name()));

        // The selected meeting is drawn in the highlight colour, label included, and nothing
        // else is.
        const int selected = m_entries.entryOf(u"selected"_s);
        QCOMPARE(image.pixel(markerCentre(r, u"selected"_s)), Highlight);
        const TimelinePlacement &placement = m_layout.placements().at(m_layout.placementsOf(selected).constFirst());
        QVERIFY(placement.labelled);
        const QRectF label = r.labelRect(placement);
        const QRect allowed = r.markerRect(placement).united(label).adjusted(-4, -4, 4, 4).toAlignedRect();
        int red = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (distance(image.pixel(x, y), Highlight) > 8)
                    continue;
                ++red;
                QVERIFY2(allowed.contains(x, y), qPrintable(u"highlight colour at %1,%2"_s.arg(x).arg(y)));
            }
        }
        QVERIFY(red > 100);
        QCOMPARE(image.pixel(QPoint(int(label.left()) - 1, int(label.center().y()))), Highlight); // label background
    }

    void nothingOutsideThePlot()
    {
        // "before" and "after" lie outside the range: no marker colour in the lane column,
        // the axis or beyond the frame, and the image outside the frame is untouched.
        build(QDate(2021, 1, 1), QDate(2021, 12, 31));
        const TimelineRenderer r = renderer();
        const QImage image = paint(r);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb c = image.pixel(x, y);
                if (x >= FrameSize.width() || y >= FrameSize.height()) {
                    QCOMPARE(c, Outside);
                    continue;
                }
                const bool inPlot = x >= m_laneWidth && y >= TimelineRenderer::AxisHeight;
                if (!inPlot && qGreen(c) > qRed(c) + 40)
                    QFAIL(qPrintable(u"marker colour at %1,%2, outside the plot"_s.arg(x).arg(y)));
            }
        }
        // The lane column and the axis are painted in the window colour.
        QCOMPARE(image.pixel(2, 2), Window);
        QCOMPARE(image.pixel(2, FrameSize.height() - 3), Window);
        QVERIFY(r.markerRectOf(m_entries.entryOf(u"before"_s)).right() < m_laneWidth);
        QVERIFY(r.markerRectOf(m_entries.entryOf(u"after"_s)).left() > FrameSize.width());
    }

    void densityStrip()
    {
        // Eighty meetings a day apart in one lane with one row: most have no room for a label
        // and fold into the lane's density strip, under its row.
        MeetingList dense;
        for (int i = 0; i < 80; ++i)
            dense.append(meeting(u"d%1"_s.arg(i), QDate(2021, 3, 1).addDays(i).toString(Qt::ISODate), u"IR"_s));
        m_model.setMeetings(dense);
        build(QDate(2021, 1, 1), QDate(2021, 12, 31), 1);
        const TimelineRenderer r = renderer();
        const QImage image = paint(r);
        int folded = 0;
        for (const TimelinePlacement &p : m_layout.placements()) {
            if (p.subRow >= 0)
                continue;
            ++folded;
            const QRectF strip = r.markerRect(p);
            const QPoint at = strip.center().toPoint();
            // The strip's grey (a grid line under it makes it a little darker).
            QVERIFY2(distance(image.pixel(at), over(Text, 110, Base)) <= 30, qPrintable(QColor(image.pixel(at)).name()));
            // Below the strip, the lane's divider or background; no strip colour.
            QVERIFY(distance(image.pixel(at.x(), int(strip.bottom()) + 4), over(Text, 110, Base)) > 20);
        }
        QVERIFY(folded > 40);
        // Labels only where there was room: none overlaps.
        const QList<QRectF> labels = r.labelRects(FrameSize.width());
        QVERIFY(!labels.isEmpty());
        for (int i = 0; i < labels.size(); ++i) {
            for (int j = i + 1; j < labels.size(); ++j) {
                const QRectF shared = labels.at(i).intersected(labels.at(j));
                QVERIFY(shared.width() <= 0.01 || shared.height() <= 0.01);
            }
        }
    }

    void hitTestingMatchesThePainting()
    {
        m_model.setMeetings({meeting(u"day"_s, u"2021-03-10"_s, u"IR"_s), meeting(u"month"_s, u"2021-09"_s, u"IQ"_s)});
        build(QDate(2021, 1, 1), QDate(2021, 12, 31));
        const TimelineRenderer r = renderer();
        const QImage image = paint(r);
        const QPoint day = markerCentre(r, u"day"_s);
        QCOMPARE(image.pixel(day), Link);
        QCOMPARE(r.entryAt(day), m_entries.entryOf(u"day"_s));
        QCOMPARE(r.entryAt(QPointF(day.x(), 5)), -1);              // the axis
        QCOMPARE(r.entryAt(QPointF(m_laneWidth - 2, day.y())), -1); // the lane column
        const QList<QRectF> labels = r.labelRects(FrameSize.width());
        QCOMPARE(labels.size(), 2);
        for (const QRectF &label : labels)
            QVERIFY(r.entryAt(label.center()) >= 0);
    }
};

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"

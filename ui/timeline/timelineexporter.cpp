#include "timeline/timelineexporter.h"

#include "io/timelineexport.h"
#include "models/meetingsmodel.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelineview.h"

#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace Entente {

TimelineExporter::TimelineExporter(const TimelineView *view)
    : m_view(view)
{
}

bool TimelineExporter::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool TimelineExporter::exportPng(const QString &fileName)
{
    const QSize size = m_view->viewport()->size();
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(m_view->palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        m_view->renderer(size).paint(&painter, size);
    }
    if (!image.save(fileName, "PNG"))
        return fail(tr("Could not write the PNG image %1.").arg(fileName));
    m_errorString.clear();
    return true;
}

bool TimelineExporter::exportSvg(const QString &fileName)
{
    const QSize size = m_view->viewport()->size();
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(tr("Meetings timeline"));
    generator.setDescription(tr("Meetings from %1 to %2, exported from Entente")
                                 .arg(QLocale().toString(m_view->visibleStart(), QLocale::LongFormat),
                                      QLocale().toString(m_view->visibleEnd(), QLocale::LongFormat)));
    QPainter painter;
    if (!painter.begin(&generator))
        return fail(tr("Could not write the SVG image %1.").arg(fileName));
    m_view->renderer(size).paint(&painter, size);
    painter.end();
    if (QFileInfo(fileName).size() <= 0)
        return fail(tr("Could not write the SVG image %1.").arg(fileName));
    m_errorString.clear();
    return true;
}

bool TimelineExporter::exportTimelineJsCsv(const QString &fileName)
{
    const QAbstractItemModel *model = m_view->model();
    const TimelineEntries &entries = m_view->entries();
    MeetingList meetings;
    QHash<QString, QString> names;
    for (const TimelineEntry &e : entries.entries()) { // in date order
        const Meeting m = model->index(e.row, 0, m_view->rootIndex()).data(MeetingsModel::MeetingRole).value<Meeting>();
        if (m.isNull())
            continue;
        for (const QString &id : m.participants)
            names.insert(id, TimelineEntries::officialName(model, id));
        meetings.append(m);
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(TimelineExport::toTimelineJsCsv(meetings, names)) < 0 || !file.commit())
        return fail(tr("Could not write %1: %2").arg(fileName, file.errorString()));
    m_errorString.clear();
    return true;
}

} // namespace Entente

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Entente {

class TimelineView;

/**
 * Writes the timeline to a file: a PNG image (at twice the view's resolution) or an SVG
 * drawing of the view as it stands, painted by the same TimelineRenderer as the screen, or
 * the meetings shown (as filtered, in date order) as a TimelineJS spreadsheet (CSV). Each
 * export returns false and sets errorString() on failure; it never shows anything.
 */
class TimelineExporter
{
    Q_DECLARE_TR_FUNCTIONS(Entente::TimelineExporter)
public:
    explicit TimelineExporter(const TimelineView *view);

    bool exportPng(const QString &fileName);
    bool exportSvg(const QString &fileName);
    bool exportTimelineJsCsv(const QString &fileName);
    QString errorString() const { return m_errorString; }

private:
    bool fail(const QString &message);

    const TimelineView *m_view;
    QString m_errorString;
};

} // namespace Entente

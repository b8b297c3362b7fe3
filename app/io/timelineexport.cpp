#include "io/timelineexport.h"

namespace Entente {

namespace {

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(TimelineExport::csvField(f));
    return out.join(u',') + QStringLiteral("\r\n");
}

QString number(int n)
{
    return n > 0 ? QString::number(n) : QString();
}

QString name(const QString &id, const QHash<QString, QString> &names)
{
    const QString n = names.value(id);
    return n.isEmpty() ? Meeting::nameFromOfficialId(id) : n;
}

} // namespace

QString TimelineExport::csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar c = v.at(0);
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + v + u'"';
    }
    return v;
}

QStringList TimelineExport::timelineJsColumns()
{
    return {QStringLiteral("Year"),          QStringLiteral("Month"),         QStringLiteral("Day"),
            QStringLiteral("Time"),          QStringLiteral("End Year"),      QStringLiteral("End Month"),
            QStringLiteral("End Day"),       QStringLiteral("End Time"),      QStringLiteral("Display Date"),
            QStringLiteral("Headline"),      QStringLiteral("Text"),          QStringLiteral("Media"),
            QStringLiteral("Media Credit"),  QStringLiteral("Media Caption"), QStringLiteral("Media Thumbnail"),
            QStringLiteral("Type"),          QStringLiteral("Group"),         QStringLiteral("Background")};
}

QString TimelineExport::headline(const Meeting &meeting, const QHash<QString, QString> &officialNames)
{
    QStringList who;
    for (const QString &id : meeting.participants)
        who.append(name(id, officialNames));
    who += meeting.others;
    return tr("%1: %2").arg(Meeting::kindDisplayName(meeting.kind), who.join(QStringLiteral(", ")));
}

QByteArray TimelineExport::toTimelineJsCsv(const MeetingList &meetings, const QHash<QString, QString> &officialNames)
{
    QString out = csvLine(timelineJsColumns());
    for (const Meeting &m : meetings) {
        const EdtfDate &d = m.date;
        QString year = QString::number(d.year());
        QString month, day, endYear, endMonth;
        switch (d.precision()) {
        case EdtfDate::Precision::Day:
            day = number(d.day());
            month = number(d.month());
            break;
        case EdtfDate::Precision::Month:
            month = number(d.month());
            break;
        case EdtfDate::Precision::Season:
            // TimelineJS has no seasons: the season becomes a span of months.
            month = QString::number(d.earliest().month());
            endYear = QString::number(d.latest().year());
            endMonth = QString::number(d.latest().month());
            break;
        case EdtfDate::Precision::Year:
            break;
        case EdtfDate::Precision::Invalid:
            year.clear();
            break;
        }
        QString text = u"<p>" + m.summary.toHtmlEscaped() + u"</p>";
        if (!m.place.isEmpty())
            text += u"<p>" + tr("Place: %1").arg(m.place).toHtmlEscaped() + u"</p>";
        for (const MeetingEvidence &e : m.evidence)
            text += u"<blockquote>" + e.quote.toHtmlEscaped() + u" (" + e.articleId.toHtmlEscaped() + u")</blockquote>";
        out += csvLine({year, month, day, QString(), endYear, endMonth, QString(), QString(), d.toDisplayString(),
                        headline(m, officialNames), text, QString(), QString(), QString(), QString(), QString(),
                        m.hostCountry.isEmpty() ? QString() : Meeting::countryDisplayName(m.hostCountry), QString()});
    }
    return out.toUtf8();
}

QByteArray TimelineExport::toMeetingsCsv(const MeetingList &meetings)
{
    QString out = csvLine({QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("earliest"), QStringLiteral("latest"),
                           QStringLiteral("precision"), QStringLiteral("uncertain"), QStringLiteral("approximate"),
                           QStringLiteral("place"), QStringLiteral("host_country"), QStringLiteral("participants"),
                           QStringLiteral("others"), QStringLiteral("kind"), QStringLiteral("summary"),
                           QStringLiteral("articles"), QStringLiteral("evidence_count")});
    for (const Meeting &m : meetings) {
        QString precision;
        switch (m.date.precision()) {
        case EdtfDate::Precision::Day: precision = QStringLiteral("day"); break;
        case EdtfDate::Precision::Month: precision = QStringLiteral("month"); break;
        case EdtfDate::Precision::Season: precision = QStringLiteral("season"); break;
        case EdtfDate::Precision::Year: precision = QStringLiteral("year"); break;
        case EdtfDate::Precision::Invalid: break;
        }
        out += csvLine({m.id, m.date.toString(), m.date.earliest().toString(Qt::ISODate),
                        m.date.latest().toString(Qt::ISODate), precision,
                        m.date.isUncertain() ? QStringLiteral("true") : QStringLiteral("false"),
                        m.date.isApproximate() ? QStringLiteral("true") : QStringLiteral("false"), m.place,
                        m.hostCountry, m.participants.join(u';'), m.others.join(u';'), m.kind, m.summary,
                        m.articleIds().join(u';'), QString::number(m.evidence.size())});
    }
    return out.toUtf8();
}

} // namespace Entente

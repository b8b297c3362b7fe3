#include "model/meeting.h"

#include <QCoreApplication>

namespace Entente {

QStringList Meeting::articleIds() const
{
    QStringList ids;
    for (const MeetingEvidence &e : evidence) {
        if (!ids.contains(e.articleId))
            ids.append(e.articleId);
    }
    return ids;
}

bool Meeting::isReportedIn(const QStringList &ids) const
{
    return std::any_of(evidence.cbegin(), evidence.cend(),
                       [&ids](const MeetingEvidence &e) { return ids.contains(e.articleId); });
}

QStringList Meeting::kinds()
{
    return {QStringLiteral("visit"),     QStringLiteral("talks"),      QStringLiteral("phone call"),
            QStringLiteral("interview"), QStringLiteral("conference"), QStringLiteral("press meeting")};
}

QString Meeting::kindDisplayName(const QString &kind)
{
    if (kind == u"visit")
        return QCoreApplication::translate("Entente::Meeting", "Visit");
    if (kind == u"talks")
        return QCoreApplication::translate("Entente::Meeting", "Talks");
    if (kind == u"phone call")
        return QCoreApplication::translate("Entente::Meeting", "Phone call");
    if (kind == u"interview")
        return QCoreApplication::translate("Entente::Meeting", "Interview");
    if (kind == u"conference")
        return QCoreApplication::translate("Entente::Meeting", "Conference");
    if (kind == u"press meeting")
        return QCoreApplication::translate("Entente::Meeting", "Press meeting");
    return kind;
}

QString Meeting::countryDisplayName(const QString &code)
{
    if (code == u"IR")
        return QCoreApplication::translate("Entente::Meeting", "Iran");
    if (code == u"IQ")
        return QCoreApplication::translate("Entente::Meeting", "Iraq");
    if (code.isEmpty())
        return QCoreApplication::translate("Entente::Meeting", "Unknown");
    return code;
}

QString Meeting::nameFromOfficialId(const QString &officialId)
{
    // Words joined by '-' become words joined by spaces, capitalised; particles such as "al"
    // stay lower case and keep their hyphen ("al-Kadhimi").
    static const QStringList particles = {QStringLiteral("al"), QStringLiteral("bin"), QStringLiteral("wal")};
    const QStringList parts = officialId.split(u'-', Qt::SkipEmptyParts);
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &p = parts.at(i);
        const bool particle = particles.contains(p) && i + 1 < parts.size() && i > 0;
        if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u' ';
        if (particle) {
            out += p + u'-';
        } else {
            out += p.left(1).toUpper() + p.mid(1);
        }
    }
    return out;
}

} // namespace Entente

#include "model/official.h"

#include <QCoreApplication>

namespace Entente {

QString Office::displayTitle() const
{
    if (!acting)
        return title;
    return QCoreApplication::translate("Entente::Office", "%1 (acting)").arg(title);
}

const Office *Official::currentOrLatestOffice(QDate d) const
{
    if (offices.isEmpty())
        return nullptr;
    const Office *best = nullptr;
    for (const Office &o : offices) {
        if (o.heldOn(d)) {
            // Prefer the office that began last (the most specific current role).
            if (!best || !best->heldOn(d) || best->from < o.from)
                best = &o;
        }
    }
    if (best)
        return best;
    QDate bestEnd;
    for (const Office &o : offices) {
        const QDate end = o.to.isValid() ? o.to.latest() : QDate();
        if (end.isValid() && end < d && (!bestEnd.isValid() || end > bestEnd)) {
            bestEnd = end;
            best = &o;
        }
    }
    return best ? best : &offices.first();
}

QStringList Official::allNames() const
{
    QStringList names{name};
    for (const QStringList *list : {&aliases, &arabicNames, &persianNames, &surnames}) {
        for (const QString &n : *list) {
            if (!names.contains(n))
                names.append(n);
        }
    }
    return names;
}

} // namespace Entente

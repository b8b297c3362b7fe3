#include "text/tablespeakerresolver.h"

#include "text/offsetmap.h"
#include "text/officephrase.h"

#include <algorithm>

namespace Entente {

void TableSpeakerResolver::addOfficial(const QString &id, const QString &displayName,
                                       const QStringList &aliases)
{
    m_displayNames.insert(id, displayName);
    QStringList all = aliases;
    all.prepend(displayName);
    for (const QString &a : std::as_const(all)) {
        if (!a.isEmpty())
            m_names.append({a, id});
    }
    std::stable_sort(m_names.begin(), m_names.end(),
                     [](const Name &a, const Name &b) { return a.text.size() > b.text.size(); });
}

void TableSpeakerResolver::addOffice(const QString &id, const QString &country,
                                     const QString &officeKey, const EdtfDate &from,
                                     const EdtfDate &to)
{
    m_terms.append({id, country, officeKey, from, to});
}

QList<SpeakerMention> TableSpeakerResolver::mentions(const QString &text) const
{
    QList<SpeakerMention> found; // UTF-16 for now
    QList<bool> taken(text.size(), false);
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'-'; };
    for (const Name &n : m_names) {
        qsizetype from = 0;
        while ((from = text.indexOf(n.text, from)) >= 0) {
            const qsizetype end = from + n.text.size();
            const bool boundaryBefore = from == 0 || !isWordChar(text.at(from - 1));
            const bool boundaryAfter = end == text.size() || !isWordChar(text.at(end));
            const bool free = std::none_of(taken.cbegin() + from, taken.cbegin() + end,
                                           [](bool t) { return t; });
            if (boundaryBefore && boundaryAfter && free) {
                std::fill(taken.begin() + from, taken.begin() + end, true);
                SpeakerMention m;
                m.officialId = n.id;
                m.start = from;
                m.end = end;
                found.append(m);
            }
            from = end;
        }
    }
    std::sort(found.begin(), found.end(),
              [](const SpeakerMention &a, const SpeakerMention &b) { return a.start < b.start; });
    const OffsetMap map(text);
    for (SpeakerMention &m : found) {
        m.start = map.toCodePoint(m.start);
        m.end = map.toCodePoint(m.end);
    }
    return found;
}

QStringList TableSpeakerResolver::holdersOf(const QString &country, const QString &officeKey,
                                            QDate from, QDate to) const
{
    QList<const Term *> hits;
    for (const Term &t : m_terms) {
        if (t.officeKey != officeKey || (!country.isEmpty() && t.country != country))
            continue;
        const QDate termFrom = t.from.isValid() ? t.from.earliest() : QDate();
        const QDate termTo = t.to.isValid() ? t.to.latest() : QDate();
        if (termFrom.isValid() && termFrom > to)
            continue;
        if (termTo.isValid() && termTo < from)
            continue;
        hits.append(&t);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Term *a, const Term *b) {
        return a->from.earliest() < b->from.earliest();
    });
    QStringList ids;
    for (const Term *t : std::as_const(hits)) {
        if (!ids.contains(t->id))
            ids.append(t->id);
    }
    return ids;
}

QString TableSpeakerResolver::displayName(const QString &officialId) const
{
    return m_displayNames.value(officialId, officialId);
}

QStringList TableSpeakerResolver::officeTitles() const
{
    QStringList titles;
    for (const Term &t : m_terms) {
        const QString title = OfficePhrase::title(t.country, t.officeKey);
        if (!titles.contains(title))
            titles.append(title);
    }
    return titles;
}

} // namespace Entente

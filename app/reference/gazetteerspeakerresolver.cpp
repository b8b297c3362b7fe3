#include "reference/gazetteerspeakerresolver.h"

#include "text/officephrase.h"

#include <algorithm>

namespace Entente {

GazetteerSpeakerResolver::GazetteerSpeakerResolver(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
    , m_matcher(m_gazetteer)
{
    for (const QString &title : m_gazetteer.officeTitles()) {
        const OfficePhrase p = OfficePhrase::parse(title);
        if (p.isValid())
            m_titleKeys.insert(title, {p.country, p.officeKey});
    }
    const QList<Official> &officials = m_gazetteer.officials();
    for (qsizetype i = 0; i < officials.size(); ++i) {
        for (qsizetype k = 0; k < officials.at(i).offices.size(); ++k) {
            const auto key = m_titleKeys.value(officials.at(i).offices.at(k).title);
            m_officesByKey[key.second].append({key.first, i, k});
        }
    }
}

QList<SpeakerMention> GazetteerSpeakerResolver::mentions(const QString &text) const
{
    QList<SpeakerMention> result;
    for (const Mention &m : m_matcher.find(text)) {
        SpeakerMention s;
        s.officialId = m.officialId;
        s.start = m.start;
        s.end = m.end;
        s.ambiguous = m.ambiguous;
        s.candidates = m.candidates;
        result.append(s);
    }
    return result;
}

QStringList GazetteerSpeakerResolver::holdersOf(const QString &country, const QString &officeKey,
                                                QDate from, QDate to) const
{
    struct Hit
    {
        QDate since;
        QString id;
    };
    QList<Hit> hits;
    const QList<Official> &officials = m_gazetteer.officials();
    for (const KeyedOffice &k : m_officesByKey.value(officeKey)) {
        if (!country.isEmpty() && k.country != country)
            continue;
        const Official &o = officials.at(k.official);
        const Office &office = o.offices.at(k.office);
        if (office.heldDuring(from, to))
            hits.append({office.from.isValid() ? office.from.earliest() : QDate(), o.id});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.since < b.since; });
    QStringList ids;
    for (const Hit &h : std::as_const(hits)) {
        if (!ids.contains(h.id))
            ids.append(h.id);
    }
    return ids;
}

QStringList GazetteerSpeakerResolver::holdersOfTitle(const QString &title, QDate from, QDate to) const
{
    struct Hit
    {
        QDate since;
        QString id;
    };
    QList<Hit> hits;
    for (const Official &o : m_gazetteer.officials()) {
        for (const Office &office : o.offices) {
            if (office.title.compare(title, Qt::CaseInsensitive) == 0 && office.heldDuring(from, to))
                hits.append({office.from.isValid() ? office.from.earliest() : QDate(), o.id});
        }
    }
    if (hits.isEmpty()) // a phrase rather than a title: "the Iraqi president"
        return SpeakerResolver::holdersOfTitle(title, from, to);
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.since < b.since; });
    QStringList ids;
    for (const Hit &h : std::as_const(hits)) {
        if (!ids.contains(h.id))
            ids.append(h.id);
    }
    return ids;
}

QString GazetteerSpeakerResolver::displayName(const QString &officialId) const
{
    const Official *o = m_gazetteer.official(officialId);
    return o ? o->name : officialId;
}

QStringList GazetteerSpeakerResolver::officeTitles() const
{
    return m_gazetteer.officeTitles();
}

} // namespace Entente

#pragma once

#include "reference/gazetteer.h"
#include "reference/officialsmatcher.h"
#include "text/speakerresolver.h"

#include <QHash>
#include <QPair>

namespace Entente {

/**
 * The SpeakerResolver the application uses: names found by the OfficialsMatcher, offices and
 * display names from the Gazetteer. Gazetteer office titles ("President of Iraq", "Speaker of
 * the Parliament of Iran") are read with OfficePhrase to get their country and office key.
 */
class GazetteerSpeakerResolver : public SpeakerResolver
{
public:
    explicit GazetteerSpeakerResolver(const Gazetteer &gazetteer);

    const Gazetteer &gazetteer() const { return m_gazetteer; }

    QList<SpeakerMention> mentions(const QString &text) const override;
    QStringList holdersOf(const QString &country, const QString &officeKey, QDate from,
                          QDate to) const override;
    QStringList holdersOfTitle(const QString &title, QDate from, QDate to) const override;
    QString displayName(const QString &officialId) const override;
    QStringList officeTitles() const override;

private:
    Gazetteer m_gazetteer;
    OfficialsMatcher m_matcher;
    QHash<QString, QPair<QString, QString>> m_titleKeys; // title -> (country, key)
    struct KeyedOffice
    {
        QString country;
        qsizetype official; // index into m_gazetteer.officials()
        qsizetype office;   // index into that official's offices
    };
    // Office key -> every office with that key, in gazetteer order (holdersOf() is asked once
    // per office phrase of every text; it used to hash every office title of the gazetteer).
    QHash<QString, QList<KeyedOffice>> m_officesByKey;
};

} // namespace Entente

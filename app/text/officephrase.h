#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Entente {

/**
 * An office named in running text ("the Iraqi president", "Iraq's foreign minister", "the
 * Leader of the Islamic Revolution") or by a title ("President of Iraq"), reduced to a country
 * code and a canonical office key as used by SpeakerResolver. English only for now.
 */
struct OfficePhrase
{
    Q_DECLARE_TR_FUNCTIONS(Entente::OfficePhrase)
public:
    QString country;   ///< "IQ", "IR" or empty when the phrase does not say
    QString officeKey; ///< e.g. "President"; empty when nothing was recognised
    qsizetype start = 0; ///< UTF-16 offsets into the searched text (find() only)
    qsizetype end = 0;

    bool isValid() const { return !officeKey.isEmpty(); }

    /// Recognises a whole phrase such as "President of Iraq" or "Iraqi foreign minister".
    static OfficePhrase parse(const QString &phrase);
    /// Every office phrase in @p text, in order, with UTF-16 offsets.
    static QList<OfficePhrase> find(const QString &text);
    /// "President of Iraq", "Foreign Minister of Iran"; translated.
    static QString title(const QString &country, const QString &officeKey);
    /// The office keys the phrase grammar knows.
    static QStringList officeKeys();
};

} // namespace Entente

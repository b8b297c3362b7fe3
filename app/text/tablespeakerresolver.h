#pragma once

#include "model/edtf.h"
#include "text/speakerresolver.h"

#include <QHash>
#include <QList>

namespace Entente {

/**
 * A SpeakerResolver over a small table given by the caller: names (matched case-sensitively
 * as whole words, longest first) and offices with EDTF terms. Used by the tests, and by
 * callers without a gazetteer.
 */
class TableSpeakerResolver : public SpeakerResolver
{
public:
    /// Adds an official with a display name and any further names to match in texts.
    void addOfficial(const QString &id, const QString &displayName, const QStringList &aliases = {});
    /// Adds a term of office; an invalid @p to means "still in office".
    void addOffice(const QString &id, const QString &country, const QString &officeKey,
                   const EdtfDate &from, const EdtfDate &to = {});

    QList<SpeakerMention> mentions(const QString &text) const override;
    QStringList holdersOf(const QString &country, const QString &officeKey, QDate from,
                          QDate to) const override;
    QString displayName(const QString &officialId) const override;
    QStringList officeTitles() const override;

private:
    struct Name
    {
        QString text;
        QString id;
    };
    struct Term
    {
        QString id;
        QString country;
        QString officeKey;
        EdtfDate from;
        EdtfDate to;
    };
    QList<Name> m_names; // longest first
    QHash<QString, QString> m_displayNames;
    QList<Term> m_terms;
};

} // namespace Entente

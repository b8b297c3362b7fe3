#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Entente {

/// A named mention of an official in a text: code points, half-open.
struct SpeakerMention
{
    QString officialId;
    qsizetype start = 0;
    qsizetype end = 0;
    bool ambiguous = false; ///< the matched name fits more than one official
    QStringList candidates; ///< when ambiguous: everyone it may name
};

/**
 * What the statement extractor needs to know about people, behind an interface so that it can
 * run against a small fixed table (tests) or the gazetteer and the officials matcher (the app).
 *
 * Offices are named by a country code ("IQ", "IR") and a canonical office key: "President",
 * "Prime Minister", "Foreign Minister", "Supreme Leader", "Defence Minister",
 * "Speaker of Parliament", "Vice President", "National Security Adviser". An empty country
 * means "either".
 */
class SpeakerResolver
{
public:
    virtual ~SpeakerResolver() = default;

    /// Named mentions of officials in @p text, in text order.
    virtual QList<SpeakerMention> mentions(const QString &text) const = 0;

    /// Everyone who held the office at some day in [from, to] (both inclusive), in order of
    /// taking office; an empty list when nobody is known.
    virtual QStringList holdersOf(const QString &country, const QString &officeKey, QDate from,
                                  QDate to) const = 0;

    /// Everyone who held the office titled @p title ("President of Iraq") at some day in
    /// [from, to]. The default reads the title with OfficePhrase and calls holdersOf().
    virtual QStringList holdersOfTitle(const QString &title, QDate from, QDate to) const;

    /// A readable name for an official id; the id itself when unknown.
    virtual QString displayName(const QString &officialId) const = 0;

    /// Every office title the resolver knows ("President of Iraq"); used to fill choosers.
    virtual QStringList officeTitles() const = 0;
};

} // namespace Entente

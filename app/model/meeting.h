#pragma once

#include "model/edtf.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Entente {

/**
 * One piece of evidence for a meeting: an article and an exact quote from its normalised text.
 * start/end locate the quote's first occurrence in code points, half-open; they are derived
 * (filled in by MeetingsLoader when it has the articles) and -1 when not known.
 */
struct MeetingEvidence
{
    QString articleId;
    QString quote; ///< an exact substring of Article::text
    qsizetype start = -1;
    qsizetype end = -1;

    friend bool operator==(const MeetingEvidence &a, const MeetingEvidence &b)
    {
        return a.articleId == b.articleId && a.quote == b.quote && a.start == b.start && a.end == b.end;
    }
};

/**
 * A meeting reported by one or more articles: who met whom, when (EDTF, only as precise as the
 * texts allow; not the publication date), where, what kind of meeting, and the quotes that
 * report it. A plain value type: the corpus loader, the project store and the models all
 * exchange it as is.
 */
struct Meeting
{
    QString id;                 ///< slug, unique in a corpus or project
    EdtfDate date;              ///< when the meeting took place
    QString place;              ///< e.g. "Tehran"; empty when the texts do not say
    QString hostCountry;        ///< ISO 3166 alpha-2 of the host ("IR", "IQ"), or empty
    QStringList participants;   ///< official ids (gazetteer slugs)
    QStringList others;         ///< free-text participants, e.g. "a group of Iranian journalists"
    QString kind;               ///< one of Meeting::kinds(), e.g. "talks"
    QString summary;            ///< one line
    QString note;               ///< how the date and participants were reasoned out
    QList<MeetingEvidence> evidence;

    bool isNull() const { return id.isEmpty(); }
    bool involves(const QString &officialId) const { return participants.contains(officialId); }
    /// Ids of the articles that report the meeting, each once, in evidence order.
    QStringList articleIds() const;
    /// True when any evidence quote comes from one of @p articleIds.
    bool isReportedIn(const QStringList &articleIds) const;

    /// The kinds of meeting Entente knows, as stored in files ("visit", "talks", ...).
    static QStringList kinds();
    /// A kind as shown to people, translated ("Phone call").
    static QString kindDisplayName(const QString &kind);
    /// A host country code as shown to people ("Iran"); "Unknown" for an empty code.
    static QString countryDisplayName(const QString &code);
    /// A readable name made from an official id when no gazetteer is at hand:
    /// "mustafa-al-kadhimi" -> "Mustafa al-Kadhimi".
    static QString nameFromOfficialId(const QString &officialId);

    friend bool operator==(const Meeting &a, const Meeting &b)
    {
        return a.id == b.id && a.date == b.date && a.place == b.place && a.hostCountry == b.hostCountry
            && a.participants == b.participants && a.others == b.others && a.kind == b.kind
            && a.summary == b.summary && a.note == b.note && a.evidence == b.evidence;
    }
};

using MeetingList = QList<Meeting>;

} // namespace Entente

Q_DECLARE_METATYPE(Entente::Meeting)

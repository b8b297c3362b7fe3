#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Plain value records for the later features that live in the project file: meetings,
// statements and the user's edits to the officials list. Project stores them; the meetings,
// statements and officials code decides what they mean.
namespace Entente {

/// One piece of evidence for a meeting: a quote from an article, with its code-point span.
struct EvidenceRecord
{
    QString articleId;
    QString quote;
    qsizetype start = -1; ///< -1 when unknown
    qsizetype end = -1;
    friend bool operator==(const EvidenceRecord &, const EvidenceRecord &) = default;
};

/// A meeting between officials. participants: official ids, or free text prefixed "text:".
/// slug is the meeting's stable text id (as in meetings.json); empty for meetings made before
/// schema version 3, which are then known as "meeting-<id>" (see RecordConversion).
struct MeetingRecord
{
    qint64 id = 0;
    QString slug;
    QString date; ///< EDTF
    QString place;
    QString kind;
    QString summary;
    QStringList participants;
    QList<EvidenceRecord> evidence;
    QString source = QStringLiteral("user"); ///< "corpus" or "user"
    QString hostCountry; ///< ISO 3166 alpha-2 of the host, or empty
    QString note;        ///< how the date and participants were reasoned out
    friend bool operator==(const MeetingRecord &, const MeetingRecord &) = default;
};

/// A half-open code-point span of a statement's content.
struct SpanRecord
{
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const SpanRecord &, const SpanRecord &) = default;
};

/// A reported statement: who said what, where in which article. start/end run from the first
/// content span's start to the last one's end; content lists the spans themselves (empty: the
/// single span [start, end)) and evidenceStart/End the passage that reports it (-1: unknown).
struct StatementRecord
{
    qint64 id = 0;
    QString speakerId;   ///< official id, or empty
    QString speakerText; ///< the speaker as written in the text
    QString cue;         ///< the reporting verb, e.g. "said"
    QString articleId;
    qsizetype start = 0; ///< code points, half-open
    qsizetype end = 0;
    QString quote;
    bool direct = false; ///< a direct (quoted) statement rather than reported speech
    QString date;        ///< EDTF
    QStringList tags;
    QString status = QStringLiteral("extracted"); ///< extracted | accepted | edited | user
    QList<SpanRecord> content;
    qsizetype evidenceStart = -1;
    qsizetype evidenceEnd = -1;
    QStringList speakerCandidates; ///< when an office names several people
    friend bool operator==(const StatementRecord &, const StatementRecord &) = default;
};

/// One user edit to the officials list, e.g. an added person or alias; data is free-form JSON.
struct OfficialsEditRecord
{
    qint64 id = 0;
    QString officialId;
    QString kind; ///< e.g. "add-person", "add-alias", "set-office"
    QJsonObject data;
    friend bool operator==(const OfficialsEditRecord &, const OfficialsEditRecord &) = default;
};

/// A tag on a whole article: which article, which tag, who set it when (ISO 8601 UTC).
struct ArticleTagRecord
{
    QString articleId;
    qint64 tagId = 0;
    QString author;
    QString created;
    friend bool operator==(const ArticleTagRecord &, const ArticleTagRecord &) = default;
};

} // namespace Entente

Q_DECLARE_METATYPE(Entente::MeetingRecord)
Q_DECLARE_METATYPE(Entente::StatementRecord)
Q_DECLARE_METATYPE(Entente::OfficialsEditRecord)

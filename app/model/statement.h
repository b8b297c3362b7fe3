#pragma once

#include "model/edtf.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Entente {

/// A half-open range [start, end) of Unicode code points in an article's text.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/**
 * A statement: a passage of an article attributed to a speaker. Direct statements are quoted
 * (between quotation marks, or after "said:"); indirect ones are reported speech ("X said
 * that ..."). The content may be split over several spans (a quote continued in the next
 * paragraph). The evidence span covers the whole passage, cue and speaker included.
 *
 * speakerId is an official's id when the speaker is known, else empty; speakerText is the
 * speaker as written ("he", "The Iraqi president", "Salih"). When an office held by several
 * people over the statement's date span names the speaker, speakerCandidates lists them all
 * and speakerId stays empty.
 */
struct Statement
{
    enum class Kind { Direct, Indirect };
    enum class Status { Extracted, Accepted, Edited, User };

    qint64 id = 0;
    QString articleId;
    QString speakerId;
    QString speakerText;
    QStringList speakerCandidates;
    QString cue;                 ///< the reporting verb as written, e.g. "said"; may be empty
    Kind kind = Kind::Direct;
    QList<TextSpan> content;     ///< code points into Article::text
    QString text;                ///< the content, spans joined by " … "
    EdtfDate date;               ///< when it was said (usually the article's date)
    QStringList tags;            ///< topic tags
    TextSpan evidence;           ///< the passage that reports it, in the same article
    Status status = Status::Extracted;

    bool isDirect() const { return kind == Kind::Direct; }
    bool isSpeakerAmbiguous() const { return speakerId.isEmpty() && speakerCandidates.size() > 1; }
    qsizetype start() const { return content.isEmpty() ? evidence.start : content.constFirst().start; }
    qsizetype end() const { return content.isEmpty() ? evidence.end : content.constLast().end; }

    /// Stable names used in files and on the command line: "direct"/"indirect".
    static QString kindName(Kind kind)
    {
        return kind == Kind::Direct ? QStringLiteral("direct") : QStringLiteral("indirect");
    }
    /// "extracted", "accepted", "edited", "user".
    static QString statusName(Status status)
    {
        switch (status) {
        case Status::Extracted: return QStringLiteral("extracted");
        case Status::Accepted: return QStringLiteral("accepted");
        case Status::Edited: return QStringLiteral("edited");
        case Status::User: return QStringLiteral("user");
        }
        return {};
    }
    static Status statusFromName(const QString &name, bool *ok = nullptr)
    {
        const Status all[] = {Status::Extracted, Status::Accepted, Status::Edited, Status::User};
        for (Status s : all) {
            if (statusName(s) == name) {
                if (ok)
                    *ok = true;
                return s;
            }
        }
        if (ok)
            *ok = false;
        return Status::Extracted;
    }

    friend bool operator==(const Statement &, const Statement &) = default;
};

using StatementList = QList<Statement>;

} // namespace Entente

Q_DECLARE_METATYPE(Entente::Statement)

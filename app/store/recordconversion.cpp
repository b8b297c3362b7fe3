#include "store/recordconversion.h"

namespace Entente {

QString RecordConversion::meetingId(const MeetingRecord &record)
{
    return record.slug.isEmpty() ? QStringLiteral("meeting-%1").arg(record.id) : record.slug;
}

Meeting RecordConversion::toMeeting(const MeetingRecord &record)
{
    Meeting m;
    m.id = meetingId(record);
    m.date = EdtfDate::parse(record.date);
    m.place = record.place;
    m.hostCountry = record.hostCountry;
    const QString prefix = textParticipantPrefix();
    for (const QString &p : record.participants) {
        if (p.startsWith(prefix))
            m.others.append(p.mid(prefix.size()));
        else
            m.participants.append(p);
    }
    m.kind = record.kind;
    m.summary = record.summary;
    m.note = record.note;
    for (const EvidenceRecord &e : record.evidence)
        m.evidence.append({e.articleId, e.quote, e.start, e.end});
    return m;
}

MeetingRecord RecordConversion::toRecord(const Meeting &meeting, qint64 id, const QString &source)
{
    MeetingRecord r;
    r.id = id;
    r.slug = meeting.id;
    r.date = meeting.date.isValid() ? meeting.date.toString() : QString();
    r.place = meeting.place;
    r.hostCountry = meeting.hostCountry;
    r.participants = meeting.participants;
    for (const QString &o : meeting.others)
        r.participants.append(textParticipantPrefix() + o);
    r.kind = meeting.kind;
    r.summary = meeting.summary;
    r.note = meeting.note;
    for (const MeetingEvidence &e : meeting.evidence)
        r.evidence.append({e.articleId, e.quote, e.start, e.end});
    r.source = source;
    return r;
}

MeetingList RecordConversion::toMeetings(const QList<MeetingRecord> &records)
{
    MeetingList result;
    result.reserve(records.size());
    for (const MeetingRecord &r : records)
        result.append(toMeeting(r));
    return result;
}

Statement RecordConversion::toStatement(const StatementRecord &record)
{
    Statement s;
    s.id = record.id;
    s.articleId = record.articleId;
    s.speakerId = record.speakerId;
    s.speakerText = record.speakerText;
    s.speakerCandidates = record.speakerCandidates;
    s.cue = record.cue;
    s.kind = record.direct ? Statement::Kind::Direct : Statement::Kind::Indirect;
    if (record.content.isEmpty()) {
        s.content = {TextSpan{record.start, record.end}};
    } else {
        for (const SpanRecord &c : record.content)
            s.content.append({c.start, c.end});
    }
    s.text = record.quote;
    s.date = EdtfDate::parse(record.date);
    s.tags = record.tags;
    if (record.evidenceStart >= 0 && record.evidenceEnd >= record.evidenceStart)
        s.evidence = {record.evidenceStart, record.evidenceEnd};
    else
        s.evidence = {record.start, record.end};
    s.status = Statement::statusFromName(record.status);
    return s;
}

StatementRecord RecordConversion::toRecord(const Statement &statement)
{
    StatementRecord r;
    r.id = statement.id;
    r.speakerId = statement.speakerId;
    r.speakerText = statement.speakerText;
    r.speakerCandidates = statement.speakerCandidates;
    r.cue = statement.cue;
    r.articleId = statement.articleId;
    r.start = statement.start();
    r.end = statement.end();
    r.quote = statement.text;
    r.direct = statement.isDirect();
    r.date = statement.date.isValid() ? statement.date.toString() : QString();
    r.tags = statement.tags;
    r.status = Statement::statusName(statement.status);
    for (const TextSpan &c : statement.content)
        r.content.append({c.start, c.end});
    r.evidenceStart = statement.evidence.start;
    r.evidenceEnd = statement.evidence.end;
    return r;
}

StatementList RecordConversion::toStatements(const QList<StatementRecord> &records)
{
    StatementList result;
    result.reserve(records.size());
    for (const StatementRecord &r : records)
        result.append(toStatement(r));
    return result;
}

} // namespace Entente

#include "store/recordtables.h"

namespace Entente {

namespace {

QJsonValue evidenceJson(const MeetingRecord &m)
{
    QJsonArray array;
    for (const EvidenceRecord &e : m.evidence)
        array.append(QJsonObject{{QStringLiteral("articleId"), e.articleId}, {QStringLiteral("quote"), e.quote},
                                 {QStringLiteral("start"), qint64(e.start)}, {QStringLiteral("end"), qint64(e.end)}});
    return array;
}

void setEvidence(MeetingRecord &m, const QJsonValue &value)
{
    m.evidence.clear();
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        m.evidence.append({o.value(QStringLiteral("articleId")).toString(), o.value(QStringLiteral("quote")).toString(),
                           qsizetype(o.value(QStringLiteral("start")).toInteger(-1)),
                           qsizetype(o.value(QStringLiteral("end")).toInteger(-1))});
    }
}

QJsonValue contentJson(const StatementRecord &s)
{
    QJsonArray spans;
    for (const SpanRecord &c : s.content)
        spans.append(QJsonArray{qint64(c.start), qint64(c.end)});
    return spans;
}

void setContent(StatementRecord &s, const QJsonValue &value)
{
    s.content.clear();
    for (const QJsonValue &v : value.toArray()) {
        const QJsonArray pair = v.toArray();
        s.content.append({qsizetype(pair.at(0).toInteger()), qsizetype(pair.at(1).toInteger())});
    }
}

} // namespace

const RecordTable<MeetingRecord> &RecordTables::meetings()
{
    static const RecordTable<MeetingRecord> table = [] {
        RecordTable<MeetingRecord> t("meetings", "ORDER BY date, id",
                                     {QT_TRANSLATE_NOOP("Entente::Project", "Add meeting"),
                                      QT_TRANSLATE_NOOP("Entente::Project", "Edit meeting"),
                                      QT_TRANSLATE_NOOP("Entente::Project", "Remove meeting"),
                                      QT_TRANSLATE_NOOP("Entente::Project", "No such meeting.")});
        t.text("date", "date", &MeetingRecord::date)
            .text("place", "place", &MeetingRecord::place)
            .text("kind", "kind", &MeetingRecord::kind)
            .text("summary", "summary", &MeetingRecord::summary)
            .stringList("participants", "participants", &MeetingRecord::participants)
            .json("evidence", "evidence", evidenceJson, setEvidence)
            .text("source", "source", &MeetingRecord::source, "user")
            .text("slug", "slug", &MeetingRecord::slug)
            .text("host_country", "hostCountry", &MeetingRecord::hostCountry)
            .text("note", "note", &MeetingRecord::note);
        return t;
    }();
    return table;
}

const RecordTable<StatementRecord> &RecordTables::statements()
{
    static const RecordTable<StatementRecord> table = [] {
        RecordTable<StatementRecord> t("statements", "ORDER BY article_id, start_offset, id",
                                       {QT_TRANSLATE_NOOP("Entente::Project", "Add statement"),
                                        QT_TRANSLATE_NOOP("Entente::Project", "Edit statement"),
                                        QT_TRANSLATE_NOOP("Entente::Project", "Remove statement"),
                                        QT_TRANSLATE_NOOP("Entente::Project", "No such statement.")});
        t.text("speaker_id", "speakerId", &StatementRecord::speakerId)
            .text("speaker_text", "speakerText", &StatementRecord::speakerText)
            .text("cue", "cue", &StatementRecord::cue)
            .optionalText("article_id", "articleId", &StatementRecord::articleId)
            .integer("start_offset", "start", &StatementRecord::start)
            .integer("end_offset", "end", &StatementRecord::end)
            .text("quote", "quote", &StatementRecord::quote)
            .boolean("direct", "direct", &StatementRecord::direct)
            .text("date", "date", &StatementRecord::date)
            .stringList("tags", "tags", &StatementRecord::tags)
            .text("status", "status", &StatementRecord::status, "user")
            .json("content", "content", contentJson, setContent)
            .integer("evidence_start", "evidenceStart", &StatementRecord::evidenceStart)
            .integer("evidence_end", "evidenceEnd", &StatementRecord::evidenceEnd)
            .stringList("speaker_candidates", "speakerCandidates", &StatementRecord::speakerCandidates);
        return t;
    }();
    return table;
}

const RecordTable<OfficialsEditRecord> &RecordTables::officialsEdits()
{
    static const RecordTable<OfficialsEditRecord> table = [] {
        const char *edit = QT_TRANSLATE_NOOP("Entente::Project", "Edit officials");
        RecordTable<OfficialsEditRecord> t("officials_edits", "ORDER BY id",
                                           {edit, edit, edit, QT_TRANSLATE_NOOP("Entente::Project", "No such officials edit.")});
        t.text("official_id", "officialId", &OfficialsEditRecord::officialId)
            .text("kind", "kind", &OfficialsEditRecord::kind)
            .json("data", "data", [](const OfficialsEditRecord &e) { return QJsonValue(e.data); },
                  [](OfficialsEditRecord &e, const QJsonValue &v) { e.data = v.toObject(); });
        return t;
    }();
    return table;
}

} // namespace Entente

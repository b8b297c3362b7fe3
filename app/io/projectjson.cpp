#include "io/projectjson.h"

#include "store/project.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

namespace Entente {

namespace {

// A statement's content spans as the project stores them: [[start, end], ...] in code points.
QJsonArray spansJson(const QList<SpanRecord> &spans)
{
    QJsonArray out;
    for (const SpanRecord &span : spans)
        out.append(QJsonArray{double(span.start), double(span.end)});
    return out;
}

QJsonArray evidenceJson(const QList<EvidenceRecord> &evidence)
{
    QJsonArray array;
    for (const EvidenceRecord &e : evidence)
        array.append(QJsonObject{{QStringLiteral("articleId"), e.articleId}, {QStringLiteral("quote"), e.quote},
                                 {QStringLiteral("start"), double(e.start)}, {QStringLiteral("end"), double(e.end)}});
    return array;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(double(id));
    return array;
}

} // namespace

QJsonObject ProjectJson::toJson(const Project &project)
{
    QJsonArray articles, tags, annotations, articleTags, meetings, statements, officials;
    for (const Article &a : project.articles()) {
        articles.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("title"), a.title},
                                    {QStringLiteral("source"), a.source}, {QStringLiteral("url"), a.url},
                                    {QStringLiteral("published"), a.published.isValid() ? a.published.toString() : QString()},
                                    {QStringLiteral("language"), a.language}, {QStringLiteral("description"), a.description},
                                    {QStringLiteral("sha256"), a.sha256}, {QStringLiteral("text"), a.text}});
        for (qint64 t : project.articleTags(a.id))
            articleTags.append(QJsonObject{{QStringLiteral("articleId"), a.id}, {QStringLiteral("tagId"), double(t)}});
    }
    for (const Tag &t : project.tags())
        tags.append(QJsonObject{{QStringLiteral("id"), double(t.id)}, {QStringLiteral("parentId"), double(t.parentId)},
                                {QStringLiteral("name"), t.name},
                                {QStringLiteral("colour"), t.colour.isValid() ? t.colour.name() : QString()},
                                {QStringLiteral("description"), t.description}});
    for (const Annotation &a : project.annotations())
        annotations.append(QJsonObject{{QStringLiteral("id"), double(a.id)}, {QStringLiteral("articleId"), a.articleId},
                                       {QStringLiteral("start"), double(a.start)}, {QStringLiteral("end"), double(a.end)},
                                       {QStringLiteral("exact"), a.exact}, {QStringLiteral("prefix"), a.prefix},
                                       {QStringLiteral("suffix"), a.suffix}, {QStringLiteral("note"), a.note},
                                       {QStringLiteral("author"), a.author}, {QStringLiteral("created"), a.created},
                                       {QStringLiteral("modified"), a.modified}, {QStringLiteral("orphaned"), a.orphaned},
                                       {QStringLiteral("tags"), idArray(a.tagIds)}});
    for (const MeetingRecord &m : project.meetings())
        meetings.append(QJsonObject{{QStringLiteral("id"), double(m.id)}, {QStringLiteral("date"), m.date},
                                    {QStringLiteral("place"), m.place}, {QStringLiteral("kind"), m.kind},
                                    {QStringLiteral("summary"), m.summary},
                                    {QStringLiteral("participants"), QJsonArray::fromStringList(m.participants)},
                                    {QStringLiteral("evidence"), evidenceJson(m.evidence)}, {QStringLiteral("source"), m.source},
                                    {QStringLiteral("slug"), m.slug}, {QStringLiteral("hostCountry"), m.hostCountry},
                                    {QStringLiteral("note"), m.note}});
    for (const StatementRecord &s : project.statements())
        statements.append(QJsonObject{{QStringLiteral("id"), double(s.id)}, {QStringLiteral("speakerId"), s.speakerId},
                                      {QStringLiteral("speakerText"), s.speakerText}, {QStringLiteral("cue"), s.cue},
                                      {QStringLiteral("articleId"), s.articleId}, {QStringLiteral("start"), double(s.start)},
                                      {QStringLiteral("end"), double(s.end)}, {QStringLiteral("quote"), s.quote},
                                      {QStringLiteral("direct"), s.direct}, {QStringLiteral("date"), s.date},
                                      {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
                                      {QStringLiteral("status"), s.status},
                                      {QStringLiteral("content"), spansJson(s.content)},
                                      {QStringLiteral("evidenceStart"), double(s.evidenceStart)},
                                      {QStringLiteral("evidenceEnd"), double(s.evidenceEnd)},
                                      {QStringLiteral("speakerCandidates"), QJsonArray::fromStringList(s.speakerCandidates)}});
    for (const OfficialsEditRecord &e : project.officialsEdits())
        officials.append(QJsonObject{{QStringLiteral("id"), double(e.id)}, {QStringLiteral("officialId"), e.officialId},
                                     {QStringLiteral("kind"), e.kind}, {QStringLiteral("data"), e.data}});
    return {{QStringLiteral("format"), QStringLiteral("entente-project")},
            {QStringLiteral("version"), FormatVersion},
            {QStringLiteral("articles"), articles},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("annotations"), annotations},
            {QStringLiteral("articleTags"), articleTags},
            {QStringLiteral("meetings"), meetings},
            {QStringLiteral("statements"), statements},
            {QStringLiteral("officialsEdits"), officials}};
}

bool ProjectJson::exportFile(const Project &project, const QString &fileName)
{
    const QByteArray bytes = QJsonDocument(toJson(project)).toJson(QJsonDocument::Indented);
    if (fileName == QLatin1StringView("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
            m_error = tr("Cannot write to standard output.");
            return false;
        }
        return true;
    }
    const QFileInfo info(fileName);
    if (info.exists() && !info.isFile()) { // a device or pipe: no atomic replace possible
        QFile device(fileName);
        if (!device.open(QIODevice::WriteOnly) || device.write(bytes) != bytes.size()) {
            m_error = tr("Cannot write “%1”: %2").arg(fileName, device.errorString());
            return false;
        }
        return true;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = tr("Cannot write “%1”: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

bool ProjectJson::importJson(const QJsonObject &json, Project &project)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1StringView("entente-project")) {
        m_error = tr("Not an Entente project document (expected \"format\": \"entente-project\").");
        return false;
    }
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > FormatVersion) {
        m_error = tr("Unsupported project document version %1 (this version reads 1 to %2).").arg(version).arg(FormatVersion);
        return false;
    }
    if (!project.isOpen() || project.isReadOnly()) {
        m_error = tr("The target project is not open for writing.");
        return false;
    }
    QSqlDatabase db = project.database();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    auto run = [&](const QString &sql, const QVariantList &values) {
        if (!q.prepare(sql))
            return false;
        for (const QVariant &v : values)
            q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
        return q.exec();
    };
    auto fail = [&](const QString &what) {
        m_error = tr("Cannot import %1: %2").arg(what, q.lastError().text());
        db.rollback();
        return false;
    };
    const auto array = [&](const char *key) { return json.value(QLatin1StringView(key)).toArray(); };
    auto str = [](const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toString(); };
    auto num = [](const QJsonObject &o, const char *key) { return qint64(o.value(QLatin1StringView(key)).toDouble()); };
    const QString stamp = project.now();
    for (const QJsonValue &v : array("articles")) {
        const QJsonObject o = v.toObject();
        if (!run(QStringLiteral("INSERT INTO articles (id, title, source, url, published, language, description, text,"
                                " sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {str(o, "id"), str(o, "title"), str(o, "source"), str(o, "url"), str(o, "published"),
                  str(o, "language"), str(o, "description"), str(o, "text"), str(o, "sha256"), stamp}))
            return fail(tr("the article “%1”").arg(str(o, "id")));
    }
    // Tags: parents first. Export lists them so; insert in passes to accept any order.
    QJsonArray pending = array("tags");
    while (!pending.isEmpty()) {
        QJsonArray later;
        for (const QJsonValue &v : std::as_const(pending)) {
            const QJsonObject o = v.toObject();
            const qint64 parent = num(o, "parentId");
            const QVariant parentValue = parent == 0 ? QVariant::fromValue(nullptr) : QVariant(parent);
            if (!run(QStringLiteral("INSERT INTO tags (id, parent_id, name, colour, description) VALUES (?, ?, ?, ?, ?)"),
                     {num(o, "id"), parentValue, str(o, "name"), str(o, "colour"), str(o, "description")}))
                later.append(v);
        }
        if (later.size() == pending.size())
            return fail(tr("the tag “%1”").arg(later.first().toObject().value(QStringLiteral("name")).toString()));
        pending = later;
    }
    for (const QJsonValue &v : array("annotations")) {
        const QJsonObject o = v.toObject();
        if (!run(QStringLiteral("INSERT INTO annotations (id, article_id, start_offset, end_offset, exact, prefix, suffix,"
                                " note, author, created, modified, orphaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {num(o, "id"), str(o, "articleId"), num(o, "start"), num(o, "end"), str(o, "exact"), str(o, "prefix"),
                  str(o, "suffix"), str(o, "note"), str(o, "author"), str(o, "created"), str(o, "modified"),
                  o.value(QStringLiteral("orphaned")).toBool() ? 1 : 0}))
            return fail(tr("the annotation %1").arg(num(o, "id")));
        for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
            if (!run(QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)"),
                     {num(o, "id"), qint64(t.toDouble())}))
                return fail(tr("the tags of annotation %1").arg(num(o, "id")));
    }
    for (const QJsonValue &v : array("articleTags")) {
        const QJsonObject o = v.toObject();
        if (!run(QStringLiteral("INSERT INTO article_tags (article_id, tag_id, created) VALUES (?, ?, ?)"),
                 {str(o, "articleId"), num(o, "tagId"), stamp}))
            return fail(tr("the tags of article “%1”").arg(str(o, "articleId")));
    }
    for (const QJsonValue &v : array("meetings")) {
        const QJsonObject o = v.toObject();
        if (!run(QStringLiteral("INSERT INTO meetings (id, date, place, kind, summary, participants, evidence, source,"
                                " slug, host_country, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {num(o, "id"), str(o, "date"), str(o, "place"), str(o, "kind"), str(o, "summary"),
                  QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("participants")).toArray()).toJson(QJsonDocument::Compact)),
                  QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("evidence")).toArray()).toJson(QJsonDocument::Compact)),
                  str(o, "source").isEmpty() ? QStringLiteral("user") : str(o, "source"),
                  str(o, "slug"), str(o, "hostCountry"), str(o, "note")}))
            return fail(tr("the meeting %1").arg(num(o, "id")));
    }
    for (const QJsonValue &v : array("statements")) {
        const QJsonObject o = v.toObject();
        const QString article = str(o, "articleId");
        const auto intOr = [&o](const char *key, double fallback) {
            const QJsonValue v = o.value(QLatin1StringView(key));
            return v.isDouble() ? v.toDouble() : fallback;
        };
        if (!run(QStringLiteral("INSERT INTO statements (id, speaker_id, speaker_text, cue, article_id, start_offset,"
                                " end_offset, quote, direct, date, tags, status, content, evidence_start, evidence_end,"
                                " speaker_candidates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {num(o, "id"), str(o, "speakerId"), str(o, "speakerText"), str(o, "cue"),
                  article.isEmpty() ? QVariant::fromValue(nullptr) : QVariant(article), num(o, "start"),
                  num(o, "end"), str(o, "quote"), o.value(QStringLiteral("direct")).toBool() ? 1 : 0, str(o, "date"),
                  QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("tags")).toArray()).toJson(QJsonDocument::Compact)),
                  str(o, "status").isEmpty() ? QStringLiteral("user") : str(o, "status"),
                  QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("content")).toArray()).toJson(QJsonDocument::Compact)),
                  qint64(intOr("evidenceStart", -1)), qint64(intOr("evidenceEnd", -1)),
                  QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("speakerCandidates")).toArray()).toJson(QJsonDocument::Compact))}))
            return fail(tr("the statement %1").arg(num(o, "id")));
    }
    for (const QJsonValue &v : array("officialsEdits")) {
        const QJsonObject o = v.toObject();
        if (!run(QStringLiteral("INSERT INTO officials_edits (id, official_id, kind, data) VALUES (?, ?, ?, ?)"),
                 {num(o, "id"), str(o, "officialId"), str(o, "kind"),
                  QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("data")).toObject()).toJson(QJsonDocument::Compact))}))
            return fail(tr("the officials edit %1").arg(num(o, "id")));
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        db.rollback();
        return false;
    }
    project.undoStack()->clear();
    Q_EMIT project.articlesChanged();
    Q_EMIT project.tagsChanged();
    return true;
}

bool ProjectJson::importFile(const QString &fileName, const QString &projectPath)
{
    QFile file(fileName);
    if (fileName == QLatin1StringView("-") ? !file.open(stdin, QIODevice::ReadOnly) : !file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read “%1”: %2").arg(fileName, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error = tr("“%1” is not valid JSON: %2 (at byte %3)").arg(fileName, parseError.errorString()).arg(parseError.offset);
        return false;
    }
    Project project;
    if (!project.create(projectPath)) {
        m_error = project.errorString();
        return false;
    }
    if (!importJson(doc.object(), project)) {
        project.close();
        QFile::remove(projectPath);
        return false;
    }
    return true;
}

} // namespace Entente

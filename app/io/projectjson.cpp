#include "io/projectjson.h"

#include "store/project.h"
#include "store/recordtables.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Entente {

namespace {

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

template<typename Record>
QJsonArray recordsJson(const RecordTable<Record> &table, const QList<Record> &records)
{
    QJsonArray array;
    for (const Record &r : records)
        array.append(table.toJson(r));
    return array;
}

template<typename Record>
QList<Record> recordsFromJson(const RecordTable<Record> &table, const QJsonArray &array)
{
    QList<Record> records;
    for (const QJsonValue &v : array)
        records.append(table.fromJson(v.toObject()));
    return records;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toInteger();
}

} // namespace

QJsonObject ProjectJson::toJson(const Project &project)
{
    const ProjectContents c = project.contents();
    QJsonArray articles, tags, annotations, articleTags;
    for (const Article &a : c.articles) {
        articles.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("title"), a.title},
                                    {QStringLiteral("source"), a.source}, {QStringLiteral("url"), a.url},
                                    {QStringLiteral("published"), a.published.isValid() ? a.published.toString() : QString()},
                                    {QStringLiteral("language"), a.language}, {QStringLiteral("description"), a.description},
                                    {QStringLiteral("sha256"), a.sha256}, {QStringLiteral("text"), a.text}});
        for (qint64 t : project.articleTags(a.id))
            articleTags.append(QJsonObject{{QStringLiteral("articleId"), a.id}, {QStringLiteral("tagId"), t}});
    }
    for (const Tag &t : c.tags)
        tags.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("parentId"), t.parentId},
                                {QStringLiteral("name"), t.name},
                                {QStringLiteral("colour"), t.colour.isValid() ? t.colour.name() : QString()},
                                {QStringLiteral("description"), t.description}});
    for (const Annotation &a : c.annotations)
        annotations.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("articleId"), a.articleId},
                                       {QStringLiteral("start"), qint64(a.start)}, {QStringLiteral("end"), qint64(a.end)},
                                       {QStringLiteral("exact"), a.exact}, {QStringLiteral("prefix"), a.prefix},
                                       {QStringLiteral("suffix"), a.suffix}, {QStringLiteral("note"), a.note},
                                       {QStringLiteral("author"), a.author}, {QStringLiteral("created"), a.created},
                                       {QStringLiteral("modified"), a.modified}, {QStringLiteral("orphaned"), a.orphaned},
                                       {QStringLiteral("tags"), idArray(a.tagIds)}});
    return {{QStringLiteral("format"), QStringLiteral("entente-project")},
            {QStringLiteral("version"), FormatVersion},
            {QStringLiteral("articles"), articles},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("annotations"), annotations},
            {QStringLiteral("articleTags"), articleTags},
            {QStringLiteral("meetings"), recordsJson(RecordTables::meetings(), c.meetings)},
            {QStringLiteral("statements"), recordsJson(RecordTables::statements(), c.statements)},
            {QStringLiteral("officialsEdits"), recordsJson(RecordTables::officialsEdits(), c.officialsEdits)}};
}

bool ProjectJson::exportFile(const Project &project, const QString &fileName, const OutputFile::Gate &gate)
{
    const QByteArray bytes = QJsonDocument(toJson(project)).toJson(QJsonDocument::Indented);
    return OutputFile::write(
        fileName,
        [&](QIODevice *device, QString *error) {
            if (device->write(bytes) == bytes.size())
                return true;
            if (error)
                *error = tr("Cannot write “%1”: %2").arg(fileName, device->errorString());
            return false;
        },
        &m_error, gate);
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
    const auto array = [&](const char *key) { return json.value(QLatin1StringView(key)).toArray(); };
    ProjectContents c;
    for (const QJsonValue &v : array("articles")) {
        const QJsonObject o = v.toObject();
        Article a;
        a.id = str(o, "id");
        a.title = str(o, "title");
        a.source = str(o, "source");
        a.url = str(o, "url");
        a.published = EdtfDate::parse(str(o, "published"));
        a.language = str(o, "language");
        a.description = str(o, "description");
        a.text = str(o, "text");
        a.sha256 = str(o, "sha256");
        c.articles.append(a);
    }
    for (const QJsonValue &v : array("tags")) {
        const QJsonObject o = v.toObject();
        c.tags.append({num(o, "id"), num(o, "parentId"), str(o, "name"), QColor::fromString(str(o, "colour")),
                       str(o, "description")});
    }
    for (const QJsonValue &v : array("annotations")) {
        const QJsonObject o = v.toObject();
        Annotation a{num(o, "id"), str(o, "articleId"), num(o, "start"), num(o, "end"), str(o, "exact"),
                     str(o, "prefix"), str(o, "suffix"), str(o, "note"), str(o, "author"), str(o, "created"),
                     str(o, "modified"), {}, o.value(QStringLiteral("orphaned")).toBool()};
        for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
            a.tagIds.append(t.toInteger());
        c.annotations.append(a);
    }
    for (const QJsonValue &v : array("articleTags")) {
        const QJsonObject o = v.toObject();
        c.articleTags.append({str(o, "articleId"), num(o, "tagId"), QString(), QString()});
    }
    c.meetings = recordsFromJson(RecordTables::meetings(), array("meetings"));
    c.statements = recordsFromJson(RecordTables::statements(), array("statements"));
    c.officialsEdits = recordsFromJson(RecordTables::officialsEdits(), array("officialsEdits"));
    if (!project.importContents(c)) {
        m_error = project.errorString();
        return false;
    }
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

#include "io/meetingsloader.h"
#include "io/boundedfile.h"
#include "io/jsonproblems.h"

#include "text/offsetmap.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Entente {

namespace {

const QRegularExpression &slugPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return re;
}

} // namespace

QString MeetingsLoader::meetingsFile(const QString &corpusDirectory)
{
    return QDir(corpusDirectory).filePath(QStringLiteral("meetings.json"));
}

void MeetingsLoader::problem(const QString &field, const QString &message, int line, int column)
{
    m_problems.append({m_file, line, column, field, message});
}

QString MeetingsLoader::errorString() const
{
    QStringList lines;
    for (const CorpusProblem &p : m_problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

bool MeetingsLoader::load(const QString &path)
{
    QByteArray bytes;
    QString error;
    if (!BoundedFile::read(path, BoundedFile::MaxDataBytes, &bytes, &error)) {
        m_meetings.clear();
        m_problems.clear();
        m_file = QFileInfo(path).fileName();
        problem(QString(), QFileInfo::exists(path) ? error
                                                   : tr("file not found: %1").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return loadData(bytes, QFileInfo(path).fileName());
}

bool MeetingsLoader::readMeeting(const QJsonObject &o, const QString &at, Meeting *m)
{
    static const QStringList required = {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("participants"),
                                         QStringLiteral("kind"), QStringLiteral("summary"), QStringLiteral("evidence")};
    static const QStringList optional = {QStringLiteral("place"), QStringLiteral("hostCountry"), QStringLiteral("others"),
                                         QStringLiteral("note")};
    const qsizetype before = m_problems.size();

    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!required.contains(it.key()) && !optional.contains(it.key()))
            problem(at + u'.' + it.key(), tr("unknown field; expected one of: %1").arg((required + optional).join(QStringLiteral(", "))));
    }
    for (const QString &key : required) {
        if (!o.contains(key))
            problem(at, tr("missing required field '%1'").arg(key));
    }

    auto string = [&](const QString &key, bool mustHave) -> QString {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return QString();
        if (!v.isString()) {
            problem(at + u'.' + key, tr("expected a string, found %1").arg(jsonTypeName(v)));
            return QString();
        }
        const QString s = v.toString().trimmed();
        if (mustHave && s.isEmpty())
            problem(at + u'.' + key, tr("must not be empty"));
        return s;
    };
    auto stringList = [&](const QString &key) -> QStringList {
        QStringList out;
        readJsonStringList(o.value(key), at + u'.' + key,
                           [this](const QString &f, const QString &m) { problem(f, m); }, &out);
        return out;
    };

    m->id = string(QStringLiteral("id"), true);
    if (!m->id.isEmpty() && !slugPattern().match(m->id).hasMatch())
        problem(at + QStringLiteral(".id"), tr("'%1' is not a valid id; expected lower-case letters, digits and '-' (at most 64)").arg(m->id));

    const QString dateText = string(QStringLiteral("date"), true);
    if (!dateText.isEmpty()) {
        QString dateError;
        m->date = EdtfDate::parse(dateText, &dateError);
        if (!m->date.isValid())
            problem(at + QStringLiteral(".date"), dateError);
    }
    m->place = string(QStringLiteral("place"), false);
    m->hostCountry = string(QStringLiteral("hostCountry"), false);
    static const QRegularExpression countryPattern(QStringLiteral("^[A-Z]{2}$"));
    if (!m->hostCountry.isEmpty() && !countryPattern.match(m->hostCountry).hasMatch())
        problem(at + QStringLiteral(".hostCountry"), tr("'%1' is not a country code; expected two capital letters (ISO 3166), e.g. IR or IQ, or an empty string").arg(m->hostCountry));

    m->participants = stringList(QStringLiteral("participants"));
    const QJsonArray participantValues = o.value(QStringLiteral("participants")).toArray();
    for (qsizetype i = 0; i < participantValues.size(); ++i) {
        const QString id = participantValues.at(i).toString();
        if (id.isEmpty())
            continue;
        const QString field = at + QStringLiteral(".participants[") + QString::number(i) + u']';
        if (!slugPattern().match(id).hasMatch())
            problem(field, tr("'%1' is not an official id; expected a slug such as ali-shamkhani (free-text names go in \"others\")").arg(id));
        else if (!m_knownOfficials.isEmpty() && !m_knownOfficials.contains(id))
            problem(field, tr("unknown official '%1'; expected an id from the gazetteer").arg(id));
    }
    m->others = stringList(QStringLiteral("others"));
    if (m->participants.isEmpty() && m->others.isEmpty() && o.contains(QStringLiteral("participants")))
        problem(at + QStringLiteral(".participants"), tr("a meeting needs at least one participant (in \"participants\" or \"others\")"));

    m->kind = string(QStringLiteral("kind"), true);
    if (!m->kind.isEmpty() && !Meeting::kinds().contains(m->kind))
        problem(at + QStringLiteral(".kind"), tr("unknown kind '%1'; expected one of: %2").arg(m->kind, Meeting::kinds().join(QStringLiteral(", "))));
    m->summary = string(QStringLiteral("summary"), true);
    m->note = string(QStringLiteral("note"), false);

    const QJsonValue ev = o.value(QStringLiteral("evidence"));
    if (!ev.isUndefined() && !ev.isArray()) {
        problem(at + QStringLiteral(".evidence"), tr("expected an array of {article, quote} objects, found %1").arg(jsonTypeName(ev)));
    } else if (ev.isArray() && ev.toArray().isEmpty()) {
        problem(at + QStringLiteral(".evidence"), tr("a meeting needs at least one piece of evidence (an article and a quote)"));
    } else if (ev.isArray()) {
        const QJsonArray a = ev.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString field = at + QStringLiteral(".evidence[") + QString::number(i) + u']';
            if (!a.at(i).isObject()) {
                problem(field, tr("expected an object with \"article\" and \"quote\", found %1").arg(jsonTypeName(a.at(i))));
                continue;
            }
            const QJsonObject e = a.at(i).toObject();
            for (auto it = e.begin(); it != e.end(); ++it) {
                if (it.key() != u"article" && it.key() != u"quote")
                    problem(field + u'.' + it.key(), tr("unknown field; expected article or quote"));
            }
            const QJsonValue article = e.value(QStringLiteral("article"));
            const QJsonValue quote = e.value(QStringLiteral("quote"));
            if (!article.isString() || article.toString().isEmpty()) {
                problem(field + QStringLiteral(".article"), tr("expected an article id, found %1").arg(jsonTypeName(article)));
                continue;
            }
            if (!quote.isString() || quote.toString().trimmed().isEmpty()) {
                problem(field + QStringLiteral(".quote"), tr("expected a non-empty quote from the article, found %1").arg(jsonTypeName(quote)));
                continue;
            }
            MeetingEvidence evidence{article.toString(), quote.toString(), -1, -1};
            if (!m_articles.isEmpty()) {
                const auto found = std::find_if(m_articles.cbegin(), m_articles.cend(),
                                                [&](const Article &art) { return art.id == evidence.articleId; });
                if (found == m_articles.cend()) {
                    problem(field + QStringLiteral(".article"), tr("unknown article '%1'; expected the id of an article in the corpus").arg(evidence.articleId));
                    continue;
                }
                const qsizetype at16 = found->text.indexOf(evidence.quote);
                if (at16 < 0) {
                    problem(field + QStringLiteral(".quote"),
                            tr("not found in article '%1'; expected an exact quote from its normalised text (mind curly quotes and non-breaking spaces)")
                                .arg(evidence.articleId));
                    continue;
                }
                const OffsetMap map(found->text);
                evidence.start = map.toCodePoint(at16);
                evidence.end = map.toCodePoint(at16 + evidence.quote.size());
            }
            m->evidence.append(evidence);
        }
    }
    return m_problems.size() == before;
}

bool MeetingsLoader::loadData(const QByteArray &json, const QString &fileName)
{
    m_file = fileName;
    m_meetings.clear();
    m_problems.clear();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0, column = 0;
        jsonLineColumn(json, parseError.offset, &line, &column);
        problem(QString(), tr("bad JSON: %1").arg(parseError.errorString()), line, column);
        return false;
    }
    if (!doc.isObject()) {
        problem(QString(), tr("expected a JSON object at the top level"));
        return false;
    }
    const QJsonObject root = doc.object();
    static const QSet<QString> rootKeys = {QStringLiteral("format"), QStringLiteral("version"),
                                           QStringLiteral("meetings"), QStringLiteral("description")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!rootKeys.contains(it.key()))
            problem(it.key(), tr("unknown field; expected one of: description, format, meetings, version"));
    }
    if (root.value(QStringLiteral("format")).toString() != u"entente-meetings")
        problem(QStringLiteral("format"), tr("expected the string \"entente-meetings\""));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() != FormatVersion)
        problem(QStringLiteral("version"), tr("expected %1 (this Entente reads meetings format version %1), found %2")
                                               .arg(FormatVersion)
                                               .arg(version.isDouble() ? QString::number(version.toDouble()) : jsonTypeName(version)));
    const QJsonValue list = root.value(QStringLiteral("meetings"));
    if (!list.isArray()) {
        problem(QStringLiteral("meetings"), tr("expected an array of meetings, found %1").arg(jsonTypeName(list)));
        return false;
    }

    QHash<QString, QString> seen;
    MeetingList meetings;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("meetings[%1]").arg(i);
        if (!array.at(i).isObject()) {
            problem(at, tr("expected a meeting object, found %1").arg(jsonTypeName(array.at(i))));
            continue;
        }
        Meeting m;
        const bool ok = readMeeting(array.at(i).toObject(), at, &m);
        if (!m.id.isEmpty()) {
            if (seen.contains(m.id)) {
                problem(at + QStringLiteral(".id"), tr("duplicate id '%1' (also %2)").arg(m.id, seen.value(m.id)));
                continue;
            }
            seen.insert(m.id, at);
        }
        if (ok)
            meetings.append(m);
    }
    if (!m_problems.isEmpty())
        return false;
    m_meetings = meetings;
    return true;
}

QJsonObject MeetingsLoader::toJson(const Meeting &m)
{
    QJsonArray evidence;
    for (const MeetingEvidence &e : m.evidence)
        evidence.append(QJsonObject{{QStringLiteral("article"), e.articleId}, {QStringLiteral("quote"), e.quote}});
    QJsonObject o{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("date"), m.date.toString()},
        {QStringLiteral("place"), m.place},
        {QStringLiteral("hostCountry"), m.hostCountry},
        {QStringLiteral("participants"), QJsonArray::fromStringList(m.participants)},
        {QStringLiteral("others"), QJsonArray::fromStringList(m.others)},
        {QStringLiteral("kind"), m.kind},
        {QStringLiteral("summary"), m.summary},
        {QStringLiteral("evidence"), evidence},
    };
    if (!m.note.isEmpty())
        o.insert(QStringLiteral("note"), m.note);
    return o;
}

QByteArray MeetingsLoader::toJsonDocument(const MeetingList &meetings)
{
    QJsonArray list;
    for (const Meeting &m : meetings)
        list.append(toJson(m));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("entente-meetings")},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("meetings"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Entente

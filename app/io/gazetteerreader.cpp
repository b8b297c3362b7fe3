#include "io/gazetteerreader.h"
#include "io/boundedfile.h"
#include "io/jsonproblems.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Entente {

namespace {

QJsonValue edtfValue(const EdtfDate &d)
{
    return d.isValid() ? QJsonValue(d.toString()) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString GazetteerReader::bundledPath()
{
    return QDir(CorpusLoader::bundledCorpusDirectory()).filePath(QLatin1StringView(Gazetteer::FileName));
}

void GazetteerReader::problem(const QString &field, const QString &message, int line, int column)
{
    m_problems.append({m_source, line, column, field, message});
}

bool GazetteerReader::readFile(const QString &path, Gazetteer *gazetteer, QString *error)
{
    GazetteerReader reader;
    const bool ok = reader.load(path, gazetteer);
    if (!ok && error)
        *error = reader.errorString();
    return ok;
}

QString GazetteerReader::errorString() const
{
    QStringList lines;
    for (const CorpusProblem &p : m_problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

bool GazetteerReader::load(const QString &officialsJsonPath, Gazetteer *gazetteer)
{
    m_problems.clear();
    m_source = QFileInfo(officialsJsonPath).fileName();
    QByteArray bytes;
    QString error;
    if (!BoundedFile::read(officialsJsonPath, BoundedFile::MaxDataBytes, &bytes, &error)) {
        problem(QString(), QFileInfo::exists(officialsJsonPath)
                               ? error
                               : tr("file not found: %1").arg(QDir::toNativeSeparators(officialsJsonPath)));
        return false;
    }
    return fromJson(bytes, m_source, gazetteer);
}

bool GazetteerReader::fromJson(const QByteArray &json, const QString &sourceName, Gazetteer *gazetteer)
{
    m_problems.clear();
    m_source = sourceName;

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
    static const QStringList rootKeys = {QStringLiteral("format"), QStringLiteral("version"),
                                         QStringLiteral("description"), QStringLiteral("officials"),
                                         QStringLiteral("notOfficials")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!rootKeys.contains(it.key()))
            problem(it.key(), tr("unknown field; expected one of: %1").arg(rootKeys.join(QStringLiteral(", "))));
    }
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("entente-officials"))
        problem(QStringLiteral("format"), tr("expected the string \"entente-officials\""));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() != Gazetteer::FormatVersion)
        problem(QStringLiteral("version"),
                tr("expected %1 (this Entente reads officials format version %1), found %2")
                    .arg(Gazetteer::FormatVersion)
                    .arg(version.isDouble() ? QString::number(version.toDouble()) : jsonTypeName(version)));
    const QJsonValue description = root.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isString())
        problem(QStringLiteral("description"), tr("expected a string, found %1").arg(jsonTypeName(description)));

    // A list of non-empty strings at @p field.
    auto stringList = [this](const QJsonValue &v, const QString &field, bool *ok) {
        QStringList out;
        if (!readJsonStringList(v, field, [this](const QString &f, const QString &m) { problem(f, m); }, &out))
            *ok = false;
        return out;
    };

    bool ok = true;
    const QStringList notOfficials = stringList(root.value(QStringLiteral("notOfficials")), QStringLiteral("notOfficials"), &ok);

    const QJsonValue officialsValue = root.value(QStringLiteral("officials"));
    if (!officialsValue.isArray()) {
        problem(QStringLiteral("officials"), tr("expected an array of officials, found %1").arg(jsonTypeName(officialsValue)));
        return false;
    }

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    static const QRegularExpression countryPattern(QStringLiteral("^[A-Z]{2}$"));
    static const QStringList officialKeys = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("country"),
                                             QStringLiteral("aliases"), QStringLiteral("arabic"), QStringLiteral("persian"),
                                             QStringLiteral("surnames"), QStringLiteral("offices")};
    static const QStringList officeKeys = {QStringLiteral("title"), QStringLiteral("country"), QStringLiteral("from"),
                                           QStringLiteral("to"), QStringLiteral("acting"), QStringLiteral("note"),
                                           QStringLiteral("source")};

    QList<Official> officials;
    QHash<QString, QString> seenIds;
    const QJsonArray array = officialsValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("officials[%1]").arg(i);
        if (!array.at(i).isObject()) {
            problem(at, tr("expected an official object, found %1").arg(jsonTypeName(array.at(i))));
            ok = false;
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!officialKeys.contains(it.key())) {
                problem(at + u'.' + it.key(), tr("unknown field; expected one of: %1").arg(officialKeys.join(QStringLiteral(", "))));
                ok = false;
            }
        }
        Official official;
        for (const char *key : {"id", "name", "country"}) {
            const QString k = QLatin1StringView(key);
            const QJsonValue v = o.value(k);
            if (v.isUndefined()) {
                problem(at, tr("missing required field '%1'").arg(k));
                ok = false;
            } else if (!v.isString()) {
                problem(at + u'.' + k, tr("expected a string, found %1").arg(jsonTypeName(v)));
                ok = false;
            } else if (v.toString().trimmed().isEmpty()) {
                problem(at + u'.' + k, tr("must not be empty"));
                ok = false;
            }
        }
        official.id = o.value(QStringLiteral("id")).toString();
        official.name = o.value(QStringLiteral("name")).toString().trimmed();
        official.country = o.value(QStringLiteral("country")).toString();
        if (!official.id.isEmpty()) {
            if (!idPattern.match(official.id).hasMatch()) {
                problem(at + QStringLiteral(".id"),
                        tr("'%1' is not a valid id; expected lower-case letters, digits and '-' (at most 64)").arg(official.id));
                ok = false;
            } else if (seenIds.contains(official.id)) {
                problem(at + QStringLiteral(".id"), tr("duplicate id '%1' (also %2)").arg(official.id, seenIds.value(official.id)));
                ok = false;
            } else {
                seenIds.insert(official.id, at);
            }
        }
        if (!official.country.isEmpty() && !countryPattern.match(official.country).hasMatch()) {
            problem(at + QStringLiteral(".country"), tr("'%1' is not a country code; expected ISO 3166 alpha-2 such as IR or IQ").arg(official.country));
            ok = false;
        }
        official.aliases = stringList(o.value(QStringLiteral("aliases")), at + QStringLiteral(".aliases"), &ok);
        official.arabicNames = stringList(o.value(QStringLiteral("arabic")), at + QStringLiteral(".arabic"), &ok);
        official.persianNames = stringList(o.value(QStringLiteral("persian")), at + QStringLiteral(".persian"), &ok);
        official.surnames = stringList(o.value(QStringLiteral("surnames")), at + QStringLiteral(".surnames"), &ok);

        const QJsonValue officesValue = o.value(QStringLiteral("offices"));
        if (!officesValue.isUndefined() && !officesValue.isArray()) {
            problem(at + QStringLiteral(".offices"), tr("expected an array of offices, found %1").arg(jsonTypeName(officesValue)));
            ok = false;
        }
        const QJsonArray offices = officesValue.toArray();
        for (qsizetype j = 0; j < offices.size(); ++j) {
            const QString oat = at + QStringLiteral(".offices[%1]").arg(j);
            if (!offices.at(j).isObject()) {
                problem(oat, tr("expected an office object, found %1").arg(jsonTypeName(offices.at(j))));
                ok = false;
                continue;
            }
            const QJsonObject oo = offices.at(j).toObject();
            for (auto it = oo.begin(); it != oo.end(); ++it) {
                if (!officeKeys.contains(it.key())) {
                    problem(oat + u'.' + it.key(), tr("unknown field; expected one of: %1").arg(officeKeys.join(QStringLiteral(", "))));
                    ok = false;
                }
            }
            Office office;
            const QJsonValue title = oo.value(QStringLiteral("title"));
            if (!title.isString() || title.toString().trimmed().isEmpty()) {
                problem(oat + QStringLiteral(".title"), title.isUndefined() ? tr("missing required field 'title'")
                                                                            : tr("expected a non-empty string, found %1").arg(jsonTypeName(title)));
                ok = false;
            }
            office.title = title.toString().trimmed();
            const QJsonValue country = oo.value(QStringLiteral("country"));
            if (country.isUndefined()) {
                office.country = official.country;
            } else if (!country.isString() || !countryPattern.match(country.toString()).hasMatch()) {
                problem(oat + QStringLiteral(".country"), tr("expected an ISO 3166 alpha-2 code such as IR or IQ"));
                ok = false;
            } else {
                office.country = country.toString();
            }
            for (const char *key : {"from", "to"}) {
                const QString k = QLatin1StringView(key);
                const QJsonValue v = oo.value(k);
                if (v.isUndefined() || v.isNull())
                    continue;
                if (!v.isString()) {
                    problem(oat + u'.' + k, tr("expected an EDTF date string or null, found %1").arg(jsonTypeName(v)));
                    ok = false;
                    continue;
                }
                QString error;
                const EdtfDate d = EdtfDate::parse(v.toString(), &error);
                if (!d.isValid()) {
                    problem(oat + u'.' + k, error);
                    ok = false;
                }
                (k == QStringLiteral("from") ? office.from : office.to) = d;
            }
            if (office.from.isValid() && office.to.isValid() && office.to.latest() < office.from.earliest()) {
                problem(oat + QStringLiteral(".to"), tr("ends (%1) before it begins (%2)").arg(office.to.toString(), office.from.toString()));
                ok = false;
            }
            const QJsonValue acting = oo.value(QStringLiteral("acting"));
            if (!acting.isUndefined() && !acting.isBool()) {
                problem(oat + QStringLiteral(".acting"), tr("expected true or false, found %1").arg(jsonTypeName(acting)));
                ok = false;
            }
            office.acting = acting.toBool(false);
            for (const char *key : {"note", "source"}) {
                const QString k = QLatin1StringView(key);
                const QJsonValue v = oo.value(k);
                if (!v.isUndefined() && !v.isString()) {
                    problem(oat + u'.' + k, tr("expected a string, found %1").arg(jsonTypeName(v)));
                    ok = false;
                }
                (k == QStringLiteral("note") ? office.note : office.source) = v.toString();
            }
            official.offices.append(office);
        }
        officials.append(official);
    }

    if (!ok || !m_problems.isEmpty())
        return false;
    gazetteer->reset(officials, notOfficials, description.toString());
    return true;
}

QByteArray GazetteerReader::toJson(const Gazetteer &gazetteer)
{
    QJsonArray officials;
    for (const Official &o : gazetteer.officials()) {
        QJsonObject obj;
        obj.insert(QStringLiteral("id"), o.id);
        obj.insert(QStringLiteral("name"), o.name);
        obj.insert(QStringLiteral("country"), o.country);
        auto putList = [&obj](const char *key, const QStringList &list) {
            if (!list.isEmpty())
                obj.insert(QLatin1StringView(key), QJsonArray::fromStringList(list));
        };
        putList("aliases", o.aliases);
        putList("arabic", o.arabicNames);
        putList("persian", o.persianNames);
        putList("surnames", o.surnames);
        QJsonArray offices;
        for (const Office &office : o.offices) {
            QJsonObject of;
            of.insert(QStringLiteral("title"), office.title);
            if (office.country != o.country)
                of.insert(QStringLiteral("country"), office.country);
            of.insert(QStringLiteral("from"), edtfValue(office.from));
            of.insert(QStringLiteral("to"), edtfValue(office.to));
            if (office.acting)
                of.insert(QStringLiteral("acting"), true);
            if (!office.note.isEmpty())
                of.insert(QStringLiteral("note"), office.note);
            if (!office.source.isEmpty())
                of.insert(QStringLiteral("source"), office.source);
            offices.append(of);
        }
        obj.insert(QStringLiteral("offices"), offices);
        officials.append(obj);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("entente-officials"));
    root.insert(QStringLiteral("version"), Gazetteer::FormatVersion);
    if (!gazetteer.description().isEmpty())
        root.insert(QStringLiteral("description"), gazetteer.description());
    root.insert(QStringLiteral("officials"), officials);
    if (!gazetteer.notOfficials().isEmpty())
        root.insert(QStringLiteral("notOfficials"), QJsonArray::fromStringList(gazetteer.notOfficials()));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Entente

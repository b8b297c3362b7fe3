#include "io/gazetteer.h"
#include "io/jsonproblems.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Entente {

namespace {

bool isArabicScript(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || (u >= 0xFB50 && u <= 0xFDFF)
        || (u >= 0xFE70 && u <= 0xFEFF);
}

bool hasPersianLetters(const QString &s)
{
    // پ چ ژ گ ک ی ۀ: letters Persian uses and Arabic does not.
    static const QString persian = QStringLiteral(u"\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C0");
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return persian.contains(c); });
}

QJsonValue edtfValue(const EdtfDate &d)
{
    return d.isValid() ? QJsonValue(d.toString()) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString Gazetteer::bundledPath()
{
    return QDir(CorpusLoader::bundledCorpusDirectory()).filePath(QLatin1StringView(FileName));
}

void Gazetteer::problem(const QString &field, const QString &message, int line, int column)
{
    m_problems.append({m_source, line, column, field, message});
}

QString Gazetteer::errorString() const
{
    QStringList lines;
    for (const CorpusProblem &p : m_problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

void Gazetteer::clear()
{
    m_officials.clear();
    m_notOfficials.clear();
    m_description.clear();
    m_index.clear();
}

bool Gazetteer::load(const QString &officialsJsonPath)
{
    m_problems.clear();
    m_source = QFileInfo(officialsJsonPath).fileName();
    QFile f(officialsJsonPath);
    if (!f.open(QIODevice::ReadOnly)) {
        problem(QString(), f.exists() ? tr("cannot be read: %1").arg(f.errorString())
                                      : tr("file not found: %1").arg(QDir::toNativeSeparators(officialsJsonPath)));
        return false;
    }
    return fromJson(f.readAll(), m_source);
}

bool Gazetteer::fromJson(const QByteArray &json, const QString &sourceName)
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
    if (!version.isDouble() || version.toInt() != FormatVersion)
        problem(QStringLiteral("version"),
                tr("expected %1 (this Entente reads officials format version %1), found %2")
                    .arg(FormatVersion)
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
    m_officials = officials;
    m_notOfficials = notOfficials;
    m_description = description.toString();
    rebuildIndex();
    return true;
}

QByteArray Gazetteer::toJson() const
{
    QJsonArray officials;
    for (const Official &o : m_officials) {
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
    root.insert(QStringLiteral("version"), FormatVersion);
    if (!m_description.isEmpty())
        root.insert(QStringLiteral("description"), m_description);
    root.insert(QStringLiteral("officials"), officials);
    if (!m_notOfficials.isEmpty())
        root.insert(QStringLiteral("notOfficials"), QJsonArray::fromStringList(m_notOfficials));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void Gazetteer::rebuildIndex()
{
    m_index.clear();
    for (qsizetype i = 0; i < m_officials.size(); ++i)
        m_index.insert(m_officials.at(i).id, i);
}

const Official *Gazetteer::official(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_officials.at(it.value());
}

QStringList Gazetteer::officeTitles() const
{
    QSet<QString> titles;
    for (const Official &o : m_officials) {
        for (const Office &office : o.offices)
            titles.insert(office.title);
    }
    QStringList list(titles.cbegin(), titles.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

QList<const Official *> Gazetteer::holdersOf(const QString &officeTitle, QDate date) const
{
    QList<const Official *> result;
    for (const Official &o : m_officials) {
        const bool holds = std::any_of(o.offices.cbegin(), o.offices.cend(), [&](const Office &office) {
            return office.title.compare(officeTitle, Qt::CaseInsensitive) == 0 && office.heldOn(date);
        });
        if (holds)
            result.append(&o);
    }
    return result;
}

void Gazetteer::addOfficial(const Official &official)
{
    const auto it = m_index.constFind(official.id);
    if (it != m_index.cend()) {
        m_officials[it.value()] = official;
        return;
    }
    m_officials.append(official);
    m_index.insert(official.id, m_officials.size() - 1);
}

bool Gazetteer::addAlias(const QString &id, const QString &alias)
{
    const auto it = m_index.constFind(id);
    const QString a = alias.trimmed();
    if (it == m_index.cend() || a.isEmpty())
        return false;
    Official &o = m_officials[it.value()];
    if (o.allNames().contains(a))
        return false;
    const bool arabicScript = std::any_of(a.cbegin(), a.cend(), isArabicScript);
    if (!arabicScript)
        o.aliases.append(a);
    else if (hasPersianLetters(a) || (o.country == QStringLiteral("IR") && !a.contains(QChar(0x064A))))
        o.persianNames.append(a);
    else
        o.arabicNames.append(a);
    return true;
}

} // namespace Entente

#include "io/officialsedits.h"

#include "io/gazetteerreader.h"
#include "io/jsonproblems.h"
#include "reference/officialsmatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Entente {

namespace {

bool isArabicLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || (u >= 0xFB50 && u <= 0xFDFF)
        || (u >= 0xFE70 && u <= 0xFEFF);
}

QJsonValue edtfOrNull(const EdtfDate &d)
{
    return d.isValid() ? QJsonValue(d.toString()) : QJsonValue(QJsonValue::Null);
}

} // namespace

OfficialsEdits::Script OfficialsEdits::detectScript(const QString &name)
{
    if (!std::any_of(name.cbegin(), name.cend(), isArabicLetter))
        return Script::Latin;
    // پ چ ژ گ ک ی ۀ: letters Persian writes and Arabic does not.
    static const QString persian = QStringLiteral(u"\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C0");
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return persian.contains(c); }))
        return Script::Persian;
    return Script::Arabic;
}

QString OfficialsEdits::scriptKey(Script script)
{
    switch (script) {
    case Script::Arabic:
        return QStringLiteral("arabic");
    case Script::Persian:
        return QStringLiteral("persian");
    case Script::Latin:
        break;
    }
    return QStringLiteral("latin");
}

QString OfficialsEdits::suggestId(const QString &name, const Gazetteer &gazetteer)
{
    // Letters without their accents, lower case; everything else becomes one '-'.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString slug;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        const QChar l = c.toLower();
        if ((l >= u'a' && l <= u'z') || (l >= u'0' && l <= u'9'))
            slug += l;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("person");
    slug.truncate(56);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    QString id = slug;
    for (int n = 2; gazetteer.official(id); ++n)
        id = slug + u'-' + QString::number(n);
    return id;
}

bool OfficialsEdits::matchesAsWhole(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    // A one-person gazetteer with just this name, run over the name itself.
    Official probe;
    probe.id = QStringLiteral("probe");
    probe.name = trimmed;
    probe.country = QStringLiteral("ZZ");
    Gazetteer gazetteer;
    gazetteer.addOfficial(probe);
    const OfficialsMatcher matcher(gazetteer);
    const qsizetype length = trimmed.toUcs4().size();
    const QList<Mention> mentions = matcher.find(trimmed);
    return std::any_of(mentions.cbegin(), mentions.cend(), [length](const Mention &m) {
        return m.start == 0 && m.end == length && m.officialId == QLatin1StringView("probe");
    });
}

OfficialsEditRecord OfficialsEdits::addPersonRecord(const Official &official, Script script)
{
    QJsonObject data{{QStringLiteral("name"), official.name},
                     {QStringLiteral("country"), official.country},
                     {QStringLiteral("script"), scriptKey(script)}};
    const std::pair<const char *, const QStringList *> lists[] = {{"aliases", &official.aliases},
                                                                  {"arabic", &official.arabicNames},
                                                                  {"persian", &official.persianNames},
                                                                  {"surnames", &official.surnames}};
    for (const auto &[key, list] : lists)
        if (!list->isEmpty())
            data.insert(QLatin1StringView(key), QJsonArray::fromStringList(*list));
    QJsonArray offices;
    for (const Office &o : official.offices) {
        QJsonObject office{{QStringLiteral("title"), o.title}};
        if (!o.country.isEmpty() && o.country != official.country)
            office.insert(QStringLiteral("country"), o.country);
        office.insert(QStringLiteral("from"), edtfOrNull(o.from));
        office.insert(QStringLiteral("to"), edtfOrNull(o.to));
        if (o.acting)
            office.insert(QStringLiteral("acting"), true);
        if (!o.note.isEmpty())
            office.insert(QStringLiteral("note"), o.note);
        if (!o.source.isEmpty())
            office.insert(QStringLiteral("source"), o.source);
        offices.append(office);
    }
    if (!offices.isEmpty())
        data.insert(QStringLiteral("offices"), offices);
    return {0, official.id, addPersonKind(), data};
}

OfficialsEditRecord OfficialsEdits::addAliasRecord(const QString &officialId, const QString &alias)
{
    return {0, officialId, addAliasKind(), QJsonObject{{QStringLiteral("alias"), alias.trimmed()}}};
}

QString OfficialsEdits::describe(const OfficialsEditRecord &edit)
{
    return tr("officials edit %1 (%2 \u201C%3\u201D)").arg(edit.id).arg(edit.kind, edit.officialId);
}

bool OfficialsEdits::toOfficial(const OfficialsEditRecord &edit, Official *official, QString *error)
{
    const auto fail = [&](const QString &field, const QString &message) {
        if (error)
            *error = describe(edit) + QStringLiteral(": ") + (field.isEmpty() ? QString() : field + QStringLiteral(": ")) + message;
        return false;
    };
    if (edit.kind != addPersonKind())
        return fail(QStringLiteral("kind"), tr("expected \u201C%1\u201D").arg(addPersonKind()));
    QJsonObject data = edit.data;
    if (data.contains(QStringLiteral("id")))
        return fail(QStringLiteral("data.id"), tr("unknown field; the person's id is the record's officialId"));
    Script script = detectScript(data.value(QStringLiteral("name")).toString());
    const QJsonValue scriptValue = data.take(QStringLiteral("script"));
    if (!scriptValue.isUndefined()) {
        const QString key = scriptValue.toString();
        if (key == QLatin1StringView("latin"))
            script = Script::Latin;
        else if (key == QLatin1StringView("arabic"))
            script = Script::Arabic;
        else if (key == QLatin1StringView("persian"))
            script = Script::Persian;
        else
            return fail(QStringLiteral("data.script"),
                        tr("expected \u201Clatin\u201D, \u201Carabic\u201D or \u201Cpersian\u201D, found %1")
                            .arg(scriptValue.isString() ? QStringLiteral("\u201C%1\u201D").arg(key) : jsonTypeName(scriptValue)));
    }
    // The gazetteer's own validation, on a one-person gazetteer: the same rules and messages
    // as officials.json, with the paths renamed to the record's.
    data.insert(QStringLiteral("id"), edit.officialId);
    const QJsonObject document{{QStringLiteral("format"), QStringLiteral("entente-officials")},
                               {QStringLiteral("version"), Gazetteer::FormatVersion},
                               {QStringLiteral("officials"), QJsonArray{data}}};
    Gazetteer single;
    GazetteerReader reader;
    if (!reader.fromJson(QJsonDocument(document).toJson(QJsonDocument::Compact), describe(edit), &single)) {
        QStringList messages;
        for (const CorpusProblem &p : reader.problems()) {
            QString field = p.field;
            if (field == QLatin1StringView("officials[0].id"))
                field = QStringLiteral("officialId");
            else if (field.startsWith(QLatin1StringView("officials[0]")))
                field = QStringLiteral("data") + field.mid(12);
            messages << (field.isEmpty() ? p.message : field + QStringLiteral(": ") + p.message);
        }
        return fail(QString(), messages.join(QStringLiteral("; ")));
    }
    Official o = single.officials().constFirst();
    QStringList *list = script == Script::Arabic ? &o.arabicNames : script == Script::Persian ? &o.persianNames : &o.aliases;
    if (!o.aliases.contains(o.name) && !o.arabicNames.contains(o.name) && !o.persianNames.contains(o.name))
        list->prepend(o.name);
    if (official)
        *official = o;
    return true;
}

bool OfficialsEdits::apply(const OfficialsEditRecord &edit, Gazetteer &gazetteer, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = describe(edit) + QStringLiteral(": ") + message;
        return false;
    };
    if (edit.kind == addPersonKind()) {
        Official official;
        if (!toOfficial(edit, &official, error))
            return false;
        if (gazetteer.official(official.id))
            return fail(tr("officialId: there is already a person with the id \u201C%1\u201D").arg(official.id));
        gazetteer.addOfficial(official);
        return true;
    }
    if (edit.kind == addAliasKind()) {
        for (auto it = edit.data.begin(); it != edit.data.end(); ++it)
            if (it.key() != QLatin1StringView("alias"))
                return fail(tr("data.%1: unknown field; expected: alias").arg(it.key()));
        const QJsonValue aliasValue = edit.data.value(QStringLiteral("alias"));
        if (aliasValue.isUndefined())
            return fail(tr("data: missing required field \u2018alias\u2019"));
        if (!aliasValue.isString())
            return fail(tr("data.alias: expected a string, found %1").arg(jsonTypeName(aliasValue)));
        const QString alias = aliasValue.toString().trimmed();
        if (alias.isEmpty())
            return fail(tr("data.alias: must not be empty"));
        const Official *official = gazetteer.official(edit.officialId);
        if (!official)
            return fail(tr("officialId: no person with the id \u201C%1\u201D (neither bundled nor added by an earlier edit)")
                            .arg(edit.officialId));
        // A name the person already has (e.g. since added to the bundled list) changes nothing.
        if (official->allNames().contains(alias))
            return true;
        gazetteer.addAlias(edit.officialId, alias);
        return true;
    }
    return fail(tr("kind: unknown kind \u201C%1\u201D; expected \u201C%2\u201D or \u201C%3\u201D")
                    .arg(edit.kind, addPersonKind(), addAliasKind()));
}

bool OfficialsEdits::applyAll(const QList<OfficialsEditRecord> &edits, Gazetteer &gazetteer, QStringList *errors)
{
    bool ok = true;
    for (const OfficialsEditRecord &edit : edits) {
        QString error;
        if (!apply(edit, gazetteer, &error)) {
            ok = false;
            if (errors)
                errors->append(error);
        }
    }
    return ok;
}

} // namespace Entente

#pragma once

#include "reference/gazetteer.h"
#include "model/official.h"
#include "model/records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Entente {

/**
 * Turns the officials edits stored in a project (OfficialsEditRecord) into changes of a
 * gazetteer, in the order they were made. Two kinds exist:
 *
 *   - "add-person": officialId is the new person's id (slug); data is an official object in
 *     the officials.json format without "id" ({"name", "country", "aliases", "arabic",
 *     "persian", "surnames", "offices": [{"title", "from", "to", ...}]}) plus an optional
 *     "script" ("latin", "arabic" or "persian": the script of "name", detected when absent),
 *     which decides the name list the display name joins.
 *   - "add-alias": officialId names an existing person (bundled or added by an earlier edit);
 *     data is {"alias": "..."}. The alias joins the Latin, Arabic or Persian names by script.
 *
 * Every record is validated before it is applied; a malformed one is reported precisely
 * ("officials edit 4 (add-person "x"): data.offices[0].from: ...") and skipped, the others
 * still apply. The same code serves the window and the headless commands.
 */
class OfficialsEdits
{
    Q_DECLARE_TR_FUNCTIONS(Entente::OfficialsEdits)
public:
    enum class Script { Latin, Arabic, Persian };

    static QString addPersonKind() { return QStringLiteral("add-person"); }
    static QString addAliasKind() { return QStringLiteral("add-alias"); }

    /// The script @p name is written in: Arabic script with Persian-only letters (or the
    /// Persian yeh/keheh) is Persian, other Arabic script is Arabic, anything else Latin.
    static Script detectScript(const QString &name);
    static QString scriptKey(Script script);

    /// A valid id for a new person called @p name that @p gazetteer does not use yet
    /// ("Hamid Example" -> "hamid-example", "hamid-example-2" when taken). Non-Latin names
    /// get "person", "person-2", ...
    static QString suggestId(const QString &name, const Gazetteer &gazetteer);

    /// True when the matcher can find @p name as one whole mention. Names broken by
    /// punctuation ("Dr. Salih": the matcher never matches across '.', ',' or brackets) are
    /// not, so an alias like that would never be found.
    static bool matchesAsWhole(const QString &name);

    /// The record that adds @p official (its id, name, country, names and offices).
    static OfficialsEditRecord addPersonRecord(const Official &official, Script script);
    /// The record that adds @p alias to the person @p officialId.
    static OfficialsEditRecord addAliasRecord(const QString &officialId, const QString &alias);

    /// Reads an "add-person" record into @p official. False with @p error when malformed.
    static bool toOfficial(const OfficialsEditRecord &edit, Official *official, QString *error);

    /// Applies one edit to @p gazetteer. False with @p error (nothing changed) when the record
    /// is malformed or does not fit the gazetteer (unknown person, id already taken).
    static bool apply(const OfficialsEditRecord &edit, Gazetteer &gazetteer, QString *error);
    /// Applies @p edits in order; the malformed ones are skipped and described in @p errors.
    /// True when every edit applied.
    static bool applyAll(const QList<OfficialsEditRecord> &edits, Gazetteer &gazetteer, QStringList *errors);

private:
    static QString describe(const OfficialsEditRecord &edit);
};

} // namespace Entente

#pragma once

#include "model/official.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Entente {

/**
 * The officials gazetteer: the people Entente recognises in articles, their names in Latin,
 * Arabic and Persian script, and their offices over time. Stored as `officials.json` in the
 * corpus directory:
 *
 *   { "format": "entente-officials", "version": 1, "description": "...",
 *     "officials": [ { "id", "name", "country", "aliases": [], "arabic": [], "persian": [],
 *                      "surnames": [], "offices": [ { "title", "country", "from", "to",
 *                      "acting", "note", "source" } ] } ],
 *     "notOfficials": [ "Saddam Hussein", ... ] }
 *
 * "from"/"to" are EDTF dates; "to" absent or null means the office is still held, "from"
 * absent means the start is not known. "notOfficials" lists names of other people (or things)
 * that contain an official's name, so the matcher never reports them ("Saddam Hussein",
 * "Imam Hussein").
 *
 * This class is the in-memory registry; GazetteerReader (io/) reads and writes the file,
 * validating everything first.
 */
class Gazetteer
{
    public:
    static constexpr int FormatVersion = 1;
    static constexpr const char *FileName = "officials.json";

    /// Replaces the whole contents (GazetteerReader uses it after validating a file).
    void reset(const QList<Official> &officials, const QStringList &notOfficials,
               const QString &description);

    const QList<Official> &officials() const { return m_officials; }
    /// The official with @p id, or nullptr.
    const Official *official(const QString &id) const;
    /// Names that must never be reported as an official (see the class comment).
    const QStringList &notOfficials() const { return m_notOfficials; }
    QString description() const { return m_description; }

    /// Every distinct office title, sorted.
    QStringList officeTitles() const;
    /// Officials holding the office titled @p officeTitle (case-insensitive) on @p date.
    QList<const Official *> holdersOf(const QString &officeTitle, QDate date) const;

    /// Adds @p official, replacing one with the same id.
    void addOfficial(const Official &official);
    /// Adds @p alias to the right name list of @p id (by script: Latin, Arabic or Persian).
    /// False when there is no such official, the alias is empty, or it is already listed.
    bool addAlias(const QString &id, const QString &alias);
    void setNotOfficials(const QStringList &names) { m_notOfficials = names; }
    void clear();

private:
    void rebuildIndex();

    QString m_description;
    QList<Official> m_officials;
    QStringList m_notOfficials;
    QHash<QString, qsizetype> m_index;
};

} // namespace Entente

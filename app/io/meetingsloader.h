#pragma once

#include "io/corpusloader.h"
#include "model/article.h"
#include "model/meeting.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Entente {

/**
 * Loads `meetings.json` (the bundled meetings of a corpus) and validates every meeting.
 * Problems are reported like the corpus loader's: file, JSON field path
 * (`meetings[3].evidence[0].quote`) and what was expected. load() either returns every meeting
 * or fails with every problem found.
 *
 * When known official ids are given (from the gazetteer), each participant must be one of
 * them; when articles are given, each evidence must name one of them and its quote must occur
 * verbatim in that article's normalised text (its code-point span is then filled in).
 *
 * Format:
 *   { "format": "entente-meetings", "version": 1, "description": "...",
 *     "meetings": [ { "id", "date" (EDTF), "place", "hostCountry", "participants": [ids],
 *                     "others": [text], "kind", "summary", "note",
 *                     "evidence": [ { "article", "quote" } ] } ] }
 */
class MeetingsLoader
{
    Q_DECLARE_TR_FUNCTIONS(Entente::MeetingsLoader)
public:
    static constexpr int FormatVersion = 1;

    void setKnownOfficialIds(const QStringList &ids) { m_knownOfficials = ids; }
    void setArticles(const ArticleList &articles) { m_articles = articles; }

    /// Loads and validates @p path (a meetings.json file).
    bool load(const QString &path);
    /// Validates JSON already in memory; @p fileName is used in problem reports.
    bool loadData(const QByteArray &json, const QString &fileName);

    const MeetingList &meetings() const { return m_meetings; }
    const QList<CorpusProblem> &problems() const { return m_problems; }
    QString errorString() const;

    /// meetings.json inside @p corpusDirectory.
    static QString meetingsFile(const QString &corpusDirectory);

    /// The JSON form of one meeting, as load() reads it.
    static QJsonObject toJson(const Meeting &meeting);
    /// A complete meetings.json document for @p meetings (indented, UTF-8).
    static QByteArray toJsonDocument(const MeetingList &meetings);

private:
    void problem(const QString &field, const QString &message, int line = 0, int column = 0);
    bool readMeeting(const QJsonObject &o, const QString &at, Meeting *meeting);

    QString m_file;
    QStringList m_knownOfficials;
    ArticleList m_articles;
    MeetingList m_meetings;
    QList<CorpusProblem> m_problems;
};

} // namespace Entente

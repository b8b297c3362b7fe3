#pragma once

#include "io/annotationexporter.h"
#include "io/gazetteer.h"
#include "model/meeting.h"
#include "text/mentionindex.h"
#include "text/officialsmatcher.h"

#include <QCoreApplication>

namespace Entente {

/**
 * What a corpus brings besides its articles: the gazetteer of officials (officials.json), the
 * matcher built over it, the meetings (meetings.json, validated against the corpus's own
 * articles), and a mention index over whichever articles are being read (a project's may
 * differ from the corpus's). Loaded once; shared by the window and the headless commands.
 */
class ReferenceData
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ReferenceData)
public:
    /// Loads officials.json and meetings.json from @p corpusDirectory. A corpus without an
    /// officials.json uses the bundled gazetteer; one without a meetings.json has no meetings;
    /// a broken file is an error and nothing is replaced.
    bool load(const QString &corpusDirectory);
    QString errorString() const { return m_error; }

    /// Rebuilds the mention index over @p articles (e.g. a project's articles).
    void setArticles(const ArticleList &articles);

    const Gazetteer &gazetteer() const { return m_gazetteer; }
    const OfficialsMatcher &matcher() const { return m_matcher; }
    const MeetingList &meetings() const { return m_meetings; }
    const MentionIndex &mentions() const { return m_mentions; }

    /// Adds an official or an alias (a user's edit) and rebuilds the matcher and the index.
    void addOfficial(const Official &official);
    bool addAlias(const QString &officialId, const QString &alias);

    /// Ids of the officials resolved in [start, end) of @p articleId (mentions that overlap the
    /// span), each once, in text order: the CSV export's `officials` column.
    QStringList officialsInSpan(const QString &articleId, qsizetype start, qsizetype end) const;
    AnnotationExporter::OfficialsProvider officialsProvider() const;

    /// Display names by official id, e.g. for the meetings model.
    QHash<QString, QString> officialNames() const;

private:
    void rebuild();

    Gazetteer m_gazetteer;
    OfficialsMatcher m_matcher;
    MeetingList m_meetings;
    MentionIndex m_mentions;
    ArticleList m_articles;
    QString m_error;
};

} // namespace Entente

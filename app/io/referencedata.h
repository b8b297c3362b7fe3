#pragma once

#include "io/annotationexporter.h"
#include "model/annotation.h"
#include "reference/gazetteer.h"
#include "model/meeting.h"
#include "model/records.h"
#include "reference/mentionindex.h"
#include "reference/officialsmatcher.h"

#include <QCoreApplication>
#include <QSet>

namespace Entente {

/**
 * What a corpus brings besides its articles: the gazetteer of officials (officials.json), the
 * matcher built over it, the meetings (meetings.json, validated against the corpus's own
 * articles), and a mention index over whichever articles are being read (a project's may
 * differ from the corpus's). Loaded once; shared by the window and the headless commands.
 */
class Project;

class ReferenceData
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ReferenceData)
public:
    /// Loads officials.json and meetings.json from @p corpusDirectory. A corpus without an
    /// officials.json uses the bundled gazetteer; one without a meetings.json has no meetings;
    /// a broken file is an error and nothing is replaced.
    bool load(const QString &corpusDirectory);
    /// Loads only a gazetteer (no meetings), e.g. the bundled one for a project's export.
    bool loadOfficials(const QString &officialsJsonPath);
    QString errorString() const { return m_error; }

    /**
     * Replaces the user's officials edits: the gazetteer becomes the loaded one with @p edits
     * applied in order (OfficialsEdits), and the matcher and the index are rebuilt. Edits
     * that do not apply are skipped and listed in officialsEditErrors(); false when any did
     * not. Calling it again with the project's current edits follows its undo and redo.
     */
    bool setOfficialsEdits(const QList<OfficialsEditRecord> &edits);
    QStringList officialsEditErrors() const { return m_editErrors; }

    /// Rebuilds the mention index over @p articles (texts needed; a corpus's articles). The
    /// texts are kept so that officials edits can rebuild the index.
    void setArticles(const ArticleList &articles);
    /// Builds the mention index over every article of @p project, reading one text at a
    /// time (a headless command). False when the texts could not be read.
    bool setProjectArticles(const Project &project);
    /**
     * Installs a mention index built elsewhere (a project's, on a worker thread, with this
     * matcher()); no texts are kept, so officials edits leave the index as it is until the
     * builder installs a new one. setArticles() goes back to indexing texts given here.
     */
    void setMentionIndex(const MentionIndex &index);
    /// setArticles() and setOfficialsEdits() at once (another project), with one rebuild.
    bool setArticlesAndEdits(const ArticleList &articles, const QList<OfficialsEditRecord> &edits);

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
    /// Ids of the officials resolved in any of @p spans, in one pass per article (what a list
    /// of every annotation offers to filter by).
    QSet<QString> officialsInSpans(const QList<AnnotationSpan> &spans) const;

    /// Display names by official id, e.g. for the meetings model.
    QHash<QString, QString> officialNames() const;

private:
    void rebuild();

    Gazetteer m_gazetteer;
    Gazetteer m_loadedGazetteer; ///< as loaded, before the user's edits
    QStringList m_editErrors;
    OfficialsMatcher m_matcher;
    MeetingList m_meetings;
    MentionIndex m_mentions;
    ArticleList m_articles;
    bool m_indexGiven = false; ///< setMentionIndex(): rebuild() leaves the index alone
    QString m_error;
};

} // namespace Entente

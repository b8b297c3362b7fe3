#include "io/referencedata.h"
#include "io/gazetteerreader.h"

#include "io/corpusloader.h"
#include "io/meetingsloader.h"
#include "io/officialsedits.h"
#include "store/project.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Entente {

bool ReferenceData::load(const QString &corpusDirectory)
{
    m_error.clear();
    // A corpus without a gazetteer of its own uses the bundled one.
    QString officialsPath = QDir(corpusDirectory).filePath(QStringLiteral("officials.json"));
    if (!QFileInfo::exists(officialsPath))
        officialsPath = GazetteerReader::bundledPath();
    Gazetteer gazetteer;
    GazetteerReader gazetteerReader;
    if (!gazetteerReader.load(officialsPath, &gazetteer)) {
        m_error = gazetteerReader.errorString();
        return false;
    }
    MeetingList meetings;
    const QString meetingsPath = MeetingsLoader::meetingsFile(corpusDirectory);
    if (QFileInfo::exists(meetingsPath)) {
        // Evidence quotes are checked against the corpus's own articles.
        CorpusLoader corpus;
        if (!corpus.load(corpusDirectory)) {
            m_error = corpus.errorString();
            return false;
        }
        MeetingsLoader loader;
        QStringList ids;
        for (const Official &o : gazetteer.officials())
            ids << o.id;
        loader.setKnownOfficialIds(ids);
        loader.setArticles(corpus.articles());
        if (!loader.load(meetingsPath)) {
            m_error = loader.errorString();
            return false;
        }
        meetings = loader.meetings();
    }
    m_gazetteer = gazetteer;
    m_loadedGazetteer = gazetteer;
    m_editErrors.clear();
    m_meetings = meetings;
    rebuild();
    return true;
}

bool ReferenceData::loadOfficials(const QString &officialsJsonPath)
{
    m_error.clear();
    Gazetteer gazetteer;
    GazetteerReader gazetteerReader;
    if (!gazetteerReader.load(officialsJsonPath, &gazetteer)) {
        m_error = gazetteerReader.errorString();
        return false;
    }
    m_gazetteer = gazetteer;
    m_loadedGazetteer = gazetteer;
    m_editErrors.clear();
    m_meetings.clear();
    rebuild();
    return true;
}

bool ReferenceData::setOfficialsEdits(const QList<OfficialsEditRecord> &edits)
{
    Gazetteer gazetteer = m_loadedGazetteer;
    QStringList errors;
    const bool ok = OfficialsEdits::applyAll(edits, gazetteer, &errors);
    m_gazetteer = gazetteer;
    m_editErrors = errors;
    rebuild();
    return ok;
}

bool ReferenceData::setArticlesAndEdits(const ArticleList &articles, const QList<OfficialsEditRecord> &edits)
{
    m_indexGiven = false;
    m_articles = articles;
    return setOfficialsEdits(edits);
}

void ReferenceData::setArticles(const ArticleList &articles)
{
    m_indexGiven = false;
    m_articles = articles;
    m_mentions.build(m_articles, m_matcher);
}

bool ReferenceData::setProjectArticles(const Project &project)
{
    MentionIndex index;
    const bool ok = project.forEachArticleText([&](const Article &a) {
        index.add(a, m_matcher.find(a.text, a.published));
        return true;
    });
    setMentionIndex(index);
    return ok;
}

void ReferenceData::setMentionIndex(const MentionIndex &index)
{
    m_indexGiven = true;
    m_articles.clear();
    m_mentions = index;
}

void ReferenceData::rebuild()
{
    m_matcher.setGazetteer(m_gazetteer);
    if (!m_indexGiven)
        m_mentions.build(m_articles, m_matcher);
}

void ReferenceData::addOfficial(const Official &official)
{
    m_gazetteer.addOfficial(official);
    rebuild();
}

bool ReferenceData::addAlias(const QString &officialId, const QString &alias)
{
    if (!m_gazetteer.addAlias(officialId, alias))
        return false;
    rebuild();
    return true;
}

QStringList ReferenceData::officialsInSpan(const QString &articleId, qsizetype start, qsizetype end) const
{
    QStringList ids;
    for (const Mention &m : m_mentions.mentionsIn(articleId)) {
        if (m.ambiguous || m.officialId.isEmpty())
            continue;
        if (m.start < end && m.end > start && !ids.contains(m.officialId))
            ids << m.officialId;
    }
    return ids;
}

QSet<QString> ReferenceData::officialsInSpans(const QList<AnnotationSpan> &spans) const
{
    QSet<QString> ids;
    QHash<QString, QList<std::pair<qsizetype, qsizetype>>> byArticle;
    for (const AnnotationSpan &a : spans)
        byArticle[a.articleId].append({a.start, a.end});
    for (auto it = byArticle.begin(); it != byArticle.end(); ++it) {
        const QList<Mention> mentions = m_mentions.mentionsIn(it.key());
        if (mentions.isEmpty())
            continue;
        // A mention overlaps a span when a span starting before the mention ends reaches past
        // its start: the spans by start, with the furthest end reached so far.
        QList<std::pair<qsizetype, qsizetype>> &ranges = *it;
        std::sort(ranges.begin(), ranges.end());
        for (qsizetype i = 1; i < ranges.size(); ++i)
            ranges[i].second = std::max(ranges[i].second, ranges[i - 1].second);
        for (const Mention &m : mentions) {
            if (m.ambiguous || m.officialId.isEmpty() || ids.contains(m.officialId))
                continue;
            const auto past = std::lower_bound(ranges.cbegin(), ranges.cend(), std::pair<qsizetype, qsizetype>(m.end, 0));
            if (past != ranges.cbegin() && std::prev(past)->second > m.start)
                ids.insert(m.officialId);
        }
    }
    return ids;
}

AnnotationExporter::OfficialsProvider ReferenceData::officialsProvider() const
{
    return [this](const QString &articleId, qsizetype start, qsizetype end) {
        return officialsInSpan(articleId, start, end);
    };
}

QHash<QString, QString> ReferenceData::officialNames() const
{
    QHash<QString, QString> names;
    for (const Official &o : m_gazetteer.officials())
        names.insert(o.id, o.name);
    return names;
}

} // namespace Entente

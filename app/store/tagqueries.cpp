#include "store/tagqueries.h"

#include "store/project.h"

#include <QHash>

namespace Entente::TagQueries {

QSet<QString> meetingsWithTag(const Project &project, const MeetingList &meetings, qint64 tagId)
{
    const QList<qint64> family = project.tagWithDescendants(tagId);
    const QSet<qint64> tags(family.cbegin(), family.cend());
    const auto hasTag = [&tags](const QList<qint64> &ids) {
        return std::any_of(ids.cbegin(), ids.cend(), [&tags](qint64 id) { return tags.contains(id); });
    };

    // Per article, once: is it tagged as a whole, and which spans carry the tag.
    struct ArticleTags
    {
        bool whole = false;
        QList<std::pair<qsizetype, qsizetype>> spans;
    };
    QHash<QString, ArticleTags> byArticle;
    const auto articleTags = [&](const QString &articleId) -> const ArticleTags & {
        auto it = byArticle.find(articleId);
        if (it == byArticle.end()) {
            ArticleTags t;
            t.whole = hasTag(project.articleTags(articleId));
            for (const Annotation &a : project.annotations(articleId))
                if (!a.orphaned && a.end > a.start && hasTag(a.tagIds))
                    t.spans.append({a.start, a.end});
            it = byArticle.insert(articleId, t);
        }
        return *it;
    };

    QSet<QString> result;
    for (const Meeting &m : meetings) {
        for (const MeetingEvidence &e : m.evidence) {
            const ArticleTags &t = articleTags(e.articleId);
            const bool overlaps = std::any_of(t.spans.cbegin(), t.spans.cend(), [&e](const auto &span) {
                return e.start >= 0 && span.first < e.end && span.second > e.start;
            });
            if (t.whole || overlaps) {
                result.insert(m.id);
                break;
            }
        }
    }
    return result;
}

} // namespace Entente::TagQueries

#include "reference/mentionindex.h"

namespace Entente {

void MentionIndex::clear()
{
    m_articles.clear();
    m_byArticle.clear();
    m_counts.clear();
}

void MentionIndex::build(const ArticleList &articles, const OfficialsMatcher &matcher)
{
    clear();
    m_articles = articles;
    for (const Article &a : articles) {
        const QList<Mention> mentions = matcher.find(a.text, a.published);
        for (const Mention &m : mentions) {
            if (!m.ambiguous)
                ++m_counts[m.officialId];
        }
        m_byArticle.insert(a.id, mentions);
    }
}

QList<MentionIndex::Hit> MentionIndex::mentionsOf(const QString &officialId) const
{
    QList<Hit> hits;
    for (const Article &a : m_articles) {
        for (const Mention &m : m_byArticle.value(a.id)) {
            if (!m.ambiguous && m.officialId == officialId)
                hits.append({a.id, m});
        }
    }
    return hits;
}

QStringList MentionIndex::articlesMentioning(const QString &officialId) const
{
    QStringList ids;
    for (const Article &a : m_articles) {
        const QList<Mention> mentions = m_byArticle.value(a.id);
        if (std::any_of(mentions.cbegin(), mentions.cend(),
                        [&](const Mention &m) { return !m.ambiguous && m.officialId == officialId; }))
            ids.append(a.id);
    }
    return ids;
}

const Article *MentionIndex::article(const QString &id) const
{
    for (const Article &a : m_articles) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QList<MentionIndex::Hit> MentionIndex::allMentions() const
{
    QList<Hit> hits;
    for (const Article &a : m_articles) {
        for (const Mention &m : m_byArticle.value(a.id))
            hits.append({a.id, m});
    }
    return hits;
}

} // namespace Entente

#include "reference/mentionindex.h"

namespace Entente {

void MentionIndex::clear()
{
    m_articles.clear();
    m_positions.clear();
    m_byArticle.clear();
    m_counts.clear();
}

void MentionIndex::build(const ArticleList &articles, const OfficialsMatcher &matcher)
{
    clear();
    m_articles.reserve(articles.size());
    for (const Article &a : articles)
        add(a, matcher.find(a.text, a.published));
}

void MentionIndex::add(const Article &article, const QList<Mention> &mentions)
{
    const auto countIn = [this](const QList<Mention> &list, int sign) {
        for (const Mention &m : list)
            if (!m.ambiguous)
                m_counts[m.officialId] += sign;
    };
    Article kept = article;
    kept.text.clear();
    if (const auto it = m_positions.constFind(article.id); it != m_positions.cend()) {
        countIn(m_byArticle.value(article.id), -1);
        m_articles[*it] = kept;
    } else {
        m_positions.insert(article.id, m_articles.size());
        m_articles.append(kept);
    }
    countIn(mentions, +1);
    m_byArticle.insert(article.id, mentions);
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
    const auto it = m_positions.constFind(id);
    return it == m_positions.cend() ? nullptr : &m_articles.at(*it);
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

#pragma once

#include "model/article.h"
#include "reference/officialsmatcher.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Entente {

/**
 * The mentions of officials in a set of articles, found once with an OfficialsMatcher and
 * kept per article and per official: counts for the officials table, keyword-in-context rows,
 * the library filter by official, the `entente mentions` command.
 *
 * The index keeps the articles' metadata, not their texts (a project of 10,000 articles
 * holds some 40 MB of text): whoever shows a mention in context reads the text it needs.
 * It can be built at once from articles with texts (build()) or one article at a time
 * (add()), e.g. on a worker thread that reads the texts from the project file.
 */
class MentionIndex
{
public:
    /// One mention with the article it is in.
    struct Hit
    {
        QString articleId;
        Mention mention;
    };

    /// Finds the mentions in @p articles (texts needed) with @p matcher.
    void build(const ArticleList &articles, const OfficialsMatcher &matcher);
    /// Adds @p article (its text is not kept) with its mentions, after the ones added so far;
    /// an article already in the index is replaced.
    void add(const Article &article, const QList<Mention> &mentions);
    void clear();

    /// The indexed articles, in the order they were given, without their texts.
    const ArticleList &articles() const { return m_articles; }
    /// Mentions in the article @p articleId, in text order (ambiguous ones included).
    QList<Mention> mentionsIn(const QString &articleId) const { return m_byArticle.value(articleId); }
    /// Every resolved mention of @p officialId, by article (corpus order) then position.
    QList<Hit> mentionsOf(const QString &officialId) const;
    /// Resolved mentions of @p officialId in the whole set.
    int count(const QString &officialId) const { return m_counts.value(officialId); }
    /// Ids of the articles that mention @p officialId (resolved), in corpus order.
    QStringList articlesMentioning(const QString &officialId) const;
    /// The article with @p id (without its text), or nullptr.
    const Article *article(const QString &id) const;
    /// Every mention, article by article.
    QList<Hit> allMentions() const;

private:
    ArticleList m_articles;
    QHash<QString, qsizetype> m_positions; // article id -> index in m_articles
    QHash<QString, QList<Mention>> m_byArticle;
    QHash<QString, int> m_counts;
};

} // namespace Entente

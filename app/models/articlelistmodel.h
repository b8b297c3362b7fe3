#pragma once

#include "model/article.h"
#include "store/storylinks.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Entente {

/**
 * A table of articles for the library: one row per article, columns Title, Source and
 * Published. SortRole gives values that sort naturally (Published chronologically via
 * EdtfDate, text case-folded); IdRole gives the article id and ArticleRole the whole Article.
 *
 * With setStoryLinks(), the articles a bulk import found to tell the same story are known:
 * SameStoryRole lists the other versions of an article, and its tooltip names them.
 */
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, SourceColumn, PublishedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a value for QSortFilterProxyModel::setSortRole()
        IdRole,                      ///< QString: Article::id
        ArticleRole,                 ///< Entente::Article
        SameStoryRole,               ///< QStringList: ids of the same story's other versions, most similar first
    };

    explicit ArticleListModel(QObject *parent = nullptr);

    void setArticles(const ArticleList &articles);
    /// Appends @p article, or replaces the article with the same id.
    void addArticle(const Article &article);
    /// Returns false when no article has @p id.
    bool removeArticle(const QString &id);
    /// The "same story as" links between the articles (Project::storyLinks()), either way.
    void setStoryLinks(const StoryLinkList &links);
    /// The ids of the other versions of article @p id, most similar first (links to articles
    /// not in the model are left out).
    QStringList sameStoryAs(const QString &id) const;

    const ArticleList &articles() const { return m_articles; }
    /// The article with @p id, or a null Article.
    Article articleById(const QString &id) const;
    /// The row of the article with @p id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reindex();

    ArticleList m_articles;
    QHash<QString, int> m_rows; ///< id -> row
    /// Per article, the other versions and their similarity, most similar first.
    QHash<QString, QList<std::pair<QString, double>>> m_sameStory;
};

} // namespace Entente

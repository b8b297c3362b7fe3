#pragma once

#include "store/searchhit.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Entente {

class Project;

/**
 * Full-text search hits as a list: one row per article, best first. setQuery() searches the
 * project synchronously; setHits() shows hits computed elsewhere (e.g. on a worker thread).
 */
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        TitleRole,
        SnippetRole,
        SnippetHtmlRole,
        MatchCountRole,
        MatchesRole, ///< QVariantList of QVariantList{start, end} (code points)
        RankRole,
    };

    explicit SearchResultsModel(Project *project, QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query, int limit = 100);
    void setHits(const QString &query, const SearchHitList &hits);
    const SearchHitList &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QPointer<Project> m_project;
    QString m_query;
    SearchHitList m_hits;
};

} // namespace Entente

#include "models/searchresultsmodel.h"

#include "store/project.h"

namespace Entente {

SearchResultsModel::SearchResultsModel(Project *project, QObject *parent)
    : QAbstractListModel(parent)
    , m_project(project)
{
    if (project) {
        auto rerun = [this] { setQuery(m_query); };
        connect(project, &Project::articlesChanged, this, rerun);
        connect(project, &Project::opened, this, rerun);
        connect(project, &Project::closed, this, rerun);
    }
}

void SearchResultsModel::setQuery(const QString &query, int limit)
{
    setHits(query, m_project && m_project->isOpen() ? m_project->search(query, limit) : SearchHitList());
}

void SearchResultsModel::setHits(const QString &query, const SearchHitList &hits)
{
    beginResetModel();
    m_query = query;
    m_hits = hits;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return hit.title;
    case Qt::ToolTipRole:
    case SnippetRole:
        return hit.snippet;
    case ArticleIdRole:
        return hit.articleId;
    case SnippetHtmlRole:
        return hit.snippetHtml;
    case MatchCountRole:
        return int(hit.matches.size());
    case MatchesRole: {
        QVariantList list;
        for (const auto &[start, end] : hit.matches)
            list.append(QVariant(QVariantList{qint64(start), qint64(end)}));
        return list;
    }
    case RankRole:
        return hit.rank;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(TitleRole, "title");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(MatchCountRole, "matchCount");
    names.insert(MatchesRole, "matches");
    names.insert(RankRole, "rank");
    return names;
}

} // namespace Entente

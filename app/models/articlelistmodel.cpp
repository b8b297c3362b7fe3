#include "articlelistmodel.h"

namespace Entente {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleListModel::setArticles(const ArticleList &articles)
{
    beginResetModel();
    m_articles = articles;
    endResetModel();
}

void ArticleListModel::addArticle(const Article &article)
{
    const int row = rowOf(article.id);
    if (row >= 0) {
        m_articles[row] = article;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int n = int(m_articles.size());
    beginInsertRows({}, n, n);
    m_articles.append(article);
    endInsertRows();
}

bool ArticleListModel::removeArticle(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_articles.removeAt(row);
    endRemoveRows();
    return true;
}

Article ArticleListModel::articleById(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_articles.at(row) : Article();
}

int ArticleListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_articles.size(); ++i)
        if (m_articles.at(i).id == id)
            return i;
    return -1;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &a = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title;
        case SourceColumn:
            return a.source.isEmpty() ? tr("(not named)") : a.source;
        case PublishedColumn:
            return a.published.isValid() ? a.published.toDisplayString() : QString();
        }
        break;
    case Qt::ToolTipRole: {
        const QString date = a.published.isValid() ? a.published.toDisplayString() : tr("undated");
        return QStringLiteral("<p><b>%1</b></p><p>%2</p><p><i>%3 \u00B7 %4</i></p>")
            .arg(a.title.toHtmlEscaped(), a.description.toHtmlEscaped(),
                 (a.source.isEmpty() ? tr("Publication not named") : a.source).toHtmlEscaped(), date.toHtmlEscaped());
    }
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title.toCaseFolded();
        case SourceColumn:
            return a.source.toCaseFolded();
        case PublishedColumn: {
            if (!a.published.isValid())
                return qint64(-1);
            // Earliest day first; among equal starts, the shorter (more precise) span first.
            const qint64 start = a.published.earliest().toJulianDay();
            const qint64 span = a.published.latest().toJulianDay() - start;
            return start * 100000 + span;
        }
        }
        break;
    case IdRole:
        return a.id;
    case ArticleRole:
        return QVariant::fromValue(a);
    default:
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case PublishedColumn:
        return tr("Published");
    }
    return {};
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortKey");
    names.insert(IdRole, "articleId");
    names.insert(ArticleRole, "article");
    return names;
}

} // namespace Entente

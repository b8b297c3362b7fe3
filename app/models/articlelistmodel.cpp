#include "articlelistmodel.h"

#include <algorithm>

namespace Entente {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleListModel::setArticles(const ArticleList &articles)
{
    beginResetModel();
    m_articles = articles;
    reindex();
    endResetModel();
}

void ArticleListModel::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_articles.size());
    for (int i = 0; i < m_articles.size(); ++i)
        if (!m_rows.contains(m_articles.at(i).id)) // the first of equal ids, as before
            m_rows.insert(m_articles.at(i).id, i);
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
    m_rows.insert(article.id, n);
    endInsertRows();
}

bool ArticleListModel::removeArticle(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_articles.removeAt(row);
    reindex();
    endRemoveRows();
    return true;
}

void ArticleListModel::setStoryLinks(const StoryLinkList &links)
{
    m_sameStory.clear();
    auto add = [this](const QString &from, const QString &to, double similarity) {
        auto &others = m_sameStory[from];
        for (const auto &[id, s] : std::as_const(others))
            if (id == to)
                return;
        others.append({to, similarity});
    };
    for (const StoryLink &l : links) {
        add(l.articleId, l.otherId, l.similarity);
        add(l.otherId, l.articleId, l.similarity);
    }
    for (auto &others : m_sameStory)
        std::stable_sort(others.begin(), others.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (!m_articles.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_articles.size()) - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, SameStoryRole});
}

QStringList ArticleListModel::sameStoryAs(const QString &id) const
{
    QStringList ids;
    for (const auto &[other, similarity] : m_sameStory.value(id))
        if (rowOf(other) >= 0)
            ids.append(other);
    return ids;
}

Article ArticleListModel::articleById(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_articles.at(row) : Article();
}

int ArticleListModel::rowOf(const QString &id) const
{
    return m_rows.value(id, -1);
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
        QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p><p><i>%3 \u00B7 %4</i></p>")
                          .arg(a.title.toHtmlEscaped(), a.description.toHtmlEscaped(),
                               (a.source.isEmpty() ? tr("Publication not named") : a.source).toHtmlEscaped(), date.toHtmlEscaped());
        QStringList versions;
        for (const auto &[other, similarity] : m_sameStory.value(a.id)) {
            const int row = rowOf(other);
            if (row < 0)
                continue;
            const Article &o = m_articles.at(row);
            versions << tr("%1 (%2, %3 %)").arg(o.title.toHtmlEscaped(),
                                                (o.source.isEmpty() ? tr("publication not named") : o.source).toHtmlEscaped())
                            .arg(qRound(similarity * 100));
        }
        if (!versions.isEmpty())
            tip += QStringLiteral("<p>") + tr("Same story as:") + QStringLiteral("<br>") + versions.join(QStringLiteral("<br>"))
                   + QStringLiteral("</p>");
        return tip;
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
    case SameStoryRole:
        return sameStoryAs(a.id);
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
    names.insert(SameStoryRole, "sameStoryAs");
    return names;
}

} // namespace Entente

#include "models/mentionsmodel.h"

#include "text/offsetmap.h"

namespace Entente {

namespace {

QString oneLine(QString s)
{
    for (QChar &c : s) {
        if (c == u'\n' || c == u'\t' || c == u'\r')
            c = u' ';
    }
    return s;
}

} // namespace

MentionsModel::MentionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MentionsModel::setIndex(const MentionIndex &index, TextProvider texts)
{
    m_index = index;
    m_texts = std::move(texts);
    rebuild();
}

void MentionsModel::setOfficial(const QString &officialId)
{
    if (officialId == m_official)
        return;
    m_official = officialId;
    rebuild();
}

void MentionsModel::setContextLength(int codePoints)
{
    if (codePoints == m_context || codePoints < 0)
        return;
    m_context = codePoints;
    rebuild();
}

void MentionsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (!m_official.isEmpty()) {
        QString currentArticle;
        OffsetMap map;
        const Article *article = nullptr;
        QString text;
        for (const MentionIndex::Hit &hit : m_index.mentionsOf(m_official)) {
            if (hit.articleId != currentArticle) {
                currentArticle = hit.articleId;
                article = m_index.article(hit.articleId);
                text = article && m_texts ? m_texts(article->id) : QString();
                map = OffsetMap(text);
            }
            if (!article || text.isEmpty())
                continue;
            const Mention &m = hit.mention;
            const qsizetype s = map.toUtf16(m.start);
            const qsizetype e = map.toUtf16(m.end);
            const qsizetype ls = map.toUtf16(std::max<qsizetype>(0, m.start - m_context));
            const qsizetype re = map.toUtf16(std::min(map.codePointLength(), m.end + m_context));
            Row row;
            row.articleId = article->id;
            row.articleTitle = article->title.isEmpty() ? article->id : article->title;
            row.start = m.start;
            row.end = m.end;
            row.left = oneLine(text.mid(ls, s - ls));
            row.match = oneLine(text.mid(s, e - s));
            row.right = oneLine(text.mid(e, re - e));
            m_rows.append(row);
        }
    }
    endResetModel();
}

int MentionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MentionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MentionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ArticleColumn: return row.articleTitle;
        case LeftColumn: return row.left;
        case MatchColumn: return row.match;
        case RightColumn: return row.right;
        default: return QVariant();
        }
    case Qt::ToolTipRole: return QString(row.left + row.match + row.right);
    case Qt::TextAlignmentRole:
        if (index.column() == LeftColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case ArticleIdRole: return row.articleId;
    case StartRole: return qlonglong(row.start);
    case EndRole: return qlonglong(row.end);
    default: return QVariant();
    }
}

QVariant MentionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ArticleColumn: return tr("Article");
    case LeftColumn: return tr("Before");
    case MatchColumn: return tr("Mention");
    case RightColumn: return tr("After");
    default: return QVariant();
    }
}

QHash<int, QByteArray> MentionsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    return names;
}

} // namespace Entente

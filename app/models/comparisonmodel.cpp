#include "models/comparisonmodel.h"

#include "models/statementsmodel.h"
#include "text/speakerresolver.h"

#include <QSet>

#include <algorithm>

namespace Entente {

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    rebuild();
}

void ComparisonModel::setSourceModel(StatementsModel *model)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = model;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelReset, this, &ComparisonModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &ComparisonModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &ComparisonModel::rebuild);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &ComparisonModel::rebuild);
    }
    rebuild();
}

void ComparisonModel::setSpeakerResolver(const SpeakerResolver *resolver)
{
    m_resolver = resolver;
    rebuild();
}

void ComparisonModel::setArticles(const ArticleList &articles)
{
    m_articles.clear();
    for (const Article &a : articles)
        m_articles.insert(a.id, a);
    rebuild();
}

void ComparisonModel::setSpeakers(const QStringList &officialIds)
{
    m_speakers = officialIds;
    m_office.clear();
    rebuild();
}

void ComparisonModel::setOffice(const QString &title)
{
    m_office = title;
    if (!title.isEmpty())
        m_speakers.clear();
    rebuild();
}

void ComparisonModel::setTag(const QString &tag)
{
    m_tag = tag;
    rebuild();
}

void ComparisonModel::setYears(const QList<int> &years)
{
    m_years = years;
    rebuild();
}

bool ComparisonModel::accepts(const Statement &s) const
{
    if (!m_tag.isEmpty() && !s.tags.contains(m_tag))
        return false;
    QStringList who = s.speakerCandidates;
    if (!s.speakerId.isEmpty())
        who = {s.speakerId};
    if (who.isEmpty())
        return false;
    if (!m_office.isEmpty()) {
        if (!m_resolver || !s.date.isValid())
            return false;
        const QStringList holders = m_resolver->holdersOfTitle(m_office, s.date.earliest(), s.date.latest());
        return std::any_of(who.cbegin(), who.cend(), [&](const QString &id) { return holders.contains(id); });
    }
    if (!m_speakers.isEmpty())
        return std::any_of(who.cbegin(), who.cend(), [&](const QString &id) { return m_speakers.contains(id); });
    return true;
}

void ComparisonModel::rebuild()
{
    beginResetModel();
    QHash<int, StatementList> byYear;
    if (m_source) {
        for (const Statement &s : m_source->statements()) {
            if (s.date.isValid() && accepts(s))
                byYear[s.date.earliest().year()].append(s);
        }
    }
    m_columns = m_years;
    if (m_columns.isEmpty()) {
        m_columns = byYear.keys();
        std::sort(m_columns.begin(), m_columns.end());
    }
    m_cells.clear();
    for (int year : std::as_const(m_columns)) {
        StatementList list = byYear.value(year);
        std::stable_sort(list.begin(), list.end(), [](const Statement &a, const Statement &b) {
            if (a.date.earliest() != b.date.earliest())
                return a.date < b.date;
            if (a.articleId != b.articleId)
                return a.articleId < b.articleId;
            return a.start() < b.start();
        });
        m_cells.append(list);
    }
    endResetModel();
}

const Statement *ComparisonModel::statementAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.column() >= m_cells.size())
        return nullptr;
    const StatementList &column = m_cells.at(index.column());
    return index.row() < column.size() ? &column.at(index.row()) : nullptr;
}

int ComparisonModel::countInYear(int year) const
{
    const qsizetype c = m_columns.indexOf(year);
    return c < 0 ? 0 : int(m_cells.at(c).size());
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    qsizetype rows = 0;
    for (const StatementList &c : m_cells)
        rows = std::max(rows, c.size());
    return int(rows);
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ComparisonModel::speakerName(const Statement &s) const
{
    auto name = [this](const QString &id) { return m_resolver ? m_resolver->displayName(id) : id; };
    if (!s.speakerId.isEmpty())
        return name(s.speakerId);
    QStringList names;
    for (const QString &id : s.speakerCandidates)
        names.append(name(id));
    return tr("%1 (uncertain)").arg(names.join(tr(" or ")));
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Statement *s = statementAt(index);
    if (role == YearRole)
        return m_columns.at(index.column());
    if (!s)
        return {};
    const Article article = m_articles.value(s->articleId);
    const QString source = !article.source.isEmpty() ? article.source
        : !article.title.isEmpty()                   ? article.title
                                                     : s->articleId;
    const QString date = s->date.isValid() ? s->date.toDisplayString() : QString();
    switch (role) {
    case Qt::DisplayRole: {
        QString quote = s->text;
        if (quote.size() > 240)
            quote = quote.left(239) + u'…';
        const QString said = s->isDirect() ? tr("“%1”").arg(quote) : tr("(reported) %1").arg(quote);
        return tr("%1\n— %2, %3 · %4").arg(said, speakerName(*s), date, source);
    }
    case Qt::ToolTipRole:
        return tr("%1\n\n%2 %3 (%4), %5").arg(s->text, speakerName(*s), s->cue, date, source);
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(speakerName(*s), date, s->text);
    case StatementRole:
        return QVariant::fromValue(*s);
    case ArticleIdRole:
        return s->articleId;
    case StartRole:
        return QVariant::fromValue(s->start());
    case EndRole:
        return QVariant::fromValue(s->end());
    case QuoteRole:
        return s->text;
    case SpeakerNameRole:
        return speakerName(*s);
    case DateTextRole:
        return date;
    case SourceRole:
        return source;
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
        if (role == Qt::DisplayRole)
            return tr("%1 (%n)", nullptr, int(m_cells.at(section).size())).arg(m_columns.at(section));
        if (role == YearRole)
            return m_columns.at(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex &index) const
{
    if (!statementAt(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Entente

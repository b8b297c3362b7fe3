#include "models/statementsmodel.h"

#include "text/speakerresolver.h"

namespace Entente {

StatementsModel::StatementsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StatementsModel::setSpeakerResolver(const SpeakerResolver *resolver)
{
    m_resolver = resolver;
    if (!m_statements.isEmpty())
        Q_EMIT dataChanged(index(0, SpeakerColumn), index(rowCount() - 1, SpeakerColumn));
}

void StatementsModel::setStatements(const StatementList &statements)
{
    beginResetModel();
    m_statements = statements;
    endResetModel();
}

int StatementsModel::addStatement(const Statement &statement)
{
    const int row = int(m_statements.size());
    beginInsertRows({}, row, row);
    m_statements.append(statement);
    endInsertRows();
    return row;
}

bool StatementsModel::removeStatement(int row)
{
    if (row < 0 || row >= m_statements.size())
        return false;
    beginRemoveRows({}, row, row);
    m_statements.removeAt(row);
    endRemoveRows();
    return true;
}

bool StatementsModel::updateStatement(int row, const Statement &statement)
{
    if (row < 0 || row >= m_statements.size())
        return false;
    Statement s = statement;
    if (s.status == Statement::Status::Extracted && !(s == m_statements.at(row)))
        s.status = Statement::Status::Edited;
    m_statements[row] = s;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool StatementsModel::setStatus(int row, Statement::Status status)
{
    if (row < 0 || row >= m_statements.size())
        return false;
    m_statements[row].status = status;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
    return true;
}

QString StatementsModel::speakerName(const Statement &s) const
{
    auto name = [this](const QString &id) { return m_resolver ? m_resolver->displayName(id) : id; };
    if (!s.speakerId.isEmpty())
        return name(s.speakerId);
    if (!s.speakerCandidates.isEmpty()) {
        QStringList names;
        for (const QString &id : s.speakerCandidates)
            names.append(name(id));
        return tr("%1 (uncertain)").arg(names.join(tr(" or ")));
    }
    if (!s.speakerText.isEmpty())
        return tr("“%1” (unresolved)").arg(s.speakerText);
    return tr("unknown");
}

int StatementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statements.size());
}

int StatementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Statement &s = m_statements.at(index.row());
    switch (role) {
    case StatementRole:
        return QVariant::fromValue(s);
    case SpeakerIdRole:
        return s.speakerId;
    case ArticleIdRole:
        return s.articleId;
    case StartRole:
        return QVariant::fromValue(s.start());
    case EndRole:
        return QVariant::fromValue(s.end());
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return s.text;
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case SpeakerColumn:
        return role == SortRole ? speakerName(s).toCaseFolded() : speakerName(s);
    case TextColumn:
        return s.text;
    case CueColumn:
        return s.cue;
    case KindColumn:
        if (role == SortRole)
            return Statement::kindName(s.kind);
        return s.isDirect() ? tr("direct") : tr("indirect");
    case DateColumn:
        if (role == SortRole)
            return s.date.isValid() ? s.date.earliest() : QDate();
        return s.date.isValid() ? s.date.toDisplayString() : QString();
    case ArticleColumn:
        return s.articleId;
    case StatusColumn: {
        if (role == SortRole)
            return int(s.status);
        switch (s.status) {
        case Statement::Status::Extracted: return tr("extracted");
        case Statement::Status::Accepted: return tr("accepted");
        case Statement::Status::Edited: return tr("edited");
        case Statement::Status::User: return tr("by hand");
        }
        return {};
    }
    case TagsColumn:
        return s.tags.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StatementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SpeakerColumn: return tr("Speaker");
    case TextColumn: return tr("Statement");
    case CueColumn: return tr("Cue");
    case KindColumn: return tr("Kind");
    case DateColumn: return tr("Date");
    case ArticleColumn: return tr("Article");
    case StatusColumn: return tr("Status");
    case TagsColumn: return tr("Tags");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Entente

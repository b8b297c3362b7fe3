#include "models/officialsmodel.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace Entente {

OfficialsModel::OfficialsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString OfficialsModel::countryName(const QString &code)
{
    if (code == QStringLiteral("IR"))
        return tr("Iran");
    if (code == QStringLiteral("IQ"))
        return tr("Iraq");
    return code;
}

void OfficialsModel::setData(const Gazetteer &gazetteer, const MentionIndex &index)
{
    beginResetModel();
    m_rows.clear();
    for (const Official &o : gazetteer.officials())
        m_rows.append({o, index.count(o.id)});
    endResetModel();
}

void OfficialsModel::setReferenceDate(QDate date)
{
    if (date == m_referenceDate)
        return;
    m_referenceDate = date;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, OfficeColumn), index(rowCount() - 1, OfficeColumn));
}

int OfficialsModel::rowOf(const QString &officialId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).official.id == officialId)
            return int(i);
    }
    return -1;
}

QStringList OfficialsModel::countries() const
{
    QSet<QString> set;
    for (const Row &r : m_rows)
        set.insert(r.official.country);
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

int OfficialsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OfficialsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OfficialsModel::officeText(const Official &official) const
{
    const Office *office = official.currentOrLatestOffice(m_referenceDate);
    if (!office)
        return QString();
    if (office->heldOn(m_referenceDate))
        return office->displayTitle();
    //: an office no longer held on the reference date; %1 is the office, %2 when it ended
    return tr("%1 (until %2)").arg(office->displayTitle(),
                                   office->to.isValid() ? office->to.toDisplayString() : tr("unknown"));
}

QVariant OfficialsModel::sortKey(const Row &row, int column) const
{
    switch (column) {
    case NameColumn: return row.official.name.toCaseFolded();
    case CountryColumn: return countryName(row.official.country).toCaseFolded();
    case OfficeColumn: return officeText(row.official).toCaseFolded();
    case MentionsColumn: return row.mentions;
    default: return QVariant();
    }
}

QVariant OfficialsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return row.official.name;
        case CountryColumn: return countryName(row.official.country);
        case OfficeColumn: return officeText(row.official);
        case MentionsColumn: return row.mentions;
        default: return QVariant();
        }
    case Qt::ToolTipRole: {
        QStringList lines{row.official.name};
        for (const Office &o : row.official.offices) {
            lines.append(tr("%1: %2 – %3")
                             .arg(o.displayTitle(), o.from.isValid() ? o.from.toDisplayString() : tr("unknown"),
                                  o.to.isValid() ? o.to.toDisplayString() : tr("present")));
        }
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        if (index.column() == MentionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SortRole: return sortKey(row, index.column());
    case IdRole: return row.official.id;
    case CountryRole: return row.official.country;
    case MentionCountRole: return row.mentions;
    case NamesRole: return row.official.allNames();
    default: return QVariant();
    }
}

QVariant OfficialsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case CountryColumn: return tr("Country");
    case OfficeColumn: return tr("Office");
    case MentionsColumn: return tr("Mentions");
    default: return QVariant();
    }
}

QHash<int, QByteArray> OfficialsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortKey");
    names.insert(IdRole, "officialId");
    names.insert(CountryRole, "country");
    names.insert(MentionCountRole, "mentionCount");
    names.insert(NamesRole, "names");
    return names;
}

void OfficialsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList idsBefore;
    for (const QModelIndex &i : before)
        idsBefore.append(m_rows.at(i.row()).official.id);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        const QVariant ka = sortKey(a, column);
        const QVariant kb = sortKey(b, column);
        const int c = QVariant::compare(ka, kb) == QPartialOrdering::Less ? -1
                    : QVariant::compare(ka, kb) == QPartialOrdering::Greater ? 1 : 0;
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k)
        after.append(index(rowOf(idsBefore.at(k)), before.at(k).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Entente

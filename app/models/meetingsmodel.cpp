#include "models/meetingsmodel.h"

namespace Entente {

MeetingsModel::MeetingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MeetingsModel::setMeetings(const MeetingList &meetings)
{
    beginResetModel();
    m_meetings = meetings;
    endResetModel();
}

int MeetingsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_meetings.size(); ++i) {
        if (m_meetings.at(i).id == id)
            return i;
    }
    return -1;
}

bool MeetingsModel::addMeeting(const Meeting &meeting)
{
    if (meeting.id.isEmpty() || rowOf(meeting.id) >= 0)
        return false;
    const int row = int(m_meetings.size());
    beginInsertRows({}, row, row);
    m_meetings.append(meeting);
    endInsertRows();
    return true;
}

bool MeetingsModel::updateMeeting(const Meeting &meeting)
{
    const int row = rowOf(meeting.id);
    if (row < 0)
        return false;
    m_meetings[row] = meeting;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool MeetingsModel::removeMeeting(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_meetings.removeAt(row);
    endRemoveRows();
    return true;
}

void MeetingsModel::setOfficialNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_meetings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString MeetingsModel::officialName(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? Meeting::nameFromOfficialId(id) : name;
}

int MeetingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingsModel::participantsText(const Meeting &m) const
{
    QStringList names;
    for (const QString &id : m.participants)
        names.append(officialName(id));
    names += m.others;
    return names.join(QStringLiteral(", "));
}

QString MeetingsModel::label(const Meeting &m) const
{
    // Surnames keep labels short: "Shamkhani – Salih"; free-text participants follow.
    QStringList parts;
    for (const QString &id : m.participants) {
        const QString name = officialName(id);
        parts.append(name.section(u' ', -1));
    }
    if (parts.size() < 2)
        parts += m.others.mid(0, 2 - parts.size());
    QString text = parts.join(QStringLiteral(" – "));
    if (m.kind != u"talks")
        text = tr("%1 (%2)").arg(text, Meeting::kindDisplayName(m.kind).toLower());
    return text;
}

QString MeetingsModel::toolTip(const Meeting &m) const
{
    QString place = m.place;
    if (!m.hostCountry.isEmpty())
        place = place.isEmpty() ? Meeting::countryDisplayName(m.hostCountry)
                                : tr("%1, %2").arg(place, Meeting::countryDisplayName(m.hostCountry));
    if (place.isEmpty())
        place = tr("place not stated");
    QString html = u"<b>" + m.date.toDisplayString().toHtmlEscaped() + u"</b> · " + Meeting::kindDisplayName(m.kind).toHtmlEscaped()
        + u"<br/>" + place.toHtmlEscaped() + u"<br/>" + participantsText(m).toHtmlEscaped() + u"<br/><i>"
        + m.summary.toHtmlEscaped() + u"</i><br/>"
        + tr("%n source(s): %1", nullptr, int(m.articleIds().size())).arg(m.articleIds().join(QStringLiteral(", "))).toHtmlEscaped();
    return html;
}

QVariant MeetingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting &m = m_meetings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return m.date.toDisplayString();
        case PlaceColumn: return m.place;
        case ParticipantsColumn: return participantsText(m);
        case KindColumn: return Meeting::kindDisplayName(m.kind);
        case SummaryColumn: return m.summary;
        case EvidenceColumn: return int(m.evidence.size());
        default: return {};
        }
    case Qt::ToolTipRole: return toolTip(m);
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(m.date.toDisplayString(), label(m), m.place.isEmpty() ? tr("place not stated") : m.place);
    case Qt::TextAlignmentRole:
        if (index.column() == EvidenceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return m.id;
    case MeetingRole: return QVariant::fromValue(m);
    case EdtfRole: return m.date.toString();
    case EarliestRole: return m.date.earliest();
    case LatestRole: return m.date.latest();
    case PrecisionRole: return int(m.date.precision());
    case UncertainRole: return m.date.isUncertain();
    case ApproximateRole: return m.date.isApproximate();
    case HostCountryRole: return m.hostCountry;
    case ParticipantIdsRole: return m.participants;
    case ArticleIdsRole: return m.articleIds();
    case LabelRole: return label(m);
    default: return {};
    }
}

QVariant MeetingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case PlaceColumn: return tr("Place");
    case ParticipantsColumn: return tr("Participants");
    case KindColumn: return tr("Kind");
    case SummaryColumn: return tr("Summary");
    case EvidenceColumn: return tr("Evidence");
    default: return {};
    }
}

QHash<int, QByteArray> MeetingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "meetingId");
    names.insert(MeetingRole, "meeting");
    names.insert(EdtfRole, "edtf");
    names.insert(EarliestRole, "earliest");
    names.insert(LatestRole, "latest");
    names.insert(PrecisionRole, "precision");
    names.insert(UncertainRole, "uncertain");
    names.insert(ApproximateRole, "approximate");
    names.insert(HostCountryRole, "hostCountry");
    names.insert(ParticipantIdsRole, "participantIds");
    names.insert(ArticleIdsRole, "articleIds");
    names.insert(LabelRole, "label");
    return names;
}

} // namespace Entente

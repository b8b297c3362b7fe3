#pragma once

#include "model/meeting.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Entente {

/**
 * A table of meetings: one row per meeting, columns for date, place, participants, kind,
 * summary and the number of evidence quotes. Custom roles give views (the timeline, filters)
 * what they need without parsing display text: the id, the EDTF date and its span
 * (earliest/latest QDate), precision, uncertainty, the host country and participant ids.
 *
 * Fed with setMeetings() from the corpus today and from the project file later; single edits
 * (addMeeting/updateMeeting/removeMeeting) emit the fine-grained signals views need.
 */
class MeetingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, PlaceColumn, ParticipantsColumn, KindColumn, SummaryColumn, EvidenceColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        MeetingRole,        ///< the whole Meeting (QVariant of Entente::Meeting)
        EdtfRole,           ///< the EDTF string, e.g. "2021-02-03?"
        EarliestRole,       ///< QDate: first day the date covers
        LatestRole,         ///< QDate: last day the date covers
        PrecisionRole,      ///< int: EdtfDate::Precision
        UncertainRole,      ///< bool
        ApproximateRole,    ///< bool
        HostCountryRole,    ///< "IR", "IQ" or empty
        ParticipantIdsRole, ///< QStringList of official ids
        ArticleIdsRole,     ///< QStringList of the articles that report the meeting
        LabelRole,          ///< a short label for the timeline: "Shamkhani – Salih"
    };
    Q_ENUM(Role)

    explicit MeetingsModel(QObject *parent = nullptr);

    void setMeetings(const MeetingList &meetings);
    const MeetingList &meetings() const { return m_meetings; }
    Meeting meetingAt(int row) const { return m_meetings.value(row); }
    /// Row of the meeting with @p id, or -1.
    int rowOf(const QString &id) const;

    /// Appends @p meeting (its id must be new). Returns false if the id is taken or empty.
    bool addMeeting(const Meeting &meeting);
    /// Replaces the meeting with the same id. Returns false if there is none.
    bool updateMeeting(const Meeting &meeting);
    bool removeMeeting(const QString &id);

    /// Names for official ids (from the gazetteer); ids without one are shown by a name made
    /// from the id.
    void setOfficialNames(const QHash<QString, QString> &names);
    QString officialName(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString participantsText(const Meeting &m) const;
    QString label(const Meeting &m) const;
    QString toolTip(const Meeting &m) const;

    MeetingList m_meetings;
    QHash<QString, QString> m_names;
};

} // namespace Entente

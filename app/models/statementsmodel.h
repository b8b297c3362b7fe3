#pragma once

#include "model/statement.h"

#include <QAbstractTableModel>

namespace Entente {

class SpeakerResolver;

/**
 * A table of statements: one row each, columns Speaker, Statement, Cue, Kind, Date, Article,
 * Status, Tags. SortRole gives values that sort naturally (dates chronologically);
 * StatementRole the whole Statement. Speaker names come from the resolver when one is set.
 *
 * The project stores statements as StatementRecords; RecordConversion (app/store) converts
 * between the two without loss.
 */
class StatementsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SpeakerColumn,
        TextColumn,
        CueColumn,
        KindColumn,
        DateColumn,
        ArticleColumn,
        StatusColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a value for QSortFilterProxyModel::setSortRole()
        StatementRole,               ///< Entente::Statement
        SpeakerIdRole,               ///< QString, empty when unknown
        ArticleIdRole,               ///< QString
        StartRole,                   ///< qsizetype, code points
        EndRole,                     ///< qsizetype, code points
    };

    explicit StatementsModel(QObject *parent = nullptr);

    void setSpeakerResolver(const SpeakerResolver *resolver);
    const SpeakerResolver *speakerResolver() const { return m_resolver; }

    void setStatements(const StatementList &statements);
    const StatementList &statements() const { return m_statements; }
    Statement statementAt(int row) const { return m_statements.value(row); }

    /// Appends @p statement and returns its row.
    int addStatement(const Statement &statement);
    bool removeStatement(int row);
    /// Replaces the statement at @p row; a changed extracted statement becomes "edited".
    bool updateStatement(int row, const Statement &statement);
    bool setStatus(int row, Statement::Status status);

    /// The speaker as shown: the official's name, the candidates ("A or B"), the text as
    /// written, or "unknown".
    QString speakerName(const Statement &statement) const;


    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const SpeakerResolver *m_resolver = nullptr;
    StatementList m_statements;
};

} // namespace Entente

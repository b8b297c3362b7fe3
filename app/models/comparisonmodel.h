#pragma once

#include "model/article.h"
#include "model/statement.h"
#include "models/statementsmodel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Entente {

class SpeakerResolver;

/**
 * Statements laid out by year for comparing what was said over time. Columns are years
 * (2020–2023 unless setYears() says otherwise; with setYears({}) the years present), rows
 * the statements of each year in date order; a cell past the end of its year's list is empty
 * (invalid data, no flags).
 *
 * Which statements: those of the chosen speakers (official ids), or of whoever held the chosen
 * office on the statement's date (so "President of Iraq" gives Barham Salih in 2020 and Abdul
 * Latif Rashid in 2023), optionally only those with a topic tag. With neither speakers nor an
 * office, every statement with a known speaker is shown. A statement whose speaker is
 * uncertain (several candidates) is shown when any candidate matches.
 *
 * The model follows a StatementsModel: any change there rebuilds the columns.
 */
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        StatementRole = Qt::UserRole + 1, ///< Entente::Statement
        ArticleIdRole,                    ///< QString
        StartRole,                        ///< qsizetype, code points
        EndRole,                          ///< qsizetype
        QuoteRole,                        ///< QString: the statement's text
        SpeakerNameRole,                  ///< QString
        DateTextRole,                     ///< QString: the date for people
        SourceRole,                       ///< QString: the article's source (or title)
        YearRole,                         ///< int: the column's year
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setSourceModel(StatementsModel *model);
    StatementsModel *sourceModel() const { return m_source; }
    void setSpeakerResolver(const SpeakerResolver *resolver);
    /// Articles, for the source shown with each statement.
    void setArticles(const ArticleList &articles);

    void setSpeakers(const QStringList &officialIds);
    QStringList speakers() const { return m_speakers; }
    /// An office title such as "President of Iraq"; clears the speakers. Empty: no office.
    void setOffice(const QString &title);
    QString office() const { return m_office; }
    void setTag(const QString &tag);
    QString tag() const { return m_tag; }
    /// The year columns; an empty list means "the years that have statements".
    void setYears(const QList<int> &years);
    QList<int> years() const { return m_columns; }

    /// The statement in a cell, or nullptr for an empty cell.
    const Statement *statementAt(const QModelIndex &index) const;
    /// Statements in the column of @p year.
    int countInYear(int year) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QList<int> defaultYears() { return {2020, 2021, 2022, 2023}; }

private:
    void rebuild();
    bool accepts(const Statement &s) const;
    QString speakerName(const Statement &s) const;

    QPointer<StatementsModel> m_source;
    const SpeakerResolver *m_resolver = nullptr;
    QHash<QString, Article> m_articles;
    QStringList m_speakers;
    QString m_office;
    QString m_tag;
    QList<int> m_years = defaultYears(); // as set; empty = automatic
    QList<int> m_columns;                // the years shown
    QList<StatementList> m_cells;        // per column
};

} // namespace Entente

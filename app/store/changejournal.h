#pragma once

#include "store/rowchange.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <utility>

namespace Entente {

class ProjectFile;

/**
 * Internal to the store: what a set of applied row changes touched, so that Project can emit
 * one signal per kind of change once the transaction is committed. An annotation's existence
 * is followed from its first to its last change: added, removed, changed, or (added and
 * removed again) nothing at all.
 */
struct ChangeSummary
{
    bool articles = false;
    bool tags = false;
    bool meetings = false;
    bool statements = false;
    bool officialsEdits = false;
    /// A bulk write: no signal per annotation (views reload on articlesChanged).
    bool bulk = false;
    QSet<QString> articleTags;
    /// Per annotation id: did it exist before the first change, does it after the last.
    QHash<qint64, std::pair<bool, bool>> annotations;

    void note(const RowChange &change);
};

/**
 * Internal to the store: writes RowChangeLists to the project file. apply() runs a list in
 * one transaction of its own, or inside the open batch (beginBatch() ... commitBatch() or
 * rollbackBatch()), so that several lists land together or not at all. What was written is
 * collected until takeSummary().
 */
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ChangeJournal)
public:
    explicit ChangeJournal(ProjectFile &file);

    bool apply(const RowChangeList &changes);

    bool beginBatch();
    bool inBatch() const { return m_inBatch; }
    bool commitBatch();
    void rollbackBatch();

    /// What the changes applied since the last call touched (committed or not: the caller
    /// takes it after a commit and discards it after a rollback).
    ChangeSummary takeSummary();
    QString errorString() const { return m_error; }

    /// The next free integer id of @p table.
    qint64 nextId(const QString &table) const;

private:
    bool write(const RowChange &change);
    /// Moves the rows of bulk import @p importId to the shelves or back (RowChange::Shelve).
    bool moveImport(qint64 importId, bool toShelf);

    ProjectFile &m_file;
    ChangeSummary m_summary;
    bool m_inBatch = false;
    QString m_error;
};

} // namespace Entente

#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Entente {

/**
 * Internal to the store: one row-level change of the project database. Insert writes key +
 * after; Delete removes the row named by key (before holds its other columns, for undo);
 * Update sets the columns in after (before holds their old values). Undo applies a list
 * reversed with each change reversed, so a command only describes its change once.
 *
 * Shelve and Unshelve move a whole bulk import (key: import_id) between the live tables and
 * the shelves, so undoing and redoing an import of thousands of articles holds none of their
 * texts in memory (table is "articles").
 */
struct RowChange
{
    enum Kind { Insert, Update, Delete, Shelve, Unshelve };
    Kind kind = Update;
    QString table;
    QVariantMap key;
    QVariantMap before;
    QVariantMap after;

    RowChange reversed() const
    {
        const Kind k = kind == Insert ? Delete
                       : kind == Delete ? Insert
                       : kind == Shelve ? Unshelve
                       : kind == Unshelve ? Shelve
                                          : Update;
        return {k, table, key, after, before};
    }
};

using RowChangeList = QList<RowChange>;

} // namespace Entente

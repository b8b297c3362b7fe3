#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <array>
#include <functional>

namespace Entente {

/**
 * One table of records keyed by an integer "id" (meetings, statements, officials edits), told
 * once: its name, its columns and, per column, the record member it holds and the key it has
 * in a project JSON document. From that one description come the row a record is written as,
 * the record a query row is read back into, and the record's JSON object and back; Project's
 * add/update/remove/list verbs and ProjectJson's export and import all go through it.
 *
 * Every column passes through a QJsonValue: a list or object is stored as compact JSON text
 * (Kind::Json), a text that is empty may be stored as a fallback ("user") or as NULL
 * (Kind::OptionalText), an integer or a flag as itself.
 */
template<typename Record>
class RecordTable
{
public:
    struct Column
    {
        enum Kind { Text, OptionalText, Integer, Boolean, Json };
        QString name;    ///< SQL column
        QString jsonKey; ///< key in the project document
        Kind kind = Text;
        std::function<QJsonValue(const Record &)> get;
        std::function<void(Record &, const QJsonValue &)> set;
        QString fallback; ///< Text: written instead of an empty text
    };

    /// @p texts: the undo texts of add, edit and remove and the "no such row" message.
    RecordTable(const char *table, const char *order, std::array<const char *, 4> texts)
        : name(QString::fromLatin1(table))
        , orderBy(QString::fromLatin1(order))
        , addText(texts[0])
        , editText(texts[1])
        , removeText(texts[2])
        , missingText(texts[3])
    {
    }

    QString name;
    QString orderBy; ///< ORDER BY clause of list queries
    QList<Column> columns;
    // Undo texts and the "no such row" message, translated in Project's context.
    const char *addText;
    const char *editText;
    const char *removeText;
    const char *missingText;

    // --- building a description -------------------------------------------------------------
    RecordTable &text(const char *column, const char *key, QString Record::*m, const char *fallback = "")
    {
        return add({QString::fromLatin1(column), QString::fromLatin1(key), Column::Text,
                    [m](const Record &r) { return QJsonValue(r.*m); },
                    [m](Record &r, const QJsonValue &v) { r.*m = v.toString(); }, QString::fromLatin1(fallback)});
    }
    RecordTable &optionalText(const char *column, const char *key, QString Record::*m)
    {
        text(column, key, m);
        columns.last().kind = Column::OptionalText;
        return *this;
    }
    template<typename Member>
    RecordTable &integer(const char *column, const char *key, Member Record::*m)
    {
        return add({QString::fromLatin1(column), QString::fromLatin1(key), Column::Integer,
                    [m](const Record &r) { return QJsonValue(qint64(r.*m)); },
                    [m](Record &r, const QJsonValue &v) { r.*m = Member(v.toInteger()); }, {}});
    }
    RecordTable &boolean(const char *column, const char *key, bool Record::*m)
    {
        return add({QString::fromLatin1(column), QString::fromLatin1(key), Column::Boolean,
                    [m](const Record &r) { return QJsonValue(r.*m); },
                    [m](Record &r, const QJsonValue &v) { r.*m = v.toBool(); }, {}});
    }
    RecordTable &stringList(const char *column, const char *key, QStringList Record::*m)
    {
        return json(column, key, [m](const Record &r) { return QJsonValue(QJsonArray::fromStringList(r.*m)); },
                    [m](Record &r, const QJsonValue &v) {
                        (r.*m).clear();
                        for (const QJsonValue &item : v.toArray())
                            (r.*m).append(item.toString());
                    });
    }
    RecordTable &json(const char *column, const char *key, std::function<QJsonValue(const Record &)> get,
                      std::function<void(Record &, const QJsonValue &)> set)
    {
        return add({QString::fromLatin1(column), QString::fromLatin1(key), Column::Json, std::move(get), std::move(set), {}});
    }

    // --- using it ----------------------------------------------------------------------------
    /// "SELECT id, <columns> FROM <name>" followed by @p rest (a WHERE and/or ORDER BY).
    QString select(const QString &rest) const
    {
        QStringList names{QStringLiteral("id")};
        for (const Column &c : columns)
            names.append(c.name);
        return QStringLiteral("SELECT %1 FROM %2 %3").arg(names.join(QStringLiteral(", ")), name, rest);
    }

    /// The record's columns (without the id) as written.
    QVariantMap toRow(const Record &record) const
    {
        QVariantMap row;
        for (const Column &c : columns) {
            const QJsonValue v = c.get(record);
            switch (c.kind) {
            case Column::Text:
                row.insert(c.name, v.toString().isEmpty() && !c.fallback.isEmpty() ? c.fallback : v.toString());
                break;
            case Column::OptionalText:
                row.insert(c.name, v.toString().isEmpty() ? QVariant::fromValue(nullptr) : QVariant(v.toString()));
                break;
            case Column::Integer:
                row.insert(c.name, v.toInteger());
                break;
            case Column::Boolean:
                row.insert(c.name, v.toBool() ? 1 : 0);
                break;
            case Column::Json:
                row.insert(c.name, QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                                                  : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
                break;
            }
        }
        return row;
    }

    /// The record in the current row of a query made with select().
    Record fromQuery(const QSqlQuery &q) const
    {
        Record record;
        record.id = q.value(0).toLongLong();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const Column &c = columns.at(i);
            const QVariant v = q.value(int(i) + 1);
            switch (c.kind) {
            case Column::Text:
            case Column::OptionalText:
                c.set(record, v.toString());
                break;
            case Column::Integer:
                c.set(record, v.toLongLong());
                break;
            case Column::Boolean:
                c.set(record, v.toInt() != 0);
                break;
            case Column::Json: {
                const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
                c.set(record, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
                break;
            }
            }
        }
        return record;
    }

    QJsonObject toJson(const Record &record) const
    {
        QJsonObject o{{QStringLiteral("id"), record.id}};
        for (const Column &c : columns)
            o.insert(c.jsonKey, c.get(record));
        return o;
    }

    /// The record a project document describes; a key it leaves out keeps the record's
    /// default (an empty text then takes the column's fallback when written).
    Record fromJson(const QJsonObject &o) const
    {
        Record record;
        record.id = o.value(QStringLiteral("id")).toInteger();
        for (const Column &c : columns) {
            const QJsonValue v = o.value(c.jsonKey);
            if (!v.isUndefined())
                c.set(record, v);
            else if (c.kind == Column::Text && !c.fallback.isEmpty())
                c.set(record, QString());
        }
        return record;
    }

private:
    RecordTable &add(Column column)
    {
        columns.append(std::move(column));
        return *this;
    }
};

} // namespace Entente

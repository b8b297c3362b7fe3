#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace Entente {

/// "a string", "a number", … — how problem reports name the JSON type that was found.
QString jsonTypeName(const QJsonValue &value);

/// 1-based line and column (in code points) of byte @p offset in UTF-8 @p bytes, for
/// reporting where a JSON parse error is.
void jsonLineColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column);

/// Receives one problem: the JSON path of the field and what is wrong with it.
using JsonProblemSink = std::function<void(const QString &field, const QString &message)>;

/// Reads an optional array of non-empty, distinct strings (trimmed) at @p field into @p out.
/// Every bad element is reported to @p report; returns false when there was any.
bool readJsonStringList(const QJsonValue &value, const QString &field, const JsonProblemSink &report, QStringList *out);

} // namespace Entente

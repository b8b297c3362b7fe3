#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Entente {

/// "a string", "a number", … — how problem reports name the JSON type that was found.
QString jsonTypeName(const QJsonValue &value);

/// 1-based line and column (in code points) of byte @p offset in UTF-8 @p bytes, for
/// reporting where a JSON parse error is.
void jsonLineColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column);

} // namespace Entente

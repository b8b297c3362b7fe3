#include "io/jsonproblems.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Entente {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

void jsonLineColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column)
{
    *line = 1;
    *column = 1;
    offset = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++*line;
            *column = 1;
        } else if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80) {
            ++*column;
        }
    }
}

bool readJsonStringList(const QJsonValue &value, const QString &field, const JsonProblemSink &report, QStringList *out)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Entente::JsonProblems", text); };
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        report(field, tr("expected an array of strings, found %1").arg(jsonTypeName(value)));
        return false;
    }
    bool ok = true;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = field + u'[' + QString::number(i) + u']';
        const QString text = array.at(i).toString().trimmed();
        if (!array.at(i).isString()) {
            report(at, tr("expected a string, found %1").arg(jsonTypeName(array.at(i))));
            ok = false;
        } else if (text.isEmpty()) {
            report(at, tr("must not be empty"));
            ok = false;
        } else if (out->contains(text)) {
            report(at, tr("'%1' is listed twice").arg(array.at(i).toString()));
            ok = false;
        } else {
            out->append(text);
        }
    }
    return ok;
}

} // namespace Entente

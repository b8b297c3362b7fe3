#pragma once

#include <QCoreApplication>
#include <QString>

class QXmlStreamReader;

namespace Entente {

/**
 * The rules every XML reader of the import layer applies to untrusted files: no document type
 * declaration at all (so no entity declarations, neither the billion-laughs kind nor external
 * ones that would load files or URLs), and reader errors reported with their line and column.
 */
class XmlSafety
{
    Q_DECLARE_TR_FUNCTIONS(Entente::XmlSafety)
public:
    /// Prepares @p xml for untrusted input (a small entity-expansion limit as a second guard).
    static void prepare(QXmlStreamReader &xml);
    /// Call after each readNext(): false when the current token is forbidden (a DTD), with the
    /// reason in @p error.
    static bool tokenAllowed(const QXmlStreamReader &xml, QString *error);
    /// The reader's own error as a sentence with its position: "line 3, column 7: ...".
    static QString describeError(const QXmlStreamReader &xml);
};

} // namespace Entente

#include "import/xmlsafety.h"

#include <QXmlStreamReader>

namespace Entente {

void XmlSafety::prepare(QXmlStreamReader &xml)
{
    xml.setNamespaceProcessing(true);
    xml.setEntityExpansionLimit(1024);
}

bool XmlSafety::tokenAllowed(const QXmlStreamReader &xml, QString *error)
{
    if (xml.tokenType() == QXmlStreamReader::DTD) {
        if (error)
            *error = tr("line %1: the file declares a document type (<!DOCTYPE ...>), which is "
                        "refused: its entities could expand without bound or load other files")
                         .arg(xml.lineNumber());
        return false;
    }
    if (xml.tokenType() == QXmlStreamReader::EntityReference) {
        if (error)
            *error = tr("line %1: the entity '&%2;' is not one XML defines")
                         .arg(xml.lineNumber())
                         .arg(xml.name().toString());
        return false;
    }
    return true;
}

QString XmlSafety::describeError(const QXmlStreamReader &xml)
{
    return tr("line %1, column %2: %3")
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

} // namespace Entente

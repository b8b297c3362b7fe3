#pragma once

#include "import/importedarticle.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Entente {

/**
 * What a word-processor document (DOCX, ODT) holds for Entente: its paragraphs in reading
 * order, which of them is styled as the title, and the document properties that the file
 * states (title, author, creation date, language), each as written.
 */
struct DocumentContent
{
    Q_DECLARE_TR_FUNCTIONS(Entente::DocumentContent)
public:
    QStringList paragraphs;     ///< in order, each trimmed; may include empty ones
    int titleParagraph = -1;    ///< a paragraph styled Title or Heading 1 near the start, or -1
    QString title;              ///< from the document properties
    QString author;
    QString created;            ///< the creation date as written
    QString createdField;       ///< where it was written, e.g. "docProps/core.xml dcterms:created"
    QString language;

    /// The article: title from the properties or else the title-styled paragraph (left out of
    /// the text when it is the title), the non-empty paragraphs separated by blank lines, the
    /// date parsed.
    ImportedArticle toArticle(const QString &fileName, const QString &format) const;
};

} // namespace Entente

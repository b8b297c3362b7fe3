#pragma once

#include "import/documentcontent.h"
#include "import/importedarticle.h"
#include "import/zippackage.h"

#include <QCoreApplication>

namespace Entente {

/**
 * Reads Word documents (DOCX, Office Open XML, transitional or strict): the paragraphs of
 * word/document.xml (w:p; text from w:t, w:tab as a tab, w:br and w:cr as line breaks, a page
 * break as a paragraph break; deleted and moved-away revisions, field codes, drawings and
 * text boxes left out) and the core properties of docProps/core.xml (dc:title, dc:creator,
 * dcterms:created, dc:language). The zip is read with KArchive within ZipPackage's limits.
 *
 * A DOCX that is a Nexis Uni export (several articles, each closed by "End of Document") is
 * handed to NewsExportReader and gives one article per document.
 */
class DocxReader : public MultiArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(Entente::DocxReader)
public:
    explicit DocxReader(qint64 maxEntrySize = ZipPackage::DefaultMaxEntrySize)
        : m_maxEntrySize(maxEntrySize) {}

    /// "document", the family shared with OdtReader; articles say "docx" (or "nexis").
    QString formatName() const override;
    QStringList fileSuffixes() const override { return {QStringLiteral("docx")}; }
    bool canRead(const QString &fileName, const QByteArray &head) const override;
    bool readAll(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
                 QStringList *skipped, QString *error) const override;

    /// The paragraphs and properties of the DOCX @p data; @p error without the file name.
    static bool readContent(const QByteArray &data, DocumentContent *content, QString *error,
                            qint64 maxEntrySize = ZipPackage::DefaultMaxEntrySize);

private:
    qint64 m_maxEntrySize;
};

} // namespace Entente

#pragma once

#include "import/documentcontent.h"
#include "import/importedarticle.h"
#include "import/zippackage.h"

#include <QCoreApplication>

namespace Entente {

/**
 * Reads OpenDocument text files (ODT): the paragraphs and headings of content.xml (text:p,
 * text:h, in lists, tables and sections; text:span and links inline; text:s as its count of
 * spaces, text:tab, text:line-break; other white space collapsed as ODF says; notes,
 * annotations, tracked changes and frames left out) and meta.xml (dc:title,
 * meta:initial-creator or dc:creator, meta:creation-date or else dc:date, dc:language). The
 * zip is read with KArchive within ZipPackage's limits.
 */
class OdtReader : public ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(Entente::OdtReader)
public:
    explicit OdtReader(qint64 maxEntrySize = ZipPackage::DefaultMaxEntrySize)
        : m_maxEntrySize(maxEntrySize) {}

    /// "document", the family shared with DocxReader; articles say "odt".
    QString formatName() const override;
    QStringList fileSuffixes() const override { return {QStringLiteral("odt")}; }
    bool canRead(const QString &fileName, const QByteArray &head) const override;
    bool read(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
              QString *error) const override;

    /// The paragraphs and properties of the ODT @p data; @p error without the file name.
    static bool readContent(const QByteArray &data, DocumentContent *content, QString *error,
                            qint64 maxEntrySize = ZipPackage::DefaultMaxEntrySize);

private:
    qint64 m_maxEntrySize;
};

} // namespace Entente

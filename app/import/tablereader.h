#pragma once

#include "import/columnmapping.h"
#include "import/importedarticle.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Entente {

/**
 * Reads spreadsheets of articles, one article per row: CSV and TSV (RFC 4180: quoted fields
 * with embedded line breaks and doubled quotes, CRLF or LF, a UTF-8 or UTF-16 byte-order mark,
 * the delimiter , ; or tab sniffed from the header unless set) and JSON Lines (one object per
 * line). Columns become fields through a ColumnMapping.
 *
 * Rows are numbered as a spreadsheet shows them (the header is row 1), JSON Lines by line.
 * Problems name the row and the column: a row without text is skipped and reported ("row 7:
 * no text in column 'body'"), a cell that cannot be read becomes a warning on its article and
 * the field stays empty ("row 12: column 'date': '31/31/2020' is not a date"). A file whose
 * header has no text column, or a quoted field that is never closed, fails as a whole.
 * ImportedArticle::format is "csv", "tsv" or "jsonl".
 */
class TableReader : public MultiArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(Entente::TableReader)
public:
    TableReader() = default;
    explicit TableReader(const ColumnMapping &mapping) : m_mapping(mapping) {}

    void setMapping(const ColumnMapping &mapping) { m_mapping = mapping; }
    ColumnMapping mapping() const { return m_mapping; }
    /// The field delimiter of CSV/TSV files; a null QChar (the default) sniffs it.
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    QChar delimiter() const { return m_delimiter; }

    /// "table", the family; each article says "csv", "tsv" or "jsonl".
    QString formatName() const override;
    QStringList fileSuffixes() const override { return {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("tab"), QStringLiteral("jsonl"), QStringLiteral("ndjson")}; }
    bool canRead(const QString &fileName, const QByteArray &head) const override;
    bool readAll(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
                 QStringList *skipped, QString *error) const override;

    /// The column names of a CSV/TSV file's header, or every key of a JSON Lines file in order
    /// of first appearance: what the import dialog offers for the mapping.
    bool readColumns(const QString &fileName, const QByteArray &data, QStringList *columns,
                     QString *error) const;

    /// Splits @p text into records of fields by RFC 4180 with @p delimiter. False when a
    /// quoted field is never closed (@p error names the row and line it starts on).
    static bool splitRecords(QStringView text, QChar delimiter, QList<QStringList> *records,
                             QString *error);
    /// The delimiter among , ; and tab that occurs most often, outside quotes, in the first
    /// record of @p text; @p preferred wins ties and is the answer when none occurs.
    static QChar sniffDelimiter(QStringView text, QChar preferred = QChar(u','));

private:
    bool isJsonLines(const QString &fileName, const QString &text) const;
    bool readDelimited(const QString &fileName, const QString &text, ImportedArticleList *articles,
                       QStringList *skipped, QString *error) const;
    bool readJsonLines(const QString &fileName, const QString &text, ImportedArticleList *articles,
                       QStringList *skipped, QString *error) const;

    ColumnMapping m_mapping;
    QChar m_delimiter;
};

} // namespace Entente

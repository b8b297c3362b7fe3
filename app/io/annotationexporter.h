#pragma once

#include "io/outputfile.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>

namespace Entente {

class Project;

/**
 * Exports a project's annotations as CSV (see CsvWriter): one row per annotation and tag (an
 * annotation without tags gives one row with an empty tag_path), in the columns of columns().
 * Offsets are code points (unit "codepoint"), as in Python's str indexing.
 *
 * Filters: a tag (with every tag below it), a publication year, an article.
 */
class AnnotationExporter
{
    Q_DECLARE_TR_FUNCTIONS(Entente::AnnotationExporter)
public:
    /// Ids of the officials mentioned in [start, end) of an article.
    using OfficialsProvider = std::function<QStringList(const QString &articleId, qsizetype start, qsizetype end)>;

    struct Filter
    {
        qint64 tagId = 0;  ///< 0: every tag
        int year = 0;      ///< 0: every year; else the article's publication year
        QString articleId; ///< empty: every article
    };

    explicit AnnotationExporter(const Project *project);

    void setFilter(const Filter &filter) { m_filter = filter; }
    Filter filter() const { return m_filter; }
    void setOfficialsProvider(OfficialsProvider provider) { m_officials = std::move(provider); }
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    void setByteOrderMark(bool bom) { m_bom = bom; }

    /// The header row.
    static QStringList columns();
    /// The data rows (unquoted), at most @p maxRows when that is not negative.
    QList<QStringList> rows(qsizetype maxRows = -1) const;
    /// Header and rows as CSV text (no byte-order mark), e.g. for a preview.
    QString toCsv(qsizetype maxRows = -1) const;

    /// Writes header and rows to @p device.
    bool write(QIODevice *device);
    /// Writes to @p fileName atomically (QSaveFile); "-" writes to standard output. The file
    /// is kept only if @p gate (when given) passes at the end (see OutputFile).
    bool writeFile(const QString &fileName, const OutputFile::Gate &gate = {});
    QString errorString() const { return m_error; }

private:
    const Project *m_project;
    Filter m_filter;
    OfficialsProvider m_officials;
    QChar m_delimiter = u',';
    bool m_bom = false;
    QString m_error;
};

} // namespace Entente

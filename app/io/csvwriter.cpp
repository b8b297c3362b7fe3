#include "io/csvwriter.h"

namespace Entente {

namespace {
bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// True when the cell is apostrophes followed by a formula character (or is one itself).
bool looksLikeFormula(const QString &cell, qsizetype from)
{
    qsizetype i = from;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return i < cell.size() && isFormulaStart(cell.at(i));
}
} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

QString CsvWriter::neutralise(const QString &cell)
{
    return looksLikeFormula(cell, 0) ? u'\'' + cell : cell;
}

QString CsvWriter::unneutralise(const QString &cell)
{
    return cell.startsWith(u'\'') && looksLikeFormula(cell, 1) ? cell.mid(1) : cell;
}

QString CsvWriter::formatCell(const QString &raw) const
{
    const QString cell = m_neutralise ? neutralise(raw) : raw;
    const bool quote = cell.contains(m_delimiter) || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
    if (!quote)
        return cell;
    return u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString CsvWriter::formatRow(const QStringList &cells) const
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        line += formatCell(cells.at(i));
    }
    return line + QStringLiteral("\r\n");
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_device || !m_device->isWritable()) {
        m_error = tr("The CSV output is not open for writing.");
        return false;
    }
    QByteArray bytes;
    if (!m_started && m_bom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    m_started = true;
    bytes += formatRow(cells).toUtf8();
    if (m_device->write(bytes) != bytes.size()) {
        m_error = tr("Cannot write the CSV: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

} // namespace Entente

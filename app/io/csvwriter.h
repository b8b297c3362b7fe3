#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace Entente {

/**
 * Writes RFC 4180 CSV: UTF-8 (optionally with a byte-order mark for Excel), CRLF line ends,
 * fields quoted when they hold the delimiter, a double quote, CR or LF (quotes doubled).
 *
 * Formula neutralisation: a cell that a spreadsheet would evaluate — one starting with
 * = + - @ TAB or CR — gets a leading apostrophe. So that the rule can be undone without
 * ambiguity, a cell that already starts with apostrophes followed by one of those characters
 * gets one more. Reading back: drop one leading apostrophe when the rest starts with an
 * apostrophe or one of those characters (see unneutralise()).
 */
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Entente::CsvWriter)
public:
    explicit CsvWriter(QIODevice *device = nullptr);

    void setDevice(QIODevice *device) { m_device = device; }
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    QChar delimiter() const { return m_delimiter; }
    void setByteOrderMark(bool bom) { m_bom = bom; }
    void setNeutraliseFormulas(bool on) { m_neutralise = on; }

    /// Writes one record; the first call writes the byte-order mark when enabled.
    bool writeRow(const QStringList &cells);
    QString errorString() const { return m_error; }

    /// One record as text, with its CRLF.
    QString formatRow(const QStringList &cells) const;
    /// One field, neutralised (when enabled) and quoted as needed.
    QString formatCell(const QString &cell) const;

    static QString neutralise(const QString &cell);
    static QString unneutralise(const QString &cell);

private:
    QIODevice *m_device = nullptr;
    QChar m_delimiter = u',';
    bool m_bom = false;
    bool m_neutralise = true;
    bool m_started = false;
    QString m_error;
};

} // namespace Entente

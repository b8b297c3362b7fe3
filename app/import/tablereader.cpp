#include "import/tablereader.h"

#include "import/languagetag.h"
#include "import/metadatadate.h"
#include "import/plaintextdecoder.h"
#include "import/readersupport.h"
#include "text/normalize.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Entente {

namespace {

using Field = ColumnMapping::Field;

/// The cells of one row by field, with the header each came from, to build an article.
struct RowCells
{
    QString locator;                     ///< "row 12" / "line 3"
    std::array<QString, ColumnMapping::FieldCount> values;
    std::array<QString, ColumnMapping::FieldCount> headers; ///< empty when the field is unmapped
};

QString suffixOf(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray()) {
            const QString t = jsonValueText(v).trimmed();
            if (!t.isEmpty())
                parts.append(t);
        }
        return parts.join(u", "_s);
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        for (const QString &key : {u"name"_s, u"text"_s, u"value"_s, u"@value"_s}) {
            if (o.contains(key))
                return jsonValueText(o.value(key));
        }
        return {};
    }
    default:
        return {};
    }
}

/// Turns one row into an article, or a skip reason when it has no text.
bool rowToArticle(const QString &fileName, const QString &format, const RowCells &row,
                  ImportedArticle *out, QString *skip)
{
    auto value = [&](Field f) { return row.values[int(f)]; };
    auto header = [&](Field f) { return row.headers[int(f)]; };
    const QString text = normalizeText(value(Field::Text)).trimmed();
    if (text.isEmpty()) {
        *skip = header(Field::Text).isEmpty()
                    ? QCoreApplication::translate("Entente::TableReader", "%1: no text")
                          .arg(row.locator)
                    : QCoreApplication::translate("Entente::TableReader",
                                                  "%1: no text in column '%2'")
                          .arg(row.locator, header(Field::Text));
        return false;
    }
    ImportedArticle a = ReaderSupport::start(fileName, format, row.locator);
    a.text = text;
    a.title = normalizeText(value(Field::Title)).simplified();
    a.outlet = normalizeText(value(Field::Outlet)).simplified();
    a.author = normalizeText(value(Field::Author)).simplified();
    a.url = value(Field::Url).trimmed();
    if (const QString date = value(Field::Date).trimmed(); !date.isEmpty()) {
        QString problem;
        a.published = MetadataDate::parse(date, &problem);
        if (a.published.isValid())
            a.dateEvidence = QCoreApplication::translate("Entente::TableReader", "column '%1'")
                                 .arg(header(Field::Date));
        else
            a.warnings.append(QCoreApplication::translate("Entente::TableReader",
                                                          "%1: column '%2': '%3' %4")
                                  .arg(row.locator, header(Field::Date), date, problem));
    }
    if (const QString lang = value(Field::Language).trimmed(); !lang.isEmpty()) {
        a.language = LanguageTag::fromName(lang);
        if (a.language.isEmpty())
            a.warnings.append(QCoreApplication::translate(
                                  "Entente::TableReader",
                                  "%1: column '%2': '%3' is not a language name or code")
                                  .arg(row.locator, header(Field::Language), lang));
    }
    ReaderSupport::completeFromText(&a);
    *out = a;
    return true;
}

} // namespace

QString TableReader::formatName() const
{
    return u"table"_s;
}

bool TableReader::canRead(const QString &fileName, const QByteArray &head) const
{
    Q_UNUSED(head)
    static const QStringList suffixes = {u"csv"_s, u"tsv"_s, u"tab"_s, u"jsonl"_s, u"ndjson"_s};
    return suffixes.contains(suffixOf(fileName));
}

bool TableReader::isJsonLines(const QString &fileName, const QString &text) const
{
    const QString suffix = suffixOf(fileName);
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return true;
    if (suffix == u"csv" || suffix == u"tsv" || suffix == u"tab")
        return false;
    return text.trimmed().startsWith(u'{');
}

QChar TableReader::sniffDelimiter(QStringView text, QChar preferred)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == u'\n' || c == u'\r')
                break;
            if (c == u',')
                ++comma;
            else if (c == u';')
                ++semicolon;
            else if (c == u'\t')
                ++tab;
        }
    }
    auto count = [&](QChar d) { return d == u',' ? comma : d == u';' ? semicolon : d == u'\t' ? tab : 0; };
    QChar best = preferred;
    int bestCount = count(preferred);
    for (const QChar d : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        if (count(d) > bestCount) {
            best = d;
            bestCount = count(d);
        }
    }
    return best;
}

bool TableReader::splitRecords(QStringView text, QChar delimiter, QList<QStringList> *records,
                               QString *error)
{
    records->clear();
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false; // anything (even a quote) seen in the current field
    bool recordStarted = false;
    int line = 1;
    int quoteLine = 0;
    auto endField = [&] {
        fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        records->append(fields);
        fields.clear();
        recordStarted = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
                    field.append(u'\n');
                    ++i;
                    ++line;
                    continue;
                }
                field.append(c);
            }
            continue;
        }
        if (c == delimiter) {
            recordStarted = true;
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else if (c == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            recordStarted = true;
            quoteLine = line;
        } else {
            // Lenient where RFC 4180 is strict: a quote inside an unquoted field, or text after
            // a closing quote, is kept as written (as spreadsheet programs do).
            field.append(c);
            fieldStarted = true;
            recordStarted = true;
        }
    }
    if (inQuotes) {
        if (error)
            *error = tr("row %1: a quoted field that starts on line %2 is never closed")
                         .arg(records->size() + 1)
                         .arg(quoteLine);
        return false;
    }
    if (recordStarted || !field.isEmpty() || !fields.isEmpty())
        endRecord();
    return true;
}

bool TableReader::readAll(const QString &fileName, const QByteArray &data,
                          ImportedArticleList *articles, QStringList *skipped,
                          QString *error) const
{
    articles->clear();
    QStringList skips;
    QString text;
    QString why;
    if (!PlainTextDecoder::decode(data, &text, &why)) {
        if (error)
            *error = ReaderSupport::inFile(fileName, why);
        return false;
    }
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = ReaderSupport::inFile(fileName, tr("the file is empty"));
        return false;
    }
    const bool ok = isJsonLines(fileName, text)
                        ? readJsonLines(fileName, text, articles, &skips, &why)
                        : readDelimited(fileName, text, articles, &skips, &why);
    if (!ok) {
        articles->clear();
        if (error)
            *error = ReaderSupport::inFile(fileName, why);
        return false;
    }
    if (skipped)
        *skipped = skips;
    if (articles->isEmpty()) {
        if (error)
            *error = skips.isEmpty() ? ReaderSupport::inFile(fileName, tr("the file has no rows"))
                                     : ReaderSupport::nothingImported(fileName, skips);
        return false;
    }
    return true;
}

bool TableReader::readDelimited(const QString &fileName, const QString &text,
                                ImportedArticleList *articles, QStringList *skipped,
                                QString *error) const
{
    const QString suffix = suffixOf(fileName);
    const bool tabFile = suffix == u"tsv" || suffix == u"tab";
    const QChar delimiter = !m_delimiter.isNull()
                                ? m_delimiter
                                : sniffDelimiter(text, tabFile ? QChar(u'\t') : QChar(u','));
    QList<QStringList> records;
    if (!splitRecords(text, delimiter, &records, error))
        return false;
    if (records.isEmpty()) {
        *error = tr("the file has no header row");
        return false;
    }
    QStringList headers = records.first();
    for (QString &h : headers)
        h = h.trimmed();
    QList<int> columns;
    if (!m_mapping.resolve(headers, &columns, error))
        return false;
    const int textColumn = columns[int(Field::Text)];
    if (textColumn < 0) {
        if (m_mapping.isIgnored(Field::Text))
            *error = tr("no column is mapped to the text");
        else
            *error = tr("no text column: the header (%1) has none of %2; choose the text column "
                        "in the column mapping")
                         .arg(headers.join(u", "_s),
                              ColumnMapping::defaultHeaders(Field::Text).mid(0, 4).join(u", "_s));
        return false;
    }
    const QString format = delimiter == u'\t' ? u"tsv"_s : u"csv"_s;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &record = records.at(r);
        const bool blank = std::all_of(record.cbegin(), record.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (blank)
            continue;
        RowCells row;
        row.locator = tr("row %1").arg(r + 1);
        const QList<Field> fields = ColumnMapping::fields();
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const int column = columns.at(f);
            if (column < 0)
                continue;
            row.headers[f] = headers.at(column);
            if (column < record.size())
                row.values[f] = record.at(column);
        }
        ImportedArticle article;
        QString skip;
        if (!rowToArticle(fileName, format, row, &article, &skip)) {
            skipped->append(skip);
            continue;
        }
        if (record.size() > headers.size())
            article.warnings.append(tr("%1: %2 fields, but the header has %3; the extra ones were "
                                       "ignored")
                                        .arg(row.locator)
                                        .arg(record.size())
                                        .arg(headers.size()));
        articles->append(article);
    }
    return true;
}

bool TableReader::readJsonLines(const QString &fileName, const QString &text,
                                ImportedArticleList *articles, QStringList *skipped,
                                QString *error) const
{
    Q_UNUSED(error)
    const QStringList lines = text.split(u'\n');
    const QList<Field> fields = ColumnMapping::fields();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QString locator = tr("line %1").arg(i + 1);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            skipped->append(tr("%1: not valid JSON (%2 at character %3)")
                                .arg(locator, parseError.errorString())
                                .arg(parseError.offset + 1));
            continue;
        }
        if (!doc.isObject()) {
            skipped->append(tr("%1: not a JSON object").arg(locator));
            continue;
        }
        const QJsonObject object = doc.object();
        const QStringList keys = object.keys();
        const QList<int> columns = m_mapping.resolveLenient(keys);
        RowCells row;
        row.locator = locator;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const int column = columns.at(f);
            if (column < 0)
                continue;
            row.headers[f] = keys.at(column);
            row.values[f] = jsonValueText(object.value(keys.at(column)));
        }
        ImportedArticle article;
        QString skip;
        if (!rowToArticle(fileName, u"jsonl"_s, row, &article, &skip)) {
            skipped->append(skip);
            continue;
        }
        articles->append(article);
    }
    return true;
}

bool TableReader::readColumns(const QString &fileName, const QByteArray &data,
                              QStringList *columns, QString *error) const
{
    columns->clear();
    QString text;
    QString why;
    if (!PlainTextDecoder::decode(data, &text, &why)) {
        if (error)
            *error = ReaderSupport::inFile(fileName, why);
        return false;
    }
    if (isJsonLines(fileName, text)) {
        for (const QString &line : text.split(u'\n')) {
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
            if (!doc.isObject())
                continue;
            for (const QString &key : doc.object().keys()) {
                if (!columns->contains(key))
                    columns->append(key);
            }
        }
        return true;
    }
    const QString suffix = suffixOf(fileName);
    const QChar delimiter =
        !m_delimiter.isNull()
            ? m_delimiter
            : sniffDelimiter(text, (suffix == u"tsv" || suffix == u"tab") ? QChar(u'\t') : QChar(u','));
    QList<QStringList> records;
    if (!splitRecords(text, delimiter, &records, &why)) {
        if (error)
            *error = ReaderSupport::inFile(fileName, why);
        return false;
    }
    if (!records.isEmpty()) {
        for (const QString &h : records.first())
            columns->append(h.trimmed());
    }
    return true;
}

} // namespace Entente

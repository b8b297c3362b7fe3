#include "import/newsexportreader.h"

#include "import/docxreader.h"
#include "import/languagetag.h"
#include "import/metadatadate.h"
#include "import/plaintextdecoder.h"
#include "import/readersupport.h"
#include "text/normalize.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Entente {

namespace {

QString cleanLine(const QString &line)
{
    QString l = line;
    l.replace(QChar(0x00A0), u' ');
    l.replace(QChar(0xFEFF), QString());
    return l.trimmed();
}

bool isEndOfDocument(const QString &line)
{
    return cleanLine(line).compare(u"End of Document", Qt::CaseInsensitive) == 0;
}

QString stripBy(const QString &byline)
{
    static const QRegularExpression by(u"^(by|von|par)\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    QString b = byline.simplified();
    b.remove(by);
    return b;
}

/// Blank-line separated groups of lines, each group one paragraph (lines joined by spaces).
QStringList paragraphsOf(const QStringList &lines)
{
    QStringList paragraphs;
    QString current;
    for (const QString &raw : lines) {
        const QString line = cleanLine(raw);
        if (line.isEmpty()) {
            if (!current.isEmpty())
                paragraphs.append(current);
            current.clear();
            continue;
        }
        current = current.isEmpty() ? line : current + u' ' + line;
    }
    if (!current.isEmpty())
        paragraphs.append(current);
    return paragraphs;
}

// ---- Nexis Uni -------------------------------------------------------------------------

struct NexisLabel
{
    QString label; ///< lower case, without the colon
    QString value;
};

/// "Byline: Jane Doe" -> {byline, Jane Doe}; an empty label when the line has none we know.
NexisLabel nexisLabel(const QString &line)
{
    static const QRegularExpression labelled(
        u"^(Section|Length|Byline|Author|Dateline|Highlight|Edition|Language|Publication-Type|"
        "Subject|Geographic|Load-Date|Graphic|Notes|Series|Correction-Date|Journal Code|Company|"
        "Organization|Person|Industry|Ticker|Document-Type|Publication-Date|Word Count)\\s*:\\s*(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = labelled.match(line);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toLower(), m.captured(2).trimmed()};
}

bool isCopyrightLine(const QString &line)
{
    return line.startsWith(u"Copyright", Qt::CaseInsensitive) || line.startsWith(u'©')
           || line.startsWith(u"(c)", Qt::CaseInsensitive);
}

bool isNexisTrailerStart(const QString &line)
{
    if (line == u"Classification" || line == u"Graphic" || line == u"Notes")
        return true;
    const NexisLabel l = nexisLabel(line);
    return l.label == u"load-date" || l.label == u"language" || l.label == u"publication-type"
           || l.label == u"subject";
}

/// Where the first document starts when a cover page comes before it, else 0.
qsizetype skipNexisCover(const QStringList &lines)
{
    qsizetype firstNonEmpty = 0;
    while (firstNonEmpty < lines.size() && cleanLine(lines.at(firstNonEmpty)).isEmpty())
        ++firstNonEmpty;
    bool cover = false;
    for (qsizetype i = firstNonEmpty; i < qMin(lines.size(), firstNonEmpty + 12); ++i) {
        const QString l = cleanLine(lines.at(i));
        if (l.startsWith(u"Date and Time:") || l.startsWith(u"Job Number:")
            || l.startsWith(u"Download Request:")) {
            cover = true;
            break;
        }
    }
    if (!cover)
        return 0;
    // The cover lists the documents ("1. Title"): the first document starts at its title.
    static const QRegularExpression item(u"^1\\.\\s+(.+)$"_s);
    for (qsizetype i = firstNonEmpty; i < lines.size(); ++i) {
        const auto m = item.match(cleanLine(lines.at(i)));
        if (!m.hasMatch())
            continue;
        const QString title = m.captured(1).trimmed();
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            if (cleanLine(lines.at(j)) == title)
                return j;
        }
        break;
    }
    // No list: the document starts two lines (title, outlet) before its first date line.
    for (qsizetype i = firstNonEmpty; i < lines.size(); ++i) {
        const QString l = cleanLine(lines.at(i));
        if (l == u"Body")
            break;
        if (!nexisLabel(l).label.isEmpty() || l.contains(u':'))
            continue;
        if (MetadataDate::parse(l).isValid()) {
            qsizetype back = i;
            int found = 0;
            while (back > firstNonEmpty && found < 2) {
                --back;
                if (!cleanLine(lines.at(back)).isEmpty())
                    ++found;
            }
            return back;
        }
    }
    return 0;
}

bool nexisDocument(const QString &fileName, const QStringList &lines, int number, int total,
                   ImportedArticle *out, QString *skip)
{
    const QString locator = QCoreApplication::translate("Entente::NewsExportReader",
                                                        "article %1 of %2")
                                .arg(number)
                                .arg(total);
    qsizetype body = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString l = cleanLine(lines.at(i));
        if (l == u"Body" || l == u"Text") {
            body = i;
            break;
        }
    }
    if (body < 0) {
        *skip = QCoreApplication::translate("Entente::NewsExportReader",
                                            "%1: no 'Body' line, so its text cannot be told "
                                            "from its header")
                    .arg(locator);
        return false;
    }
    ImportedArticle a = ReaderSupport::start(fileName, u"nexis"_s, locator);
    QStringList plain; // header lines without a label, in order
    for (qsizetype i = 0; i < body; ++i) {
        const QString l = cleanLine(lines.at(i));
        if (l.isEmpty())
            continue;
        const NexisLabel label = nexisLabel(l);
        if (label.label == u"byline" || label.label == u"author") {
            if (a.author.isEmpty())
                a.author = stripBy(label.value);
        } else if (label.label == u"language") {
            a.language = LanguageTag::fromName(label.value);
        } else if (label.label.isEmpty() && !isCopyrightLine(l)) {
            plain.append(l);
        }
    }
    qsizetype dateIndex = -1;
    for (qsizetype i = 1; i < plain.size(); ++i) {
        const EdtfDate d = MetadataDate::parse(plain.at(i));
        if (d.isValid()) {
            a.published = d;
            a.dateEvidence = QCoreApplication::translate("Entente::NewsExportReader",
                                                         "date line: %1")
                                 .arg(plain.at(i));
            dateIndex = i;
            break;
        }
    }
    if (dateIndex >= 2) {
        a.title = plain.mid(0, dateIndex - 1).join(u' ');
        a.outlet = plain.at(dateIndex - 1);
    } else if (dateIndex == 1) {
        a.title = plain.at(0);
    } else if (!plain.isEmpty()) {
        a.title = plain.at(0);
        if (plain.size() > 1)
            a.outlet = plain.at(1);
        a.warnings.append(QCoreApplication::translate("Entente::NewsExportReader",
                                                      "%1: the header has no date line")
                              .arg(locator));
    }
    // The body runs to the trailer (Classification, Language:, Load-Date: ...).
    QStringList bodyLines;
    qsizetype i = body + 1;
    for (; i < lines.size(); ++i) {
        if (isNexisTrailerStart(cleanLine(lines.at(i))))
            break;
        bodyLines.append(lines.at(i));
    }
    for (; i < lines.size(); ++i) {
        const NexisLabel label = nexisLabel(cleanLine(lines.at(i)));
        if (label.label == u"language" && a.language.isEmpty())
            a.language = LanguageTag::fromName(label.value);
    }
    a.title = normalizeText(a.title).simplified();
    a.outlet = normalizeText(a.outlet).simplified();
    a.author = normalizeText(a.author);
    a.text = normalizeText(paragraphsOf(bodyLines).join(u"\n\n"_s));
    if (a.text.isEmpty()) {
        *skip = a.title.isEmpty()
                    ? QCoreApplication::translate("Entente::NewsExportReader", "%1: no text")
                          .arg(locator)
                    : QCoreApplication::translate("Entente::NewsExportReader",
                                                  "%1 ('%2'): no text")
                          .arg(locator, a.title);
        return false;
    }
    ReaderSupport::completeFromText(&a);
    *out = a;
    return true;
}

// ---- Factiva ---------------------------------------------------------------------------

const QStringList &factivaHeaderCodes()
{
    static const QStringList codes = {u"HD"_s, u"BY"_s, u"CR"_s, u"WC"_s, u"PD"_s, u"ET"_s,
                                      u"SN"_s, u"SC"_s, u"ED"_s, u"PG"_s, u"LA"_s, u"CY"_s,
                                      u"SE"_s, u"CLM"_s, u"VOL"_s};
    return codes;
}

const QStringList &factivaCodes()
{
    static const QStringList codes = factivaHeaderCodes()
                                     + QStringList{u"LP"_s,  u"TD"_s,  u"CT"_s,  u"RF"_s,
                                                   u"CO"_s,  u"IN"_s,  u"NS"_s,  u"RE"_s,
                                                   u"IPC"_s, u"IPD"_s, u"PUB"_s, u"AN"_s,
                                                   u"ART"_s, u"NGC"_s};
    return codes;
}

/// A field-code line: the code and the value on the same line (possibly empty).
bool factivaCode(const QString &rawLine, QString *code, QString *value)
{
    static const QRegularExpression alone(u"^\\s{0,4}([A-Z]{2,3})\\s*$"_s);
    static const QRegularExpression spaced(u"^\\s{0,4}([A-Z]{2,3})(?:\\t| {2,})\\s*(.*)$"_s);
    static const QRegularExpression single(u"^\\s{0,4}([A-Z]{2,3}) (.*)$"_s);
    QString line = rawLine;
    line.replace(QChar(0x00A0), u' ');
    if (const auto m = alone.match(line); m.hasMatch() && factivaCodes().contains(m.captured(1))) {
        *code = m.captured(1);
        value->clear();
        return true;
    }
    if (const auto m = spaced.match(line); m.hasMatch() && factivaCodes().contains(m.captured(1))) {
        *code = m.captured(1);
        *value = m.captured(2).trimmed();
        return true;
    }
    if (const auto m = single.match(line);
        m.hasMatch() && factivaHeaderCodes().contains(m.captured(1))) {
        *code = m.captured(1);
        *value = m.captured(2).trimmed();
        return true;
    }
    return false;
}

bool isFactivaSeparator(const QString &line)
{
    static const QRegularExpression separator(u"^\\s*(?:AN\\s+)?Document\\s+[A-Za-z0-9]{10,}\\s*$"_s);
    return separator.match(line).hasMatch();
}

bool factivaDocument(const QString &fileName, const QStringList &lines, int number, int total,
                     ImportedArticle *out, QString *skip)
{
    const QString locator = QCoreApplication::translate("Entente::NewsExportReader",
                                                        "article %1 of %2")
                                .arg(number)
                                .arg(total);
    QHash<QString, QStringList> fields;
    QString current;
    for (const QString &line : lines) {
        QString code;
        QString value;
        if (factivaCode(line, &code, &value)) {
            current = code;
            if (!value.isEmpty())
                fields[current].append(value);
            else
                fields[current]; // present, even if empty
            continue;
        }
        if (!current.isEmpty())
            fields[current].append(line);
    }
    auto single = [&](const QString &code) {
        return normalizeText(paragraphsOf(fields.value(code)).join(u' ')).simplified();
    };
    ImportedArticle a = ReaderSupport::start(fileName, u"factiva"_s, locator);
    a.title = single(u"HD"_s);
    a.author = stripBy(single(u"BY"_s));
    a.outlet = single(u"SN"_s);
    if (const QString lang = single(u"LA"_s); !lang.isEmpty())
        a.language = LanguageTag::fromName(lang);
    if (const QString pd = single(u"PD"_s); !pd.isEmpty()) {
        QString problem;
        a.published = MetadataDate::parse(pd, &problem);
        if (a.published.isValid())
            a.dateEvidence = u"PD"_s;
        else
            a.warnings.append(QCoreApplication::translate("Entente::NewsExportReader",
                                                          "%1: PD '%2' %3")
                                  .arg(locator, pd, problem));
    }
    QStringList paragraphs = paragraphsOf(fields.value(u"LP"_s));
    paragraphs += paragraphsOf(fields.value(u"TD"_s));
    a.text = normalizeText(paragraphs.join(u"\n\n"_s));
    if (a.text.isEmpty()) {
        *skip = a.title.isEmpty()
                    ? QCoreApplication::translate("Entente::NewsExportReader",
                                                  "%1: no text (no LP or TD field)")
                          .arg(locator)
                    : QCoreApplication::translate("Entente::NewsExportReader",
                                                  "%1 ('%2'): no text (no LP or TD field)")
                          .arg(locator, a.title);
        return false;
    }
    ReaderSupport::completeFromText(&a);
    *out = a;
    return true;
}

QStringList linesOf(const QString &text)
{
    QString t = text;
    t.replace(u"\r\n"_s, u"\n"_s);
    t.replace(u'\r', u'\n');
    return t.split(u'\n');
}

} // namespace

QString NewsExportReader::formatName() const
{
    return u"news-export"_s;
}

bool NewsExportReader::canRead(const QString &fileName, const QByteArray &head) const
{
    Q_UNUSED(fileName)
    if (head.startsWith("PK\x03\x04"))
        return false;
    const QStringList lines = linesOf(QString::fromUtf8(head));
    return isNexisExport(lines) || isFactivaExport(lines)
           || (head.contains("Job Number:") && head.contains("Date and Time:"));
}

bool NewsExportReader::isNexisExport(const QStringList &lines)
{
    bool end = false;
    bool body = false;
    bool length = false;
    for (const QString &raw : lines) {
        const QString l = cleanLine(raw);
        end = end || isEndOfDocument(l);
        body = body || l == u"Body";
        length = length || l.startsWith(u"Length:") || l.startsWith(u"Load-Date:");
    }
    return body && (end || length);
}

bool NewsExportReader::isFactivaExport(const QStringList &lines)
{
    bool hd = false;
    bool other = false;
    for (const QString &line : lines) {
        QString code;
        QString value;
        if (!factivaCode(line, &code, &value))
            continue;
        if (code == u"HD")
            hd = true;
        else if (code == u"PD" || code == u"SN" || code == u"LP" || code == u"TD" || code == u"WC")
            other = true;
    }
    return hd && other;
}

bool NewsExportReader::readNexisParagraphs(const QString &fileName, const QString &container,
                                           const QStringList &lines,
                                           ImportedArticleList *articles, QStringList *skipped,
                                           QString *error)
{
    articles->clear();
    QStringList skips;
    // DOCX paragraphs may hold line breaks; each paragraph is separated by a blank line.
    QStringList all;
    for (const QString &p : lines) {
        all += p.split(u'\n');
        if (container == u"docx")
            all.append(QString());
    }
    const qsizetype start = skipNexisCover(all);
    QList<QStringList> documents;
    QStringList current;
    for (qsizetype i = start; i < all.size(); ++i) {
        if (isEndOfDocument(all.at(i))) {
            documents.append(current);
            current.clear();
            continue;
        }
        current.append(all.at(i));
    }
    // After the last "End of Document": a document only when it has a body (cut-off export).
    const bool trailingDocument = std::any_of(current.cbegin(), current.cend(), [](const QString &l) {
        return cleanLine(l) == u"Body";
    });
    if (trailingDocument)
        documents.append(current);
    const int total = int(documents.size());
    for (int d = 0; d < total; ++d) {
        ImportedArticle article;
        QString skip;
        if (nexisDocument(fileName, documents.at(d), d + 1, total, &article, &skip)) {
            if (trailingDocument && d == total - 1)
                article.warnings.append(tr("%1: no 'End of Document' line after it; the export "
                                           "may be cut off")
                                            .arg(article.locator));
            articles->append(article);
        } else {
            skips.append(skip);
        }
    }
    if (skipped)
        *skipped = skips;
    if (articles->isEmpty()) {
        if (error)
            *error = skips.isEmpty()
                         ? ReaderSupport::inFile(fileName, tr("no Nexis Uni documents found (no "
                                                              "'End of Document' lines)"))
                         : ReaderSupport::nothingImported(fileName, skips);
        return false;
    }
    return true;
}

bool NewsExportReader::readFactivaLines(const QString &fileName, const QStringList &lines,
                                        ImportedArticleList *articles, QStringList *skipped,
                                        QString *error)
{
    articles->clear();
    QStringList skips;
    QList<QStringList> documents;
    QStringList current;
    auto hasHeadline = [](const QStringList &doc) {
        for (const QString &l : doc) {
            QString code;
            QString value;
            if (factivaCode(l, &code, &value) && code == u"HD")
                return true;
        }
        return false;
    };
    for (const QString &line : lines) {
        if (isFactivaSeparator(line)) {
            documents.append(current);
            current.clear();
            continue;
        }
        current.append(line);
    }
    if (hasHeadline(current))
        documents.append(current);
    // Leading material before the first HD (a search summary) is not a document.
    documents.erase(std::remove_if(documents.begin(), documents.end(),
                                   [](const QStringList &doc) {
                                       return std::all_of(doc.cbegin(), doc.cend(), [](const QString &l) {
                                           return cleanLine(l).isEmpty();
                                       });
                                   }),
                    documents.end());
    const int total = int(documents.size());
    for (int d = 0; d < total; ++d) {
        ImportedArticle article;
        QString skip;
        if (factivaDocument(fileName, documents.at(d), d + 1, total, &article, &skip))
            articles->append(article);
        else
            skips.append(skip);
    }
    if (skipped)
        *skipped = skips;
    if (articles->isEmpty()) {
        if (error)
            *error = skips.isEmpty() ? ReaderSupport::inFile(fileName, tr("no Factiva documents found"))
                                     : ReaderSupport::nothingImported(fileName, skips);
        return false;
    }
    return true;
}

bool NewsExportReader::readAll(const QString &fileName, const QByteArray &data,
                               ImportedArticleList *articles, QStringList *skipped,
                               QString *error) const
{
    articles->clear();
    QString why;
    if (data.startsWith("PK\x03\x04")) {
        DocumentContent content;
        if (!DocxReader::readContent(data, &content, &why)) {
            if (error)
                *error = ReaderSupport::inFile(fileName, why);
            return false;
        }
        if (isNexisExport(content.paragraphs))
            return readNexisParagraphs(fileName, u"docx"_s, content.paragraphs, articles,
                                       skipped, error);
        if (isFactivaExport(content.paragraphs))
            return readFactivaLines(fileName, content.paragraphs, articles, skipped, error);
        if (error)
            *error = ReaderSupport::inFile(fileName, tr("not a Nexis Uni or Factiva export: no "
                                                        "'End of Document' or HD/PD lines"));
        return false;
    }
    QString text;
    if (!PlainTextDecoder::decode(data, &text, &why)) {
        if (error)
            *error = ReaderSupport::inFile(fileName, why);
        return false;
    }
    const QStringList lines = linesOf(text);
    if (isFactivaExport(lines))
        return readFactivaLines(fileName, lines, articles, skipped, error);
    if (isNexisExport(lines))
        return readNexisParagraphs(fileName, u"txt"_s, lines, articles, skipped, error);
    if (error)
        *error = ReaderSupport::inFile(
            fileName, text.trimmed().isEmpty()
                          ? tr("the file is empty")
                          : tr("not a Nexis Uni or Factiva export: no 'End of Document' or "
                               "HD/PD lines"));
    return false;
}

} // namespace Entente

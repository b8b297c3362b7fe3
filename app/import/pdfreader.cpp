#include "import/pdfreader.h"

#include "import/metadatadate.h"
#include "import/readersupport.h"
#include "text/normalize.h"

#include <poppler-qt6.h>

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Entente {

namespace {

void silencePoppler()
{
    // Poppler prints syntax warnings about damaged files to stderr; the reader reports
    // failures itself.
    static const bool once = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(once)
}

QString maskDigits(const QString &text)
{
    QString out = text.simplified();
    for (QChar &c : out) {
        if (c.isDigit())
            c = u'#';
    }
    static const QRegularExpression runs(u"#+"_s);
    out.replace(runs, u"#"_s);
    return out;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression number(
        u"^(?:page\\s*)?[-–—]?\\s*#\\s*[-–—]?(?:\\s*(?:of|/|من|از)\\s*#)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return number.match(maskDigits(text)).hasMatch();
}

bool endsSentence(const QString &text)
{
    static const QString enders = u".!?:;\"”»’)؟۔"_s;
    const QString t = text.trimmed();
    return !t.isEmpty() && enders.contains(t.back());
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// Removes running headers and footers and lone page numbers from @p pages.
void removeRunningLines(QList<PdfReader::Page> *pages)
{
    const qsizetype pageCount = pages->size();
    if (pageCount < 2)
        return;
    auto candidates = [](const PdfReader::Page &page) {
        QList<qsizetype> idx;
        const qsizetype n = page.size();
        for (qsizetype i = 0; i < qMin<qsizetype>(2, n); ++i)
            idx.append(i);
        for (qsizetype i = qMax<qsizetype>(2, n - 2); i < n; ++i)
            idx.append(i);
        return idx;
    };
    QHash<QString, int> counts;
    for (const PdfReader::Page &page : std::as_const(*pages)) {
        QSet<QString> seen;
        for (const qsizetype i : candidates(page))
            seen.insert(maskDigits(page.at(i).text));
        for (const QString &key : std::as_const(seen))
            ++counts[key];
    }
    const int needed = qMax(2, int(std::ceil(0.6 * double(pageCount))));
    for (PdfReader::Page &page : *pages) {
        QList<qsizetype> drop;
        for (const qsizetype i : candidates(page)) {
            const QString key = maskDigits(page.at(i).text);
            if (counts.value(key) >= needed || isPageNumber(page.at(i).text))
                drop.append(i);
        }
        std::sort(drop.begin(), drop.end(), std::greater<>());
        for (const qsizetype i : drop)
            page.removeAt(i);
    }
}

QString lastWord(const QString &text)
{
    qsizetype i = text.size();
    while (i > 0 && (text.at(i - 1).isLetter() || text.at(i - 1).isMark()))
        --i;
    return text.sliced(i);
}

QString firstWord(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && (text.at(i).isLetter() || text.at(i).isMark()))
        ++i;
    return text.first(i);
}

/// Joins the lines of one paragraph, undoing line-end hyphenation where the evidence says so.
QString joinLines(const QStringList &lines, const QSet<QString> &words,
                  const QSet<QString> &hyphenated)
{
    QString out;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (out.isEmpty()) {
            out = line;
            continue;
        }
        if (out.endsWith(QChar(0x00AD))) { // soft hyphen: always a line-break hint
            out.chop(1);
            out += line;
            continue;
        }
        const bool hyphen = (out.endsWith(u'-') || out.endsWith(QChar(0x2010)))
                            && out.size() >= 2 && out.at(out.size() - 2).isLetter()
                            && !line.isEmpty() && line.at(0).isLetter();
        if (hyphen) {
            const QString left = lastWord(out.first(out.size() - 1));
            const QString right = firstWord(line);
            const QString joined = (left + right).toLower();
            const QString kept = (left + u'-' + right).toLower();
            bool drop;
            if (words.contains(joined))
                drop = true;
            else if (hyphenated.contains(kept))
                drop = false;
            else
                drop = !left.isEmpty() && left.back().isLower() && right.at(0).isLower();
            if (drop)
                out.chop(1);
            out += line;
            continue;
        }
        out += u' ' + line;
    }
    return out;
}

} // namespace

QStringList PdfReader::paragraphs(const QList<Page> &input, bool findTitle, QString *title)
{
    QList<Page> pages = input;
    removeRunningLines(&pages);

    // Words of the whole document, plain and hyphenated, as evidence for line-end hyphens.
    QSet<QString> words;
    QSet<QString> hyphenated;
    static const QRegularExpression wordRe(u"[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*"_s);
    for (const Page &page : std::as_const(pages)) {
        for (const Line &line : page) {
            auto it = wordRe.globalMatch(line.text);
            while (it.hasNext()) {
                const QString w = it.next().captured(0).toLower();
                if (w.contains(u'-'))
                    hyphenated.insert(w);
                else
                    words.insert(w);
            }
        }
    }

    // A title: the first line of the first page, set clearly larger than the median line.
    if (findTitle && title && !pages.isEmpty() && pages.first().size() > 1) {
        QList<double> heights;
        for (const Line &line : std::as_const(pages.first()))
            heights.append(line.box.height());
        const double typical = median(heights);
        if (typical > 0 && pages.first().first().box.height() >= 1.3 * typical) {
            *title = pages.first().first().text.simplified();
            pages.first().removeFirst();
        }
    }

    QStringList result;
    QStringList current;
    auto flush = [&] {
        const QString p = joinLines(current, words, hyphenated);
        if (!p.isEmpty())
            result.append(p);
        current.clear();
    };
    for (qsizetype pi = 0; pi < pages.size(); ++pi) {
        const Page &page = pages.at(pi);
        QList<double> gaps;
        QList<double> heights;
        double widest = 0;
        for (qsizetype i = 0; i < page.size(); ++i) {
            heights.append(page.at(i).box.height());
            widest = qMax(widest, page.at(i).box.width());
            if (i > 0) {
                const double gap = page.at(i).box.top() - page.at(i - 1).box.bottom();
                if (gap > -0.5 * page.at(i).box.height())
                    gaps.append(qMax(0.0, gap));
            }
        }
        const double typicalGap = median(gaps);
        const double typicalHeight = median(heights);
        for (qsizetype i = 0; i < page.size(); ++i) {
            const Line &line = page.at(i);
            if (i == 0) {
                // Across a page break the paragraph goes on unless the last one was complete.
                if (!current.isEmpty() && endsSentence(current.back()))
                    flush();
            } else {
                const Line &prev = page.at(i - 1);
                const double gap = line.box.top() - prev.box.bottom();
                const bool wideGap = gap > typicalGap + 0.5 * qMax(typicalHeight, 1.0);
                const bool wentUp = line.box.top() < prev.box.top() - 0.5 * prev.box.height();
                const bool shortEnd = prev.box.width() < 0.75 * widest && endsSentence(prev.text);
                if (wideGap || wentUp || shortEnd)
                    flush();
            }
            current.append(line.text);
        }
    }
    flush();
    return result;
}

QString PdfReader::formatName() const
{
    return u"pdf"_s;
}

bool PdfReader::canRead(const QString &fileName, const QByteArray &head) const
{
    return head.left(1024).contains("%PDF-") || QFileInfo(fileName).suffix().toLower() == u"pdf";
}

bool PdfReader::read(const QString &fileName, const QByteArray &data,
                     ImportedArticleList *articles, QString *error) const
{
    articles->clear();
    auto fail = [&](const QString &why) {
        if (error)
            *error = ReaderSupport::inFile(fileName, why);
        return false;
    };
    if (data.isEmpty())
        return fail(tr("the file is empty"));
    if (!data.left(1024).contains("%PDF-"))
        return fail(tr("not a PDF: it does not start with a %PDF- header"));
    silencePoppler();
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(data);
    if (!doc)
        return fail(tr("the PDF is damaged or truncated: Poppler cannot read it"));
    if (doc->isLocked())
        return fail(tr("the PDF is encrypted with a password: save an unprotected copy to "
                       "import it"));
    const int pageCount = doc->numPages();
    if (pageCount <= 0)
        return fail(tr("the PDF has no pages"));

    QList<Page> pages;
    const int readPages = qMin(pageCount, MaxPages);
    for (int p = 0; p < readPages; ++p) {
        const std::unique_ptr<Poppler::Page> page = doc->page(p);
        Page lines;
        if (!page) {
            pages.append(lines);
            continue;
        }
        const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
        Line line;
        const Poppler::TextBox *previous = nullptr;
        for (const auto &box : boxes) {
            if (previous && previous->nextWord() != box.get()) {
                if (!line.text.trimmed().isEmpty())
                    lines.append(line);
                line = Line();
            }
            line.text += box->text();
            if (box->hasSpaceAfter())
                line.text += u' ';
            line.box = line.box.isNull() ? box->boundingBox() : line.box.united(box->boundingBox());
            previous = box.get();
        }
        if (!line.text.trimmed().isEmpty())
            lines.append(line);
        for (Line &l : lines)
            l.text = l.text.simplified();
        pages.append(lines);
    }

    ImportedArticle a = ReaderSupport::start(fileName, u"pdf"_s, QString());
    const QString infoTitle = doc->title().simplified();
    QString layoutTitle;
    const QStringList paras = paragraphs(pages, infoTitle.isEmpty(), &layoutTitle);
    a.text = normalizeText(paras.join(u"\n\n"_s));
    if (a.text.trimmed().isEmpty())
        return fail(tr("the PDF has no text layer (a scanned image?): it would need OCR"));
    a.title = normalizeText(infoTitle.isEmpty() ? layoutTitle : infoTitle);
    a.author = normalizeText(doc->author().simplified());
    // CreationDate as written ("D:20210312103000+03'00'"), not shifted to another zone.
    const QString created = doc->info(u"CreationDate"_s);
    static const QRegularExpression pdfDate(u"^(?:D:)?(\\d{4})(\\d{2})?(\\d{2})?"_s);
    if (const auto m = pdfDate.match(created.trimmed()); m.hasMatch()) {
        const QString iso = m.captured(1) + (m.captured(2).isEmpty() ? QString() : u'-' + m.captured(2))
                            + (m.captured(3).isEmpty() ? QString() : u'-' + m.captured(3));
        a.published = MetadataDate::parse(iso);
    } else if (const QDateTime dt = doc->creationDate(); dt.isValid()) {
        a.published = EdtfDate::fromDate(dt.date());
    }
    if (a.published.isValid())
        a.dateEvidence = u"PDF CreationDate"_s;
    if (pageCount > MaxPages)
        a.warnings.append(tr("only the first %1 of %2 pages were read").arg(MaxPages).arg(pageCount));
    ReaderSupport::completeFromText(&a);
    articles->append(a);
    return true;
}

} // namespace Entente

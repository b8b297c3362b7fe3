#include "import/htmlreader.h"

#include "import/htmlcontentextractor.h"
#include "import/htmldocument.h"
#include "import/htmlmetadata.h"
#include "text/datephrases.h"
#include "text/languageguess.h"
#include "text/normalize.h"

#include <QFileInfo>
#include <QStringDecoder>
#include <QUrl>

namespace Entente {

namespace {

constexpr qsizetype SniffLength = 4096;
constexpr qsizetype BinaryCheckLength = 64 * 1024;

QByteArray lowerAscii(QByteArrayView v)
{
    QByteArray out(v.data(), v.size());
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    return out;
}

// The value after "charset=" at @p at in @p s.
QString charsetValue(const QByteArray &s, qsizetype at)
{
    qsizetype i = at;
    while (i < s.size() && (s.at(i) == ' ' || s.at(i) == '"' || s.at(i) == '\''))
        ++i;
    const qsizetype start = i;
    while (i < s.size() && s.at(i) != '"' && s.at(i) != '\'' && s.at(i) != ';' && s.at(i) != ' '
           && s.at(i) != '>' && s.at(i) != '/' && s.at(i) != '\n' && s.at(i) != '\r' && s.at(i) != '\t')
        ++i;
    return QString::fromLatin1(s.mid(start, i - start));
}

QString canonicalCharset(const QString &label)
{
    const QString l = label.trimmed().toLower();
    if (l == u"utf8" || l == u"utf-8" || l == u"unicode-1-1-utf-8" || l.startsWith(u"utf-16")
        || l == u"unicode")
        return QStringLiteral("utf-8"); // a page read as bytes cannot be UTF-16 when it says so in ASCII
    if (l == u"iso-8859-1" || l == u"latin1" || l == u"latin-1" || l == u"us-ascii" || l == u"ascii"
        || l == u"iso8859-1" || l == u"cp1252" || l == u"l1")
        return QStringLiteral("windows-1252");
    if (l == u"cp1256" || l == u"arabic" || l == u"x-cp1256")
        return QStringLiteral("windows-1256");
    return l;
}

QString hostOf(const QString &url)
{
    const QUrl u(url);
    return u.isValid() ? u.host() : QString();
}

bool isWebUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == u"http" || u.scheme() == u"https") && !u.host().isEmpty();
}

} // namespace

QString HtmlReader::declaredCharset(QByteArrayView head)
{
    const QByteArray s = lowerAscii(head.first(std::min<qsizetype>(head.size(), SniffLength)));
    if (s.startsWith("<?xml")) {
        const qsizetype end = s.indexOf("?>");
        const qsizetype enc = s.indexOf("encoding=");
        if (enc > 0 && (end < 0 || enc < end))
            return charsetValue(s, enc + 9);
    }
    qsizetype at = 0;
    while ((at = s.indexOf("<meta", at)) >= 0) {
        qsizetype end = s.indexOf('>', at);
        if (end < 0)
            end = s.size();
        const QByteArray tag = s.mid(at, end - at);
        const qsizetype cs = tag.indexOf("charset=");
        if (cs >= 0) {
            // <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">
            if (tag.indexOf("charset") == cs || tag.contains("http-equiv") || tag.contains("content="))
                return charsetValue(tag, cs + 8);
        }
        at = end;
    }
    return {};
}

QString HtmlReader::decode(const QByteArray &data, const QString &fileName, QString *encoding, QStringList *warnings)
{
    const QString name = QFileInfo(fileName).fileName();
    QByteArrayView bytes(data);
    if (bytes.size() >= 2 && (uchar(bytes.at(0)) == 0xFF && uchar(bytes.at(1)) == 0xFE)) {
        *encoding = QStringLiteral("utf-16le");
        QStringDecoder d(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless);
        return d.decode(bytes.sliced(2));
    }
    if (bytes.size() >= 2 && (uchar(bytes.at(0)) == 0xFE && uchar(bytes.at(1)) == 0xFF)) {
        *encoding = QStringLiteral("utf-16be");
        QStringDecoder d(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        return d.decode(bytes.sliced(2));
    }
    QString label;
    if (bytes.size() >= 3 && uchar(bytes.at(0)) == 0xEF && uchar(bytes.at(1)) == 0xBB && uchar(bytes.at(2)) == 0xBF) {
        bytes = bytes.sliced(3);
        label = QStringLiteral("utf-8");
    } else {
        const QString declared = declaredCharset(bytes);
        label = declared.isEmpty() ? QStringLiteral("utf-8") : canonicalCharset(declared);
    }
    if (label != u"utf-8") {
        QStringDecoder d(label, QStringDecoder::Flag::Stateless);
        if (d.isValid()) {
            *encoding = label;
            return d.decode(bytes);
        }
        warnings->append(tr("“%1” declares the character encoding “%2”, which is not known here; it was read as UTF-8.")
                             .arg(name, label));
    }
    *encoding = QStringLiteral("utf-8");
    QString text;
    qsizetype bad = -1;
    if (decodeUtf8Strict(bytes.toByteArray(), &text, &bad))
        return text;
    warnings->append(tr("“%1” is not valid UTF-8 (first invalid byte at offset %2); invalid bytes were replaced with U+FFFD.")
                         .arg(name).arg(bad + (bytes.data() - data.constData())));
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    return d.decode(bytes);
}

bool HtmlReader::canRead(const QString &fileName, const QByteArray &head) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"xht" || suffix == u"shtml")
        return true;
    QByteArray s = lowerAscii(QByteArrayView(head).first(std::min<qsizetype>(head.size(), 1024)));
    if (s.startsWith("\xef\xbb\xbf"))
        s = s.mid(3);
    s = s.trimmed();
    while (s.startsWith("<!--")) {
        const qsizetype end = s.indexOf("-->");
        if (end < 0)
            return false;
        s = s.mid(end + 3).trimmed();
    }
    return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head")
        || ((s.startsWith("<?xml") || s.startsWith("<!doctype")) && s.contains("<html"));
}

bool HtmlReader::read(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
                      QString *error) const
{
    const QString name = QFileInfo(fileName).fileName();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (data.isEmpty())
        return fail(tr("“%1” is empty.").arg(name));
    if (data.size() > m_maxFileSize)
        return fail(tr("“%1” is %2 MiB, more than the %3 MiB an HTML page may have here; it was not read.")
                        .arg(name).arg(double(data.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(m_maxFileSize / (1024 * 1024)));
    const bool utf16 = data.size() >= 2 && ((uchar(data.at(0)) == 0xFF && uchar(data.at(1)) == 0xFE)
                                            || (uchar(data.at(0)) == 0xFE && uchar(data.at(1)) == 0xFF));
    if (!utf16) {
        const qsizetype n = std::min<qsizetype>(data.size(), BinaryCheckLength);
        qsizetype control = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const uchar c = uchar(data.at(i));
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
                ++control;
        }
        if (control > n / 100 + 2)
            return fail(tr("“%1” is not an HTML page: it holds binary data (%2 control bytes in its first %3 bytes).")
                            .arg(name).arg(control).arg(n));
    }

    ImportedArticle article;
    article.sourceFile = QFileInfo(fileName).absoluteFilePath();
    article.format = formatName();
    QString encoding;
    const QString html = decode(data, fileName, &encoding, &article.warnings);

    HtmlDocument doc;
    doc.parse(html);
    if (doc.hitDepthLimit())
        article.warnings.append(tr("“%1” nests elements %2 deep; everything past depth %3 was read as if it were at depth %3.")
                                    .arg(name).arg(doc.requestedDepth()).arg(HtmlDocument::MaxDepth));
    if (doc.hitNodeLimit())
        article.warnings.append(tr("“%1” has more than %2 elements and text pieces; the rest of the page was ignored.")
                                    .arg(name).arg(HtmlDocument::MaxNodes));
    const HtmlMetadata md = HtmlMetadata::read(doc);
    article.warnings += md.warnings;

    const QString url = isWebUrl(md.canonicalUrl) ? md.canonicalUrl
        : isWebUrl(md.ogUrl) && !md.canonicalUrl.isEmpty() ? QUrl(md.ogUrl).resolved(QUrl(md.canonicalUrl)).toString()
        : isWebUrl(md.ogUrl) ? md.ogUrl
        : isWebUrl(md.jsonLdUrl) ? md.jsonLdUrl : QString();
    QStringList siteNames = {md.siteName, md.publisher, hostOf(url)};
    siteNames.removeAll(QString());

    QString title;
    for (const QString &candidate : {md.ogTitle, md.headline, md.documentTitle}) {
        if (!candidate.trimmed().isEmpty()) {
            title = HtmlMetadata::stripSiteName(candidate, siteNames);
            break;
        }
    }
    HtmlContentExtractor extractor(doc);
    extractor.extract(title);
    if (title.isEmpty())
        title = extractor.firstHeading();
    title = HtmlMetadata::stripSiteName(title, siteNames, extractor.chromeText());

    const QString text = extractor.text();
    if (text.trimmed().isEmpty())
        return fail(tr("No article text found in “%1”: the page has no paragraphs outside navigation, scripts and other page chrome.")
                        .arg(name));
    article.text = normalizeText(text) + u'\n';
    article.title = normalizeText(title).simplified();
    article.outlet = normalizeText(!md.siteName.isEmpty() ? md.siteName : md.publisher).simplified();
    const QStringList authors = !md.authors.isEmpty() ? md.authors : extractor.bylineAuthors();
    article.author = normalizeText(authors.join(QStringLiteral(", "))).simplified();
    article.url = url;

    // Language: the page's declaration, unless the text plainly says otherwise.
    const LanguageGuess guess = LanguageGuess::of(article.text);
    article.language = md.language;
    if (article.language.isEmpty()) {
        article.language = guess.language();
    } else if (!guess.isEmpty() && guess.language() != article.language && guess.confidence() >= 0.8) {
        article.warnings.append(tr("“%1” declares the language “%2” (%3), but its text reads as “%4”; “%4” was taken.")
                                    .arg(name, article.language, md.languageEvidence, guess.language()));
        article.language = guess.language();
    }

    // Date: metadata first, then the article's byline.
    for (const HtmlMetadata::DateValue &d : md.dates) {
        const EdtfDate date = HtmlMetadata::parseDate(d.value);
        if (date.isValid()) {
            article.published = date;
            article.dateEvidence = d.evidence;
            break;
        }
    }
    if (!article.published.isValid() && !extractor.bylineDateTime().isEmpty()) {
        const EdtfDate date = HtmlMetadata::parseDate(extractor.bylineDateTime());
        if (date.isValid()) {
            article.published = date;
            article.dateEvidence = QStringLiteral("time datetime");
        }
    }
    if (!article.published.isValid()) {
        DatePhraseOptions options;
        options.language = article.language;
        options.maxResults = 2;
        for (const QString &byline : extractor.bylineTexts()) {
            const DatePhraseList found = DatePhrases::find(byline, options);
            if (found.isEmpty())
                continue;
            DatePhrase chosen = found.first();
            // "28 صفر 1445 هـ الموافق 13 سبتمبر 2023 م": the Gregorian date given beside a Hijri
            // one is the exact one.
            if (chosen.calendar == DatePhrase::Calendar::Hijri && found.size() > 1
                && found.at(1).calendar != DatePhrase::Calendar::Hijri
                && found.at(1).date.precision() == EdtfDate::Precision::Day
                && std::abs(found.at(1).date.earliest().daysTo(chosen.date.earliest())) <= 2)
                chosen = found.at(1);
            article.published = chosen.date;
            article.dateEvidence = QStringLiteral("text: ") + chosen.evidence;
            break;
        }
    }
    articles->append(article);
    return true;
}

} // namespace Entente

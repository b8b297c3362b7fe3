#pragma once

#include "import/importedarticle.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Entente {

/**
 * Reads a saved web page (a browser's "Save as", a crawler's output) into one article: the
 * article's own text (HtmlContentExtractor), its title, date, outlet, author, canonical URL and
 * language from the page's metadata (HtmlMetadata), and otherwise a date written in the
 * article's byline area (DatePhrases) and the language of the text (LanguageGuess). Nothing is
 * fetched or run: no remote resource, no script, no style sheet.
 *
 * Decoding: a byte-order mark (UTF-8, UTF-16), else `<meta charset>`, `<meta http-equiv=
 * "Content-Type">` or `<?xml encoding?>` in the first 4 KiB (any encoding QStringDecoder
 * knows, e.g. windows-1256; ISO-8859-1 and ASCII read as windows-1252, as browsers do), else
 * UTF-8; invalid bytes become U+FFFD with a warning naming the first one.
 *
 * Limits: a file over maxFileSize() (64 MiB by default) is refused with a message; binary
 * data (control bytes in the first 64 KiB) is refused; the tree keeps at most
 * HtmlDocument::MaxDepth levels and HtmlDocument::MaxNodes nodes (a warning says when a page
 * reached either). Reading is linear in the file's size.
 *
 * Dates: the first of JSON-LD datePublished, article:published_time, the date `<meta>` tags
 * (date, pubdate, publishdate, DC.date.issued, parsely-pub-date, …), itemprop datePublished,
 * the `<time datetime>` of the article's header, and a date written in the byline area; as
 * the calendar date the page writes, time zone not converted. When none gives one, the date
 * stays invalid.
 */
class HtmlReader : public ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(Entente::HtmlReader)
public:
    static constexpr qsizetype DefaultMaxFileSize = qsizetype(64) * 1024 * 1024;

    QString formatName() const override { return QStringLiteral("html"); }
    QStringList fileSuffixes() const override { return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml"), QStringLiteral("xht"), QStringLiteral("shtml")}; }
    bool canRead(const QString &fileName, const QByteArray &head) const override;
    bool read(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
              QString *error) const override;

    qsizetype maxFileSize() const { return m_maxFileSize; }
    void setMaxFileSize(qsizetype bytes) { m_maxFileSize = bytes; }

    /// The character encoding a page declares in its first 4 KiB (`<meta charset>`,
    /// http-equiv Content-Type, XML declaration), lower case; empty when none.
    static QString declaredCharset(QByteArrayView head);
    /// Decodes a page's bytes as described above; @p encoding receives the encoding used.
    static QString decode(const QByteArray &data, const QString &fileName, QString *encoding,
                          QStringList *warnings);

private:
    qsizetype m_maxFileSize = DefaultMaxFileSize;
};

} // namespace Entente

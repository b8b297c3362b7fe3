#pragma once

#include "import/importedarticle.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QStringList>

namespace Entente {

/**
 * Reads the text of PDF files with Poppler's Qt 6 binding: the words of each page in reading
 * order (Poppler::Page::textList), joined into lines and lines into paragraphs. A paragraph
 * ends where the gap to the next line is clearly wider than the page's usual line spacing, or
 * after a short line that ends a sentence; it runs on across a page break unless the page
 * ends a sentence. A word hyphenated at a line end is joined without its hyphen when the
 * document writes it unhyphenated elsewhere or both halves are lower case ("nego-" + "tiations"),
 * and keeps it otherwise ("Iran-" + "Iraq", or "long-term" when written so elsewhere).
 *
 * Running headers and footers are removed: a line among the first or last two of a page that
 * recurs (digits aside, so "Page 3 of 9" matches "Page 4 of 9") on at least 60% of the pages
 * (and on two at least), and lone page numbers. The document information gives Title, Author
 * and CreationDate (as written, `D:20210312...`); without a Title, a first line set clearly
 * larger than the text is the title.
 *
 * Encrypted (password-protected), damaged and non-PDF files, and PDFs without a text layer
 * (scans), fail with a message saying so. At most MaxPages pages are read.
 */
class PdfReader : public ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(Entente::PdfReader)
public:
    static constexpr int MaxPages = 2000;

    /// One line of a page as laid out: its text and box (in points).
    struct Line
    {
        QString text;
        QRectF box;
    };
    using Page = QList<Line>;

    QString formatName() const override;
    QStringList fileSuffixes() const override { return {QStringLiteral("pdf")}; }
    bool canRead(const QString &fileName, const QByteArray &head) const override;
    bool read(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
              QString *error) const override;

    /// The layout step alone, for tests: pages of lines to paragraphs, headers and footers
    /// removed. @p title, if given, receives a first line set larger than the rest (then left
    /// out of the paragraphs) when @p findTitle is set.
    static QStringList paragraphs(const QList<Page> &pages, bool findTitle = false,
                                  QString *title = nullptr);
};

} // namespace Entente

#pragma once

#include "import/importedarticle.h"

#include <QCoreApplication>

namespace Entente {

/**
 * Reads a plain-text (.txt) or Markdown (.md, .markdown) file into one article. The bytes are
 * decoded as PlainTextDecoder does (UTF-8, or UTF-16 with a byte-order mark; anything else is
 * refused with the offset of the first bad byte). The title is a Markdown level-1 heading
 * when there is one near the start, else the first non-empty line, which then stays in the
 * text. Markdown is reduced to its words: heading marks, emphasis, inline code marks, link
 * targets, images and HTML comments go; list items and quoted paragraphs keep their text.
 * The date and language come from the text (ReaderSupport::completeFromText). Format "text"
 * or "markdown".
 */
class TextReader : public ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(Entente::TextReader)
public:
    QString formatName() const override { return QStringLiteral("text"); }
    QStringList fileSuffixes() const override { return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdown")}; }
    bool canRead(const QString &fileName, const QByteArray &head) const override;
    bool read(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
              QString *error) const override;

    /// The words of a Markdown document, paragraphs kept; @p title receives its first level-1
    /// heading's text (empty when it has none in its first lines).
    static QString markdownToText(const QString &markdown, QString *title);
};

} // namespace Entente

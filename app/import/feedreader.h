#pragma once

#include "import/importedarticle.h"

#include <QCoreApplication>

namespace Entente {

/**
 * Reads feed files, one article per item: RSS 2.0 (and RSS 1.0/RDF) items with title, link,
 * pubDate or dc:date, dc:creator or author, and content:encoded or else description; Atom
 * entries with title, link rel="alternate", published or else updated, author/name, and
 * content or else summary of type text, html or xhtml. The channel's or feed's title is the
 * outlet, its language the default language. Embedded HTML is reduced to its text and
 * paragraphs (MarkupStripper); nothing is loaded from elsewhere (an Atom content with `src`
 * gives no text).
 *
 * The XML is read with QXmlStreamReader and any DTD is refused, so entity declarations can
 * neither explode (billion laughs) nor load external files. ImportedArticle::format is "rss"
 * or "atom"; an item without text is skipped and reported ("item 3: no text").
 */
class FeedReader : public MultiArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(Entente::FeedReader)
public:
    /// "feed", the family; each article says "rss" or "atom".
    QString formatName() const override;
    QStringList fileSuffixes() const override { return {QStringLiteral("rss"), QStringLiteral("atom"), QStringLiteral("xml")}; }
    bool canRead(const QString &fileName, const QByteArray &head) const override;
    bool readAll(const QString &fileName, const QByteArray &data, ImportedArticleList *articles,
                 QStringList *skipped, QString *error) const override;
};

} // namespace Entente

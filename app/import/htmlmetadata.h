#pragma once

#include "model/edtf.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Entente {

class HtmlDocument;

/**
 * What a page says about itself: Open Graph and other `<meta>` tags, JSON-LD (`NewsArticle`,
 * `Article`, `ReportageNewsArticle`, … also inside `@graph` arrays, with `@id` references
 * resolved), `<link rel=canonical>`, `<html lang>` and `<title>`. Each value is kept as
 * written, in the order of preference the reader uses; nothing is inferred here.
 */
struct HtmlMetadata
{
    Q_DECLARE_TR_FUNCTIONS(Entente::HtmlMetadata)
public:
    /// A candidate publication date: the value as written and where it was found
    /// ("json-ld datePublished", "article:published_time", "meta date", …).
    struct DateValue
    {
        QString value;
        QString evidence;
    };

    QString documentTitle;   ///< `<title>`, simplified
    QString ogTitle;         ///< og:title, else twitter:title
    QString headline;        ///< JSON-LD headline (or name)
    QString siteName;        ///< og:site_name, else application-name
    QString publisher;       ///< JSON-LD publisher.name
    QStringList authors;     ///< JSON-LD author names, else meta author / article:author
    QList<DateValue> dates;  ///< in order of preference
    QString canonicalUrl;    ///< `<link rel=canonical>`
    QString ogUrl;           ///< og:url
    QString jsonLdUrl;       ///< JSON-LD url or mainEntityOfPage
    QString language;        ///< html lang, else content-language, og:locale, inLanguage
    QString languageEvidence;
    QStringList warnings;

    static HtmlMetadata read(const HtmlDocument &doc);

    /// Parses a metadata date ("2023-09-13T08:30:00+03:30", "2023-09-13", "20230913",
    /// "Wed, 13 Sep 2023 08:30:00 GMT", …) as the calendar date written, without converting
    /// the time zone: the publisher's own date. Invalid when it is not a date.
    static EdtfDate parseDate(const QString &value);

    /// @p title without a site name before or after a separator (" - ", " | ", " — ", " – ",
    /// " :: ", " · ", " » ", " ـ ", …): a part is dropped only when it matches one of
    /// @p siteNames (case, spacing and Arabic letter forms ignored; "Al Jazeera" matches
    /// "aljazeera.com") or occurs in @p chromeText (the page's header, navigation and footer
    /// text, folded); the parts after one that names the site (a slogan, a section) go with
    /// it. The headline itself is never dropped.
    static QString stripSiteName(const QString &title, const QStringList &siteNames,
                                 const QString &chromeText = QString());
    /// The primary subtag of a language tag, lower case: "ar-SA" -> "ar", "fa_IR" -> "fa".
    static QString primaryLanguage(const QString &tag);
};

} // namespace Entente

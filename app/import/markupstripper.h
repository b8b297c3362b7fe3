#pragma once

#include <QString>
#include <QStringView>

namespace Entente {

/**
 * Reduces an HTML fragment (a feed item's description or content:encoded, an Atom entry's
 * html or xhtml content) to plain text with its paragraphs: block elements (p, div, li,
 * headings, blockquote, tr, ...) end a paragraph, `<br>` ends a line, scripts, styles,
 * embedded objects and forms are dropped with their content, entities are decoded, and white
 * space inside a paragraph collapses as a browser would (except in `<pre>`).
 *
 * Nothing is fetched or run: images, links and frames contribute no text beyond their own
 * words. Not a full HTML parser (see the HTML reader for whole pages), but robust to unclosed
 * and stray tags.
 */
class MarkupStripper
{
public:
    /// The text of @p html, paragraphs separated by a blank line, lines by "\n".
    static QString toText(QStringView html);
    /// @p text with its HTML character references (&amp;, &#8217;, &#x627;) decoded.
    static QString decodeEntities(QStringView text);
};

} // namespace Entente

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Entente {

class HtmlDocument;

/**
 * Picks the main content of a page and turns it into article text, in the manner of
 * Mozilla's Readability:
 *
 * 1. Chrome is set aside: navigation, asides, footers, headers, forms controls, media,
 *    `hidden` / `aria-hidden` / `display:none` elements, ARIA landmarks other than main, and
 *    elements whose class or id says nav, menu, sidebar, share, social, related, comment,
 *    promo, ad, cookie, newsletter, footer, … (unless it also says article-body,
 *    entry-content, … or the element holds the page's main article), and boxes headed
 *    "Most read", "Related", "الأكثر قراءة", "پربازدیدترین", …
 * 2. Every paragraph (a `<p>`, a `<pre>`, a `<div>` of inline content, a run of text between
 *    `<br><br>`) of at least 25 characters scores its container and, decreasingly, four
 *    more ancestors: one point, one per comma (also ، ؛ and the full-width comma), one per
 *    100 characters up to three. Containers start from their tag (`<article>`, `<main>`,
 *    `<div>` up; lists, headings down) and class hints (article, content, story, post,
 *    entry, text up), and the total is scaled by 1 − link density.
 * 3. The best container may be replaced by an ancestor that holds several near-best ones,
 *    and its siblings that score close to it, or read as paragraphs, join it.
 * 4. Inside, blocks that read as chrome (mostly links, form inputs, more images than text,
 *    near-empty) are dropped, and so is a heading that repeats the title.
 *
 * The text keeps paragraphs (a blank line between them), a line break for a single `<br>`,
 * list items on lines of their own ("• " or "1. "), table rows on lines with cells
 * separated by " | ", headings as paragraphs; white space is collapsed, `<pre>` kept as is.
 * Every pass is linear in the number of nodes.
 */
class HtmlContentExtractor
{
public:
    explicit HtmlContentExtractor(const HtmlDocument &doc);

    /// Extracts the content; a leading heading equal to @p title is dropped.
    void extract(const QString &title);

    /// The article text, paragraphs separated by blank lines; empty when nothing was found.
    QString text() const { return m_text; }
    /// The node chosen as the article's container (-1 when none).
    int contentNode() const { return m_content; }
    /// Texts of the byline area (bylines, datelines, `<time>` elements, the article header),
    /// in document order, each simplified and at most a few hundred characters.
    QStringList bylineTexts() const { return m_bylines; }
    /// The `datetime` of the first `<time>` in the article's header or byline area.
    QString bylineDateTime() const { return m_bylineDateTime; }
    /// Folded text (TextFolder::key) of the page chrome: header, navigation, footer.
    QString chromeText() const { return m_chrome; }
    /// The first `<h1>` of the article (or of the page), simplified.
    QString firstHeading() const { return m_firstHeading; }
    /// Names and ids of the author elements in the byline (rel=author, itemprop=author).
    QStringList bylineAuthors() const { return m_authors; }

private:
    struct Stats
    {
        int textLength = 0;    // collapsed text, in UTF-16 units
        int linkLength = 0;
        int commas = 0;
        int stops = 0;         // sentence ends: . ? ! ؟ ۔
        int paragraphs = 0;
        int listItems = 0;
        int images = 0;
        int inputs = 0;
        int embeds = 0;
        int headingLength = 0;
        int headerCells = 0;   // th, caption, thead: a data table
        int lineBreaks = 0;
        bool blockChild = false;
    };
    /// Header: not article text, but searched for the byline; Chrome: neither.
    enum class Removal : unsigned char { None, Header, Chrome };

    void computeExtents();
    void markRemovals();
    void computeStats();
    void scoreParagraphs();
    int pickContent();
    void collectByline(int scope);
    bool cleanedAway(int node) const;
    bool repeatsTitle(int node) const;
    QString subtreeText(int node, int maxLength) const;
    double linkDensity(int node) const;
    struct TextBuilder;
    void emitText(int node, TextBuilder &out, int listDepth, bool pre) const;

    const HtmlDocument &m_doc;
    QList<Removal> m_removal;
    QList<int> m_subtreeEnd;
    QList<int> m_weight;
    QList<Stats> m_stats;
    QList<double> m_score;
    QList<bool> m_scored;
    QList<bool> m_protected;
    QString m_title;
    QString m_titleKey;
    QString m_text;
    QStringList m_bylines;
    QString m_bylineDateTime;
    QString m_chrome;
    QString m_firstHeading;
    QStringList m_authors;
    int m_content = -1;
    QList<int> m_included;
};

} // namespace Entente

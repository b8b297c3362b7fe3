#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>

namespace Entente {

/**
 * A light element tree of an HTML page, built from HtmlTokenizer's tokens with the HTML
 * standard's most common implied end tags (`<p>` closed by a block, `<li>`, `<dt>`/`<dd>`,
 * `<tr>`, `<td>`/`<th>`, `<option>`, nested `<a>` and headings), void elements, stray end
 * tags ignored, and unclosed elements closed at the end. Nodes live in one array in document
 * order (a parent before its children), so whole-tree passes are plain loops: a reverse loop
 * visits children before their parents.
 *
 * Only what text extraction and metadata need is kept: elements of interest by tag (others
 * are Unknown), a few attributes (class, id, role, itemprop, property, name, content, …),
 * text, and the content of `<script type="application/ld+json">`. Script and style content
 * is dropped.
 *
 * Limits, so any input takes linear time and bounded memory: at most MaxDepth open elements
 * (deeper elements are attached to the deepest open one, as browsers do past their own
 * limit), at most MaxNodes nodes (later elements are ignored, their text kept while room
 * remains), at most MaxJsonLdSize characters per JSON-LD script.
 */
class HtmlDocument
{
public:
    enum Tag : std::uint8_t {
        Document, Text, Unknown,
        Html, Head, Body, Title, Meta, Link, Base, Script, Style, Noscript, Template,
        A, Abbr, B, Bdi, Bdo, Cite, Code, Data, Del, Dfn, Em, Font, I, Ins, Kbd, Mark, Q, S, Samp,
        Small, Span, Strong, Sub, Sup, TimeTag, U, Var, Label, Nobr,
        Br, Wbr, Img, Picture, Source, Track, Video, Audio, Iframe, Embed, Object, Param, Canvas,
        Svg, Math, Map, Area, Input, Select, Option, Optgroup, Textarea, Button, Output, Progress,
        Meter, Datalist,
        P, Div, Section, Article, Main, Aside, Nav, Header, Footer, Address, Blockquote, Figure,
        Figcaption, Details, Summary, Dialog, Hgroup, H1, H2, H3, H4, H5, H6, Ul, Ol, Li, Dl, Dt,
        Dd, Menu, Pre, Hr, Table, Caption, Thead, Tbody, Tfoot, Tr, Td, Th, Col, Colgroup, Form,
        Fieldset, Legend, Center, Listing, Xmp, Frameset, Frame, Noframes, Noembed,
        TagCount
    };

    static constexpr int MaxDepth = 512;
    static constexpr int MaxNodes = 2'000'000;
    static constexpr qsizetype MaxJsonLdSize = 1 << 20;

    struct Node
    {
        Tag tag = Unknown;
        int parent = -1;
        int firstChild = -1;
        int lastChild = -1;
        int nextSibling = -1;
        int attrBegin = 0;      ///< elements: index of the first kept attribute
        int attrCount = 0;
        qsizetype textBegin = 0; ///< text nodes: the text is text().sliced(textBegin, textLength)
        qsizetype textLength = 0;
    };

    /// Parses @p html (already decoded).
    void parse(QStringView html);

    int nodeCount() const { return int(m_nodes.size()); }
    const Node &node(int index) const { return m_nodes.at(index); }
    /// The text of text node @p index (references decoded, white space as written).
    QStringView text(int index) const;
    /// The value of attribute @p name (lower case) of element @p index; empty when absent.
    QString attribute(int index, QStringView name) const;
    bool hasAttribute(int index, QStringView name) const;
    /// "class id" in lower case, for hints.
    QString classAndId(int index) const;

    /// The content of each JSON-LD script, in document order.
    QStringList jsonLdScripts() const { return m_jsonLd; }
    /// The first `<title>` outside `<svg>`, white space simplified.
    QString title() const { return m_title; }

    bool hitDepthLimit() const { return m_hitDepthLimit; }
    bool hitNodeLimit() const { return m_hitNodeLimit; }
    /// The greatest nesting of elements the input asked for (before the limit).
    int requestedDepth() const { return m_requestedDepth; }

    static Tag tagForName(QStringView name);
    static bool isVoid(Tag tag);
    /// Starts a new block of text (a paragraph, list item, heading, table row, …).
    static bool isBlock(Tag tag);
    static bool isHeading(Tag tag) { return tag >= H1 && tag <= H6; }
    /// Has no readable article text: script, style, forms controls, media, svg, …
    static bool isNonContent(Tag tag);

private:
    struct Attribute
    {
        QString name;
        QString value;
    };

    int appendNode(Tag tag, int parent);
    void popTo(int stackIndex);
    enum class Scope { None, Button, ListItem, Definition, Table };
    /// Index in m_open of the nearest open @p tag within @p scope, looking at most
    /// ScopeSearchSteps elements down (so a start tag costs O(1)); -1 when not found.
    int findOpen(Tag tag, Scope scope) const;
    void closeIfOpen(Tag tag, Scope scope);
    static constexpr int ScopeSearchSteps = 64;

    QList<Node> m_nodes;
    QList<Attribute> m_attributes;
    QString m_text;
    QStringList m_jsonLd;
    QString m_title;
    QList<int> m_open;      ///< the stack of open elements (node indexes)
    int m_openCount[TagCount] = {};
    int m_requestedDepth = 0;
    int m_overflow = 0;     ///< elements past MaxDepth that were not pushed
    bool m_inJsonLd = false;
    bool m_hitDepthLimit = false;
    bool m_hitNodeLimit = false;
};

} // namespace Entente

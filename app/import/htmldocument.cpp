#include "import/htmldocument.h"

#include "import/htmltokenizer.h"

#include <algorithm>
#include <iterator>

namespace Entente {

namespace {

struct TagName
{
    const char16_t *name;
    HtmlDocument::Tag tag;
};

using T = HtmlDocument;
const TagName tagNames[] = {
    {u"html", T::Html}, {u"head", T::Head}, {u"body", T::Body}, {u"title", T::Title},
    {u"meta", T::Meta}, {u"link", T::Link}, {u"base", T::Base}, {u"script", T::Script},
    {u"style", T::Style}, {u"noscript", T::Noscript}, {u"template", T::Template},
    {u"a", T::A}, {u"abbr", T::Abbr}, {u"b", T::B}, {u"bdi", T::Bdi}, {u"bdo", T::Bdo},
    {u"cite", T::Cite}, {u"code", T::Code}, {u"data", T::Data}, {u"del", T::Del},
    {u"dfn", T::Dfn}, {u"em", T::Em}, {u"font", T::Font}, {u"i", T::I}, {u"ins", T::Ins},
    {u"kbd", T::Kbd}, {u"mark", T::Mark}, {u"q", T::Q}, {u"s", T::S}, {u"samp", T::Samp},
    {u"small", T::Small}, {u"span", T::Span}, {u"strong", T::Strong}, {u"sub", T::Sub},
    {u"sup", T::Sup}, {u"time", T::TimeTag}, {u"u", T::U}, {u"var", T::Var},
    {u"label", T::Label}, {u"nobr", T::Nobr}, {u"br", T::Br}, {u"wbr", T::Wbr},
    {u"img", T::Img}, {u"picture", T::Picture}, {u"source", T::Source}, {u"track", T::Track},
    {u"video", T::Video}, {u"audio", T::Audio}, {u"iframe", T::Iframe}, {u"embed", T::Embed},
    {u"object", T::Object}, {u"param", T::Param}, {u"canvas", T::Canvas}, {u"svg", T::Svg},
    {u"math", T::Math}, {u"map", T::Map}, {u"area", T::Area}, {u"input", T::Input},
    {u"select", T::Select}, {u"option", T::Option}, {u"optgroup", T::Optgroup},
    {u"textarea", T::Textarea}, {u"button", T::Button}, {u"output", T::Output},
    {u"progress", T::Progress}, {u"meter", T::Meter}, {u"datalist", T::Datalist},
    {u"p", T::P}, {u"div", T::Div}, {u"section", T::Section}, {u"article", T::Article},
    {u"main", T::Main}, {u"aside", T::Aside}, {u"nav", T::Nav}, {u"header", T::Header},
    {u"footer", T::Footer}, {u"address", T::Address}, {u"blockquote", T::Blockquote},
    {u"figure", T::Figure}, {u"figcaption", T::Figcaption}, {u"details", T::Details},
    {u"summary", T::Summary}, {u"dialog", T::Dialog}, {u"hgroup", T::Hgroup}, {u"h1", T::H1},
    {u"h2", T::H2}, {u"h3", T::H3}, {u"h4", T::H4}, {u"h5", T::H5}, {u"h6", T::H6},
    {u"ul", T::Ul}, {u"ol", T::Ol}, {u"li", T::Li}, {u"dl", T::Dl}, {u"dt", T::Dt},
    {u"dd", T::Dd}, {u"menu", T::Menu}, {u"pre", T::Pre}, {u"hr", T::Hr}, {u"table", T::Table},
    {u"caption", T::Caption}, {u"thead", T::Thead}, {u"tbody", T::Tbody}, {u"tfoot", T::Tfoot},
    {u"tr", T::Tr}, {u"td", T::Td}, {u"th", T::Th}, {u"col", T::Col}, {u"colgroup", T::Colgroup},
    {u"form", T::Form}, {u"fieldset", T::Fieldset}, {u"legend", T::Legend},
    {u"center", T::Center}, {u"listing", T::Listing}, {u"xmp", T::Xmp},
    {u"frameset", T::Frameset}, {u"frame", T::Frame}, {u"noframes", T::Noframes},
    {u"noembed", T::Noembed},
};

bool keptAttribute(QStringView name)
{
    static const QStringView kept[] = {u"class", u"id", u"role", u"itemprop", u"itemtype",
        u"property", u"name", u"content", u"http-equiv", u"charset", u"datetime", u"rel", u"href",
        u"lang", u"xml:lang", u"dir", u"type", u"hidden", u"aria-hidden", u"style", u"start",
        u"alt", u"rev"};
    for (QStringView k : kept)
        if (k == name)
            return true;
    return false;
}

bool isHeadElement(HtmlDocument::Tag t)
{
    return t == T::Title || t == T::Meta || t == T::Link || t == T::Base || t == T::Script
        || t == T::Style || t == T::Noscript || t == T::Template;
}

bool closesParagraph(HtmlDocument::Tag t)
{
    switch (t) {
    case T::Address: case T::Article: case T::Aside: case T::Blockquote: case T::Center:
    case T::Details: case T::Dialog: case T::Div: case T::Dl: case T::Fieldset:
    case T::Figcaption: case T::Figure: case T::Footer: case T::Form: case T::H1: case T::H2:
    case T::H3: case T::H4: case T::H5: case T::H6: case T::Header: case T::Hgroup: case T::Hr:
    case T::Li: case T::Dd: case T::Dt: case T::Listing: case T::Main: case T::Menu: case T::Nav:
    case T::Ol: case T::P: case T::Pre: case T::Section: case T::Summary: case T::Table:
    case T::Ul: case T::Xmp:
        return true;
    default:
        return false;
    }
}

bool isScopeBoundary(HtmlDocument::Tag t, int scope)
{
    // scope: 1 button, 2 list item, 3 definition, 4 table
    const bool base = t == T::Document || t == T::Html || t == T::Table || t == T::Td || t == T::Th
        || t == T::Caption || t == T::Object || t == T::Template || t == T::Svg || t == T::Math;
    switch (scope) {
    case 1:
        return base || t == T::Button;
    case 2:
        return base || t == T::Ul || t == T::Ol || t == T::Menu;
    case 3:
        return base || t == T::Dl;
    case 4:
        return t == T::Document || t == T::Html || t == T::Table || t == T::Template;
    default:
        return false;
    }
}

} // namespace

HtmlDocument::Tag HtmlDocument::tagForName(QStringView name)
{
    static const QList<TagName> sorted = [] {
        QList<TagName> v(std::begin(tagNames), std::end(tagNames));
        std::sort(v.begin(), v.end(), [](const TagName &a, const TagName &b) {
            return QStringView(a.name) < QStringView(b.name);
        });
        return v;
    }();
    const auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), name,
                                     [](const TagName &a, QStringView n) { return QStringView(a.name) < n; });
    return it != sorted.cend() && QStringView(it->name) == name ? it->tag : Unknown;
}

bool HtmlDocument::isVoid(Tag t)
{
    switch (t) {
    case Area: case Base: case Br: case Col: case Embed: case Hr: case Img: case Input:
    case Link: case Meta: case Param: case Source: case Track: case Wbr: case Frame:
        return true;
    default:
        return false;
    }
}

bool HtmlDocument::isBlock(Tag t)
{
    switch (t) {
    case Html: case Body: case P: case Div: case Section: case Article: case Main: case Aside:
    case Nav: case Header: case Footer: case Address: case Blockquote: case Figure:
    case Figcaption: case Details: case Summary: case Dialog: case Hgroup: case H1: case H2:
    case H3: case H4: case H5: case H6: case Ul: case Ol: case Li: case Dl: case Dt: case Dd:
    case Menu: case Pre: case Hr: case Table: case Caption: case Thead: case Tbody: case Tfoot:
    case Tr: case Form: case Fieldset: case Legend: case Center: case Listing: case Xmp:
    case Frameset: case Noframes:
        return true;
    default:
        return false;
    }
}

bool HtmlDocument::isNonContent(Tag t)
{
    switch (t) {
    case Head: case Title: case Meta: case Link: case Base: case Script: case Style: case Noscript:
    case Template: case Img: case Picture: case Source: case Track: case Video: case Audio:
    case Iframe: case Embed: case Object: case Param: case Canvas: case Svg: case Math: case Map:
    case Area: case Input: case Select: case Option: case Optgroup: case Textarea: case Button:
    case Output: case Progress: case Meter: case Datalist: case Frameset: case Frame:
    case Noframes: case Noembed: case Xmp:
        return true;
    default:
        return false;
    }
}

QStringView HtmlDocument::text(int index) const
{
    const Node &n = m_nodes.at(index);
    return QStringView(m_text).sliced(n.textBegin, n.textLength);
}

QString HtmlDocument::attribute(int index, QStringView name) const
{
    const Node &n = m_nodes.at(index);
    for (int i = n.attrBegin; i < n.attrBegin + n.attrCount; ++i)
        if (m_attributes.at(i).name == name)
            return m_attributes.at(i).value;
    return {};
}

bool HtmlDocument::hasAttribute(int index, QStringView name) const
{
    const Node &n = m_nodes.at(index);
    for (int i = n.attrBegin; i < n.attrBegin + n.attrCount; ++i)
        if (m_attributes.at(i).name == name)
            return true;
    return false;
}

QString HtmlDocument::classAndId(int index) const
{
    const QString c = attribute(index, u"class");
    const QString i = attribute(index, u"id");
    if (i.isEmpty())
        return c.toLower();
    return (c + u' ' + i).toLower();
}

int HtmlDocument::appendNode(Tag tag, int parent)
{
    const int index = int(m_nodes.size());
    Node n;
    n.tag = tag;
    n.parent = parent;
    n.attrBegin = int(m_attributes.size());
    m_nodes.append(n);
    if (parent >= 0) {
        Node &p = m_nodes[parent];
        if (p.lastChild >= 0)
            m_nodes[p.lastChild].nextSibling = index;
        else
            p.firstChild = index;
        p.lastChild = index;
    }
    return index;
}

void HtmlDocument::popTo(int stackIndex)
{
    while (m_open.size() > stackIndex && m_open.size() > 1) {
        --m_openCount[m_nodes.at(m_open.last()).tag];
        m_open.removeLast();
    }
}

int HtmlDocument::findOpen(Tag tag, Scope scope) const
{
    if (m_openCount[tag] == 0)
        return -1;
    const int scopeKind = int(scope);
    // Without a scope the element is found (it is open) and everything above it is popped, so
    // the walk is paid for by the pops; a scoped walk may stop short, so it is bounded.
    const int maxSteps = scope == Scope::None ? int(m_open.size()) : ScopeSearchSteps;
    for (int i = int(m_open.size()) - 1, steps = 0; i >= 1 && steps < maxSteps; --i, ++steps) {
        const Tag t = m_nodes.at(m_open.at(i)).tag;
        if (t == tag)
            return i;
        if (scope != Scope::None && isScopeBoundary(t, scopeKind))
            return -1;
        if (scope == Scope::ListItem && t != Div && t != P && t != Address && isBlock(t) && t != Li)
            return -1; // a special element between: the li is not this one's sibling
    }
    return -1;
}

void HtmlDocument::closeIfOpen(Tag tag, Scope scope)
{
    const int at = findOpen(tag, scope);
    if (at >= 1)
        popTo(at);
}

void HtmlDocument::parse(QStringView html)
{
    *this = HtmlDocument();
    m_nodes.reserve(std::min<qsizetype>(MaxNodes, html.size() / 16 + 16));
    m_text.reserve(html.size() / 2);
    appendNode(Document, -1);
    m_open.append(0);
    m_openCount[Document] = 1;
    int htmlNode = -1, headNode = -1, bodyNode = -1;

    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(&token)) {
        switch (token.type) {
        case HtmlToken::Type::Comment:
        case HtmlToken::Type::Doctype:
            break;
        case HtmlToken::Type::Text: {
            if (!token.name.isEmpty()) {
                // Content of a raw-text element (script, style, title, textarea, …).
                if (token.name == u"script" && m_inJsonLd) {
                    if (token.text.size() <= MaxJsonLdSize)
                        m_jsonLd.append(token.text);
                } else if (token.name == u"title" && m_title.isEmpty() && m_openCount[Svg] == 0) {
                    m_title = token.text.simplified();
                }
                break;
            }
            const bool blank = token.text.trimmed().isEmpty();
            if (headNode >= 0 && m_openCount[Head] > 0) {
                if (blank)
                    break;
                closeIfOpen(Head, Scope::None);
            }
            const int parent = m_open.last();
            const int last = m_nodes.at(parent).lastChild;
            if (last >= 0 && m_nodes.at(last).tag == Text
                && m_nodes.at(last).textBegin + m_nodes.at(last).textLength == m_text.size()) {
                m_text.append(token.text);
                m_nodes[last].textLength += token.text.size();
            } else if (m_nodes.size() < MaxNodes) {
                const int t = appendNode(Text, parent);
                m_nodes[t].textBegin = m_text.size();
                m_nodes[t].textLength = token.text.size();
                m_text.append(token.text);
            } else {
                m_hitNodeLimit = true;
            }
            break;
        }
        case HtmlToken::Type::StartTag: {
            const Tag tag = tagForName(token.name);
            if (m_nodes.size() >= MaxNodes) {
                m_hitNodeLimit = true;
                break;
            }
            auto keepAttributes = [&](int node) {
                for (const HtmlAttribute &a : std::as_const(token.attributes)) {
                    if (keptAttribute(a.name)) {
                        m_attributes.append({a.name, a.value});
                        ++m_nodes[node].attrCount;
                    }
                }
            };
            if (tag == Html) {
                if (htmlNode < 0) {
                    htmlNode = appendNode(Html, m_open.last());
                    keepAttributes(htmlNode);
                    m_open.append(htmlNode);
                    ++m_openCount[Html];
                }
                break;
            }
            if (tag == Head) {
                if (headNode < 0 && bodyNode < 0) {
                    headNode = appendNode(Head, m_open.last());
                    m_open.append(headNode);
                    ++m_openCount[Head];
                }
                break;
            }
            if (m_openCount[Head] > 0 && !isHeadElement(tag))
                closeIfOpen(Head, Scope::None);
            if (tag == Body) {
                if (bodyNode < 0) {
                    bodyNode = appendNode(Body, m_open.last());
                    keepAttributes(bodyNode);
                    m_open.append(bodyNode);
                    ++m_openCount[Body];
                }
                break;
            }
            // Implied end tags.
            if (closesParagraph(tag))
                closeIfOpen(P, Scope::Button);
            if (tag == Li) {
                closeIfOpen(Li, Scope::ListItem);
            } else if (tag == Dt || tag == Dd) {
                closeIfOpen(Dt, Scope::Definition);
                closeIfOpen(Dd, Scope::Definition);
            } else if (isHeading(tag)) {
                const Tag top = m_nodes.at(m_open.last()).tag;
                if (isHeading(top))
                    popTo(int(m_open.size()) - 1);
            } else if (tag == Tr) {
                closeIfOpen(Tr, Scope::Table);
            } else if (tag == Td || tag == Th) {
                closeIfOpen(Td, Scope::Table);
                closeIfOpen(Th, Scope::Table);
            } else if (tag == Option) {
                if (m_nodes.at(m_open.last()).tag == Option)
                    popTo(int(m_open.size()) - 1);
            } else if (tag == A) {
                closeIfOpen(A, Scope::None);
            }
            const int node = appendNode(tag, m_open.last());
            keepAttributes(node);
            if (tag == Script)
                m_inJsonLd = attribute(node, u"type").contains(u"ld+json", Qt::CaseInsensitive);
            if (isVoid(tag))
                break;
            if (tag == Title || tag == Textarea || tag == Script || tag == Style || tag == Xmp
                || tag == Iframe || tag == Noembed || tag == Noframes || tag == Noscript) {
                if (token.selfClosing)
                    break; // the tokenizer reads no raw text after "<script/>"
            }
            const int depth = int(m_open.size());
            m_requestedDepth = std::max(m_requestedDepth, depth + m_overflow);
            if (depth > MaxDepth) {
                m_hitDepthLimit = true;
                ++m_overflow;
                break;
            }
            m_open.append(node);
            ++m_openCount[tag];
            break;
        }
        case HtmlToken::Type::EndTag: {
            const Tag tag = tagForName(token.name);
            if (tag == Br) { // "</br>" is read as "<br>"
                if (m_nodes.size() < MaxNodes)
                    appendNode(Br, m_open.last());
                break;
            }
            if (tag == Html || tag == Body)
                break; // content after </body> still belongs to the body
            if (tag == Script)
                m_inJsonLd = false;
            if (m_overflow > 0) {
                --m_overflow;
                break;
            }
            const int at = findOpen(tag, tag == P ? Scope::Button : Scope::None);
            if (at >= 1)
                popTo(at);
            break;
        }
        }
    }
    m_open.clear();
}

} // namespace Entente

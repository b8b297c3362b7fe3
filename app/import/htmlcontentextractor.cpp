#include "import/htmlcontentextractor.h"

#include "import/htmldocument.h"
#include "text/textfolder.h"

#include <algorithm>

namespace Entente {

namespace {

using D = HtmlDocument;

QStringList classTokens(const QString &classAndId)
{
    QStringList tokens;
    QString cur;
    for (QChar c : classAndId) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            cur.append(c);
        } else if (!cur.isEmpty()) {
            tokens.append(cur);
            cur.clear();
        }
    }
    if (!cur.isEmpty())
        tokens.append(cur);
    return tokens;
}

bool containsAny(const QString &s, std::initializer_list<const char16_t *> parts)
{
    for (const char16_t *p : parts)
        if (s.contains(QStringView(p)))
            return true;
    return false;
}

bool hasToken(const QStringList &tokens, std::initializer_list<const char16_t *> words)
{
    for (const QString &t : tokens)
        for (const char16_t *w : words)
            if (t == QStringView(w))
                return true;
    return false;
}

bool isStrongPositive(const QString &ci)
{
    return containsAny(ci, {u"article-body", u"articlebody", u"article__body", u"article_body",
        u"article-content", u"article__content", u"articlecontent", u"article-text",
        u"articletext", u"story-body", u"storybody", u"story__body", u"story_body",
        u"story-content", u"storycontent", u"post-body", u"postbody", u"post-content",
        u"post__content", u"postcontent", u"entry-content", u"entrycontent", u"entry-body",
        u"news-body", u"newsbody", u"news-text", u"content-body", u"body-text", u"bodytext",
        u"text-body", u"main-text", u"article-main", u"field-name-body"});
}

bool isNegative(const QString &ci, const QStringList &tokens)
{
    return containsAny(ci, {u"comment", u"sidebar", u"side-bar", u"share", u"sharing", u"social",
               u"related", u"recommend", u"newsletter", u"cookie", u"consent", u"gdpr", u"footer",
               u"navbar", u"navigation", u"breadcrumb", u"pagination", u"promo", u"advert",
               u"sponsor", u"outbrain", u"taboola", u"mostread", u"most-read", u"most_read",
               u"popular", u"trending", u"subscri", u"signup", u"sign-up", u"widget", u"popup",
               u"modal", u"masthead", u"menu", u"disqus", u"toolbar", u"more-stories",
               u"read-more", u"readmore", u"also-read", u"paywall", u"skip-link", u"rating",
               u"login", u"ticker", u"banner", u"caption", u"copyright", u"follow-us",
               u"app-promo", u"donate"})
        || hasToken(tokens, {u"nav", u"ad", u"ads", u"adv", u"advertisement", u"aside", u"tags",
               u"tag", u"tools", u"hide", u"nocontent", u"print", u"credit", u"credits", u"logo",
               u"search", u"languages", u"skip", u"teaser", u"teasers", u"topics", u"keywords",
               u"rss", u"sponsored", u"partner", u"partners", u"bio"});
}

bool isHeaderHint(const QString &ci, const QStringList &tokens)
{
    return containsAny(ci, {u"byline", u"dateline", u"timestamp", u"publish", u"posted-on",
               u"author", u"pubdate", u"post-date", u"entry-date", u"article-date", u"news-date",
               u"article-info", u"post-info", u"entry-info"})
        || hasToken(tokens, {u"date", u"time", u"meta", u"header", u"head", u"kicker",
               u"subtitle", u"dek", u"standfirst", u"writer", u"updated", u"posted", u"source"});
}

bool isWeakPositive(const QStringList &tokens)
{
    return hasToken(tokens, {u"article", u"body", u"content", u"entry", u"hentry", u"main",
                             u"page", u"post", u"text", u"blog", u"story", u"news", u"detail",
                             u"details"});
}

// Headings of boxes that are not the article ("Most read", "Related", …), folded.
bool isChromeHeading(const QString &text)
{
    static const QStringList headings = [] {
        QStringList h;
        for (const char16_t *s : {u"most read", u"most popular", u"most viewed", u"most shared",
                 u"related", u"read more", u"read also", u"also read", u"more stories",
                 u"more from", u"more on this", u"you may also like", u"you might also like",
                 u"recommended", u"trending", u"popular", u"latest news", u"latest stories",
                 u"editor's picks", u"editors' picks", u"top stories", u"in other news",
                 u"share this", u"follow us", u"newsletter", u"comments", u"leave a reply",
                 u"الأكثر قراءة", u"الأكثر مشاهدة", u"الأكثر تداولا", u"اقرأ أيضا", u"اقرأ أيضاً",
                 u"إقرأ أيضا", u"أخبار ذات صلة", u"مواضيع ذات صلة", u"ذات صلة", u"مقالات ذات صلة",
                 u"آخر الأخبار", u"شارك", u"التعليقات", u"پربازدیدترین", u"پربازدید", u"پربحث‌ترین",
                 u"اخبار مرتبط", u"مطالب مرتبط", u"خبرهای مرتبط", u"بیشتر بخوانید", u"آخرین اخبار",
                 u"پیشنهاد سردبیر", u"نظرات", u"اشتراک گذاری"})
            h.append(TextFolder::key(QStringView(s)));
        return h;
    }();
    const QString k = TextFolder::key(text);
    if (k.isEmpty())
        return false;
    for (const QString &h : headings)
        if (k == h || (k.startsWith(h) && k.size() <= h.size() + 30))
            return true;
    return false;
}

bool isSpaceChar(QChar c)
{
    return c.isSpace();
}

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0xFEFF || u == 0x00AD || u == 0x2060;
}

// A line of nothing but bidi marks and other format characters is not text.
bool onlyFormatCharacters(QStringView t)
{
    for (QChar c : t)
        if (c.category() != QChar::Other_Format)
            return false;
    return true;
}

void measureText(QStringView t, int *length, int *commas, int *stops)
{
    bool space = true;
    int len = 0;
    for (QChar c : t) {
        if (isSpaceChar(c)) {
            if (!space)
                ++len;
            space = true;
            continue;
        }
        space = false;
        ++len;
        switch (c.unicode()) {
        case u',': case 0x060C: case 0x061B: case 0xFF0C: case u';':
            ++*commas;
            break;
        case u'.': case u'?': case u'!': case 0x061F: case 0x06D4:
            ++*stops;
            break;
        default:
            break;
        }
    }
    *length += len;
}

} // namespace

struct HtmlContentExtractor::TextBuilder
{
    QStringList paragraphs;
    QString cur;
    bool space = false;

    void text(QStringView t)
    {
        for (QChar c : t) {
            if (isSpaceChar(c)) {
                space = !cur.isEmpty() && !cur.endsWith(u'\n');
            } else if (!isInvisible(c)) {
                if (space)
                    cur.append(u' ');
                space = false;
                cur.append(c);
            }
        }
    }
    void raw(QStringView t)
    {
        if (space)
            cur.append(u' ');
        space = false;
        for (QChar c : t)
            if (c != u'\r' && !isInvisible(c))
                cur.append(c == QChar::Nbsp ? QChar(u' ') : c);
    }
    void lineBreak()
    {
        space = false;
        if (cur.isEmpty())
            return;
        if (cur.endsWith(u'\n'))
            paragraph();
        else
            cur.append(u'\n');
    }
    void newLine()
    {
        space = false;
        if (!cur.isEmpty() && !cur.endsWith(u'\n'))
            cur.append(u'\n');
    }
    void cellSeparator()
    {
        space = false;
        if (!cur.isEmpty() && !cur.endsWith(u'\n'))
            cur.append(QStringView(u" | "));
    }
    void paragraph(bool keepSpaces = false)
    {
        space = false;
        if (cur.isEmpty())
            return;
        const QStringList lines = cur.split(u'\n');
        QStringList kept;
        for (const QString &l : lines) {
            if (keepSpaces) {
                // <pre>: trailing spaces go, indentation stays
                qsizetype end = l.size();
                while (end > 0 && l.at(end - 1).isSpace())
                    --end;
                if (end > 0 || !kept.isEmpty())
                    kept.append(l.left(end));
            } else if (const QString t = l.trimmed(); !t.isEmpty() && !onlyFormatCharacters(t)) {
                kept.append(t);
            }
        }
        while (!kept.isEmpty() && kept.last().isEmpty())
            kept.removeLast();
        cur.clear();
        if (!kept.isEmpty())
            paragraphs.append(kept.join(u'\n'));
    }
    QString result()
    {
        paragraph();
        return paragraphs.join(QStringView(u"\n\n"));
    }
};

HtmlContentExtractor::HtmlContentExtractor(const HtmlDocument &doc)
    : m_doc(doc)
{
}

void HtmlContentExtractor::computeExtents()
{
    const int n = m_doc.nodeCount();
    m_subtreeEnd.fill(0, n);
    for (int i = n - 1; i >= 0; --i) {
        const D::Node &node = m_doc.node(i);
        m_subtreeEnd[i] = node.lastChild >= 0 ? m_subtreeEnd.at(node.lastChild) : i + 1;
    }
}

QString HtmlContentExtractor::subtreeText(int node, int maxLength) const
{
    QString out;
    const int end = m_subtreeEnd.at(node);
    for (int i = node + 1; i < end && out.size() < maxLength; ++i) {
        const D::Node &n = m_doc.node(i);
        if (n.tag != D::Text || D::isNonContent(m_doc.node(n.parent).tag))
            continue;
        out.append(m_doc.text(i).first(std::min<qsizetype>(m_doc.text(i).size(), maxLength)));
        out.append(u' ');
    }
    return out.simplified().left(maxLength);
}

void HtmlContentExtractor::markRemovals()
{
    const int n = m_doc.nodeCount();
    m_removal.fill(Removal::None, n);
    m_weight.fill(0, n);
    m_protected.fill(false, n);

    // The page's main article: the <article> with the most text (teasers are short).
    QList<int> rawText(n, 0);
    for (int i = n - 1; i >= 1; --i) {
        const D::Node &node = m_doc.node(i);
        if (node.tag == D::Text)
            rawText[i] = int(std::min<qsizetype>(m_doc.text(i).size(), 1 << 28));
        if (node.parent >= 0 && !D::isNonContent(node.tag))
            rawText[node.parent] = std::min(rawText[node.parent] + rawText[i], 1 << 29);
    }
    int primary = -1;
    for (int i = 0; i < n; ++i)
        if (m_doc.node(i).tag == D::Article && rawText[i] >= 200 && (primary < 0 || rawText[i] > rawText[primary]))
            primary = i;
    auto protect = [this](int i) {
        for (; i > 0 && !m_protected.at(i); i = m_doc.node(i).parent)
            m_protected[i] = true;
    };
    if (primary >= 0)
        protect(primary);

    // Hints from class, id, role, style and hidden, computed once per element with attributes.
    enum : unsigned char { Strong = 1, Negative = 2, Weak = 4, HeaderHint = 8, Hidden = 16, ChromeRole = 32, MainRole = 64 };
    // n is never negative; the max says so to GCC, whose -Wstringop-overflow fires otherwise.
    QList<unsigned char> hints(std::max(n, 0), 0);
    for (int i = 1; i < n; ++i) {
        const D::Node &node = m_doc.node(i);
        if (node.tag == D::Text || node.attrCount == 0)
            continue;
        unsigned char h = 0;
        const QString ci = m_doc.classAndId(i);
        if (!ci.isEmpty()) {
            const QStringList tokens = classTokens(ci);
            if (isStrongPositive(ci))
                h |= Strong;
            else if (isHeaderHint(ci, tokens))
                h |= HeaderHint;
            else if (isNegative(ci, tokens))
                h |= Negative;
            if (!(h & (Strong | Negative)) && isWeakPositive(tokens))
                h |= Weak;
            if ((h & HeaderHint) && isNegative(ci, tokens))
                h |= Negative;
        }
        if (m_doc.attribute(i, u"itemprop") == u"articleBody")
            h = (h & ~(Negative | HeaderHint)) | Strong;
        const QString role = m_doc.attribute(i, u"role").toLower();
        if (role == u"main")
            h |= MainRole;
        else if (role == u"navigation" || role == u"complementary" || role == u"banner"
                 || role == u"contentinfo" || role == u"dialog" || role == u"alertdialog"
                 || role == u"menu" || role == u"menubar" || role == u"search"
                 || role == u"toolbar" || role == u"tablist" || role == u"alert")
            h |= ChromeRole;
        const QString style = m_doc.attribute(i, u"style").toLower().remove(u' ');
        if (m_doc.hasAttribute(i, u"hidden") || m_doc.attribute(i, u"aria-hidden") == u"true"
            || style.contains(u"display:none") || style.contains(u"visibility:hidden"))
            h |= Hidden;
        hints[i] = h;
        if (h & Strong)
            m_weight[i] = 50;
        else if (h & Negative)
            m_weight[i] = -25;
        else if (h & Weak)
            m_weight[i] = 25;
        if (h & (Strong | MainRole))
            protect(i);
    }
    for (int i = 1; i < n; ++i)
        if (m_doc.node(i).tag == D::Main)
            protect(i);

    for (int i = 1; i < n; ++i) {
        const D::Node &node = m_doc.node(i);
        const Removal inherited = m_removal.at(node.parent);
        if (inherited == Removal::Chrome || node.tag == D::Text) {
            m_removal[i] = inherited;
            continue;
        }
        Removal self = Removal::None;
        const D::Tag tag = node.tag;
        const unsigned char h = hints.at(i);
        if (D::isNonContent(tag)) {
            self = Removal::Chrome;
        } else if (!m_protected.at(i)) {
            if (tag == D::Nav || tag == D::Aside || tag == D::Footer || tag == D::Figure
                || tag == D::Figcaption || tag == D::Dialog || (h & (Hidden | ChromeRole)))
                self = Removal::Chrome;
            else if (h & Strong)
                self = Removal::None;
            else if (tag == D::Header || tag == D::Address || (h & HeaderHint))
                self = (h & Negative) && !(h & HeaderHint) ? Removal::Chrome : Removal::Header;
            else if (h & Negative)
                self = Removal::Chrome;
            else if (tag == D::Section || tag == D::Div || tag == D::Ul || tag == D::Ol || tag == D::Unknown) {
                // A box headed "Most read", "Related", …
                int c = node.firstChild;
                while (c >= 0 && m_doc.node(c).tag == D::Text && m_doc.text(c).trimmed().isEmpty())
                    c = m_doc.node(c).nextSibling;
                if (c >= 0 && m_doc.node(c).tag != D::Text) {
                    const D::Tag ct = m_doc.node(c).tag;
                    const bool titled = m_doc.node(c).attrCount > 0
                        && (m_doc.classAndId(c).contains(u"title") || m_doc.classAndId(c).contains(u"heading"));
                    if ((D::isHeading(ct) && ct != D::H1) || titled || ct == D::Strong || ct == D::B) {
                        if (isChromeHeading(subtreeText(c, 80)))
                            self = Removal::Chrome;
                    }
                }
            }
        }
        m_removal[i] = self == Removal::Chrome ? Removal::Chrome : (inherited == Removal::Header ? Removal::Header : self);
    }
}

void HtmlContentExtractor::computeStats()
{
    const int n = m_doc.nodeCount();
    m_stats = QList<Stats>(n);
    for (int i = n - 1; i >= 1; --i) {
        const D::Node &node = m_doc.node(i);
        Stats &s = m_stats[i];
        if (node.tag == D::Text)
            measureText(m_doc.text(i), &s.textLength, &s.commas, &s.stops);
        else if (node.tag == D::A)
            s.linkLength = s.textLength;
        else if (D::isHeading(node.tag))
            s.headingLength = s.textLength;
        if (node.tag == D::Th || node.tag == D::Caption || node.tag == D::Thead)
            ++s.headerCells;
        else if (node.tag == D::Br)
            ++s.lineBreaks;
        if (node.tag == D::P)
            ++s.paragraphs;
        else if (node.tag == D::Li)
            ++s.listItems;
        Stats &p = m_stats[node.parent];
        if (m_removal.at(i) == Removal::None) {
            p.textLength += s.textLength;
            p.linkLength += s.linkLength;
            p.commas += s.commas;
            p.stops += s.stops;
            p.paragraphs += s.paragraphs;
            p.listItems += s.listItems;
            p.images += s.images;
            p.inputs += s.inputs;
            p.embeds += s.embeds;
            p.headingLength += s.headingLength;
            p.headerCells += s.headerCells;
            p.lineBreaks += s.lineBreaks;
            if (D::isBlock(node.tag) || node.tag == D::Td || node.tag == D::Th)
                p.blockChild = true;
        } else {
            switch (node.tag) {
            case D::Img: case D::Picture: ++p.images; break;
            case D::Input: case D::Select: case D::Textarea: case D::Button: ++p.inputs; break;
            case D::Iframe: case D::Embed: case D::Object: case D::Video: case D::Audio: ++p.embeds; break;
            default:
                if (D::isBlock(node.tag))
                    p.blockChild = true; // a removed block still separates runs of text
                break;
            }
        }
    }
}

double HtmlContentExtractor::linkDensity(int node) const
{
    const Stats &s = m_stats.at(node);
    return s.textLength > 0 ? double(s.linkLength) / s.textLength : 0.0;
}

void HtmlContentExtractor::scoreParagraphs()
{
    const int n = m_doc.nodeCount();
    m_score.fill(0.0, n);
    m_scored.fill(false, n);
    auto initial = [this](int i) {
        double base = 0;
        switch (m_doc.node(i).tag) {
        case D::Div: base = 5; break;
        case D::Article: base = 10; break;
        case D::Main: base = 5; break;
        case D::Pre: case D::Td: case D::Blockquote: base = 3; break;
        case D::Address: case D::Ol: case D::Ul: case D::Dl: case D::Dd: case D::Dt: case D::Li: case D::Form: base = -3; break;
        case D::H1: case D::H2: case D::H3: case D::H4: case D::H5: case D::H6: case D::Th: base = -5; break;
        default: break;
        }
        return base + m_weight.at(i);
    };
    auto credit = [&](int anchor, double points) {
        for (int level = 0, a = anchor; a > 0 && level < 5; ++level, a = m_doc.node(a).parent) {
            const D::Tag t = m_doc.node(a).tag;
            if (t == D::Html || m_removal.at(a) != Removal::None)
                break;
            if (!m_scored.at(a)) {
                m_scored[a] = true;
                m_score[a] = initial(a);
            }
            m_score[a] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        }
    };
    for (int b = 1; b < n; ++b) {
        const D::Node &node = m_doc.node(b);
        const D::Tag tag = node.tag;
        if (m_removal.at(b) != Removal::None || tag == D::Text)
            continue;
        const bool container = tag == D::P || tag == D::Pre || tag == D::Div || tag == D::Section
            || tag == D::Article || tag == D::Main || tag == D::Blockquote || tag == D::Td
            || tag == D::Body || tag == D::Form || tag == D::Center || tag == D::Details
            || tag == D::Unknown || tag == D::Span || tag == D::Font;
        if (!container)
            continue;
        if ((tag == D::Unknown || tag == D::Span || tag == D::Font) && !m_stats.at(b).blockChild)
            continue; // inline: its text is a run of its block
        struct Run { int length = 0; int commas = 0; int stops = 0; };
        QList<Run> runs;
        Run run;
        int brs = 0;
        bool split = false;
        auto endRun = [&] {
            if (run.length >= 25)
                runs.append(run);
            run = Run();
        };
        // The block's inline content in order, looking into inline elements that hold line
        // breaks (<font>…<br><br>…</font>), up to its block children.
        QList<int> resume;
        int c = node.firstChild;
        while (c >= 0 || !resume.isEmpty()) {
            if (c < 0) {
                c = resume.takeLast();
                continue;
            }
            const D::Node &child = m_doc.node(c);
            const Stats &cs = m_stats.at(c);
            const int next = child.nextSibling;
            if (child.tag == D::Text) {
                if (m_doc.text(c).trimmed().isEmpty()) {
                    c = next;
                    continue;
                }
                brs = 0;
            } else if (child.tag == D::Br) {
                if (++brs == 2) {
                    endRun();
                    split = true;
                }
                c = next;
                continue;
            } else if (D::isBlock(child.tag) || child.tag == D::Td || child.tag == D::Th
                       || ((child.tag == D::Unknown || child.tag == D::Span || child.tag == D::Font) && cs.blockChild)) {
                endRun();
                split = true;
                brs = 0;
                c = next;
                continue;
            } else if (m_removal.at(c) != Removal::None) {
                c = next;
                continue;
            } else if (cs.lineBreaks >= 2) {
                resume.append(next);
                c = child.firstChild;
                continue;
            } else {
                brs = 0;
            }
            run.length += cs.textLength;
            run.commas += cs.commas;
            run.stops += cs.stops;
            c = next;
        }
        endRun();
        const bool paragraphLike = tag == D::P || tag == D::Pre || !split;
        const int anchor = paragraphLike ? node.parent : b;
        for (const Run &r : std::as_const(runs)) {
            const double points = 1 + r.commas + std::min(r.stops * 0.5, 3.0) + std::min(r.length / 100, 3);
            credit(anchor, points);
        }
    }
    for (int i = 0; i < n; ++i)
        if (m_scored.at(i))
            m_score[i] *= 1.0 - linkDensity(i);
}

int HtmlContentExtractor::pickContent()
{
    const int n = m_doc.nodeCount();
    int top = -1;
    QList<int> best; // the five best, descending
    for (int i = 1; i < n; ++i) {
        if (!m_scored.at(i))
            continue;
        if (top < 0 || m_score.at(i) > m_score.at(top))
            top = i;
        best.append(i);
        std::sort(best.begin(), best.end(), [this](int a, int b) { return m_score.at(a) > m_score.at(b); });
        if (best.size() > 5)
            best.removeLast();
    }
    auto isRootish = [this](int i) {
        const D::Tag t = m_doc.node(i).tag;
        return i <= 0 || t == D::Document || t == D::Html || t == D::Body;
    };
    if (top < 0) {
        for (int i = 1; i < n; ++i)
            if (m_doc.node(i).tag == D::Body)
                return i;
        return 0;
    }
    // Several near-best candidates under one ancestor: take the ancestor.
    const double topScore = m_score.at(top);
    for (int a = m_doc.node(top).parent; !isRootish(a); a = m_doc.node(a).parent) {
        int inside = 0;
        for (int c : std::as_const(best))
            if (c != top && m_score.at(c) >= 0.75 * topScore && c > a && c < m_subtreeEnd.at(a))
                ++inside;
        if (inside >= 3) {
            top = a;
            break;
        }
    }
    // Climb while the parent scores better (Readability's rule).
    {
        double lastScore = m_scored.at(top) ? m_score.at(top) : 0;
        const double threshold = lastScore / 3;
        for (int p = m_doc.node(top).parent; !isRootish(p); p = m_doc.node(p).parent) {
            if (!m_scored.at(p))
                continue;
            if (m_score.at(p) < threshold)
                break;
            if (m_score.at(p) > lastScore) {
                top = p;
                break;
            }
            lastScore = m_score.at(p);
        }
    }
    // An only child stands for its parent.
    for (int p = m_doc.node(top).parent; !isRootish(p); p = m_doc.node(p).parent) {
        int elements = 0;
        bool text = false;
        for (int c = m_doc.node(p).firstChild; c >= 0; c = m_doc.node(c).nextSibling) {
            if (m_removal.at(c) != Removal::None)
                continue;
            if (m_doc.node(c).tag == D::Text)
                text = text || !m_doc.text(c).trimmed().isEmpty();
            else
                ++elements;
        }
        if (elements != 1 || text)
            break;
        top = p;
    }
    return top;
}

void HtmlContentExtractor::collectByline(int scope)
{
    const int end = m_subtreeEnd.at(scope);
    int coveredUntil = -1;
    for (int i = scope; i < end; ++i) {
        const D::Node &node = m_doc.node(i);
        if (node.tag == D::Text || m_removal.at(i) == Removal::Chrome)
            continue;
        if (node.tag == D::TimeTag && m_bylineDateTime.isEmpty())
            m_bylineDateTime = m_doc.attribute(i, u"datetime").trimmed();
        if (m_doc.attribute(i, u"rel").contains(u"author") || m_doc.attribute(i, u"itemprop") == u"author") {
            const QString name = subtreeText(i, 100);
            if (!name.isEmpty() && !m_authors.contains(name))
                m_authors.append(name);
        }
        if (i < coveredUntil)
            continue;
        const bool parentHeader = node.parent >= 0 && m_removal.at(node.parent) == Removal::Header;
        const bool header = m_removal.at(i) == Removal::Header && !parentHeader;
        if (header || (node.tag == D::TimeTag && !parentHeader)) {
            const QString t = subtreeText(i, 300);
            if (!t.isEmpty())
                m_bylines.append(t);
            coveredUntil = m_subtreeEnd.at(i);
        }
    }
}

bool HtmlContentExtractor::repeatsTitle(int node) const
{
    if (m_titleKey.isEmpty())
        return false;
    const QString key = TextFolder::key(subtreeText(node, 1000));
    // The title may still carry a site suffix the heading does not.
    return key == m_titleKey
        || (key.size() * 2 >= m_titleKey.size() && m_titleKey.startsWith(key) && !key.isEmpty());
}

bool HtmlContentExtractor::cleanedAway(int node) const
{
    const D::Tag tag = m_doc.node(node).tag;
    const Stats &s = m_stats.at(node);
    const double ld = linkDensity(node);
    if (tag == D::P)
        return s.textLength > 0 && ld > 0.5 && s.textLength < 200;
    if (!(tag == D::Div || tag == D::Section || tag == D::Table || tag == D::Ul || tag == D::Ol
          || tag == D::Dl || tag == D::Form || tag == D::Fieldset || tag == D::Center || tag == D::Details))
        return false;
    const int weight = m_weight.at(node);
    const double score = m_scored.at(node) ? m_score.at(node) : 0;
    if (weight + score < 0)
        return true;
    if (tag == D::Table && s.headerCells > 0 && ld < 0.5)
        return false; // a data table (header cells, a caption): kept, as Readability does
    if (s.commas >= 10)
        return false;
    const bool list = tag == D::Ul || tag == D::Ol || tag == D::Dl;
    const int p = s.paragraphs;
    const double headingDensity = s.textLength > 0 ? double(s.headingLength) / s.textLength : 0;
    if (s.images > 1 && double(p) / s.images < 0.5 && s.textLength < 100)
        return true;
    if (s.inputs > p / 3)
        return true;
    if (!list && headingDensity < 0.9 && s.textLength < 25 && (s.images == 0 || s.images > 2))
        return true;
    if (!list && weight < 25 && ld > 0.2)
        return true;
    if (weight >= 25 && ld > 0.5)
        return true;
    if (list && ld > 0.5)
        return true;
    if ((s.embeds == 1 && s.textLength < 75) || s.embeds > 1)
        return true;
    return false;
}

void HtmlContentExtractor::emitText(int node, TextBuilder &out, int listDepth, bool pre) const
{
    const D::Node &n = m_doc.node(node);
    if (n.tag == D::Text) {
        if (pre)
            out.raw(m_doc.text(node));
        else
            out.text(m_doc.text(node));
        return;
    }
    if (m_removal.at(node) != Removal::None)
        return;
    if (!m_included.contains(node) && cleanedAway(node))
        return;
    auto children = [&](int depth, bool inPre) {
        for (int c = n.firstChild; c >= 0; c = m_doc.node(c).nextSibling)
            emitText(c, out, depth, inPre);
    };
    auto blockBreak = [&] {
        if (listDepth > 0)
            out.newLine();
        else
            out.paragraph(pre);
    };
    switch (n.tag) {
    case D::Br:
        out.lineBreak();
        return;
    case D::Hr:
        blockBreak();
        return;
    case D::H1: case D::H2: case D::H3: case D::H4: case D::H5: case D::H6:
        if (repeatsTitle(node))
            return;
        blockBreak();
        children(listDepth, pre);
        blockBreak();
        return;
    case D::Ul: case D::Ol: case D::Menu: {
        blockBreak();
        bool ok = false;
        int number = m_doc.attribute(node, u"start").toInt(&ok);
        if (!ok)
            number = 1;
        for (int c = n.firstChild; c >= 0; c = m_doc.node(c).nextSibling) {
            const D::Node &child = m_doc.node(c);
            if (child.tag != D::Li || m_removal.at(c) != Removal::None || cleanedAway(c)) {
                emitText(c, out, listDepth + 1, pre);
                continue;
            }
            out.newLine();
            out.text(n.tag == D::Ol ? QString::number(number++) + QStringLiteral(". ") : QStringLiteral("• "));
            for (int g = child.firstChild; g >= 0; g = m_doc.node(g).nextSibling)
                emitText(g, out, listDepth + 1, pre);
            out.newLine();
        }
        blockBreak();
        return;
    }
    case D::Table:
        blockBreak();
        children(listDepth, pre);
        blockBreak();
        return;
    case D::Tr:
        out.newLine();
        children(listDepth, pre);
        out.newLine();
        return;
    case D::Td: case D::Th:
        out.cellSeparator();
        children(listDepth, pre);
        return;
    case D::Pre: case D::Listing:
        out.paragraph();
        children(listDepth, true);
        out.paragraph(true);
        return;
    default:
        break;
    }
    if (D::isBlock(n.tag) || n.tag == D::Caption || n.tag == D::Thead || n.tag == D::Tbody) {
        blockBreak();
        children(listDepth, pre);
        blockBreak();
    } else {
        children(listDepth, pre);
    }
}

void HtmlContentExtractor::extract(const QString &title)
{
    m_title = title;
    m_titleKey = TextFolder::key(title);
    m_text.clear();
    m_bylines.clear();
    m_authors.clear();
    m_bylineDateTime.clear();
    m_chrome.clear();
    m_firstHeading.clear();
    m_included.clear();
    if (m_doc.nodeCount() <= 1)
        return;
    computeExtents();
    markRemovals();
    computeStats();
    scoreParagraphs();
    m_content = pickContent();

    // The content and the siblings that belong with it.
    const int parent = m_content > 0 ? m_doc.node(m_content).parent : -1;
    const D::Tag parentTag = parent >= 0 ? m_doc.node(parent).tag : D::Document;
    if (parent < 0 || parentTag == D::Document || parentTag == D::Html) {
        m_included.append(m_content);
    } else {
        const double topScore = m_scored.at(m_content) ? m_score.at(m_content) : 0;
        const double threshold = std::max(10.0, topScore * 0.2);
        const QString topClass = m_doc.attribute(m_content, u"class");
        for (int s = m_doc.node(parent).firstChild; s >= 0; s = m_doc.node(s).nextSibling) {
            if (s == m_content) {
                m_included.append(s);
                continue;
            }
            if (m_doc.node(s).tag == D::Text || m_removal.at(s) != Removal::None)
                continue;
            const double bonus = !topClass.isEmpty() && m_doc.attribute(s, u"class") == topClass ? topScore * 0.2 : 0;
            if (m_scored.at(s) && m_score.at(s) + bonus >= threshold) {
                m_included.append(s);
                continue;
            }
            const D::Tag st = m_doc.node(s).tag;
            if (st == D::P || (st == D::Div && !m_stats.at(s).blockChild)) {
                const double ld = linkDensity(s);
                const int len = m_stats.at(s).textLength;
                const QString t = subtreeText(s, 400);
                const bool sentence = t.endsWith(u'.') || t.contains(QStringView(u". ")) || t.endsWith(QChar(0x061F))
                    || t.endsWith(QChar(0x06D4)) || t.endsWith(u'?') || t.endsWith(u'!');
                if ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld == 0 && sentence))
                    m_included.append(s);
            }
        }
    }

    // The first headline of the article (or of the page).
    for (int i = std::max(0, parent); i < m_doc.nodeCount() && m_firstHeading.isEmpty(); ++i)
        if (m_doc.node(i).tag == D::H1 && m_removal.at(i) != Removal::Chrome)
            m_firstHeading = subtreeText(i, 500);
    for (int i = 0; i < m_doc.nodeCount() && m_firstHeading.isEmpty(); ++i)
        if (m_doc.node(i).tag == D::H1 && m_removal.at(i) != Removal::Chrome)
            m_firstHeading = subtreeText(i, 500);

    // The byline area: the article holding the content, else two levels around it.
    int scope = m_content;
    int articleAncestor = -1;
    for (int a = m_content; a > 0; a = m_doc.node(a).parent)
        if (m_doc.node(a).tag == D::Article)
            articleAncestor = a;
    if (articleAncestor > 0) {
        scope = articleAncestor;
    } else {
        for (int up = 0; up < 2; ++up) {
            const int p = m_doc.node(scope).parent;
            if (p <= 0 || m_doc.node(p).tag == D::Body || m_doc.node(p).tag == D::Html)
                break;
            scope = p;
        }
    }
    if (scope > 0)
        collectByline(scope);

    // The site's chrome, outside that scope, for recognising the site's name in the title.
    const int scopeEnd = scope > 0 ? m_subtreeEnd.at(scope) : 0;
    QString chrome;
    for (int i = 1; i < m_doc.nodeCount() && chrome.size() < 20000; ++i) {
        if (i == scope) {
            i = scopeEnd - 1;
            continue;
        }
        const D::Node &node = m_doc.node(i);
        const D::Tag t = node.tag;
        if ((t == D::Header || t == D::Footer || t == D::Nav) && m_removal.at(node.parent) == Removal::None) {
            chrome += subtreeText(i, 4000) + u' ';
            for (int j = i + 1; j < m_subtreeEnd.at(i); ++j)
                if (m_doc.node(j).tag == D::Img)
                    chrome += m_doc.attribute(j, u"alt") + u' '; // the logo
            i = m_subtreeEnd.at(i) - 1;
        }
    }
    m_chrome = TextFolder::key(chrome).remove(u' ');

    TextBuilder out;
    for (int i : std::as_const(m_included))
        emitText(i, out, 0, false);
    m_text = out.result();
}

} // namespace Entente

#include "readerhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace Entente {

ReaderHighlighter::ReaderHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setDefinition(articleDefinition());
}

KSyntaxHighlighting::Repository &ReaderHighlighter::repository()
{
    // resources/syntax/*.xml are compiled in as :/entente/syntax/*.xml; the Repository looks
    // for <search path>/syntax/*.xml.
    static KSyntaxHighlighting::Repository *repo = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        r->addCustomSearchPath(QStringLiteral(":/entente"));
        return r;
    }();
    return *repo;
}

KSyntaxHighlighting::Definition ReaderHighlighter::articleDefinition()
{
    return repository().definitionForName(articleDefinitionName());
}

void ReaderHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_textColor = palette.color(QPalette::Text);
    setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                            : KSyntaxHighlighting::Repository::LightTheme));
}

qsizetype ReaderHighlighter::Layer::firstEndingAfter(qsizetype position) const
{
    // maxEnd never decreases, so the spans before this index all end at or before position.
    return std::upper_bound(maxEnd.cbegin(), maxEnd.cend(), position) - maxEnd.cbegin();
}

std::pair<qsizetype, qsizetype> ReaderHighlighter::extent(const Layer &layer)
{
    if (layer.spans.isEmpty())
        return {0, 0};
    return {layer.spans.first().start, layer.maxEnd.last()};
}

namespace {

// QTextDocumentLayout answers every changed block by walking the document from its start,
// so highlighting n blocks one by one costs O(n^2). With a null page size it does nothing,
// so a long run of blocks is highlighted with the layout paused and then laid out once (and
// lazily, the visible part first) when the size comes back.
class LayoutPause
{
public:
    explicit LayoutPause(QTextDocument *doc)
        : m_doc(doc)
        , m_size(doc->pageSize())
    {
        doc->setPageSize(QSizeF(0, 0));
    }
    ~LayoutPause() { m_doc->setPageSize(m_size); }
    LayoutPause(const LayoutPause &) = delete;
    LayoutPause &operator=(const LayoutPause &) = delete;

private:
    QTextDocument *m_doc;
    QSizeF m_size;
};

constexpr int BlocksWithoutPause = 8;

bool sameSpan(const auto &a, const auto &b)
{
    return a.start == b.start && a.end == b.end && a.toolTip == b.toolTip && a.format == b.format;
}

} // namespace

void ReaderHighlighter::beginBatch()
{
    ++m_batchDepth;
}

void ReaderHighlighter::endBatch()
{
    if (m_batchDepth == 0 || --m_batchDepth > 0)
        return;
    const qsizetype from = std::exchange(m_batchFrom, -1), to = std::exchange(m_batchTo, -1);
    if (from >= 0)
        rehighlightRange(from, to);
}

void ReaderHighlighter::rehighlightRange(qsizetype from, qsizetype to)
{
    if (to <= from)
        return;
    if (m_batchDepth > 0) {
        m_batchFrom = m_batchFrom < 0 ? from : std::min(m_batchFrom, from);
        m_batchTo = std::max(m_batchTo, to);
        return;
    }
    QTextDocument *doc = document();
    if (!doc)
        return;
    const QTextBlock first = doc->findBlock(int(from));
    const QTextBlock last = doc->findBlock(int(std::min<qsizetype>(to, doc->characterCount()) - 1));
    const bool many = !last.isValid() || last.blockNumber() - first.blockNumber() >= BlocksWithoutPause;
    std::optional<LayoutPause> pause;
    if (many && !doc->pageSize().isNull())
        pause.emplace(doc);
    for (QTextBlock block = first; block.isValid() && block.position() < to; block = block.next())
        rehighlightBlock(block);
}

void ReaderHighlighter::rehighlight()
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    std::optional<LayoutPause> pause;
    if (!doc->pageSize().isNull())
        pause.emplace(doc);
    KSyntaxHighlighting::SyntaxHighlighter::rehighlight();
}

std::pair<qsizetype, qsizetype> ReaderHighlighter::changedRange(const Layer &before, const Layer &after)
{
    // The spans both lists share at their start and at their end need no new highlighting.
    const auto &a = before.spans;
    const auto &b = after.spans;
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && sameSpan(a.at(head), b.at(head)))
        ++head;
    if (head == a.size() && head == b.size())
        return {0, 0};
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
           && sameSpan(a.at(a.size() - 1 - tail), b.at(b.size() - 1 - tail)))
        ++tail;
    qsizetype from = std::numeric_limits<qsizetype>::max();
    qsizetype to = 0;
    for (const auto *list : {&a, &b}) {
        for (qsizetype i = head; i < list->size() - tail; ++i) {
            from = std::min(from, list->at(i).start);
            to = std::max(to, list->at(i).end);
        }
    }
    return from < to ? std::pair{from, to} : std::pair<qsizetype, qsizetype>{0, 0};
}

void ReaderHighlighter::setLayer(const QString &name, const HighlightSpans &spans)
{
    Layer layer{name, {}, {}};
    layer.spans.reserve(spans.size());
    for (const HighlightSpan &s : spans) {
        if (s.end <= s.start)
            continue;
        layer.spans.append({m_map.toUtf16(s.start), m_map.toUtf16(s.end), s.format, s.toolTip});
    }
    std::stable_sort(layer.spans.begin(), layer.spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    layer.maxEnd.reserve(layer.spans.size());
    qsizetype reach = 0;
    for (const Span &s : std::as_const(layer.spans))
        layer.maxEnd.append(reach = std::max(reach, s.end));
    // Only the blocks where the old and the new spans differ are highlighted again.
    auto it = std::find_if(m_layers.begin(), m_layers.end(), [&](const Layer &l) { return l.name == name; });
    std::pair<qsizetype, qsizetype> range;
    if (it != m_layers.end()) {
        range = changedRange(*it, layer);
        *it = std::move(layer);
    } else {
        range = extent(layer);
        m_layers.append(std::move(layer));
    }
    rehighlightRange(range.first, range.second);
}

void ReaderHighlighter::clearLayer(const QString &name)
{
    auto it = std::find_if(m_layers.begin(), m_layers.end(), [&](const Layer &l) { return l.name == name; });
    if (it == m_layers.end())
        return;
    const auto [from, to] = extent(*it);
    m_layers.erase(it);
    rehighlightRange(from, to);
}

void ReaderHighlighter::clearLayers()
{
    m_layers.clear();
}

QStringList ReaderHighlighter::layerNames() const
{
    QStringList names;
    for (const Layer &l : m_layers)
        names << l.name;
    return names;
}

QStringList ReaderHighlighter::toolTipsAt(qsizetype utf16) const
{
    QStringList tips;
    for (const Layer &l : m_layers)
        for (qsizetype i = l.firstEndingAfter(utf16); i < l.spans.size() && l.spans.at(i).start <= utf16; ++i) {
            const Span &s = l.spans.at(i);
            if (utf16 < s.end && !s.toolTip.isEmpty())
                tips << s.toolTip;
        }
    return tips;
}

void ReaderHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (format.isDefaultTextStyle(theme()))
        return;
    // A reader is not a code editor: theme colours are softened towards the text colour so a
    // quotation reads as a tint, not a warning.
    QTextCharFormat f;
    if (format.hasTextColor(theme())) {
        const QColor c = format.textColor(theme());
        if (m_textColor.isValid()) {
            const auto mix = [](int a, int b) { return (a * 2 + b * 3) / 5; };
            f.setForeground(QColor(mix(c.red(), m_textColor.red()), mix(c.green(), m_textColor.green()),
                                   mix(c.blue(), m_textColor.blue())));
        } else {
            f.setForeground(c);
        }
    }
    if (format.hasBackgroundColor(theme()))
        f.setBackground(format.backgroundColor(theme()));
    if (format.isBold(theme()))
        f.setFontWeight(QFont::DemiBold);
    if (format.isItalic(theme()))
        f.setFontItalic(true);
    setFormat(offset, length, f);
}

void ReaderHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    if (m_layers.isEmpty() || text.isEmpty())
        return;
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    // The pieces of every span in this block, in layer order, then the points where the set
    // of covering pieces changes: each stretch between two points gets one merged overlay.
    struct Piece
    {
        int from;
        int to;
        const QTextCharFormat *format;
    };
    QVarLengthArray<Piece, 32> pieces;
    QVarLengthArray<int, 64> cuts;
    for (const Layer &layer : std::as_const(m_layers)) {
        for (qsizetype i = layer.firstEndingAfter(blockStart); i < layer.spans.size(); ++i) {
            const Span &s = layer.spans.at(i);
            if (s.start >= blockEnd)
                break;
            if (s.end <= blockStart)
                continue;
            const int from = int(std::max(s.start, blockStart) - blockStart);
            const int to = int(std::min(s.end, blockEnd) - blockStart);
            pieces.append({from, to, &s.format});
            cuts.append(from);
            cuts.append(to);
        }
    }
    if (pieces.isEmpty())
        return;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (qsizetype c = 0; c + 1 < cuts.size(); ++c) {
        const int from = cuts.at(c);
        const int to = cuts.at(c + 1);
        QTextCharFormat overlay;
        bool any = false;
        for (const Piece &p : std::as_const(pieces)) {
            if (p.from <= from && to <= p.to) {
                overlay.merge(*p.format);
                any = true;
            }
        }
        if (!any)
            continue;
        // The syntax formats underneath change rarely inside a stretch: merge once per run.
        for (int run = from; run < to;) {
            const QTextCharFormat base = format(run);
            int end = run + 1;
            while (end < to && format(end) == base)
                ++end;
            QTextCharFormat merged = base;
            merged.merge(overlay);
            setFormat(run, end - run, merged);
            run = end;
        }
    }
}

} // namespace Entente

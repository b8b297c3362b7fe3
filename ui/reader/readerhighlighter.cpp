#include "readerhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

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

void ReaderHighlighter::setLayer(const QString &name, const HighlightSpans &spans)
{
    QList<Span> converted;
    converted.reserve(spans.size());
    for (const HighlightSpan &s : spans) {
        if (s.end <= s.start)
            continue;
        converted.append({m_map.toUtf16(s.start), m_map.toUtf16(s.end), s.format, s.toolTip});
    }
    std::sort(converted.begin(), converted.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    auto it = std::find_if(m_layers.begin(), m_layers.end(), [&](const Layer &l) { return l.name == name; });
    if (it != m_layers.end())
        it->spans = std::move(converted);
    else
        m_layers.append({name, std::move(converted)});
    rehighlight();
}

void ReaderHighlighter::clearLayer(const QString &name)
{
    const auto removed = m_layers.removeIf([&](const Layer &l) { return l.name == name; });
    if (removed)
        rehighlight();
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
        for (const Span &s : l.spans) {
            if (s.start > utf16)
                break;
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
    for (const Layer &layer : std::as_const(m_layers)) {
        for (const Span &s : layer.spans) {
            if (s.start >= blockEnd)
                break;
            if (s.end <= blockStart)
                continue;
            const int from = int(std::max(s.start, blockStart) - blockStart);
            const int to = int(std::min(s.end, blockEnd) - blockStart);
            for (int i = from; i < to; ++i) {
                QTextCharFormat merged = format(i);
                merged.merge(s.format);
                setFormat(i, 1, merged);
            }
        }
    }
}

} // namespace Entente

#pragma once

#include "reader/highlightspan.h"
#include "text/offsetmap.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QColor>

namespace Entente {

/// The reader's highlighter: the "Entente Article" syntax definition (quoted passages) from
/// KSyntaxHighlighting, with named overlay layers (residue, annotations, mentions...) merged
/// on top in the order the layers were first set.
class ReaderHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    explicit ReaderHighlighter(QTextDocument *document);

    /// The one Repository of the application, with Entente's own definitions added.
    static KSyntaxHighlighting::Repository &repository();
    /// The "Entente Article" definition (invalid if the resource did not load).
    static KSyntaxHighlighting::Definition articleDefinition();
    static QString articleDefinitionName() { return QStringLiteral("Entente Article"); }

    /// Picks the light or dark default theme for @p palette and remembers its text colour.
    void setPalette(const QPalette &palette);

    /// The code point <-> UTF-16 map of the document's text (set when the text changes).
    void setOffsetMap(const OffsetMap &map) { m_map = map; }

    /// Sets (replaces) a layer; only the blocks where its spans changed are highlighted again.
    void setLayer(const QString &name, const HighlightSpans &spans);
    /// Highlights every block again (a new theme), with the document laid out once after.
    /// Hides QSyntaxHighlighter::rehighlight(), which lays out after every block.
    void rehighlight();
    void clearLayer(const QString &name);
    void clearLayers();
    /// Between these, setLayer() and clearLayer() only note the range to highlight again;
    /// endBatch() highlights it in one pass. A pane that opens sets three layers (residue,
    /// tags, officials): one pass over a 300,000-character article, not three.
    void beginBatch();
    void endBatch();
    QStringList layerNames() const;
    /// Tooltips of every span covering UTF-16 position @p utf16 (in layer order).
    QStringList toolTipsAt(qsizetype utf16) const;

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    int m_batchDepth = 0;
    qsizetype m_batchFrom = -1, m_batchTo = -1; // UTF-16, to highlight at endBatch()
    struct Span
    {
        qsizetype start; // UTF-16
        qsizetype end;
        QTextCharFormat format;
        QString toolTip;
    };
    struct Layer
    {
        QString name;
        QList<Span> spans;       // sorted by start
        QList<qsizetype> maxEnd; // maxEnd[i]: the largest end among spans[0..i]
        /// The index of the first span that may reach past @p position.
        qsizetype firstEndingAfter(qsizetype position) const;
    };
    /// Re-highlights the blocks of [from, to) (UTF-16), not the whole document.
    void rehighlightRange(qsizetype from, qsizetype to);
    static std::pair<qsizetype, qsizetype> extent(const Layer &layer);
    /// The UTF-16 range [from, to) where @p before and @p after differ ({0, 0}: nowhere).
    static std::pair<qsizetype, qsizetype> changedRange(const Layer &before, const Layer &after);

    OffsetMap m_map;
    QList<Layer> m_layers;
    QColor m_textColor;
};

} // namespace Entente

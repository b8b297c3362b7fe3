#include "articleview.h"

#include "reader/readerhighlighter.h"
#include "text/residuedetector.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace Entente {

namespace {

// The text column holds at most this many average characters per line.
constexpr int ColumnCharacters = 72;
constexpr int MinimumColumnMargin = 20;
constexpr int CurrentMarkerHeight = 3;

QColor mixed(const QColor &a, const QColor &b, qreal amountOfA)
{
    const qreal t = amountOfA, u = 1.0 - amountOfA;
    return QColor::fromRgbF(float(a.redF() * t + b.redF() * u), float(a.greenF() * t + b.greenF() * u),
                            float(a.blueF() * t + b.blueF() * u));
}

void setDirectionFor(QLabel *label, const QString &text)
{
    label->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QFrame(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, CurrentMarkerHeight, 0, 0);
    layout->setSpacing(0);

    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("articleHeader"));
    auto *grid = new QGridLayout(m_header);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    m_title = new QLabel(m_header);
    m_title->setObjectName(QStringLiteral("articleTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta = new QLabel(m_header);
    m_meta->setObjectName(QStringLiteral("articleMeta"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_description = new QLabel(m_header);
    m_description->setObjectName(QStringLiteral("articleDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_close = new QToolButton(m_header);
    m_close->setObjectName(QStringLiteral("closePaneButton"));
    m_close->setAutoRaise(true);
    if (QIcon::hasThemeIcon(QStringLiteral("window-close"))) {
        m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
        m_close->setIconSize(QSize(14, 14));
    } else {
        m_close->setText(QStringLiteral("\u2715")); // a plain multiplication x, no frame
    }
    m_close->setToolTip(tr("Close this pane (Ctrl+W)"));
    m_close->setFocusPolicy(Qt::NoFocus);
    connect(m_close, &QToolButton::clicked, this, &ArticleView::closeRequested);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_close, 0, 1, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(m_meta, 1, 0);
    grid->addWidget(m_description, 2, 0);
    grid->setColumnStretch(0, 1);
    layout->addWidget(m_header);

    auto *rule = new QWidget(this);
    rule->setObjectName(QStringLiteral("headerRule"));
    rule->setFixedHeight(1);
    rule->setBackgroundRole(QPalette::Midlight);
    rule->setAutoFillBackground(true);
    layout->addWidget(rule);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("articleText"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenLinks(false);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    m_text->viewport()->installEventFilter(this);
    m_text->document()->setUndoRedoEnabled(false);
    m_text->document()->setDocumentMargin(0);
    QTextOption option = m_text->document()->defaultTextOption();
    option.setTextDirection(Qt::LayoutDirectionAuto); // each paragraph by its own text
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->document()->setDefaultTextOption(option);
    layout->addWidget(m_text, 1);
    setFocusProxy(m_text);

    connect(m_text, &QTextBrowser::selectionChanged, this, &ArticleView::selectionChanged);
    connect(m_text, &QWidget::customContextMenuRequested, this, &ArticleView::showContextMenu);

    m_highlighter = new ReaderHighlighter(m_text->document());
    m_highlighter->setPalette(palette());
    updateHeaderColors();
}

ArticleView::~ArticleView() = default;

QFont ArticleView::bodyFont() const
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &f : {QStringLiteral("Noto Serif"), QStringLiteral("Source Serif 4"),
                                 QStringLiteral("DejaVu Serif"), QStringLiteral("Liberation Serif")})
            if (families.contains(f))
                return f;
        return QString();
    }();
    QFont f = font();
    if (!family.isEmpty())
        f.setFamily(family);
    f.setStyleHint(QFont::Serif);
    f.setPointSizeF(std::max(11.5, font().pointSizeF() * 1.2));
    return f;
}

void ArticleView::setArticle(const Article &article)
{
    m_article = article;
    m_map = OffsetMap(article.text);

    m_title->setText(article.title);
    setDirectionFor(m_title, article.title);
    QStringList meta;
    meta << (article.source.isEmpty() ? tr("Publication not named") : article.source);
    meta << (article.published.isValid() ? article.published.toDisplayString() : tr("Undated"));
    m_meta->setText(meta.join(QStringLiteral("  \u00B7  ")));
    m_description->setText(article.description);
    m_description->setVisible(!article.description.isEmpty());
    setDirectionFor(m_description, article.description);
    m_text->setToolTip(QString());

    m_highlighter->clearLayers();
    m_highlighter->setOffsetMap(m_map);
    m_text->document()->setDefaultFont(bodyFont());
    m_text->setPlainText(article.text); // highlights once, with no layers
    applyTypography();
    // The residue, and the layers of whoever follows articleChanged(), in one pass.
    m_highlighter->beginBatch();
    updateResidue();
    m_columnMargin = -1; // setPlainText() reset the root frame's format
    updateColumn();
    m_text->verticalScrollBar()->setValue(0);
    Q_EMIT articleChanged();
    m_highlighter->endBatch();
}

void ArticleView::applyTypography()
{
    QTextDocument *doc = m_text->document();
    const QFontMetricsF fm(bodyFont());
    // One edit for all blocks: the document is laid out once, not once per paragraph.
    QTextCursor edit(doc);
    edit.beginEditBlock();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat f = b.blockFormat();
        f.setLayoutDirection(Qt::LayoutDirectionAuto);
        if (b.text().trimmed().isEmpty()) {
            // Blank source lines only separate paragraphs; the paragraph margin does that.
            f.setLineHeight(1, QTextBlockFormat::FixedHeight);
            f.setBottomMargin(0);
        } else {
            f.setLineHeight(138, QTextBlockFormat::ProportionalHeight);
            f.setBottomMargin(fm.height() * 0.8);
        }
        QTextCursor(b).setBlockFormat(f);
    }
    edit.endEditBlock();
}

void ArticleView::updateResidue()
{
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    QTextCharFormat residue;
    residue.setForeground(mixed(text, base, 0.42));
    residue.setFontPointSize(bodyFont().pointSizeF() * 0.86);
    HighlightSpans spans;
    for (const auto &r : ResidueDetector::detect(m_article.text, m_article.title))
        spans.append({r.start, r.end, residue,
                      tr("Probably scraping residue from the web page (%1)").arg(ResidueDetector::reasonName(r.reason)),
                      QStringLiteral("residue")});
    // setArticle() sets this layer first, so it stays the first and every other layer draws
    // over it.
    m_highlighter->setLayer(residueLayerName(), spans);
}

void ArticleView::updateColumn()
{
    const int width = m_text->viewport()->width();
    const int column = QFontMetrics(bodyFont()).averageCharWidth() * ColumnCharacters;
    const int margin = std::max(MinimumColumnMargin, (width - column) / 2);
    if (margin != m_columnMargin) {
        m_columnMargin = margin;
        QTextFrame *root = m_text->document()->rootFrame();
        QTextFrameFormat ff = root->frameFormat();
        ff.setLeftMargin(margin);
        ff.setRightMargin(margin);
        ff.setTopMargin(18);
        ff.setBottomMargin(48);
        root->setFrameFormat(ff);
    }
    // The header shares the column; the close button sits at the pane's edge.
    const int buttonRoom = m_close->sizeHint().width() + 8;
    m_header->layout()->setContentsMargins(margin, 16, std::max(6, margin - buttonRoom), 14);
}

void ArticleView::updateHeaderColors()
{
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    QFont titleFont = bodyFont();
    titleFont.setPointSizeF(bodyFont().pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    QPalette p = m_title->palette();
    p.setColor(QPalette::WindowText, text);
    m_title->setPalette(p);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.95);
    m_meta->setFont(small);
    p.setColor(QPalette::WindowText, mixed(text, base, 0.68));
    m_meta->setPalette(p);
    QFont desc = small;
    desc.setItalic(true);
    m_description->setFont(desc);
    p.setColor(QPalette::WindowText, mixed(text, base, 0.6));
    m_description->setPalette(p);
}

void ArticleView::setHighlightLayer(const QString &layer, const QList<HighlightSpan> &spans)
{
    m_highlighter->setLayer(layer, spans);
}

void ArticleView::clearHighlightLayer(const QString &layer)
{
    m_highlighter->clearLayer(layer);
}

QStringList ArticleView::highlightLayers() const
{
    return m_highlighter->layerNames();
}

void ArticleView::scrollToSpan(qsizetype start, qsizetype end, bool flash)
{
    const qsizetype s = m_map.toUtf16(start), e = m_map.toUtf16(std::max(start, end));
    QTextCursor c(m_text->document());
    c.setPosition(int(s));
    c.setPosition(int(e), QTextCursor::KeepAnchor);
    m_text->setTextCursor(c);
    QTextCursor at(m_text->document());
    at.setPosition(int(s));
    const QRect r = m_text->cursorRect(at);
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + r.center().y() - m_text->viewport()->height() / 2);
    if (flash) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = c;
        sel.format.setBackground(mixed(palette().color(QPalette::Highlight), palette().color(QPalette::Base), 0.45));
        m_text->setExtraSelections({sel});
        QTimer::singleShot(900, m_text, [text = m_text] { text->setExtraSelections({}); });
    }
}

QPair<qsizetype, qsizetype> ArticleView::selectedSpan() const
{
    const QTextCursor c = m_text->textCursor();
    return {m_map.toCodePoint(c.selectionStart()), m_map.toCodePoint(c.selectionEnd())};
}

KSyntaxHighlighting::Theme ArticleView::theme() const
{
    return m_highlighter->theme();
}

void ArticleView::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    update();
}

QString ArticleView::headerTitle() const
{
    return m_title->text();
}

QString ArticleView::headerMeta() const
{
    return m_meta->text();
}

QString ArticleView::toolTipAt(qsizetype utf16) const
{
    return m_highlighter->toolTipsAt(utf16).join(QLatin1Char('\n'));
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::Resize) {
            updateColumn();
        } else if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QPointF docPos = help->pos() + QPointF(m_text->horizontalScrollBar()->value(), m_text->verticalScrollBar()->value());
            const int hit = m_text->document()->documentLayout()->hitTest(docPos, Qt::ExactHit);
            const QString tip = hit >= 0 ? toolTipAt(hit) : QString();
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, m_text->viewport());
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ArticleView::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (!m_highlighter)
        return; // still being constructed
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateHeaderColors();
        if (!m_article.isNull()) {
            updateResidue();              // re-coloured
            m_highlighter->rehighlight(); // every block, in the new theme
        }
    } else if (event->type() == QEvent::FontChange) {
        updateHeaderColors();
    }
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    const QColor marker = m_current ? palette().color(QPalette::Highlight)
                                    : mixed(palette().color(QPalette::Text), palette().color(QPalette::Base), 0.08);
    p.fillRect(QRect(0, 0, width(), CurrentMarkerHeight), marker);
}

void ArticleView::showContextMenu(const QPoint &pos)
{
    QMenu *menu = m_text->createStandardContextMenu();
    Q_EMIT contextMenuRequested(menu);
    menu->exec(m_text->viewport()->mapToGlobal(pos));
    delete menu;
}

} // namespace Entente

#pragma once

#include "model/article.h"
#include "reader/highlightspan.h"
#include "text/offsetmap.h"

#include <KSyntaxHighlighting/Theme>

#include <QFrame>
#include <QPair>

class QLabel;
class QMenu;
class QTextBrowser;
class QToolButton;

namespace Entente {

class ReaderHighlighter;

/// One reader pane: a header (title, source · date, description) over the article text in
/// a read-only view with a centred, readable column. Scraping residue is dimmed; callers add
/// named highlight layers on top (code-point spans, merged in the order first set).
class ArticleView : public QFrame
{
    Q_OBJECT
public:
    static QString residueLayerName() { return QStringLiteral("residue"); }

    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    /// Shows @p article; every layer except the residue layer is cleared (articleChanged()).
    void setArticle(const Article &article);
    const Entente::Article &article() const { return m_article; }

    /// Sets (replaces) the spans of @p layer. Layers are drawn in the order first set.
    void setHighlightLayer(const QString &layer, const QList<HighlightSpan> &spans);
    void clearHighlightLayer(const QString &layer);
    QStringList highlightLayers() const;

    /// Scrolls so the span [start, end) (code points) is centred and selects it; with
    /// @p flash, also flashes it briefly.
    void scrollToSpan(qsizetype start, qsizetype end, bool flash = false);
    /// The selection in code points; start == end (the cursor) when nothing is selected.
    QPair<qsizetype, qsizetype> selectedSpan() const;
    /// The KSyntaxHighlighting theme in use (follows the palette), to pick layer colours from.
    KSyntaxHighlighting::Theme theme() const;

    /// The marked (focused) pane of a ReaderArea.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }

    QTextBrowser *textView() const { return m_text; }
    QString headerTitle() const;
    QString headerMeta() const;
    /// Tooltip text for the UTF-16 document position @p utf16 (all spans there, joined).
    QString toolTipAt(qsizetype utf16) const;

Q_SIGNALS:
    void selectionChanged();
    /// Emitted before the text context menu is shown; add items to @p menu.
    void contextMenuRequested(QMenu *menu);
    void articleChanged();
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyTypography();
    void updateColumn();
    void updateResidue();
    void updateHeaderColors();
    void showContextMenu(const QPoint &pos);
    QFont bodyFont() const;

    Article m_article;
    OffsetMap m_map;
    QWidget *m_header = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_description = nullptr;
    QToolButton *m_close = nullptr;
    QTextBrowser *m_text = nullptr;
    ReaderHighlighter *m_highlighter = nullptr;
    int m_columnMargin = -1;
    bool m_current = false;
};

} // namespace Entente

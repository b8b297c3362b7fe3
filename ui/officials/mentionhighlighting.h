#pragma once

#include "reference/gazetteer.h"
#include "model/article.h"
#include "reader/highlightspan.h"
#include "reference/officialsmatcher.h"

#include <KSyntaxHighlighting/Theme>

#include <QObject>
#include <QPointer>

namespace Entente {

class ArticleView;
class Workspace;

/**
 * Highlights the officials mentioned in an ArticleView (layer "mentions"): one colour per
 * country taken from the view's KSyntaxHighlighting theme, so it suits light and dark
 * palettes, a dotted underline for ambiguous surnames, and a tooltip with the person's name
 * and the office held on the article's publication date (or the offices over the month or
 * year when the date is that coarse). Follows the view's article and palette.
 */
class MentionHighlighting : public QObject
{
    Q_OBJECT
public:
    static QString layerName() { return QStringLiteral("mentions"); }

    /// @p gazetteer and @p matcher must outlive this object.
    MentionHighlighting(ArticleView *view, const Gazetteer *gazetteer, const OfficialsMatcher *matcher,
                        QObject *parent = nullptr);
    /// Highlights with the workspace's reference data and follows its changes (officials
    /// edits, another corpus). A child of @p view.
    MentionHighlighting(ArticleView *view, const Workspace *workspace);

    /// Recomputes the mentions of the view's article and sets the layer.
    void update();

    /// The spans for @p mentions in @p article with colours from @p theme.
    static QList<HighlightSpan> spans(const Article &article, const QList<Mention> &mentions,
                                      const Gazetteer &gazetteer, const KSyntaxHighlighting::Theme &theme);
    /// The colour of @p country's mentions in @p theme (Iran, Iraq and others differ).
    static QColor countryColor(const QString &country, const KSyntaxHighlighting::Theme &theme);
    /// "Name — office on date" for @p official in an article published on @p published.
    static QString toolTip(const Official &official, const EdtfDate &published);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<ArticleView> m_view;
    const Gazetteer *m_gazetteer;
    const OfficialsMatcher *m_matcher;
};

} // namespace Entente

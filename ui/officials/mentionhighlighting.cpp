#include "officials/mentionhighlighting.h"

#include "models/officialsmodel.h"
#include "reader/articleview.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QTimer>

namespace Entente {

namespace {

using KSyntaxHighlighting::Theme;

// Theme text styles tried in turn; the first with a colour not used by an earlier country
// wins. Iran gets "Others" (green in Breeze light and dark), Iraq "DataType" (blue), anyone
// else "Function" (purple). String is left out: the reader colours quotations with it.
const QList<Theme::TextStyle> countryStyles = {Theme::Others, Theme::DataType, Theme::Function,
                                               Theme::Constant, Theme::Import, Theme::Attribute};

QColor styleColor(const Theme &theme, Theme::TextStyle style)
{
    return QColor::fromRgba(theme.textColor(style));
}

} // namespace

MentionHighlighting::MentionHighlighting(ArticleView *view, const Gazetteer *gazetteer,
                                         const OfficialsMatcher *matcher, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_gazetteer(gazetteer)
    , m_matcher(matcher)
{
    if (!view)
        return;
    connect(view, &ArticleView::articleChanged, this, &MentionHighlighting::update);
    view->installEventFilter(this);
    update();
}

MentionHighlighting::MentionHighlighting(ArticleView *view, const Workspace *workspace)
    : MentionHighlighting(view, &workspace->reference().gazetteer(), &workspace->reference().matcher(), view)
{
    // The workspace's ReferenceData is one object for its lifetime: only its content changes.
    connect(workspace, &Workspace::referenceChanged, this, &MentionHighlighting::update);
}

bool MentionHighlighting::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        QTimer::singleShot(0, this, &MentionHighlighting::update); // after the view picked its theme
    return QObject::eventFilter(watched, event);
}

void MentionHighlighting::update()
{
    if (!m_view || !m_gazetteer || !m_matcher)
        return;
    const Article &article = m_view->article();
    if (article.isNull()) {
        m_view->clearHighlightLayer(layerName());
        return;
    }
    m_view->setHighlightLayer(layerName(), spans(article, m_matcher->find(article.text), *m_gazetteer, m_view->theme()));
}

QColor MentionHighlighting::countryColor(const QString &country, const Theme &theme)
{
    // Iran first, Iraq second, any other country third: each the first style colour unused so far.
    const QStringList order = {QStringLiteral("IR"), QStringLiteral("IQ")};
    const qsizetype wanted = order.contains(country) ? order.indexOf(country) : order.size();
    QList<QRgb> used;
    QColor colour;
    for (qsizetype k = 0; k <= wanted; ++k) {
        colour = QColor();
        for (Theme::TextStyle style : countryStyles) {
            const QColor c = styleColor(theme, style);
            if (c.isValid() && c.alpha() > 0 && !used.contains(c.rgb())) {
                colour = c;
                break;
            }
        }
        if (!colour.isValid())
            colour = k == 0 ? QColor(0xbf, 0x03, 0x03) : (k == 1 ? QColor(0x00, 0x57, 0xae) : QColor(0x64, 0x4a, 0x9b));
        used.append(colour.rgb());
    }
    return colour;
}

QString MentionHighlighting::toolTip(const Official &official, const EdtfDate &published)
{
    const QString name = official.name;
    if (!published.isValid())
        return name;
    QList<Office> offices;
    QString when;
    if (published.precision() == EdtfDate::Precision::Day) {
        offices = official.officesOn(published.earliest());
        when = published.toDisplayString();
    } else {
        offices = official.officesDuring(published.earliest(), published.latest());
        when = published.toDisplayString();
    }
    if (offices.isEmpty())
        //: %1 person, %2 date of the article
        return tr("%1 — no office on record on %2").arg(name, when);
    QStringList titles;
    for (const Office &o : offices) {
        if (!titles.contains(o.displayTitle()))
            titles.append(o.displayTitle());
    }
    if (published.precision() == EdtfDate::Precision::Day)
        //: %1 person, %2 office(s), %3 date of the article
        return tr("%1 — %2 on %3").arg(name, titles.join(QStringLiteral("; ")), when);
    //: %1 person, %2 office(s), %3 month or year of the article
    return tr("%1 — %2 during %3").arg(name, titles.join(QStringLiteral("; ")), when);
}

QList<HighlightSpan> MentionHighlighting::spans(const Article &article, const QList<Mention> &mentions,
                                                const Gazetteer &gazetteer, const Theme &theme)
{
    QList<HighlightSpan> out;
    const QColor ambiguousColour = styleColor(theme, Theme::Comment).isValid() && styleColor(theme, Theme::Comment).alpha() > 0
        ? styleColor(theme, Theme::Comment)
        : QColor(Qt::gray);
    for (const Mention &m : mentions) {
        HighlightSpan span;
        span.start = m.start;
        span.end = m.end;
        QTextCharFormat format;
        if (m.ambiguous) {
            format.setUnderlineStyle(QTextCharFormat::DotLine);
            format.setUnderlineColor(ambiguousColour);
            QStringList names;
            for (const QString &id : m.candidates) {
                const Official *o = gazetteer.official(id);
                names.append(o ? o->name : id);
            }
            span.toolTip = tr("“%1” may be: %2 (not named in full earlier in the article)")
                               .arg(m.matched, names.join(QStringLiteral(", ")));
            span.key = m.candidates.join(u'|');
        } else {
            const Official *o = gazetteer.official(m.officialId);
            const QColor colour = countryColor(o ? o->country : QString(), theme);
            QColor background = colour;
            background.setAlpha(48);
            format.setBackground(background);
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(colour);
            span.toolTip = o ? toolTip(*o, article.published) : m.officialId;
            if (o)
                span.toolTip += QStringLiteral(" (%1)").arg(OfficialsModel::countryName(o->country));
            span.key = m.officialId;
        }
        span.format = format;
        out.append(span);
    }
    return out;
}

} // namespace Entente

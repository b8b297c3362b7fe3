#include "search/searchhitdelegate.h"

#include "models/searchresultsmodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace Entente {

namespace {

constexpr int Margin = 6;

void layoutDocument(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index, bool selected)
{
    const QPalette &p = option.palette;
    const QColor text = p.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.78f);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(option.font);
    doc.setDefaultStyleSheet(QStringLiteral("p { margin: 0; } .t { font-weight: 600; color: %1; } .s { color: %2; }")
                                 .arg(text.name(QColor::HexRgb), dim.name(QColor::HexArgb)));
    doc.setHtml(QStringLiteral("<p class=\"t\">") + index.data(SearchResultsModel::TitleRole).toString().toHtmlEscaped()
                + QStringLiteral("</p><p class=\"s\">") + index.data(SearchResultsModel::SnippetHtmlRole).toString()
                + QStringLiteral("</p>"));
    doc.setTextWidth(std::max(60, option.rect.width() - 2 * Margin));
}

} // namespace

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    layoutDocument(doc, opt, index, selected);
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(Margin, Margin));
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, 0, opt.rect.width() - 2 * Margin, opt.rect.height() - 2 * Margin);
    painter->setClipRect(context.clip);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Wrap to the view's width, whatever rectangle the view passes for a size hint.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget))
        opt.rect.setWidth(view->viewport()->width());
    QTextDocument doc;
    layoutDocument(doc, opt, index, false);
    return QSize(int(doc.idealWidth()) + 2 * Margin, int(std::ceil(doc.size().height())) + 2 * Margin);
}

} // namespace Entente

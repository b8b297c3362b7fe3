#pragma once

#include <QStyledItemDelegate>

namespace Entente {

/// Draws one search hit: the article title in bold over its snippet, matches in bold, wrapped
/// to the view's width. The item carries the title as DisplayRole and the snippet's HTML as
/// SnippetHtmlRole.
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Entente

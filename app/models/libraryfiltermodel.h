#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Entente {

/**
 * The library's proxy over an ArticleListModel: the free-text filter of QSortFilterProxyModel
 * (any column, case-insensitive) and, optionally, a restriction to a set of article ids (e.g.
 * the articles that mention one official).
 */
class LibraryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LibraryFilterModel(QObject *parent = nullptr);

    /// Shows only the articles whose ids are in @p ids.
    void setRestriction(const QSet<QString> &ids);
    void clearRestriction();
    bool isRestricted() const { return m_ids.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QSet<QString>> m_ids;
};

} // namespace Entente

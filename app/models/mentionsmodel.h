#pragma once

#include "reference/mentionindex.h"

#include <QAbstractTableModel>

#include <functional>

namespace Entente {

/**
 * Keyword-in-context rows for one official: every resolved mention in the article set, one
 * row each, columns Article (title), Left context, Match and Right context. Line breaks in
 * the context show as spaces. ArticleIdRole, StartRole and EndRole (code points) locate the
 * mention for the reader.
 */
class MentionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ArticleColumn, LeftColumn, MatchColumn, RightColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1, ///< QString
        StartRole,                        ///< qsizetype, code points
        EndRole,                          ///< qsizetype, code points
    };

    explicit MentionsModel(QObject *parent = nullptr);

    /// The text of an article by id (the index keeps none).
    using TextProvider = std::function<QString(const QString &articleId)>;

    /// The mentions to draw from, and where their articles' texts come from (read only for
    /// the current official's articles); resets the rows for the current official.
    void setIndex(const MentionIndex &index, TextProvider texts);
    /// Shows the mentions of @p officialId (empty: none).
    void setOfficial(const QString &officialId);
    QString official() const { return m_official; }
    /// Code points of context on each side (default 60).
    void setContextLength(int codePoints);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString articleId;
        QString articleTitle;
        qsizetype start = 0;
        qsizetype end = 0;
        QString left;
        QString match;
        QString right;
    };
    void rebuild();

    MentionIndex m_index;
    TextProvider m_texts;
    QString m_official;
    int m_context = 60;
    QList<Row> m_rows;
};

} // namespace Entente

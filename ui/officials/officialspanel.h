#pragma once

#include "reference/gazetteer.h"
#include "reference/mentionindex.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Entente {

class MentionsModel;
class OfficialsFilterModel;
class OfficialsModel;
class Workspace;

/// The Officials dock: every person in the gazetteer with the number of mentions in the
/// articles (filter by country and text, sortable), and the mentions of the selected person
/// in context. Clicking a context line asks for that article scrolled to the mention.
/// Everything comes from the workspace's reference data (its gazetteer and mention index),
/// followed as it changes: the panel matches nothing itself.
class OfficialsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OfficialsPanel(const Workspace *workspace, QWidget *parent = nullptr);
    ~OfficialsPanel() override;

    const Gazetteer &gazetteer() const;
    const MentionIndex &mentionIndex() const;

    /// Selects @p officialId in the table (empty: clears the selection).
    void selectOfficial(const QString &officialId);
    QString currentOfficial() const;
    /// The date the Office column describes.
    void setReferenceDate(QDate date);

    QComboBox *countryFilter() const { return m_country; }
    QLineEdit *textFilter() const { return m_filter; }
    QTableView *officialsView() const { return m_officialsView; }
    QTableView *mentionsView() const { return m_mentionsView; }

Q_SIGNALS:
    /// A context line was clicked (or activated): open @p articleId at [start, end) (code points).
    void mentionActivated(const QString &articleId, qsizetype start, qsizetype end);
    /// The selected official changed (empty: none); the library may filter by it.
    void officialFilterChanged(const QString &officialId);

private:
    /// Shows the workspace's officials and mentions again (keeps the selection).
    void refresh();
    void onCurrentOfficialChanged();
    void activateMention(const QModelIndex &index);

    const Workspace *m_workspace = nullptr;
    OfficialsModel *m_officials = nullptr;
    OfficialsFilterModel *m_proxy = nullptr;
    MentionsModel *m_mentions = nullptr;
    QComboBox *m_country = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_officialsView = nullptr;
    QTableView *m_mentionsView = nullptr;
    QLabel *m_mentionsLabel = nullptr;
    QString m_current;
};

} // namespace Entente

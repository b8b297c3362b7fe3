#pragma once

#include "store/searchhit.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QThread;
class QTimer;

namespace Entente {

class ArticleView;
class Project;
class ReaderArea;
class SearchResultsModel;
class SearchWorker;

/// Full-text search over the project's articles: a search box ("a phrase", prefix*, plain
/// words that must all occur) and the hits with snippets, updated as you type after a short
/// pause. Queries run on a worker thread, so typing never waits for the database; stale answers
/// are dropped. Activating a hit opens the article, scrolls to the next match and marks every
/// match in the "search" layer of the panes showing a hit.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    static QString layerName() { return QStringLiteral("search"); }
    /// Pause after the last key before searching.
    static constexpr int DebounceMs = 150;

    SearchPanel(Project *project, ReaderArea *reader, QWidget *parent = nullptr);
    ~SearchPanel() override;

    QLineEdit *searchEdit() const { return m_edit; }
    QListView *resultsView() const { return m_results; }
    SearchResultsModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    /// The hits shown, best first.
    const SearchHitList &hits() const;
    /// The query of the hits shown.
    QString shownQuery() const { return m_shownQuery; }

public Q_SLOTS:
    void focusSearch();
    /// Searches now for the text in the box (no pause).
    void searchNow();
    /// Opens hit @p row and moves to its next match.
    void activateHit(int row);

Q_SIGNALS:
    /// A new set of hits is shown.
    void resultsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFinished(int serial, const QString &query, const Entente::SearchHitList &hits, const QString &error);
    void showHits(const QString &query, const SearchHitList &hits, const QString &error);
    void updateLayers();
    void applyLayer(ArticleView *view);

    QPointer<Project> m_project;
    QPointer<ReaderArea> m_reader;
    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_results = nullptr;
    SearchResultsModel *m_model = nullptr;
    QTimer *m_debounce = nullptr;
    QThread *m_thread = nullptr;
    SearchWorker *m_worker = nullptr;
    int m_serial = 0;
    QString m_shownQuery;
    QHash<QString, int> m_nextMatch; // article id -> index of the match to show next
};

} // namespace Entente

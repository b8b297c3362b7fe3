#include "search/searchpanel.h"

#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "search/searchhitdelegate.h"
#include "search/searchworker.h"
#include "models/searchresultsmodel.h"
#include "store/project.h"
#include "tags/tagcolours.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace Entente {

namespace {
constexpr int HitLimit = 200;
} // namespace

SearchPanel::SearchPanel(Project *project, ReaderArea *reader, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("searchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("Search: words, \u201Ca phrase\u201D, prefix*"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("Every word must occur. Put a phrase in double quotes; end a word with * to match "
                          "words that start with it."));
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_model = new SearchResultsModel(project, this);
    m_results = new QListView(this);
    m_results->setModel(m_model);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setAlternatingRowColors(true);
    layout->addWidget(m_results, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive() || m_shownQuery != m_edit->text())
            searchNow();
        else if (m_model->rowCount() > 0)
            activateHit(std::max(0, m_results->currentIndex().row()));
    });
    m_results->installEventFilter(this); // Enter opens the current hit
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex &index) { activateHit(index.row()); });

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("EntenteSearch"));
    m_worker = new SearchWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, &SearchPanel::onFinished);
    m_thread->start();

    if (project) {
        const auto rerun = [this] {
            m_shownQuery.clear();
            if (!m_edit->text().trimmed().isEmpty())
                m_debounce->start();
            else
                showHits(QString(), {}, QString());
        };
        connect(project, &Project::opened, this, rerun);
        connect(project, &Project::closed, this, rerun);
        connect(project, &Project::articlesChanged, this, rerun);
    }
    if (reader) {
        connect(reader, &ReaderArea::paneOpened, this, [this](ArticleView *view) {
            connect(view, &ArticleView::articleChanged, this, [this, view] { applyLayer(view); });
        });
        for (ArticleView *view : reader->articleViews())
            connect(view, &ArticleView::articleChanged, this, [this, view] { applyLayer(view); });
    }
    showHits(QString(), {}, QString());
}

SearchPanel::~SearchPanel()
{
    QMetaObject::invokeMethod(m_worker, &SearchWorker::closeProject, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPanel::searchNow()
{
    m_debounce->stop();
    const QString query = m_edit->text();
    const int serial = ++m_serial;
    if (!m_project || !m_project->isOpen() || Project::toFtsQuery(query).isEmpty()) {
        showHits(query, {}, QString());
        return;
    }
    m_status->setText(tr("Searching\u2026"));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, serial, file = m_project->fileName(), query] {
        worker->search(serial, file, query, HitLimit);
    }, Qt::QueuedConnection);
}

void SearchPanel::onFinished(int serial, const QString &query, const SearchHitList &hits, const QString &error)
{
    if (serial != m_serial)
        return; // the user typed on; a newer search is under way
    if (!error.isEmpty() && hits.isEmpty() && m_project && m_project->isOpen()) {
        // The worker could not read the file (e.g. it is not on disk): search here instead.
        showHits(query, m_project->search(query, HitLimit), QString());
        return;
    }
    showHits(query, hits, error);
}

const SearchHitList &SearchPanel::hits() const
{
    return m_model->hits();
}

void SearchPanel::showHits(const QString &query, const SearchHitList &hits, const QString &error)
{
    m_shownQuery = query;
    m_nextMatch.clear();
    m_model->setHits(query, hits);
    if (query.trimmed().isEmpty())
        m_status->setText(tr("Type to search every article of the project."));
    else if (!error.isEmpty())
        m_status->setText(error);
    else if (hits.isEmpty())
        m_status->setText(tr("No article matches."));
    else {
        qsizetype matches = 0;
        for (const SearchHit &h : hits)
            matches += h.matches.size();
        m_status->setText(tr("%n article(s)", nullptr, int(hits.size())) + QStringLiteral(", ")
                          + tr("%n match(es)", nullptr, int(matches)));
    }
    updateLayers();
    Q_EMIT resultsShown();
}

void SearchPanel::updateLayers()
{
    if (!m_reader)
        return;
    for (ArticleView *view : m_reader->articleViews())
        applyLayer(view);
}

void SearchPanel::applyLayer(ArticleView *view)
{
    const QString id = view->article().id;
    const SearchHitList &shown = hits();
    const auto it = std::find_if(shown.cbegin(), shown.cend(), [&](const SearchHit &h) { return h.articleId == id; });
    if (it == shown.cend()) {
        if (view->highlightLayers().contains(layerName()))
            view->clearHighlightLayer(layerName());
        return;
    }
    QTextCharFormat format;
    const QPalette p = view->palette();
    format.setBackground(TagColours::blend(QColor(0xf2, 0xc9, 0x4c), p.color(QPalette::Base), 0.55));
    format.setForeground(p.color(QPalette::Text));
    format.setFontWeight(QFont::DemiBold);
    HighlightSpans spans;
    for (const auto &[start, end] : it->matches)
        spans.append({start, end, format, tr("Matches \u201C%1\u201D").arg(m_shownQuery.trimmed()), QStringLiteral("search")});
    view->setHighlightLayer(layerName(), spans);
}

void SearchPanel::activateHit(int row)
{
    if (row < 0 || row >= hits().size() || !m_project || !m_reader)
        return;
    const SearchHit hit = hits().at(row);
    m_results->setCurrentIndex(m_model->index(row));
    ArticleView *view = nullptr;
    for (ArticleView *v : m_reader->articleViews())
        if (v->article().id == hit.articleId)
            view = v;
    if (view) {
        m_reader->setCurrentPane(m_reader->articleViews().indexOf(view));
    } else {
        const Article article = m_project->article(hit.articleId);
        if (article.isNull())
            return;
        view = m_reader->openArticle(article, false); // applyLayer() runs on articleChanged
    }
    if (hit.matches.isEmpty())
        return;
    int &next = m_nextMatch[hit.articleId];
    const auto [start, end] = hit.matches.at(next % hit.matches.size());
    view->scrollToSpan(start, end, true);
    next = (next + 1) % int(hit.matches.size());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus();
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_model->index(0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_edit->text().isEmpty()) {
            m_edit->clear();
            return true;
        }
    }
    if (watched == m_results && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_results->currentIndex().isValid()) {
            activateHit(m_results->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Entente

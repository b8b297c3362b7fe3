#include "tags/annotationspanel.h"
#include "model/timing.h"

#include "models/annotationsmodel.h"
#include "reader/articleview.h"
#include "reader/readerarea.h"
#include "store/project.h"
#include "tags/annotationofficialfilter.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Entente {

AnnotationsPanel::AnnotationsPanel(Workspace *workspace, ReaderArea *reader, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_project(workspace->project())
    , m_reader(reader)
{
    setObjectName(QStringLiteral("annotationsPanel"));
    Project *project = workspace->project();
    m_model = new AnnotationsModel(project, this);
    m_model->setActive(false); // read when the panel is first shown (showEvent)
    m_officialFilter = new AnnotationOfficialFilter(&workspace->reference(), this);
    m_officialFilter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(4);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("annotationTextFilter"));
    m_text->setPlaceholderText(tr("Filter quotes and notes"));
    m_text->setClearButtonEnabled(true);
    filters->addWidget(m_text, 0, 0, 1, 2);
    m_official = new QComboBox(this);
    m_official->setObjectName(QStringLiteral("annotationOfficialFilter"));
    m_official->setToolTip(tr("Only annotations whose passage mentions this official"));
    m_official->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_official->setMinimumContentsLength(3);
    m_official->setVisible(true);
    filters->addWidget(m_official, 0, 2);
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("annotationTagFilter"));
    m_tag->setToolTip(tr("Only annotations with this tag or a tag below it"));
    m_article = new QComboBox(this);
    m_article->setObjectName(QStringLiteral("annotationArticleFilter"));
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("annotationYearFilter"));
    for (QComboBox *box : {m_tag, m_article}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(3);
    }
    filters->addWidget(m_tag, 1, 0);
    filters->addWidget(m_article, 1, 1);
    filters->addWidget(m_year, 1, 2);
    filters->setColumnStretch(0, 2);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(2, 1);
    layout->addLayout(filters);

    // A table, not a tree: with 100,000 rows QTreeView lays every row out again on each
    // insertion (tens of milliseconds per new annotation), QTableView does not.
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("annotationsView"));
    m_view->setModel(m_officialFilter);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationsModel::QuoteColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(AnnotationsModel::ArticleColumn, 110);
    m_view->horizontalHeader()->resizeSection(AnnotationsModel::TagsColumn, 110);
    m_view->horizontalHeader()->resizeSection(AnnotationsModel::NoteColumn, 120);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->setColumnHidden(AnnotationsModel::AuthorColumn, true);
    m_view->setColumnHidden(AnnotationsModel::ModifiedColumn, true);
    layout->addWidget(m_view, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("annotationCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_count);
    // Passages that a re-import could not find again: kept, marked, and listed on demand.
    m_orphaned = new QCheckBox(this);
    m_orphaned->setObjectName(QStringLiteral("annotationOrphanedFilter"));
    layout->addWidget(m_orphaned);
    connect(m_orphaned, &QCheckBox::toggled, m_model, &AnnotationsModel::setOrphanedFilter);
    auto updateOrphaned = [this] {
        const int n = m_model->orphanedCount();
        m_orphaned->setText(tr("Show only the %n passage(s) not found after a re-import", nullptr, n));
        m_orphaned->setVisible(n > 0 || m_orphaned->isChecked());
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateOrphaned);
    // A new annotation is never orphaned (only a re-import orphans, and resets the model), so
    // adding one does not ask the project again.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateOrphaned);
    updateOrphaned();

    auto *remove = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Remove Annotation"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &AnnotationsPanel::removeSelected);
    m_view->addAction(remove);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *textTimer = new QTimer(this);
    textTimer->setSingleShot(true);
    textTimer->setInterval(120);
    connect(m_text, &QLineEdit::textChanged, textTimer, qOverload<>(&QTimer::start));
    connect(textTimer, &QTimer::timeout, this, [this] { m_model->setTextFilter(m_text->text()); });
    connect(m_tag, &QComboBox::activated, this, [this] { m_model->setTagFilter(m_tag->currentData().toLongLong()); });
    connect(m_article, &QComboBox::activated, this, [this] { m_model->setArticleFilter(m_article->currentData().toString()); });
    connect(m_year, &QComboBox::activated, this, [this] { m_model->setYearFilter(m_year->currentData().toInt()); });
    connect(m_official, &QComboBox::activated, this, [this] { m_officialFilter->setOfficial(m_official->currentData().toString()); });
    // Clicking a row (not the note being edited) opens the annotation.
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() != AnnotationsModel::NoteColumn)
            openRow(m_officialFilter->mapToSource(index).row());
    });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(m_officialFilter->mapToSource(index).row()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_officialFilter, signal, this, &AnnotationsPanel::updateCount);
    connect(m_officialFilter, &QAbstractItemModel::modelReset, this, &AnnotationsPanel::updateCount);
    // The officials list covers every annotation, whatever the filters: a new annotation may
    // add officials to it; anything else (a removal, another project, other mentions)
    // rebuilds it, coalesced, in one pass over the annotations' spans.
    // A changed annotation (a note, its tags, its place after a re-import) may add some too;
    // one that no longer mentions an official leaves it listed until the next rebuild.
    if (project)
        for (auto signal : {&Project::annotationAdded, &Project::annotationChanged})
            connect(project, signal, this, [this](qint64 id) {
                const Annotation a = m_project->annotation(id);
                if (!a.isNull())
                    addOfficials(m_workspace->reference().officialsInSpan(a.articleId, a.start, a.end));
            });
    m_officialsTimer = new QTimer(this);
    m_officialsTimer->setSingleShot(true);
    m_officialsTimer->setInterval(0);
    connect(m_officialsTimer, &QTimer::timeout, this, &AnnotationsPanel::fillOfficials);
    if (project) {
        for (auto signal : {&Project::opened, &Project::closed, &Project::articlesChanged, &Project::tagsChanged})
            connect(project, signal, m_officialsTimer, qOverload<>(&QTimer::start));
        connect(project, &Project::annotationRemoved, m_officialsTimer, qOverload<>(&QTimer::start));
    }
    // Officials edits or another gazetteer: other officials in the same spans.
    connect(workspace, &Workspace::mentionsChanged, this, [this] {
        fillOfficials();
        m_officialFilter->refilter();
    });
    if (project) {
        connect(project, &Project::tagsChanged, this, &AnnotationsPanel::fillFilters);
        connect(project, &Project::articlesChanged, this, &AnnotationsPanel::fillFilters);
        connect(project, &Project::opened, this, &AnnotationsPanel::fillFilters);
    }
    fillFilters();
    fillOfficials();
    updateCount();
}

void AnnotationsPanel::showEvent(QShowEvent *event)
{
    m_model->setActive(true);
    QWidget::showEvent(event);
}

void AnnotationsPanel::fillOfficials()
{
    ScopedTiming timing("AnnotationsPanel::fillOfficials");
    if (!m_workspace || !m_project)
        return;
    m_officialsTimer->stop();
    const ReferenceData &reference = m_workspace->reference();
    const QString current = m_official->currentData().toString();
    QSet<QString> ids;
    if (m_project->isOpen() && !reference.mentions().articles().isEmpty())
        ids = reference.officialsInSpans(m_project->annotationSpans());
    QList<std::pair<QString, QString>> named;
    for (const QString &id : std::as_const(ids)) {
        const Official *o = reference.gazetteer().official(id);
        named.append({o ? o->name : id, id});
    }
    std::sort(named.begin(), named.end());
    m_official->clear();
    m_official->addItem(tr("All officials"), QString());
    for (const auto &[name, id] : std::as_const(named))
        m_official->addItem(name, id);
    m_official->setCurrentIndex(std::max(0, m_official->findData(current)));
    m_officialFilter->setOfficial(m_official->currentData().toString());
}

void AnnotationsPanel::addOfficials(const QStringList &ids)
{
    const ReferenceData &reference = m_workspace->reference();
    for (const QString &id : ids) {
        if (m_official->findData(id) >= 0)
            continue;
        const Official *o = reference.gazetteer().official(id);
        const QString name = o ? o->name : id;
        int row = 1; // after "All officials", by name
        while (row < m_official->count() && m_official->itemText(row) < name)
            ++row;
        m_official->insertItem(row, name, id);
    }
}

void AnnotationsPanel::filterByOfficial(const QString &officialId)
{
    fillOfficials();
    m_official->setCurrentIndex(std::max(0, m_official->findData(officialId)));
    m_officialFilter->setOfficial(m_official->currentData().toString());
}

void AnnotationsPanel::fillFilters()
{
    ScopedTiming timing("AnnotationsPanel::fillFilters");
    const qint64 tag = m_tag->currentData().toLongLong();
    const QString article = m_article->currentData().toString();
    const int year = m_year->currentData().toInt();
    for (QComboBox *box : {m_tag, m_year})
        box->clear();
    m_tag->addItem(tr("All tags"), qint64(0));
    m_year->addItem(tr("All years"), 0);
    // Ten thousand articles go into the article box in one insertion, not one each.
    QList<QStandardItem *> articleItems{new QStandardItem(tr("All articles"))};
    articleItems.constFirst()->setData(QString(), Qt::UserRole);
    if (m_project && m_project->isOpen()) {
        QList<std::pair<QString, qint64>> tags;
        for (const Tag &t : m_project->tags())
            tags.append({m_project->tagPath(t.id), t.id});
        std::sort(tags.begin(), tags.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first, Qt::CaseInsensitive) < 0; });
        for (const auto &[path, id] : std::as_const(tags))
            m_tag->addItem(path, id);
        QSet<int> years;
        for (const Article &a : m_workspace->articles()) {
            auto *item = new QStandardItem(a.title.isEmpty() ? a.id : a.title);
            item->setData(a.id, Qt::UserRole);
            item->setToolTip(a.title);
            articleItems.append(item);
            if (a.published.isValid())
                years.insert(a.published.year());
        }
        QList<int> sorted(years.cbegin(), years.cend());
        std::sort(sorted.begin(), sorted.end());
        for (int y : std::as_const(sorted))
            m_year->addItem(QString::number(y), y);
    }
    auto *articles = qobject_cast<QStandardItemModel *>(m_article->model()); // the box's own
    articles->clear();
    articles->appendColumn(articleItems);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    m_article->setCurrentIndex(std::max(0, m_article->findData(article)));
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
    // A filter whose value is gone falls back to "all".
    if (m_model->tagFilter() != m_tag->currentData().toLongLong())
        m_model->setTagFilter(m_tag->currentData().toLongLong());
}

void AnnotationsPanel::filterByTag(qint64 tagId)
{
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tagId)));
    m_model->setTagFilter(m_tag->currentData().toLongLong());
}

void AnnotationsPanel::updateCount()
{
    m_count->setText(tr("%n annotation(s)", nullptr, m_officialFilter->rowCount()));
}

void AnnotationsPanel::openRow(int row)
{
    if (!m_project || !m_reader || row < 0 || row >= m_model->rowCount())
        return;
    const AnnotationSpan a = m_model->spanAt(row);
    ArticleView *view = nullptr;
    const QList<ArticleView *> views = m_reader->articleViews();
    for (ArticleView *v : views)
        if (v->article().id == a.articleId)
            view = v;
    if (view) {
        m_reader->setCurrentPane(int(views.indexOf(view)));
    } else {
        const Article article = m_project->article(a.articleId);
        if (article.isNull())
            return;
        view = m_reader->openArticle(article, false);
    }
    view->scrollToSpan(a.start, a.end, true);
}

void AnnotationsPanel::removeSelected()
{
    if (!m_project)
        return;
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->spanAt(m_officialFilter->mapToSource(index).row()).id;
    if (ids.size() > 1)
        m_project->undoStack()->beginMacro(tr("Remove %n annotation(s)", nullptr, int(ids.size())));
    for (qint64 id : std::as_const(ids))
        m_project->removeAnnotation(id);
    if (ids.size() > 1)
        m_project->undoStack()->endMacro();
}

} // namespace Entente

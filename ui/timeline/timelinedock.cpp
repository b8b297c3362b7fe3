#include "timeline/timelinedock.h"

#include "models/meetingsfiltermodel.h"
#include "models/meetingsmodel.h"
#include "store/project.h"
#include "store/tagqueries.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Entente {

TimelineDock::TimelineDock(QWidget *parent)
    : QDockWidget(tr("Timeline"), parent)
{
    setObjectName(QStringLiteral("TimelineDock"));
    m_model = new MeetingsModel(this);
    m_filter = new MeetingsFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_view = new TimelineView;
    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Timeline of meetings"));

    auto *bar = new QToolBar;
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_view->zoomInAction());
    bar->addAction(m_view->zoomOutAction());
    bar->addAction(m_view->fitAllAction());
    bar->addSeparator();
    bar->addAction(m_view->lanesByCountryAction());
    bar->addAction(m_view->lanesByOfficialAction());
    bar->addSeparator();

    m_official = new QComboBox;
    m_official->setAccessibleName(tr("Show meetings of"));
    m_official->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(new QLabel(tr("Official:") + u' '));
    bar->addWidget(m_official);
    m_country = new QComboBox;
    m_country->setAccessibleName(tr("Host country"));
    m_country->addItem(tr("All countries"), QString());
    m_country->addItem(Meeting::countryDisplayName(QStringLiteral("IR")), QStringLiteral("IR"));
    m_country->addItem(Meeting::countryDisplayName(QStringLiteral("IQ")), QStringLiteral("IQ"));
    bar->addWidget(new QLabel(u' ' + tr("Host:") + u' '));
    bar->addWidget(m_country);
    m_tag = new QComboBox;
    m_tag->setObjectName(QStringLiteral("timelineTagFilter"));
    m_tag->setAccessibleName(tr("Meetings touched by tag"));
    m_tag->setToolTip(tr("Only meetings whose evidence overlaps a passage with this tag, or whose article carries it"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(new QLabel(u' ' + tr("Tag:") + u' '));
    bar->addWidget(m_tag);
    bar->addSeparator();

    auto *exportMenu = new QMenu(tr("Export"), this);
    exportMenu->addAction(tr("As PNG Image…"), this, [this] { exportAs(QStringLiteral("png")); });
    exportMenu->addAction(tr("As SVG Drawing…"), this, [this] { exportAs(QStringLiteral("svg")); });
    exportMenu->addAction(tr("As TimelineJS Spreadsheet (CSV)…"), this, [this] { exportAs(QStringLiteral("csv")); });
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(exportButton);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    setWidget(box);

    connect(m_official, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOfficialFilter(m_official->currentData().toString()); });
    connect(m_country, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCountryFilter(m_country->currentData().toString()); });
    connect(m_tag, &QComboBox::currentIndexChanged, this, &TimelineDock::applyTagFilter);
    connect(m_view, &TimelineView::meetingActivated, this, [this](const QString &id) {
        const Meeting m = meeting(id);
        if (!m.isNull())
            Q_EMIT meetingActivated(m);
    });
    connect(m_view, &TimelineView::meetingDoubleClicked, this, [this](const QString &id) {
        if (m_editable)
            Q_EMIT meetingEditRequested(id);
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TimelineDock::showContextMenu);
    auto *remove = new QAction(tr("&Delete Meeting"), this);
    remove->setObjectName(QStringLiteral("deleteMeetingAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        const QString id = currentMeetingId();
        if (m_editable && !id.isEmpty())
            Q_EMIT meetingDeleteRequested(id);
    });
    m_view->addAction(remove);
    refillOfficials();
    refillTags();
}

void TimelineDock::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project) {
        connect(project, &Project::tagsChanged, this, &TimelineDock::refillTags);
        connect(project, &Project::opened, this, &TimelineDock::refillTags);
        connect(project, &Project::closed, this, &TimelineDock::refillTags);
        for (auto signal : {&Project::annotationAdded, &Project::annotationRemoved, &Project::annotationChanged})
            connect(project, signal, this, &TimelineDock::applyTagFilter);
        connect(project, &Project::articleTagsChanged, this, &TimelineDock::applyTagFilter);
    }
    refillTags();
}

void TimelineDock::refillTags()
{
    const qint64 current = m_tag->currentData().toLongLong();
    {
        QSignalBlocker blocker(m_tag);
        m_tag->clear();
        m_tag->addItem(tr("Any tag"), qint64(0));
        if (m_project && m_project->isOpen())
            for (const Tag &t : m_project->tags())
                m_tag->addItem(m_project->tagPath(t.id), t.id);
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
    }
    applyTagFilter();
}

void TimelineDock::setTagFilter(qint64 tagId)
{
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tagId)));
}

void TimelineDock::applyTagFilter()
{
    const qint64 tag = m_tag->currentData().toLongLong();
    if (tag == 0 || !m_project || !m_project->isOpen()) {
        m_filter->setIdRestriction(std::nullopt);
        return;
    }
    m_filter->setIdRestriction(TagQueries::meetingsWithTag(*m_project, m_model->meetings(), tag));
}

void TimelineDock::setMeetings(const MeetingList &meetings, const QHash<QString, QString> &officialNames, bool resetRange)
{
    const QString current = currentMeetingId();
    m_model->setOfficialNames(officialNames);
    m_model->setMeetings(meetings);
    refillOfficials();
    applyTagFilter();
    if (resetRange) {
        m_view->showDefaultRange();
    } else if (const int row = m_model->rowOf(current); row >= 0 && m_view->selectionModel()) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void TimelineDock::setEditable(bool editable)
{
    m_editable = editable;
}

QString TimelineDock::currentMeetingId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(MeetingsModel::IdRole).toString() : QString();
}

void TimelineDock::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString id = index.data(MeetingsModel::IdRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Show &Evidence"), this, [this, id] {
        const Meeting m = meeting(id);
        if (!m.isNull())
            Q_EMIT meetingActivated(m);
    });
    menu.addSeparator();
    QAction *edit = menu.addAction(tr("&Edit Meeting…"), this, [this, id] { Q_EMIT meetingEditRequested(id); });
    QAction *remove = menu.addAction(tr("&Delete Meeting"), this, [this, id] { Q_EMIT meetingDeleteRequested(id); });
    edit->setEnabled(m_editable);
    remove->setEnabled(m_editable);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TimelineDock::refillOfficials()
{
    const QString current = m_official->currentData().toString();
    QSignalBlocker blocker(m_official);
    m_official->clear();
    m_official->addItem(tr("Everyone"), QString());
    QSet<QString> seen;
    QList<std::pair<QString, QString>> people;
    for (const Meeting &m : m_model->meetings()) {
        for (const QString &id : m.participants) {
            if (!seen.contains(id)) {
                seen.insert(id);
                people.append({m_model->officialName(id), id});
            }
        }
    }
    std::sort(people.begin(), people.end());
    for (const auto &[name, id] : people)
        m_official->addItem(name, id);
    m_official->setCurrentIndex(std::max(0, m_official->findData(current)));
}

Meeting TimelineDock::meeting(const QString &id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? Meeting() : m_model->meetingAt(row);
}

void TimelineDock::setOpenArticles(const QStringList &articleIds)
{
    m_view->setHighlightedArticles(articleIds);
}

void TimelineDock::setOfficialFilter(const QString &officialId)
{
    const int index = m_official->findData(officialId);
    m_official->setCurrentIndex(index < 0 ? 0 : index);
}

void TimelineDock::exportAs(const QString &format)
{
    QString filter;
    if (format == QLatin1String("png"))
        filter = tr("PNG images (*.png)");
    else if (format == QLatin1String("svg"))
        filter = tr("SVG drawings (*.svg)");
    else
        filter = tr("CSV spreadsheets (*.csv)");
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export Timeline"), QStringLiteral("timeline.") + format, filter);
    if (fileName.isEmpty())
        return;
    if (!fileName.endsWith(u'.' + format, Qt::CaseInsensitive))
        fileName += u'.' + format;
    TimelineExporter exporter(m_view);
    bool ok = false;
    if (format == QLatin1String("png"))
        ok = exporter.exportPng(fileName);
    else if (format == QLatin1String("svg"))
        ok = exporter.exportSvg(fileName);
    else
        ok = exporter.exportTimelineJsCsv(fileName);
    if (!ok)
        QMessageBox::warning(this, tr("Export Timeline"), exporter.errorString());
}

} // namespace Entente

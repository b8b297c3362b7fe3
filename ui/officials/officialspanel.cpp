#include "officials/officialspanel.h"
#include "model/timing.h"

#include "models/mentionsmodel.h"
#include "models/officialsmodel.h"
#include "officials/officialsfiltermodel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace Entente {

OfficialsPanel::OfficialsPanel(const Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_officials(new OfficialsModel(this))
    , m_proxy(new OfficialsFilterModel(this))
    , m_mentions(new MentionsModel(this))
{
    setObjectName(QStringLiteral("officialsPanel"));
    m_proxy->setSourceModel(m_officials);

    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryFilter"));
    m_country->setToolTip(tr("Show the officials of one country"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("officialsFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or office"));
    m_filter->setClearButtonEnabled(true);

    m_officialsView = new QTableView(this);
    m_officialsView->setObjectName(QStringLiteral("officialsView"));
    m_officialsView->setModel(m_proxy);
    m_officialsView->setSortingEnabled(true);
    m_officialsView->sortByColumn(OfficialsModel::MentionsColumn, Qt::DescendingOrder);
    m_officialsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_officialsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_officialsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_officialsView->verticalHeader()->hide();
    m_officialsView->horizontalHeader()->setSectionResizeMode(OfficialsModel::NameColumn, QHeaderView::ResizeToContents);
    m_officialsView->horizontalHeader()->setSectionResizeMode(OfficialsModel::OfficeColumn, QHeaderView::Stretch);
    m_officialsView->setAlternatingRowColors(true);

    m_mentionsLabel = new QLabel(this);
    m_mentionsLabel->setObjectName(QStringLiteral("mentionsLabel"));
    m_mentionsView = new QTableView(this);
    m_mentionsView->setObjectName(QStringLiteral("mentionsView"));
    m_mentionsView->setModel(m_mentions);
    m_mentionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mentionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mentionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mentionsView->setWordWrap(false);
    m_mentionsView->setShowGrid(false);
    m_mentionsView->verticalHeader()->hide();
    m_mentionsView->horizontalHeader()->setSectionResizeMode(MentionsModel::ArticleColumn, QHeaderView::Interactive);
    m_mentionsView->horizontalHeader()->setSectionResizeMode(MentionsModel::LeftColumn, QHeaderView::Stretch);
    m_mentionsView->horizontalHeader()->setSectionResizeMode(MentionsModel::MatchColumn, QHeaderView::ResizeToContents);
    m_mentionsView->horizontalHeader()->setSectionResizeMode(MentionsModel::RightColumn, QHeaderView::Stretch);
    m_mentionsView->setToolTip(tr("Click a line to open the article at that mention"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_country);
    filters->addWidget(m_filter, 1);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_mentionsLabel);
    lowerLayout->addWidget(m_mentionsView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_officialsView);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_country, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCountry(m_country->currentData().toString()); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &OfficialsFilterModel::setText);
    connect(m_officialsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OfficialsPanel::onCurrentOfficialChanged);
    connect(m_officialsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OfficialsPanel::onCurrentOfficialChanged);
    // One click opens the mention; Enter (activated) too. Where the style activates on a
    // single click, activated() alone already covers the click.
    if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_mentionsView))
        connect(m_mentionsView, &QAbstractItemView::clicked, this, &OfficialsPanel::activateMention);
    connect(m_mentionsView, &QAbstractItemView::activated, this, &OfficialsPanel::activateMention);
    connect(workspace, &Workspace::mentionsChanged, this, &OfficialsPanel::refresh);
    refresh();
}

OfficialsPanel::~OfficialsPanel() = default;

const Gazetteer &OfficialsPanel::gazetteer() const
{
    return m_workspace->reference().gazetteer();
}

const MentionIndex &OfficialsPanel::mentionIndex() const
{
    return m_workspace->reference().mentions();
}

void OfficialsPanel::refresh()
{
    ScopedTiming timing("OfficialsPanel::refresh");
    if (!m_workspace)
        return;
    const QString keep = m_current;
    m_officials->setData(gazetteer(), mentionIndex());
    const Workspace *workspace = m_workspace;
    m_mentions->setIndex(mentionIndex(), [workspace](const QString &id) { return workspace->articleText(id); });

    const QString country = m_country->currentData().toString();
    {
        const QSignalBlocker blocker(m_country);
        m_country->clear();
        m_country->addItem(tr("All countries"), QString());
        for (const QString &code : m_officials->countries())
            m_country->addItem(OfficialsModel::countryName(code), code);
        m_country->setCurrentIndex(std::max(0, m_country->findData(country)));
    }
    m_proxy->setCountry(m_country->currentData().toString());
    selectOfficial(keep);
    onCurrentOfficialChanged();
}

void OfficialsPanel::setReferenceDate(QDate date)
{
    m_officials->setReferenceDate(date);
}

void OfficialsPanel::selectOfficial(const QString &officialId)
{
    const int row = officialId.isEmpty() ? -1 : m_officials->rowOf(officialId);
    const QModelIndex proxyIndex = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_officials->index(row, 0));
    if (!proxyIndex.isValid()) {
        m_officialsView->selectionModel()->clear();
        return;
    }
    m_officialsView->selectionModel()->setCurrentIndex(
        proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_officialsView->scrollTo(proxyIndex);
}

QString OfficialsPanel::currentOfficial() const
{
    return m_current;
}

void OfficialsPanel::onCurrentOfficialChanged()
{
    const QModelIndexList rows = m_officialsView->selectionModel()->selectedRows();
    const QString id = rows.isEmpty() ? QString() : rows.first().data(OfficialsModel::IdRole).toString();
    m_mentions->setOfficial(id);
    if (id.isEmpty()) {
        m_mentionsLabel->setText(tr("Select a person to see their mentions in context."));
    } else {
        const Official *o = gazetteer().official(id);
        m_mentionsLabel->setText(tr("%n mention(s) of %1", nullptr, m_mentions->rowCount()).arg(o ? o->name : id));
    }
    if (id != m_current) {
        m_current = id;
        Q_EMIT officialFilterChanged(id);
    }
}

void OfficialsPanel::activateMention(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex row = index.siblingAtColumn(0);
    Q_EMIT mentionActivated(row.data(MentionsModel::ArticleIdRole).toString(),
                            qsizetype(row.data(MentionsModel::StartRole).toLongLong()),
                            qsizetype(row.data(MentionsModel::EndRole).toLongLong()));
}

} // namespace Entente

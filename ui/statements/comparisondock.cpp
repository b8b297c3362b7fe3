#include "statements/comparisondock.h"
#include "model/timing.h"

#include "models/comparisonmodel.h"
#include "models/statementsmodel.h"
#include "statements/comparisonview.h"
#include "reference/gazetteerspeakerresolver.h"
#include "text/statementextractor.h"
#include "workspace/workspace.h"

namespace Entente {

ComparisonDock::ComparisonDock(const Workspace *workspace, QWidget *parent)
    : QDockWidget(tr("Compare Statements"), parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("ComparisonDock"));
    m_statements = new StatementsModel(this);
    m_comparison = new ComparisonModel(this);
    m_comparison->setSourceModel(m_statements);
    m_view = new ComparisonView;
    m_view->setModel(m_comparison);
    setWidget(m_view);
    connect(m_view, &ComparisonView::statementActivated, this, &ComparisonDock::statementActivated);
    connect(workspace, &Workspace::statementsChanged, this, &ComparisonDock::refresh);
    refresh();
}

ComparisonDock::~ComparisonDock() = default;

void ComparisonDock::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    refreshNow();
}

void ComparisonDock::showEvent(QShowEvent *event)
{
    if (m_stale)
        refreshNow();
    QDockWidget::showEvent(event);
}

StatementsModel *ComparisonDock::statements()
{
    if (m_stale)
        refreshNow();
    return m_statements;
}

void ComparisonDock::refreshNow()
{
    ScopedTiming timing("ComparisonDock::refresh");
    m_stale = false;
    const Gazetteer &gazetteer = m_workspace->reference().gazetteer();
    if (m_workspace->hasProject())
        setStatements(m_workspace->statements(), m_workspace->articles(), gazetteer);
    else
        setSources(m_workspace->articles(), gazetteer);
}

void ComparisonDock::setSources(const ArticleList &articles, const Gazetteer &gazetteer)
{
    m_stale = false; // what the caller gives is what is shown
    useGazetteer(gazetteer);
    const StatementExtractor extractor(m_resolver.get());
    m_comparison->setArticles(articles);
    m_statements->setStatements(extractor.extract(articles));
    m_oldResolver.reset(); // the old resolver is released only after nobody uses it
}

void ComparisonDock::setStatements(const StatementList &statements, const ArticleList &articles, const Gazetteer &gazetteer)
{
    m_stale = false;
    useGazetteer(gazetteer);
    m_comparison->setArticles(articles);
    m_statements->setStatements(statements);
    m_oldResolver.reset();
}

void ComparisonDock::useGazetteer(const Gazetteer &gazetteer)
{
    if (m_resolver && m_gazetteer == &gazetteer && m_resolver->gazetteer().officials() == gazetteer.officials())
        return;
    auto resolver = std::make_unique<GazetteerSpeakerResolver>(gazetteer);
    m_statements->setSpeakerResolver(resolver.get());
    m_comparison->setSpeakerResolver(resolver.get());
    m_view->setSpeakerResolver(resolver.get());
    m_oldResolver = std::move(m_resolver);
    m_resolver = std::move(resolver);
    m_gazetteer = &gazetteer;
}

} // namespace Entente

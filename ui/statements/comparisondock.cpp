#include "statements/comparisondock.h"

#include "models/comparisonmodel.h"
#include "models/statementsmodel.h"
#include "statements/comparisonview.h"
#include "text/gazetteerspeakerresolver.h"
#include "text/statementextractor.h"

namespace Entente {

ComparisonDock::ComparisonDock(QWidget *parent)
    : QDockWidget(tr("Compare Statements"), parent)
{
    setObjectName(QStringLiteral("ComparisonDock"));
    m_statements = new StatementsModel(this);
    m_comparison = new ComparisonModel(this);
    m_comparison->setSourceModel(m_statements);
    m_view = new ComparisonView;
    m_view->setModel(m_comparison);
    setWidget(m_view);
    connect(m_view, &ComparisonView::statementActivated, this, &ComparisonDock::statementActivated);
}

ComparisonDock::~ComparisonDock() = default;

void ComparisonDock::setSources(const ArticleList &articles, const Gazetteer &gazetteer)
{
    auto resolver = std::make_unique<GazetteerSpeakerResolver>(gazetteer);
    const StatementExtractor extractor(resolver.get());
    const StatementList statements = extractor.extract(articles);
    m_statements->setSpeakerResolver(resolver.get());
    m_comparison->setSpeakerResolver(resolver.get());
    m_view->setSpeakerResolver(resolver.get());
    m_comparison->setArticles(articles);
    m_statements->setStatements(statements);
    m_resolver = std::move(resolver); // the old resolver is released only after nobody uses it
}

} // namespace Entente

#pragma once

#include "model/article.h"

#include <QDockWidget>

#include <memory>

namespace Entente {

class ComparisonModel;
class ComparisonView;
class Gazetteer;
class GazetteerSpeakerResolver;
class StatementsModel;

/// The "Compare Statements" dock: statements extracted from the project's articles, laid out
/// by year for a chosen speaker or office in a ComparisonView.
class ComparisonDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ComparisonDock(QWidget *parent = nullptr);
    ~ComparisonDock() override;

    /// Re-extracts the statements of @p articles, resolving speakers with @p gazetteer (which
    /// must outlive the dock or the next call).
    void setSources(const ArticleList &articles, const Gazetteer &gazetteer);

    ComparisonView *view() const { return m_view; }
    StatementsModel *statements() const { return m_statements; }

Q_SIGNALS:
    void statementActivated(const QString &articleId, qsizetype start, qsizetype end);

private:
    std::unique_ptr<GazetteerSpeakerResolver> m_resolver;
    StatementsModel *m_statements = nullptr;
    ComparisonModel *m_comparison = nullptr;
    ComparisonView *m_view = nullptr;
};

} // namespace Entente

#pragma once

#include "model/article.h"
#include "model/statement.h"

#include <QDockWidget>

#include <memory>

namespace Entente {

class ComparisonModel;
class ComparisonView;
class Gazetteer;
class GazetteerSpeakerResolver;
class StatementsModel;
class Workspace;

/// The "Compare Statements" dock: the workspace's statements (the project's, or, without a
/// project, those extracted from the articles on the fly), laid out by year for a chosen
/// speaker or office in a ComparisonView. Follows Workspace::statementsChanged().
class ComparisonDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ComparisonDock(const Workspace *workspace, QWidget *parent = nullptr);
    ~ComparisonDock() override;

    /// Shows the workspace's statements again: at once when the dock is visible, else when
    /// it is next shown (or its statements() are asked for). Opening a project does not
    /// resolve the speakers of every statement for a tab behind the timeline.
    void refresh();

    /// Re-extracts the statements of @p articles, resolving speakers with @p gazetteer (which
    /// must outlive the dock or the next call).
    void setSources(const ArticleList &articles, const Gazetteer &gazetteer);
    /// Shows @p statements (e.g. the project's) over @p articles, speakers resolved with
    /// @p gazetteer; the resolver is rebuilt only when the gazetteer changed.
    void setStatements(const StatementList &statements, const ArticleList &articles, const Gazetteer &gazetteer);

    ComparisonView *view() const { return m_view; }
    /// The statements shown (brought up to date first if a refresh was put off).
    StatementsModel *statements();

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void statementActivated(const QString &articleId, qsizetype start, qsizetype end);

private:
    void useGazetteer(const Gazetteer &gazetteer);
    void refreshNow();

    const Workspace *m_workspace = nullptr;
    std::unique_ptr<GazetteerSpeakerResolver> m_resolver;
    std::unique_ptr<GazetteerSpeakerResolver> m_oldResolver;
    const Gazetteer *m_gazetteer = nullptr;
    StatementsModel *m_statements = nullptr;
    ComparisonModel *m_comparison = nullptr;
    ComparisonView *m_view = nullptr;
    bool m_stale = false; // a refresh was put off while the dock was hidden
};

} // namespace Entente

#include "search/searchworker.h"

#include "store/project.h"

namespace Entente {

SearchWorker::SearchWorker(QObject *parent)
    : QObject(parent)
{
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::closeProject()
{
    m_project.reset();
}

void SearchWorker::search(int serial, const QString &fileName, const QString &query, int limit)
{
    if (!m_project || m_project->fileName() != fileName) {
        m_project = std::make_unique<Project>();
        if (!m_project->open(fileName, Project::OpenMode::ReadOnly)) {
            const QString error = m_project->errorString();
            m_project.reset();
            Q_EMIT finished(serial, query, {}, error);
            return;
        }
    }
    const SearchHitList hits = m_project->search(query, limit);
    Q_EMIT finished(serial, query, hits, hits.isEmpty() ? m_project->errorString() : QString());
}

} // namespace Entente

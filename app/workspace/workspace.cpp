#include "workspace/workspace.h"

#include "store/project.h"
#include "store/recordconversion.h"

namespace Entente {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_project(new Project(this))
{
    // Connected before anyone else can connect to the project: whoever follows the project's
    // opened() already finds the workspace's articles and reference data up to date.
    connect(m_project, &Project::opened, this, &Workspace::onOpenedOrClosed);
    connect(m_project, &Project::closed, this, &Workspace::onOpenedOrClosed);
    connect(m_project, &Project::articlesChanged, this, &Workspace::onArticlesChanged);
    connect(m_project, &Project::officialsEditsChanged, this, &Workspace::onOfficialsEditsChanged);
    connect(m_project, &Project::meetingsChanged, this, [this] { Q_EMIT meetingsChanged(false); });
    connect(m_project, &Project::statementsChanged, this, &Workspace::statementsChanged);
    connect(m_project, &Project::editFailed, this, &Workspace::editFailed);
}

Workspace::~Workspace()
{
    // Closing while being destroyed: nobody is left to tell.
    m_project->blockSignals(true);
    m_project->close();
}

bool Workspace::loadReferenceData(const QString &corpusDirectory)
{
    ReferenceData loaded;
    if (!loaded.load(corpusDirectory)) {
        m_error = loaded.errorString();
        return false;
    }
    m_error.clear();
    m_corpusDirectory = corpusDirectory;
    m_reference = std::move(loaded); // the same object: pointers to it stay valid
    if (!m_reference.setArticlesAndEdits(m_articles, hasProject() ? m_project->officialsEdits() : QList<OfficialsEditRecord>()))
        Q_EMIT officialsEditsFailed(m_reference.officialsEditErrors());
    Q_EMIT referenceChanged();
    Q_EMIT mentionsChanged();
    Q_EMIT meetingsChanged(true);
    Q_EMIT statementsChanged();
    return true;
}

void Workspace::setArticles(const ArticleList &articles)
{
    m_articles = articles;
    m_reference.setArticles(m_articles);
    Q_EMIT articlesChanged();
    Q_EMIT mentionsChanged();
    Q_EMIT statementsChanged();
}

Article Workspace::article(const QString &id) const
{
    for (const Article &a : m_articles)
        if (a.id == id)
            return a;
    return {};
}

bool Workspace::hasProject() const
{
    return m_project->isOpen();
}

MeetingList Workspace::meetings() const
{
    return hasProject() ? RecordConversion::toMeetings(m_project->meetings()) : m_reference.meetings();
}

StatementList Workspace::statements() const
{
    return hasProject() ? RecordConversion::toStatements(m_project->statements()) : StatementList();
}

void Workspace::onOpenedOrClosed()
{
    // Another file (or none): its officials edits, its articles, its meetings and statements.
    m_articles = hasProject() ? m_project->articles() : ArticleList();
    if (!m_reference.setArticlesAndEdits(m_articles, hasProject() ? m_project->officialsEdits() : QList<OfficialsEditRecord>()))
        Q_EMIT officialsEditsFailed(m_reference.officialsEditErrors());
    Q_EMIT referenceChanged();
    Q_EMIT articlesChanged();
    Q_EMIT mentionsChanged();
    Q_EMIT meetingsChanged(true);
    Q_EMIT statementsChanged();
}

void Workspace::onArticlesChanged()
{
    setArticles(hasProject() ? m_project->articles() : ArticleList());
}

void Workspace::onOfficialsEditsChanged()
{
    applyOfficialsEdits();
    Q_EMIT referenceChanged();
    Q_EMIT mentionsChanged();
    Q_EMIT meetingsChanged(false); // participants' names
    Q_EMIT statementsChanged(); // speakers
}

void Workspace::applyOfficialsEdits()
{
    // The loaded gazetteer plus the project's edits in order, so undo and redo of an edit
    // simply rebuild it.
    const QList<OfficialsEditRecord> edits = hasProject() ? m_project->officialsEdits() : QList<OfficialsEditRecord>();
    if (!m_reference.setOfficialsEdits(edits))
        Q_EMIT officialsEditsFailed(m_reference.officialsEditErrors());
}

} // namespace Entente

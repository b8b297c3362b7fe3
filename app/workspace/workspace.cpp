#include "workspace/workspace.h"
#include "model/timing.h"

#include "store/project.h"
#include "store/recordconversion.h"
#include "workspace/mentionindexer.h"

namespace Entente {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_project(new Project(this))
    , m_indexer(new MentionIndexer(this))
{
    connect(m_indexer, &MentionIndexer::progress, this, &Workspace::indexingProgress);
    connect(m_indexer, &MentionIndexer::finished, this, [this](const MentionIndex &index) {
        m_reference.setMentionIndex(index);
        Q_EMIT mentionsChanged();
    });
    connect(m_indexer, &MentionIndexer::failed, this, &Workspace::indexingFailed);
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
    if (hasProject()) {
        m_reference.setMentionIndex(MentionIndex());
        applyOfficialsEdits();
        indexProject();
    } else {
        m_reference.setArticles(m_articles);
    }
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
    if (hasProject())
        return m_project->article(id);
    for (const Article &a : m_articles)
        if (a.id == id)
            return a;
    return {};
}

QString Workspace::articleText(const QString &id) const
{
    if (hasProject())
        return m_project->articleText(id);
    return article(id).text;
}

bool Workspace::mentionsReady() const
{
    return !m_indexer->isRunning();
}

bool Workspace::indexProject()
{
    if (!hasProject()) {
        m_indexer->cancel();
        return true;
    }
    if (m_articles.size() <= SynchronousIndexLimit) {
        m_indexer->cancel();
        if (!m_reference.setProjectArticles(*m_project))
            Q_EMIT indexingFailed(m_project->errorString());
        return true;
    }
    m_indexer->start(m_project->fileName(), m_reference.matcher(), int(m_articles.size()));
    return false;
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
    ScopedTiming timing("Workspace::onOpenedOrClosed");
    // Another file (or none): its officials edits, its articles, its meetings and statements.
    m_articles = hasProject() ? m_project->articles() : ArticleList();
    if (hasProject()) {
        m_reference.setMentionIndex(MentionIndex()); // the old file's mentions are gone
        applyOfficialsEdits();
        indexProject();
    } else {
        m_indexer->cancel();
        if (!m_reference.setArticlesAndEdits(m_articles, QList<OfficialsEditRecord>()))
            Q_EMIT officialsEditsFailed(m_reference.officialsEditErrors());
    }
    Q_EMIT referenceChanged();
    Q_EMIT articlesChanged();
    Q_EMIT mentionsChanged();
    Q_EMIT meetingsChanged(true);
    Q_EMIT statementsChanged();
}

void Workspace::onArticlesChanged()
{
    if (!hasProject()) {
        setArticles(ArticleList());
        return;
    }
    m_articles = m_project->articles();
    const bool indexed = indexProject();
    Q_EMIT articlesChanged();
    if (indexed)
        Q_EMIT mentionsChanged();
    Q_EMIT statementsChanged();
}

void Workspace::onOfficialsEditsChanged()
{
    applyOfficialsEdits();
    const bool indexed = indexProject();
    Q_EMIT referenceChanged();
    if (indexed)
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

#include "tags/officialmentions.h"
#include "io/gazetteerreader.h"

#include "reference/gazetteer.h"
#include "io/referencedata.h"
#include "store/project.h"

namespace Entente {

OfficialMentions::OfficialMentions(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_reference(std::make_unique<ReferenceData>())
{
    if (project) {
        const auto stale = [this] { m_stale = true; };
        connect(project, &Project::articlesChanged, this, stale);
        connect(project, &Project::officialsEditsChanged, this, stale);
        connect(project, &Project::opened, this, stale);
        connect(project, &Project::closed, this, stale);
    }
}

OfficialMentions::~OfficialMentions() = default;

bool OfficialMentions::load(const QString &officialsJson)
{
    m_stale = true;
    m_loaded = m_reference->loadOfficials(officialsJson.isEmpty() ? GazetteerReader::bundledPath() : officialsJson);
    return m_loaded;
}

const ReferenceData &OfficialMentions::reference() const
{
    if (m_stale && m_loaded) {
        m_stale = false;
        const bool open = m_project && m_project->isOpen();
        m_reference->setOfficialsEdits(open ? m_project->officialsEdits() : QList<OfficialsEditRecord>());
        m_reference->setArticles(open ? m_project->articles() : ArticleList());
    }
    return *m_reference;
}

QStringList OfficialMentions::officialsIn(const QString &articleId, qsizetype start, qsizetype end) const
{
    if (!m_loaded)
        return {};
    return reference().officialsInSpan(articleId, start, end);
}

QString OfficialMentions::name(const QString &id) const
{
    const Official *o = m_loaded ? reference().gazetteer().official(id) : nullptr;
    return o ? o->name : id;
}

} // namespace Entente

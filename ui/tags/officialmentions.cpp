#include "tags/officialmentions.h"

#include "io/gazetteer.h"
#include "store/project.h"

namespace Entente {

OfficialMentions::OfficialMentions(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_gazetteer(std::make_unique<Gazetteer>())
{
    if (project) {
        const auto clear = [this] { m_cache.clear(); };
        connect(project, &Project::articlesChanged, this, clear);
        connect(project, &Project::opened, this, clear);
        connect(project, &Project::closed, this, clear);
    }
}

OfficialMentions::~OfficialMentions() = default;

bool OfficialMentions::load(const QString &officialsJson)
{
    m_cache.clear();
    m_loaded = m_gazetteer->load(officialsJson.isEmpty() ? Gazetteer::bundledPath() : officialsJson);
    if (m_loaded)
        m_matcher.setGazetteer(*m_gazetteer);
    else
        m_matcher.clear();
    return m_loaded;
}

const QList<Mention> &OfficialMentions::mentionsOf(const QString &articleId) const
{
    auto it = m_cache.find(articleId);
    if (it == m_cache.end()) {
        QList<Mention> mentions;
        if (m_loaded && m_project && m_project->isOpen())
            mentions = m_matcher.find(m_project->article(articleId).text);
        it = m_cache.insert(articleId, mentions);
    }
    return *it;
}

QStringList OfficialMentions::officialsIn(const QString &articleId, qsizetype start, qsizetype end) const
{
    QStringList ids;
    for (const Mention &m : mentionsOf(articleId)) {
        if (m.start >= end)
            break;
        if (m.start >= start && m.end <= end && !m.ambiguous && !m.officialId.isEmpty() && !ids.contains(m.officialId))
            ids << m.officialId;
    }
    return ids;
}

QString OfficialMentions::name(const QString &id) const
{
    const Official *o = m_gazetteer->official(id);
    return o ? o->name : id;
}

} // namespace Entente

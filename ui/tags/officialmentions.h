#pragma once

#include "text/officialsmatcher.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Entente {

class Gazetteer;
class Project;

/// Which officials an annotation's span mentions: the bundled officials gazetteer's matcher
/// run once over each article of the project (cached until the articles change). Feeds the
/// annotations list's official filter and the "officials" column of the CSV export.
class OfficialMentions : public QObject
{
    Q_OBJECT
public:
    explicit OfficialMentions(Project *project, QObject *parent = nullptr);
    ~OfficialMentions() override;

    /// Loads the gazetteer from @p officialsJson (the bundled one when empty). False when it
    /// cannot be read; every query then answers nothing.
    bool load(const QString &officialsJson = QString());
    bool isLoaded() const { return m_loaded; }

    /// Ids of the officials mentioned inside [start, end) of @p articleId, in text order,
    /// without repeats; ambiguous mentions are left out.
    QStringList officialsIn(const QString &articleId, qsizetype start, qsizetype end) const;
    /// The display name of official @p id (the id when unknown).
    QString name(const QString &id) const;

private:
    const QList<Mention> &mentionsOf(const QString &articleId) const;

    QPointer<Project> m_project;
    std::unique_ptr<Gazetteer> m_gazetteer;
    OfficialsMatcher m_matcher;
    bool m_loaded = false;
    mutable QHash<QString, QList<Mention>> m_cache;
};

} // namespace Entente

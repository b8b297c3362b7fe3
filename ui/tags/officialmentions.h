#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace Entente {

class Project;
class ReferenceData;

/// Which officials an annotation's span mentions, for the annotations list's official filter:
/// a thin adapter over the core ReferenceData (a gazetteer, by default the bundled one, with
/// the project's officials edits applied, matched over the project's articles). Rebuilt lazily
/// when the project's articles or officials edits change. The CSV export uses ReferenceData
/// directly (ReferenceData::officialsProvider()).
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

    /// Ids of the officials mentioned in [start, end) of @p articleId, in text order,
    /// without repeats; ambiguous mentions are left out.
    QStringList officialsIn(const QString &articleId, qsizetype start, qsizetype end) const;
    /// The display name of official @p id (the id when unknown).
    QString name(const QString &id) const;

private:
    const ReferenceData &reference() const;

    QPointer<Project> m_project;
    std::unique_ptr<ReferenceData> m_reference;
    bool m_loaded = false;
    mutable bool m_stale = true;
};

} // namespace Entente

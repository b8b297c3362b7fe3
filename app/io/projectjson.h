#pragma once

#include "io/outputfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Entente {

class Project;

/**
 * The whole project as one JSON document, for diffing, archiving and moving projects:
 *   { "format": "entente-project", "version": 2, "articles": [...], "tags": [...],
 *     "annotations": [...], "articleTags": [...], "meetings": [...], "statements": [...],
 *     "officialsEdits": [...] }
 * Ids are kept, so export followed by import gives the same project (see the tests).
 */
class ProjectJson
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ProjectJson)
public:
    static constexpr int FormatVersion = 2;

    static QJsonObject toJson(const Project &project);
    /// Writes toJson() to @p fileName ("-" for standard output), indented, atomically; the
    /// file is kept only if @p gate (when given) passes at the end (see OutputFile).
    bool exportFile(const Project &project, const QString &fileName, const OutputFile::Gate &gate = {});
    /// Fills @p project (open, writable and empty) from @p json, through
    /// Project::importContents(): one transaction, every signal, no undo history.
    bool importJson(const QJsonObject &json, Project &project);
    /// Reads @p fileName and creates the project @p projectPath (which must not exist) from it.
    bool importFile(const QString &fileName, const QString &projectPath);

    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace Entente

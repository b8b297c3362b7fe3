#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Entente {

/**
 * The project file's schema: creation at any known version and one migration function per
 * step (v1 -> v2 -> ...). Version history:
 *  - 1: articles, tags, annotations, annotation_tags.
 *  - 2: annotations.orphaned; article_tags (whole-article tags); meetings, statements,
 *       officials_edits; the FTS5 index articles_fts kept in sync by triggers.
 *  - 3: meetings.slug, host_country, note (a meeting round-trips with its corpus form);
 *       statements.content (JSON spans), evidence_start/end, speaker_candidates.
 */
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Schema)
public:
    /// Creates every table of @p version in an empty database and sets user_version and
    /// application_id. Versions below the current one exist for migration tests.
    static bool create(QSqlDatabase &db, int version, QString *error);
    /// Migrates from user_version @p from to the current version, one step per transaction.
    static bool migrate(QSqlDatabase &db, int from, QString *error);

private:
    static bool createVersion1(QSqlDatabase &db, QString *error);
    static bool migrate1to2(QSqlDatabase &db, QString *error);
    static bool migrate2to3(QSqlDatabase &db, QString *error);
    static bool migrate3to4(QSqlDatabase &db, QString *error);
    static bool migrate4to5(QSqlDatabase &db, QString *error);
    static bool exec(QSqlDatabase &db, const QStringList &statements, QString *error);
};

} // namespace Entente

#pragma once

#include "model/article.h"
#include "model/meeting.h"
#include "reference/gazetteer.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/**
 * Fixtures shared by the tests: the bundled corpus read once per test process, new projects
 * seeded from it, and a way to run the built `entente` executable. Each loader failure is
 * fatal with the loader's own message, so a broken corpus shows up as that message, not as
 * an empty list that every later check trips over.
 */
namespace Entente::TestFixtures {

/// The directory of the bundled corpus (ENTENTE_TEST_CORPUS, set by CMake).
QString corpusDirectory();
/// Its articles, in manifest order (loaded on first use).
const ArticleList &bundledArticles();
/// The article with @p id; fatal when there is none.
const Article &bundledArticle(const QString &id);
/// The bundled gazetteer (corpus/officials.json).
const Gazetteer &bundledGazetteer();
/// The bundled meetings (corpus/meetings.json), evidence checked against the articles.
const MeetingList &bundledMeetings();

/// Creates a project at @p path seeded from the bundled corpus (CorpusSeeder); empty on
/// success, else the error.
QString createBundledProject(const QString &path);

/// Breaks the b-tree root page of @p table in the project file @p path (its page type byte),
/// so that PRAGMA quick_check fails while opening the file (which reads other tables) still
/// works. Empty on success, else what went wrong.
QString damageTable(const QString &path, const QString &table);

/// Copies the bundled corpus into @p directory (which must exist): a corpus the test may edit.
bool copyBundledCorpus(const QString &directory);

/// The result of one run of the built executable.
struct Run
{
    int exitCode = -1; ///< -1 when it crashed or did not finish within the time limit
    QString out;
    QString err;
};

/// Runs ENTENTE_EXECUTABLE with @p arguments (offscreen, 60 s limit), @p input on stdin.
Run runEntente(const QStringList &arguments, const QByteArray &input = QByteArray(),
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

/// True when ENTENTE_REGENERATE_TEST_DATA=1: golden files are rewritten instead of compared
/// (the one switch for every golden file; see README, "Tests").
bool regenerateGoldenFiles();

} // namespace Entente::TestFixtures

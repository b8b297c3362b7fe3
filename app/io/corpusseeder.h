#pragma once

#include "model/article.h"
#include "model/meeting.h"
#include "reference/gazetteer.h"

#include <QCoreApplication>
#include <QString>

namespace Entente {

/**
 * Makes a new project from a corpus directory: every article, the corpus's meetings
 * (meetings.json, source "corpus") and the statements DatedStatements finds (status
 * "extracted"), speakers resolved with the corpus's officials.json or, without one, the
 * bundled gazetteer. The store only stores; what a corpus means is decided here.
 */
class CorpusSeeder
{
    Q_DECLARE_TR_FUNCTIONS(Entente::CorpusSeeder)
public:
    /// Creates @p path (which must not exist). On failure nothing is left at @p path.
    static bool createProject(const QString &path, const QString &corpusDirectory, QString *error);

    /// The gazetteer a corpus uses: its own officials.json, else the bundled one.
    static QString officialsPath(const QString &corpusDirectory);
    /// Reads the corpus's gazetteer and, when it has a meetings.json, its meetings (checked
    /// against @p articles). False with every problem in @p error.
    static bool loadReference(const QString &corpusDirectory, const ArticleList &articles,
                              Gazetteer *gazetteer, MeetingList *meetings, QString *error);
};

} // namespace Entente

#include "io/corpusseeder.h"

#include "io/corpusloader.h"
#include "io/gazetteerreader.h"
#include "io/meetingsloader.h"
#include "reference/datedstatements.h"
#include "store/project.h"
#include "store/recordconversion.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Entente {

QString CorpusSeeder::officialsPath(const QString &corpusDirectory)
{
    const QString own = QDir(corpusDirectory).filePath(QString::fromLatin1(Gazetteer::FileName));
    return QFileInfo::exists(own) ? own : GazetteerReader::bundledPath();
}

bool CorpusSeeder::loadReference(const QString &corpusDirectory, const ArticleList &articles,
                                 Gazetteer *gazetteer, MeetingList *meetings, QString *error)
{
    GazetteerReader reader;
    if (!reader.load(officialsPath(corpusDirectory), gazetteer)) {
        if (error)
            *error = reader.errorString();
        return false;
    }
    meetings->clear();
    const QString meetingsPath = MeetingsLoader::meetingsFile(corpusDirectory);
    if (!QFileInfo::exists(meetingsPath))
        return true;
    MeetingsLoader loader;
    QStringList ids;
    for (const Official &o : gazetteer->officials())
        ids << o.id;
    loader.setKnownOfficialIds(ids);
    loader.setArticles(articles);
    if (!loader.load(meetingsPath)) {
        if (error)
            *error = loader.errorString();
        return false;
    }
    *meetings = loader.meetings();
    return true;
}

bool CorpusSeeder::createProject(const QString &path, const QString &corpusDirectory, QString *error)
{
    CorpusLoader loader;
    if (!loader.load(corpusDirectory)) {
        if (error)
            *error = loader.errorString();
        return false;
    }
    Gazetteer gazetteer;
    MeetingList corpusMeetings;
    if (!loadReference(corpusDirectory, loader.articles(), &gazetteer, &corpusMeetings, error))
        return false;

    Project project;
    if (!project.create(path)) {
        if (error)
            *error = project.errorString();
        return false;
    }
    auto failAndRemove = [&](const QString &message) {
        if (error)
            *error = message;
        project.close();
        QFile::remove(path);
        return false;
    };
    ProjectContents contents;
    contents.articles = loader.articles();
    for (const Meeting &m : std::as_const(corpusMeetings))
        contents.meetings.append(RecordConversion::toRecord(m, 0, QStringLiteral("corpus")));
    const StatementList extracted = DatedStatements::extract(loader.articles(), gazetteer, corpusMeetings);
    for (const Statement &st : extracted) {
        StatementRecord record = RecordConversion::toRecord(st);
        record.id = 0; // numbered by the project
        record.status = QStringLiteral("extracted");
        contents.statements.append(record);
    }
    if (!project.importContents(contents))
        return failAndRemove(project.errorString());
    return true;
}

} // namespace Entente

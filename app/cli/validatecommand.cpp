#include "cli/cli.h"
#include "io/gazetteerreader.h"
#include "cli/commands.h"
#include "io/corpusloader.h"
#include "reference/gazetteer.h"
#include "io/meetingsloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Entente::Cli {

int validateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Entente::Cli", "Check a corpus directory and report every problem: the manifest and articles, "
                        "officials.json and meetings.json."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("corpus"), QCoreApplication::translate("Entente::Cli", "Corpus directory (default: the bundled corpus)."));
    parser.process(QStringList{QStringLiteral("entente validate")} + arguments);
    const QString dir = parser.positionalArguments().value(0, CorpusLoader::bundledCorpusDirectory());
    CorpusLoader loader;
    if (!loader.load(dir)) {
        err() << loader.errorString() << Qt::endl;
        err() << QCoreApplication::translate("Entente::Cli", "%n problem(s) found; nothing was loaded.", nullptr,
                                             int(loader.problems().size())) << Qt::endl;
        return 1;
    }
    out() << QCoreApplication::translate("Entente::Cli", "%1: %n article(s), all valid.", nullptr,
                                         int(loader.articles().size())).arg(dir) << Qt::endl;

    int problems = 0;
    // The gazetteer: the corpus's own, else the bundled one (which meetings are checked against).
    const QString officialsPath = QDir(dir).filePath(QLatin1StringView(Gazetteer::FileName));
    Gazetteer gazetteer;
    if (QFileInfo::exists(officialsPath)) {
        GazetteerReader gazetteerReader;
        if (gazetteerReader.load(officialsPath, &gazetteer)) {
            out() << QCoreApplication::translate("Entente::Cli", "%1: %n official(s), all valid.", nullptr,
                                                 int(gazetteer.officials().size())).arg(QLatin1StringView(Gazetteer::FileName))
                  << Qt::endl;
        } else {
            err() << gazetteerReader.errorString() << Qt::endl;
            problems += int(gazetteerReader.problems().size());
        }
    } else {
        out() << QCoreApplication::translate("Entente::Cli", "%1: none; the bundled gazetteer is used.")
                     .arg(QLatin1StringView(Gazetteer::FileName)) << Qt::endl;
        GazetteerReader gazetteerReader;
        if (!gazetteerReader.load(GazetteerReader::bundledPath(), &gazetteer)) {
            err() << gazetteerReader.errorString() << Qt::endl;
            problems += int(gazetteerReader.problems().size());
        }
    }

    const QString meetingsPath = MeetingsLoader::meetingsFile(dir);
    if (QFileInfo::exists(meetingsPath)) {
        MeetingsLoader meetings;
        QStringList ids;
        for (const Official &o : gazetteer.officials())
            ids << o.id;
        meetings.setKnownOfficialIds(ids);
        meetings.setArticles(loader.articles());
        if (meetings.load(meetingsPath)) {
            out() << QCoreApplication::translate("Entente::Cli", "%1: %n meeting(s), all valid.", nullptr,
                                                 int(meetings.meetings().size())).arg(QFileInfo(meetingsPath).fileName())
                  << Qt::endl;
        } else {
            err() << meetings.errorString() << Qt::endl;
            problems += std::max(1, int(meetings.problems().size()));
        }
    } else {
        out() << QCoreApplication::translate("Entente::Cli", "%1: none; the corpus has no meetings.")
                     .arg(QFileInfo(meetingsPath).fileName()) << Qt::endl;
    }
    if (problems > 0) {
        err() << QCoreApplication::translate("Entente::Cli", "%n problem(s) found.", nullptr, problems) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Entente::Cli

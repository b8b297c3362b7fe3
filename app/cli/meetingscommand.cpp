#include "cli/cli.h"
#include "io/gazetteerreader.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "io/corpusloader.h"
#include "reference/gazetteer.h"
#include "io/meetingsloader.h"
#include "io/timelineexport.h"
#include "store/project.h"
#include "store/recordconversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace Entente::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::Cli", text);
}

} // namespace

int meetingsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the meetings the articles report, with their evidence."));
    parser.addPositionalArgument(QStringLiteral("source"),
                                 tr("A project file (its meetings, as edited) or a corpus directory (default: the bundled corpus)."),
                                 QStringLiteral("[PROJECT|DIR]"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), tr("Read the meetings of the corpus in <dir>."),
                                          QStringLiteral("dir"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: csv (default), json, or timelinejs (a CSV in TimelineJS's spreadsheet columns)."),
                                          QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption officialOption(QStringLiteral("official"), tr("Only meetings of the official with id <id>."),
                                            QStringLiteral("id"));
    parser.addOptions({corpusOption, formatOption, officialOption});
    if (const int rc = parseCommandLine(parser, QStringLiteral("meetings"), arguments, 0, 1000); rc >= 0)
        return rc;
    const QString format = parser.value(formatOption);
    if (format != u"csv" && format != u"json" && format != u"timelinejs") {
        err() << tr("entente meetings: unknown format '%1'; expected csv, json or timelinejs").arg(format) << Qt::endl;
        return 2;
    }

    QString dir = parser.value(corpusOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err() << tr("entente meetings: expected at most one project or corpus directory") << Qt::endl;
        return 2;
    }
    QString projectPath;
    if (!positional.isEmpty()) {
        if (!dir.isEmpty()) {
            err() << tr("entente meetings: give either a source or --corpus, not both") << Qt::endl;
            return 2;
        }
        if (QFileInfo(positional.constFirst()).isDir())
            dir = positional.constFirst();
        else
            projectPath = positional.constFirst();
    }
    if (dir.isEmpty() && projectPath.isEmpty())
        dir = CorpusLoader::bundledCorpusDirectory();

    // Names: the corpus's gazetteer, else (and for projects) the bundled one.
    QString officialsPath = dir.isEmpty() ? QString() : dir + u'/' + QLatin1StringView(Gazetteer::FileName);
    const bool corpusHasOfficials = !officialsPath.isEmpty() && QFileInfo::exists(officialsPath);
    if (!corpusHasOfficials)
        officialsPath = GazetteerReader::bundledPath();
    Gazetteer gazetteer;
    GazetteerReader gazetteerReader;
    if (!gazetteerReader.load(officialsPath, &gazetteer)) {
        err() << gazetteerReader.errorString() << Qt::endl;
        return 1;
    }
    QHash<QString, QString> names;
    QStringList ids;
    for (const Official &o : gazetteer.officials()) {
        ids.append(o.id);
        names.insert(o.id, o.name);
    }

    MeetingList meetings;
    if (!projectPath.isEmpty()) {
        Project project;
        if (!project.open(projectPath, Project::OpenMode::ReadOnly)) {
            err() << tr("entente meetings: %1: %2").arg(projectPath, project.errorString()) << Qt::endl;
            return 1;
        }
        meetings = RecordConversion::toMeetings(project.meetings());
    } else {
        CorpusLoader corpus;
        if (!corpus.load(dir)) {
            err() << corpus.errorString() << Qt::endl;
            return 1;
        }
        MeetingsLoader loader;
        loader.setArticles(corpus.articles());
        if (corpusHasOfficials)
            loader.setKnownOfficialIds(ids);
        if (!loader.load(MeetingsLoader::meetingsFile(dir))) {
            err() << loader.errorString() << Qt::endl;
            return 1;
        }
        meetings = loader.meetings();
    }
    if (parser.isSet(officialOption)) {
        const QString id = parser.value(officialOption);
        meetings.removeIf([&id](const Meeting &m) { return !m.involves(id); });
    }
    std::stable_sort(meetings.begin(), meetings.end(),
                     [](const Meeting &a, const Meeting &b) { return a.date < b.date; });

    QByteArray bytes;
    if (format == u"json")
        bytes = MeetingsLoader::toJsonDocument(meetings);
    else if (format == u"timelinejs")
        bytes = TimelineExport::toTimelineJsCsv(meetings, names);
    else
        bytes = TimelineExport::toMeetingsCsv(meetings);
    out() << QString::fromUtf8(bytes);
    return 0;
}

} // namespace Entente::Cli

#include "cli/cli.h"
#include "cli/commands.h"
#include "io/corpusloader.h"
#include "io/gazetteer.h"
#include "io/meetingsloader.h"
#include "io/timelineexport.h"

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
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("source"),
                                 tr("A corpus directory (default: the bundled corpus). Project files are not read yet."),
                                 QStringLiteral("[PROJECT|DIR]"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), tr("Read the meetings of the corpus in <dir>."),
                                          QStringLiteral("dir"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: csv (default), json, or timelinejs (a CSV in TimelineJS's spreadsheet columns)."),
                                          QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption officialOption(QStringLiteral("official"), tr("Only meetings of the official with id <id>."),
                                            QStringLiteral("id"));
    parser.addOptions({corpusOption, formatOption, officialOption});
    if (!parser.parse(QStringList{QStringLiteral("entente meetings")} + arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
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
    if (!positional.isEmpty()) {
        if (!dir.isEmpty()) {
            err() << tr("entente meetings: give either a source or --corpus, not both") << Qt::endl;
            return 2;
        }
        if (!QFileInfo(positional.constFirst()).isDir()) {
            err() << tr("entente meetings: %1: reading meetings from a project file is not available yet; "
                        "give a corpus directory or --corpus DIR")
                         .arg(positional.constFirst())
                  << Qt::endl;
            return 1;
        }
        dir = positional.constFirst();
    }
    if (dir.isEmpty())
        dir = CorpusLoader::bundledCorpusDirectory();

    CorpusLoader corpus;
    if (!corpus.load(dir)) {
        err() << corpus.errorString() << Qt::endl;
        return 1;
    }
    MeetingsLoader loader;
    loader.setArticles(corpus.articles());
    QHash<QString, QString> names;
    const QString officialsPath = dir + u'/' + QLatin1StringView(Gazetteer::FileName);
    if (QFileInfo::exists(officialsPath)) {
        Gazetteer gazetteer;
        if (!gazetteer.load(officialsPath)) {
            err() << gazetteer.errorString() << Qt::endl;
            return 1;
        }
        QStringList ids;
        for (const Official &o : gazetteer.officials()) {
            ids.append(o.id);
            names.insert(o.id, o.name);
        }
        loader.setKnownOfficialIds(ids);
    }
    if (!loader.load(MeetingsLoader::meetingsFile(dir))) {
        err() << loader.errorString() << Qt::endl;
        return 1;
    }
    MeetingList meetings = loader.meetings();
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

#include "cli/cli.h"
#include "io/gazetteerreader.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "io/corpusloader.h"
#include "io/corpusseeder.h"
#include "reference/datedstatements.h"
#include "io/csvwriter.h"
#include "reference/gazetteer.h"
#include "io/meetingsloader.h"
#include "models/statementsmodel.h"
#include "store/project.h"
#include "store/recordconversion.h"
#include "reference/gazetteerspeakerresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Entente::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::Cli", text);
}

QJsonObject toJson(const Statement &s, const SpeakerResolver &resolver)
{
    QJsonArray spans;
    for (const TextSpan &c : s.content)
        spans.append(QJsonArray{qint64(c.start), qint64(c.end)});
    QJsonObject o{
        {QStringLiteral("article"), s.articleId},
        {QStringLiteral("start"), qint64(s.start())},
        {QStringLiteral("end"), qint64(s.end())},
        {QStringLiteral("content"), spans},
        {QStringLiteral("evidence"), QJsonArray{qint64(s.evidence.start), qint64(s.evidence.end)}},
        {QStringLiteral("kind"), Statement::kindName(s.kind)},
        {QStringLiteral("speaker"), s.speakerId.isEmpty() ? QJsonValue() : QJsonValue(s.speakerId)},
        {QStringLiteral("speakerName"), s.speakerId.isEmpty() ? QJsonValue() : QJsonValue(resolver.displayName(s.speakerId))},
        {QStringLiteral("speakerText"), s.speakerText},
        {QStringLiteral("speakerCandidates"), QJsonArray::fromStringList(s.speakerCandidates)},
        {QStringLiteral("cue"), s.cue},
        {QStringLiteral("date"), s.date.isValid() ? QJsonValue(s.date.toString()) : QJsonValue()},
        {QStringLiteral("text"), s.text},
        {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
        {QStringLiteral("status"), Statement::statusName(s.status)},
    };
    return o;
}

} // namespace

int statementsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the statements of a project (or, when it has none yet, those found in its articles), "
           "or those found in a corpus: who said what, where, and when."));
    parser.addPositionalArgument(QStringLiteral("source"),
                                 tr("A project file or a corpus directory (default: the bundled corpus)."),
                                 QStringLiteral("[PROJECT|DIR]"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), tr("Find the statements of the corpus in <dir>."),
                                          QStringLiteral("dir"));
    const QCommandLineOption speakerOption(QStringLiteral("speaker"),
                                           tr("Only statements by the official with id <id> (repeatable)."),
                                           QStringLiteral("id"));
    const QCommandLineOption officeOption(QStringLiteral("office"),
                                          tr("Only statements by whoever held <office> when they spoke, "
                                             "e.g. \"President of Iraq\"."),
                                          QStringLiteral("office"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: csv (default) or json."),
                                          QStringLiteral("format"), QStringLiteral("csv"));
    parser.addOptions({corpusOption, speakerOption, officeOption, formatOption});
    if (const int rc = parseCommandLine(parser, QStringLiteral("statements"), arguments, 0, 1000); rc >= 0)
        return rc;
    const QString format = parser.value(formatOption);
    if (format != u"csv" && format != u"json") {
        err() << tr("entente statements: unknown format '%1'; expected csv or json").arg(format) << Qt::endl;
        return 2;
    }
    const QStringList speakers = parser.values(speakerOption);
    const QString office = parser.value(officeOption);
    if (!speakers.isEmpty() && !office.isEmpty()) {
        err() << tr("entente statements: give either --speaker or --office, not both") << Qt::endl;
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (!positional.isEmpty() && parser.isSet(corpusOption))) {
        err() << tr("entente statements: give one project or corpus directory, or --corpus DIR") << Qt::endl;
        return 2;
    }

    QString corpusDir = parser.value(corpusOption);
    QString projectPath;
    if (!positional.isEmpty()) {
        if (QFileInfo(positional.constFirst()).isDir())
            corpusDir = positional.constFirst();
        else
            projectPath = positional.constFirst();
    }
    if (corpusDir.isEmpty() && projectPath.isEmpty())
        corpusDir = CorpusLoader::bundledCorpusDirectory();

    // Officials: the corpus's gazetteer, else the bundled one.
    Gazetteer gazetteer;
    QString gazetteerPath = corpusDir.isEmpty() ? GazetteerReader::bundledPath()
                                                : QDir(corpusDir).filePath(QString::fromLatin1(Gazetteer::FileName));
    if (!QFileInfo::exists(gazetteerPath))
        gazetteerPath = GazetteerReader::bundledPath();
    GazetteerReader gazetteerReader;
    if (!gazetteerReader.load(gazetteerPath, &gazetteer)) {
        err() << gazetteerReader.errorString() << Qt::endl;
        return 1;
    }
    const GazetteerSpeakerResolver resolver(gazetteer);

    StatementList statements;
    if (!projectPath.isEmpty()) {
        Project project;
        if (!project.open(projectPath, Project::OpenMode::ReadOnly)) {
            err() << tr("entente statements: %1: %2").arg(projectPath, project.errorString()) << Qt::endl;
            return 1;
        }
        const QList<StatementRecord> records = project.statements();
        for (const StatementRecord &r : records)
            statements.append(RecordConversion::toStatement(r));
        // A project without stored statements gets them the way a seeded project does.
        if (records.isEmpty())
            statements = DatedStatements::extract(project.articlesWithText(), gazetteer,
                                                  RecordConversion::toMeetings(project.meetings()));
    } else {
        CorpusLoader corpus;
        if (!corpus.load(corpusDir)) {
            err() << corpus.errorString() << Qt::endl;
            return 1;
        }
        // As in a project seeded from this corpus (CorpusSeeder): statements take their
        // meeting's date where the article leaves no doubt.
        MeetingList meetings;
        Gazetteer corpusGazetteer;
        QString error;
        if (!CorpusSeeder::loadReference(corpusDir, corpus.articles(), &corpusGazetteer, &meetings, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        statements = DatedStatements::extract(corpus.articles(), gazetteer, meetings);
    }

    StatementList selected;
    for (const Statement &s : std::as_const(statements)) {
        QStringList who = s.speakerCandidates;
        if (!s.speakerId.isEmpty())
            who = {s.speakerId};
        if (!speakers.isEmpty()
            && std::none_of(who.cbegin(), who.cend(), [&](const QString &id) { return speakers.contains(id); }))
            continue;
        if (!office.isEmpty()) {
            if (!s.date.isValid())
                continue;
            const QStringList holders = resolver.holdersOfTitle(office, s.date.earliest(), s.date.latest());
            if (std::none_of(who.cbegin(), who.cend(), [&](const QString &id) { return holders.contains(id); }))
                continue;
        }
        selected.append(s);
    }

    if (format == u"json") {
        QJsonArray list;
        for (const Statement &s : std::as_const(selected))
            list.append(toJson(s, resolver));
        const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("entente-statements")},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("statements"), list}};
        out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return 0;
    }
    CsvWriter csv;
    out() << csv.formatRow({QStringLiteral("article"), QStringLiteral("start"), QStringLiteral("end"),
                            QStringLiteral("kind"), QStringLiteral("speaker_id"), QStringLiteral("speaker"),
                            QStringLiteral("speaker_text"), QStringLiteral("speaker_candidates"),
                            QStringLiteral("cue"), QStringLiteral("date"), QStringLiteral("text"),
                            QStringLiteral("tags"), QStringLiteral("status")});
    for (const Statement &s : std::as_const(selected)) {
        out() << csv.formatRow({s.articleId, QString::number(s.start()), QString::number(s.end()),
                                Statement::kindName(s.kind), s.speakerId,
                                s.speakerId.isEmpty() ? QString() : resolver.displayName(s.speakerId),
                                s.speakerText, s.speakerCandidates.join(u';'), s.cue,
                                s.date.isValid() ? s.date.toString() : QString(), s.text, s.tags.join(u';'),
                                Statement::statusName(s.status)});
    }
    return 0;
}

} // namespace Entente::Cli

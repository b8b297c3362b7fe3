#include "cli/cli.h"
#include "io/gazetteerreader.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "io/corpusloader.h"
#include "io/csvwriter.h"
#include "reference/gazetteer.h"
#include "io/officialsedits.h"
#include "store/project.h"
#include "reference/mentionindex.h"
#include "reference/officialsmatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Entente::Cli {

int mentionsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Entente::Cli", "Print every mention of an official in a corpus, or in a project's articles with the project's "
                        "own officials edits applied: article id, official id, matched text, "
                        "start and end (code points, half-open), resolved or ambiguous. An ambiguous mention "
                        "lists its candidate officials separated by '|'."));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"),
                                          QCoreApplication::translate("Entente::Cli", "Corpus directory (default: the bundled corpus)."),
                                          QStringLiteral("dir"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QCoreApplication::translate("Entente::Cli", "Output format: csv (default) or json."),
                                          QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption officialsOption(QStringLiteral("officials"),
                                             QCoreApplication::translate("Entente::Cli", "Gazetteer file (default: officials.json in the corpus; the bundled one for a project)."),
                                             QStringLiteral("file"));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("Entente::Cli", "A project file (instead of --corpus): its articles, "
                                                                             "the bundled gazetteer and the project's officials edits."),
                                 QStringLiteral("[project]"));
    parser.addOption(corpusOption);
    parser.addOption(formatOption);
    parser.addOption(officialsOption);
    if (const int rc = parseCommandLine(parser, QStringLiteral("mentions"), arguments, 0, 1); rc >= 0)
        return rc;
    const bool fromProject = !parser.positionalArguments().isEmpty();
    if (fromProject && parser.isSet(corpusOption)) {
        err() << QCoreApplication::translate("Entente::Cli", "entente mentions: give either a project or --corpus, not both")
              << Qt::endl;
        return 2;
    }
    const QString format = parser.value(formatOption);
    if (format != QStringLiteral("csv") && format != QStringLiteral("json")) {
        err() << QCoreApplication::translate("Entente::Cli", "entente mentions: unknown format '%1'; expected csv or json")
                     .arg(format)
              << Qt::endl;
        return 2;
    }
    ArticleList articles;
    QList<OfficialsEditRecord> edits;
    QString officialsPath = parser.value(officialsOption);
    if (fromProject) {
        Project project;
        if (!project.open(parser.positionalArguments().constFirst(), Project::OpenMode::ReadOnly)) {
            err() << project.errorString() << Qt::endl;
            return 1;
        }
        articles = project.articles();
        edits = project.officialsEdits();
        if (officialsPath.isEmpty())
            officialsPath = GazetteerReader::bundledPath();
    } else {
        const QString dir = parser.isSet(corpusOption) ? parser.value(corpusOption) : CorpusLoader::bundledCorpusDirectory();
        CorpusLoader loader;
        if (!loader.load(dir)) {
            err() << loader.errorString() << Qt::endl;
            return 1;
        }
        articles = loader.articles();
        if (officialsPath.isEmpty())
            officialsPath = QDir(dir).filePath(QLatin1StringView(Gazetteer::FileName));
    }
    Gazetteer gazetteer;
    GazetteerReader gazetteerReader;
    if (!gazetteerReader.load(officialsPath, &gazetteer)) {
        err() << gazetteerReader.errorString() << Qt::endl;
        return 1;
    }
    QStringList editErrors;
    if (!OfficialsEdits::applyAll(edits, gazetteer, &editErrors)) {
        for (const QString &problem : std::as_const(editErrors))
            err() << QCoreApplication::translate("Entente::Cli", "entente mentions: warning: %1 (skipped)").arg(problem) << Qt::endl;
    }
    const OfficialsMatcher matcher(gazetteer);
    MentionIndex index;
    index.build(articles, matcher);

    const QString resolved = QStringLiteral("resolved");
    const QString ambiguous = QStringLiteral("ambiguous");
    if (format == QStringLiteral("json")) {
        QJsonArray rows;
        for (const MentionIndex::Hit &hit : index.allMentions()) {
            QJsonObject o;
            o.insert(QStringLiteral("article"), hit.articleId);
            o.insert(QStringLiteral("official"), hit.mention.ambiguous ? QJsonValue(QJsonValue::Null)
                                                                       : QJsonValue(hit.mention.officialId));
            o.insert(QStringLiteral("candidates"), QJsonArray::fromStringList(hit.mention.candidates));
            o.insert(QStringLiteral("text"), hit.mention.matched);
            o.insert(QStringLiteral("start"), qint64(hit.mention.start));
            o.insert(QStringLiteral("end"), qint64(hit.mention.end));
            o.insert(QStringLiteral("status"), hit.mention.ambiguous ? ambiguous : resolved);
            rows.append(o);
        }
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return 0;
    }
    CsvWriter csv;
    out() << csv.formatRow({QStringLiteral("article"), QStringLiteral("official"), QStringLiteral("text"),
                            QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("status")});
    for (const MentionIndex::Hit &hit : index.allMentions()) {
        const Mention &m = hit.mention;
        out() << csv.formatRow({hit.articleId, m.ambiguous ? m.candidates.join(u'|') : m.officialId, m.matched,
                                QString::number(m.start), QString::number(m.end), m.ambiguous ? ambiguous : resolved});
    }
    return 0;
}

} // namespace Entente::Cli

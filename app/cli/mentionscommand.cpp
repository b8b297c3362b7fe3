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
#include "reference/unknownofficialfinder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Entente::Cli {

int mentionsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Entente::Cli", "Print every mention of an official in a corpus, or in a project's articles with the project's "
                        "own officials edits applied: article id, official id, matched text, "
                        "start and end (code points, half-open), resolved or ambiguous, the confidence (0 to 1), the reason "
                        "(the evidence), and any Arabic-script proclitic glued before the name. An ambiguous mention "
                        "lists its candidate officials separated by '|'. With --unknown, people named with an office "
                        "title who are not in the gazetteer are listed too, with status 'unknown', an empty official, "
                        "the title and a country guessed from it."));
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
    const QCommandLineOption unknownOption(QStringLiteral("unknown"),
                                           QCoreApplication::translate("Entente::Cli", "Also list unknown officials: a name after an office title that is not in the gazetteer."));
    parser.addOption(corpusOption);
    parser.addOption(unknownOption);
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
        articles = project.articlesWithText();
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
    const QString unknown = QStringLiteral("unknown");
    const bool withUnknown = parser.isSet(unknownOption);
    // One row per mention; with --unknown, the unknown officials of an article follow its
    // mentions, in text order among themselves.
    struct Row
    {
        QString article;
        bool isMention = true;
        Mention mentionValue;
        UnknownOfficial unknownOfficial;
        const Mention *mention() const { return isMention ? &mentionValue : nullptr; }
    };
    QList<Row> rows;
    for (const Article &a : std::as_const(articles)) {
        const QList<Mention> mentions = index.mentionsIn(a.id);
        for (const Mention &m : mentions)
            rows.append({a.id, true, m, {}});
        if (withUnknown) {
            for (const UnknownOfficial &u : UnknownOfficialFinder::find(a.text, mentions))
                rows.append({a.id, false, {}, u});
        }
    }
    auto confidenceText = [](double c) { return QString::number(c, 'f', 2); };
    if (format == QStringLiteral("json")) {
        QJsonArray array;
        for (const Row &row : std::as_const(rows)) {
            QJsonObject o;
            o.insert(QStringLiteral("article"), row.article);
            if (const Mention *m = row.mention()) {
                o.insert(QStringLiteral("official"), m->ambiguous ? QJsonValue(QJsonValue::Null) : QJsonValue(m->officialId));
                o.insert(QStringLiteral("candidates"), QJsonArray::fromStringList(m->candidates));
                o.insert(QStringLiteral("text"), m->matched);
                o.insert(QStringLiteral("start"), qint64(m->start));
                o.insert(QStringLiteral("end"), qint64(m->end));
                o.insert(QStringLiteral("status"), m->ambiguous ? ambiguous : resolved);
                o.insert(QStringLiteral("kind"), m->ambiguous ? ambiguous : resolved);
                o.insert(QStringLiteral("confidence"), std::round(m->confidence * 100.0) / 100.0);
                o.insert(QStringLiteral("reason"), m->reason);
                o.insert(QStringLiteral("clitic"), m->clitic);
            } else {
                const UnknownOfficial &u = row.unknownOfficial;
                o.insert(QStringLiteral("official"), QJsonValue(QJsonValue::Null));
                o.insert(QStringLiteral("candidates"), QJsonArray());
                o.insert(QStringLiteral("text"), u.name);
                o.insert(QStringLiteral("start"), qint64(u.start));
                o.insert(QStringLiteral("end"), qint64(u.end));
                o.insert(QStringLiteral("status"), unknown);
                o.insert(QStringLiteral("kind"), unknown);
                o.insert(QStringLiteral("confidence"), 0.0);
                o.insert(QStringLiteral("reason"), QCoreApplication::translate("Entente::Cli", "office title before a name not in the gazetteer"));
                o.insert(QStringLiteral("clitic"), QString());
                o.insert(QStringLiteral("title"), u.title);
                o.insert(QStringLiteral("country"), u.country.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(u.country));
            }
            array.append(o);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    CsvWriter csv;
    QStringList header{QStringLiteral("article"), QStringLiteral("official"), QStringLiteral("text"), QStringLiteral("start"),
                       QStringLiteral("end"), QStringLiteral("status"), QStringLiteral("confidence"), QStringLiteral("reason"),
                       QStringLiteral("clitic")};
    if (withUnknown)
        header << QStringLiteral("title") << QStringLiteral("country");
    out() << csv.formatRow(header);
    for (const Row &row : std::as_const(rows)) {
        QStringList cols;
        if (const Mention *m = row.mention()) {
            cols = {row.article, m->ambiguous ? m->candidates.join(u'|') : m->officialId, m->matched, QString::number(m->start),
                    QString::number(m->end), m->ambiguous ? ambiguous : resolved, confidenceText(m->confidence), m->reason,
                    m->clitic};
            if (withUnknown)
                cols << QString() << QString();
        } else {
            const UnknownOfficial &u = row.unknownOfficial;
            cols = {row.article, QString(), u.name, QString::number(u.start), QString::number(u.end), unknown,
                    confidenceText(0.0), QCoreApplication::translate("Entente::Cli", "office title before a name not in the gazetteer"),
                    QString(), u.title, u.country};
        }
        out() << csv.formatRow(cols);
    }
    return 0;
}

} // namespace Entente::Cli

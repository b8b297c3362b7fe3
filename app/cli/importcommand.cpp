#include "cli/cli.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "io/bulkimport.h"
#include "store/project.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Entente::Cli {

int importCommand(const QStringList &arguments)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Entente::Cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Import articles into a project: web pages, feeds (RSS, Atom), spreadsheets (CSV, TSV), JSON Lines, "
        "DOCX, ODT, PDF, plain text, Markdown, and Nexis Uni or Factiva exports. Exact duplicates are left out, "
        "near-duplicates are imported as \"same story as\" the article they repeat. Exit status: 0 when every "
        "file was imported, 1 when some could not be (the others are), 2 on a usage error."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file (create one with: entente new PROJECT --empty)."));
    parser.addPositionalArgument(QStringLiteral("path"), tr("Files and folders to import."), QStringLiteral("PATH..."));
    const QCommandLineOption recursive({QStringLiteral("r"), QStringLiteral("recursive")}, tr("Import the sub-folders of folders too."));
    const QCommandLineOption source(QStringLiteral("source"), tr("The outlet of every article (instead of what the files say)."), QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("language"), tr("The language of every article, e.g. en, ar, fa (instead of the detected one)."), QStringLiteral("L"));
    const QCommandLineOption report(QStringLiteral("report"), tr("Print the report as FORMAT: text (the default) or json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({recursive, source, language, report});
    if (const int rc = parseCommandLine(parser, QStringLiteral("import"), arguments, 2, 1 << 30); rc >= 0)
        return rc;
    const QString format = parser.value(report);
    if (format != QLatin1StringView("text") && format != QLatin1StringView("json")) {
        err() << tr("entente import: --report must be text or json, not “%1”").arg(format) << Qt::endl;
        return 2;
    }
    const QString lang = parser.value(language).trimmed();
    static const QRegularExpression languageTag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (parser.isSet(language) && !languageTag.match(lang).hasMatch()) {
        err() << tr("entente import: --language must be a language tag such as en, ar or fa, not “%1”").arg(lang) << Qt::endl;
        return 2;
    }
    QStringList positional = parser.positionalArguments();
    const QString path = positional.takeFirst();
    Project project;
    if (!project.open(path)) {
        err() << tr("entente import: %1").arg(project.errorString()) << Qt::endl;
        return 1;
    }
    ImportSettings settings;
    settings.recursive = parser.isSet(recursive);
    settings.source = parser.value(source).trimmed();
    settings.language = lang.toLower();
    const ImportReport result = BulkImport::run(&project, positional, settings);
    if (format == QLatin1StringView("json"))
        out() << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
    else
        out() << result.toText() << Qt::endl;
    return result.failed.isEmpty() ? 0 : 1;
}

} // namespace Entente::Cli

#include "cli/cli.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "io/projectjson.h"

#include <QDir>

namespace Entente::Cli {

int importJsonCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Entente::Cli", "Create a project from a JSON document written by export-json."));
    parser.addPositionalArgument(QStringLiteral("in"), QCoreApplication::translate("Entente::Cli", "The JSON file, or - for standard input."));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("Entente::Cli", "The project file to create (must not exist)."));
    if (const int rc = parseCommandLine(parser, QStringLiteral("import-json"), arguments, 2, 2); rc >= 0)
        return rc;
    ProjectJson json;
    if (!json.importFile(parser.positionalArguments().at(0), parser.positionalArguments().at(1))) {
        err() << json.errorString() << Qt::endl;
        return 1;
    }
    out() << QCoreApplication::translate("Entente::Cli", "Created %1.").arg(QDir::toNativeSeparators(parser.positionalArguments().at(1))) << Qt::endl;
    return 0;
}

} // namespace Entente::Cli

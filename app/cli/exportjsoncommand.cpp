#include "cli/checkedread.h"
#include "cli/cli.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "io/projectjson.h"
#include "store/project.h"

namespace Entente::Cli {

int exportJsonCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Entente::Cli", "Write the whole project as one JSON document."));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("Entente::Cli", "The project file."));
    parser.addPositionalArgument(QStringLiteral("out"), QCoreApplication::translate("Entente::Cli", "The JSON file to write, or - for standard output."));
    if (const int rc = parseCommandLine(parser, QStringLiteral("export-json"), arguments, 2, 2); rc >= 0)
        return rc;
    Project project;
    CheckedRead checked;
    if (!checked.open(project, parser.positionalArguments().constFirst())) {
        err() << project.errorString() << Qt::endl;
        return 1;
    }
    ProjectJson json;
    out().flush();
    if (!json.exportFile(project, parser.positionalArguments().at(1), checked.gate())) {
        err() << json.errorString() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Entente::Cli

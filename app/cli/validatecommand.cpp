#include "cli/cli.h"
#include "cli/commands.h"
#include "io/corpusloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Entente::Cli {

int validateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Entente::Cli", "Check a corpus directory and report every problem."));
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
    return 0;
}

} // namespace Entente::Cli

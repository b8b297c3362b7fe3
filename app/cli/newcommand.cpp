#include "io/corpusseeder.h"
#include "cli/cli.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "io/corpusloader.h"
#include "store/project.h"

#include <QDir>

namespace Entente::Cli {

int newCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Entente::Cli", "Create a project file, seeded from a corpus (by default the bundled one)."));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("Entente::Cli", "The new project file (.entente)."));
    const QCommandLineOption corpus(QStringLiteral("corpus"), QCoreApplication::translate("Entente::Cli", "Import the articles of this corpus directory."),
                                    QStringLiteral("dir"));
    const QCommandLineOption empty(QStringLiteral("empty"), QCoreApplication::translate("Entente::Cli", "Create an empty project (no articles)."));
    parser.addOption(corpus);
    parser.addOption(empty);
    if (const int rc = parseCommandLine(parser, QStringLiteral("new"), arguments, 1, 1); rc >= 0)
        return rc;
    if (parser.isSet(corpus) && parser.isSet(empty)) {
        err() << QCoreApplication::translate("Entente::Cli", "entente new: --corpus and --empty exclude each other") << Qt::endl;
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (parser.isSet(empty)) {
        Project project;
        if (!project.create(path)) {
            err() << project.errorString() << Qt::endl;
            return 1;
        }
        out() << QCoreApplication::translate("Entente::Cli", "Created %1 (empty).").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return 0;
    }
    const QString dir = parser.isSet(corpus) ? parser.value(corpus) : CorpusLoader::bundledCorpusDirectory();
    QString error;
    if (!CorpusSeeder::createProject(path, dir, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    Project project;
    const int count = project.open(path, Project::OpenMode::ReadOnly) ? int(project.articles().size()) : 0;
    out() << QCoreApplication::translate("Entente::Cli", "Created %1 with %n article(s) from %2.", nullptr, count)
                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(dir))
          << Qt::endl;
    return 0;
}

} // namespace Entente::Cli

#include "cli/cli.h"

#include "cli/commands.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cstring>
#include <cstdio>

namespace Entente::Cli {

QList<Subcommand> subcommands()
{
    return {
        {"new", QT_TRANSLATE_NOOP("Entente::Cli", "Create a project file seeded from a corpus"), &newCommand},
        {"tag", QT_TRANSLATE_NOOP("Entente::Cli", "Tag a span of an article in a project and print the annotation id"), &tagCommand},
        {"tags", QT_TRANSLATE_NOOP("Entente::Cli", "List the annotations of a project"), &tagsCommand},
        {"export-csv", QT_TRANSLATE_NOOP("Entente::Cli", "Export a project's annotations as CSV"), &exportCsvCommand},
        {"export-json", QT_TRANSLATE_NOOP("Entente::Cli", "Write a whole project as one JSON document"), &exportJsonCommand},
        {"import", QT_TRANSLATE_NOOP("Entente::Cli", "Import articles from files and folders (web pages, feeds, spreadsheets, DOCX, ODT, PDF, text, news-database exports)"), &importCommand},
        {"import-json", QT_TRANSLATE_NOOP("Entente::Cli", "Create a project from an export-json document"), &importJsonCommand},
        {"mentions", QT_TRANSLATE_NOOP("Entente::Cli", "List every mention of an official in a project or corpus (CSV or JSON)"), &mentionsCommand},
        {"meetings", QT_TRANSLATE_NOOP("Entente::Cli", "List the meetings of a project or corpus (CSV, JSON or TimelineJS)"), &meetingsCommand},
        {"statements", QT_TRANSLATE_NOOP("Entente::Cli", "List who said what: the statements of a project or corpus (CSV or JSON)"), &statementsCommand},
        {"validate", QT_TRANSLATE_NOOP("Entente::Cli", "Check a corpus directory and report every problem"), &validateCommand},
    };
}

bool isSubcommand(const char *argument)
{
    if (!argument)
        return false;
    const QList<Subcommand> all = subcommands();
    return std::any_of(all.cbegin(), all.cend(),
                       [argument](const Subcommand &c) { return std::strcmp(c.name, argument) == 0; });
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("entente"));
    QCoreApplication::setOrganizationName(QStringLiteral("entente"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION_STRING));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const QString name = arguments.takeFirst();
    for (const Subcommand &c : subcommands()) {
        if (name == QLatin1StringView(c.name)) {
            const int rc = c.run(arguments);
            out().flush();
            err().flush();
            return rc;
        }
    }
    err() << QCoreApplication::translate("Entente::Cli", "entente: unknown command '%1'").arg(name) << Qt::endl;
    return 2;
}

} // namespace Entente::Cli

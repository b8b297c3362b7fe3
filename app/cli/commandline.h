#pragma once

#include "cli/cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Entente::Cli {

/**
 * Parses @p arguments of the subcommand @p name with @p parser (which already has its options
 * and positional arguments). Returns -1 to go on, else the exit code to return at once: 0 after
 * --help, 2 after a usage error (printed with the help text), as every subcommand should.
 */
inline int parseCommandLine(QCommandLineParser &parser, const QString &name, const QStringList &arguments,
                            int minPositional, int maxPositional)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("entente ") + name} + arguments)) {
        err() << parser.errorText() << Qt::endl << parser.helpText();
        return 2;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        return 0;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        err() << QCoreApplication::translate("Entente::Cli", "entente %1: wrong number of arguments").arg(name)
              << Qt::endl << parser.helpText();
        return 2;
    }
    return -1;
}

} // namespace Entente::Cli

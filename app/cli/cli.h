#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Entente::Cli {

/// A headless subcommand: `entente NAME ARGS...`. run() gets the arguments after NAME and
/// returns the process exit code (0 ok, 1 failure, 2 usage error).
struct Subcommand
{
    const char *name;
    const char *summary; ///< one line, translated in context "Entente::Cli"
    int (*run)(const QStringList &arguments);
};

/// Every subcommand, in the order `entente --help` lists them.
QList<Subcommand> subcommands();

/// True when @p argument names a subcommand.
bool isSubcommand(const char *argument);

/// Runs the subcommand named by argv[1] under a QCoreApplication (no display needed).
int run(int argc, char **argv);

/// Standard output and error streams (UTF-8) for subcommands.
QTextStream &out();
QTextStream &err();

} // namespace Entente::Cli

#pragma once

#include <QStringList>

// One function per headless subcommand; each lives in its own file under app/cli/ and is
// listed in the table in cli.cpp.
namespace Entente::Cli {

int validateCommand(const QStringList &arguments);
int statementsCommand(const QStringList &arguments);
int mentionsCommand(const QStringList &arguments);
int newCommand(const QStringList &arguments);
int tagCommand(const QStringList &arguments);
int tagsCommand(const QStringList &arguments);
int exportCsvCommand(const QStringList &arguments);
int exportJsonCommand(const QStringList &arguments);
int importJsonCommand(const QStringList &arguments);
int importCommand(const QStringList &arguments);
int meetingsCommand(const QStringList &arguments);

} // namespace Entente::Cli

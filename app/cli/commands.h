#pragma once

#include <QStringList>

// One function per headless subcommand; each lives in its own file under app/cli/ and is
// listed in the table in cli.cpp.
namespace Entente::Cli {

int validateCommand(const QStringList &arguments);

} // namespace Entente::Cli

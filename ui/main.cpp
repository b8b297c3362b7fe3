// entente: headless subcommands run without a display; anything else opens the window.
#include "application.h"
#include "cli/cli.h"

int main(int argc, char **argv)
{
    if (argc > 1 && Entente::Cli::isSubcommand(argv[1]))
        return Entente::Cli::run(argc, argv);
    return Entente::runGui(argc, argv);
}

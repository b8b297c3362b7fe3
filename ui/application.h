#pragma once

namespace Entente {

/// Parses the GUI command line (--corpus, --open, --screenshot, --palette, ...), opens the
/// main window and runs the event loop; or renders a screenshot and exits.
int runGui(int argc, char **argv);

} // namespace Entente

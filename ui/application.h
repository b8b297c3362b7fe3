#pragma once

#include <QIcon>
#include <QString>

namespace Entente {

/// Parses the GUI command line (--corpus, --open, --screenshot, --palette, ...), opens the
/// main window and runs the event loop; or renders a screenshot and exits.
int runGui(int argc, char **argv);

/// The window icon, rendered from resources/icons/entente.svg with QSvgRenderer (so it
/// needs no SVG image plugin at run time).
QIcon applicationIcon();

enum class ColorScheme { System, Light, Dark };

/// Switches the application palette: System restores the platform style and palette; Light
/// and Dark use the Fusion style with a matching palette. Reader panes follow (their
/// highlighting theme is picked from the palette).
void applyColorScheme(ColorScheme scheme);
ColorScheme currentColorScheme();
/// "system", "light", "dark"; unknown names give System.
ColorScheme colorSchemeFromName(const QString &name);
QString colorSchemeName(ColorScheme scheme);

} // namespace Entente

// Compiled against entente_text only, by the "layers/upward-include" test: text/ sits below
// store/, so this include must fail to build. If it ever compiles, the layers leak.
#include "store/project.h"

int ententeLayerProbe() { return 0; }

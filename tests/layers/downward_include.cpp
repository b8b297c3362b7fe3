// The control for upward_include.cpp: io/ links store/, so the same include builds here.
#include "store/project.h"

int ententeLayerProbe() { return Entente::Project::SchemaVersion; }

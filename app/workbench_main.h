// runWorkbench: the GUI entry point of the atelier executable (options, translators, theme, window).
#pragma once

namespace atelier {

// Runs the workbench window until it closes; returns the process exit code.
int runWorkbench(int argc, char **argv);

} // namespace atelier

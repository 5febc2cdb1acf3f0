// The headless command line of the atelier executable: `atelier project info DIR` and friends.
#pragma once

namespace atelier::cli {

// Whether argv asks for a command (or --version/--help) rather than the workbench window.
bool isCommand(int argc, char **argv);

// Runs the command: JSON on stdout, errors on stderr; 0 on success, 1 on failure, 2 on misuse.
int run(int argc, char **argv);

} // namespace atelier::cli

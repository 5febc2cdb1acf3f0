// TEMPORARY stub so the CLI builds; the shell engineer replaces this file.
#include "app/workbench_main.h"
namespace atelier { int runWorkbench(int, char **) { return 3; } }

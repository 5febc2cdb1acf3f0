// TEMPORARY stub so the CLI builds; the shell engineer replaces this file.
#pragma once
namespace atelier { int runWorkbench(int argc, char **argv); }

// The atelier executable: a command when argv names one, the workbench window otherwise.
#include "app/cli/command_line.h"
#include "app/workbench_main.h"

int main(int argc, char **argv)
{
    if (atelier::cli::isCommand(argc, argv))
        return atelier::cli::run(argc, argv);
    return atelier::runWorkbench(argc, argv);
}

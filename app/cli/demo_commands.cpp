// demo create: the demo project from the command line, with progress on stderr.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/project/demo_project.h"
#include "core/project/project.h"
#include "core/tasks/task_context.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

namespace atelier::cli {

int demoCreate(const QStringList &args)
{
    if (args.size() != 1) {
        printError(Cli::tr("expected one folder. Usage: atelier demo create DIR"));
        return Misuse;
    }
    TaskContext context([](std::int64_t done, std::int64_t total, const QString &) {
        if (done % 50 == 0 || done == total)
            std::fprintf(stderr, "\r%lld/%lld", static_cast<long long>(done), static_cast<long long>(total));
    });
    auto project = DemoProject::create(args.constFirst(), context);
    std::fputc('\n', stderr);
    if (!succeeded(project))
        return Failure;
    printJson({{QStringLiteral("folder"), (*project)->folder()},
               {QStringLiteral("dataset"), DemoProject::datasetName()},
               {QStringLiteral("images"), DemoProject::ImageCount}});
    return Success;
}

} // namespace atelier::cli

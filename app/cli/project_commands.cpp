// project init / info / check: make a project, describe it, and check its store.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/project/project.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace atelier::cli {

namespace {

// The one folder argument every project command takes; an error is printed when it is missing.
std::optional<QString> folderArgument(const QStringList &args, const char *usage)
{
    if (args.size() != 1) {
        printError(Cli::tr("expected one project folder. Usage: atelier %1").arg(QString::fromLatin1(usage)));
        return std::nullopt;
    }
    return args.constFirst();
}

} // namespace

int projectInit(const QStringList &args)
{
    const auto folder = folderArgument(args, "project init DIR");
    if (!folder)
        return Misuse;
    auto project = Project::create(*folder);
    if (!succeeded(project))
        return Failure;
    auto summary = (*project)->summary();
    printJson({{QStringLiteral("folder"), (*project)->folder()},
               {QStringLiteral("schema_version"), summary ? summary->schemaVersion : 0}});
    return Success;
}

int projectInfo(const QStringList &args)
{
    const auto folder = folderArgument(args, "project info DIR");
    if (!folder)
        return Misuse;
    auto project = Project::open(*folder);
    if (!succeeded(project))
        return Failure;
    auto summary = (*project)->summary();
    if (!succeeded(summary))
        return Failure;
    QJsonObject counts;
    for (const auto &[table, rows] : summary->counts)
        counts.insert(table, qint64(rows));
    printJson({{QStringLiteral("folder"), summary->folder},
               {QStringLiteral("name"), (*project)->name()},
               {QStringLiteral("schema_version"), summary->schemaVersion},
               {QStringLiteral("counts"), counts}});
    return Success;
}

int projectCheck(const QStringList &args)
{
    const auto folder = folderArgument(args, "project check DIR");
    if (!folder)
        return Misuse;
    auto project = Project::open(*folder);
    if (!succeeded(project))
        return Failure;
    auto problems = (*project)->check();
    if (!succeeded(problems))
        return Failure;
    printJson({{QStringLiteral("folder"), (*project)->folder()},
               {QStringLiteral("ok"), problems->isEmpty()},
               {QStringLiteral("problems"), QJsonArray::fromStringList(*problems)}});
    return problems->isEmpty() ? Success : Failure;
}

} // namespace atelier::cli

// model register/list/stage and lineage: the model registry and the lineage graph without a window.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/models/lineage_graph.h"
#include "core/models/model_catalog.h"
#include "core/models/model_registry.h"
#include "core/project/project.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace atelier::cli {

namespace {

constexpr const char *RegisterUsage =
    "model register DIR --name NAME (--run RUN --artifact PATH | --file PATH) [--description TEXT]";
constexpr const char *ListUsage = "model list DIR [--name NAME]";
constexpr const char *StageUsage =
    "model stage DIR --name NAME --version V --stage none|staging|production|archived [--archive-existing] "
    "[--comment TEXT]";
constexpr const char *LineageUsage = "lineage DIR --of KIND:ID [--direction up|down|both]";

// The project folder, then options with a value, and flags. Anything else is a usage error.
struct Arguments
{
    QString folder;
    QHash<QString, QString> options;
    QStringList flags;

    QString option(const char *name) const { return options.value(QString::fromLatin1(name)); }
    bool has(const char *name) const { return options.contains(QString::fromLatin1(name)); }
};

std::optional<Arguments> parse(const QStringList &args, const QStringList &valued, const QStringList &flags,
                               const char *usage)
{
    Arguments parsed;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (flags.contains(args[i])) {
            parsed.flags.append(args[i]);
        } else if (valued.contains(args[i]) && i + 1 < args.size()) {
            parsed.options.insert(args[i], args[i + 1]);
            ++i;
        } else if (args[i].startsWith(QLatin1String("--"))) {
            printError(Cli::tr("%1 is not an option here, or needs a value. Usage: atelier %2")
                           .arg(args[i], QString::fromUtf8(usage)));
            return std::nullopt;
        } else {
            positional.append(args[i]);
        }
    }
    if (positional.size() != 1) {
        printError(Cli::tr("Usage: atelier %1").arg(QString::fromUtf8(usage)));
        return std::nullopt;
    }
    parsed.folder = positional.constFirst();
    return parsed;
}

int usage(const char *synopsis)
{
    printError(Cli::tr("Usage: atelier %1").arg(QString::fromUtf8(synopsis)));
    return Misuse;
}

// An open project with its registry; nullopt (the error printed) when the folder is no project.
struct OpenRegistry
{
    std::unique_ptr<Project> project;
    std::unique_ptr<ModelRegistry> registry;
};

std::optional<OpenRegistry> openRegistry(const QString &folder)
{
    auto project = Project::open(folder);
    if (!succeeded(project))
        return std::nullopt;
    OpenRegistry open{std::move(*project), nullptr};
    open.registry = std::make_unique<ModelRegistry>(open.project->database(), open.project->blobs(),
                                                    open.project->audit());
    return open;
}

QJsonArray historyJson(const QList<StageChange> &history)
{
    QJsonArray list;
    for (const StageChange &change : history)
        list.append(QJsonObject{{QStringLiteral("stage"), modelStageName(change.stage)},
                                {QStringLiteral("at"), change.at},
                                {QStringLiteral("actor"), change.actor},
                                {QStringLiteral("comment"), change.comment}});
    return list;
}

} // namespace

int modelRegister(const QStringList &args)
{
    const QStringList valued = {QStringLiteral("--name"), QStringLiteral("--run"), QStringLiteral("--artifact"),
                                QStringLiteral("--file"), QStringLiteral("--description")};
    const auto parsed = parse(args, valued, {}, RegisterUsage);
    if (!parsed)
        return Misuse;
    const bool fromRun = parsed->has("--run") && parsed->has("--artifact") && !parsed->has("--file");
    const bool fromFile = parsed->has("--file") && !parsed->has("--run") && !parsed->has("--artifact");
    if (parsed->option("--name").isEmpty() || fromRun == fromFile)
        return usage(RegisterUsage);
    auto open = openRegistry(parsed->folder);
    if (!open)
        return Failure;
    ModelRegistry &registry = *open->registry;
    Result<ModelVersionRecord> version = fail(Error{});
    if (fromRun) {
        auto run = registry.catalog().findRun(parsed->option("--run"));
        if (!succeeded(run))
            return Failure;
        version = registry.registerFromRun(parsed->option("--name"), *run, parsed->option("--artifact"),
                                           parsed->option("--description"));
    } else {
        version = registry.registerLocal(parsed->option("--name"), parsed->option("--file"),
                                         parsed->option("--description"));
    }
    if (!succeeded(version))
        return Failure;
    printJson(version->toJson());
    return Success;
}

int modelList(const QStringList &args)
{
    const auto parsed = parse(args, {QStringLiteral("--name")}, {}, ListUsage);
    if (!parsed)
        return Misuse;
    auto open = openRegistry(parsed->folder);
    if (!open)
        return Failure;
    ModelCatalog &catalog = open->registry->catalog();
    QList<ModelRecord> models;
    if (parsed->has("--name")) {
        auto model = catalog.model(parsed->option("--name"));
        if (!succeeded(model))
            return Failure;
        models.append(*model);
    } else {
        auto all = catalog.models();
        if (!succeeded(all))
            return Failure;
        models = *all;
    }
    QJsonArray list;
    for (const ModelRecord &model : std::as_const(models)) {
        auto versions = catalog.versions({model.name, {}, false, {}});
        if (!succeeded(versions))
            return Failure;
        QJsonArray versionList;
        for (const ModelVersionRecord &version : std::as_const(*versions))
            versionList.append(version.toJson());
        QJsonObject json = model.toJson();
        json.insert(QStringLiteral("versions"), versionList);
        list.append(json);
    }
    printJson({{QStringLiteral("models"), list}});
    return Success;
}

int modelStage(const QStringList &args)
{
    const QStringList valued = {QStringLiteral("--name"), QStringLiteral("--version"), QStringLiteral("--stage"),
                                QStringLiteral("--comment")};
    const auto parsed = parse(args, valued, {QStringLiteral("--archive-existing")}, StageUsage);
    if (!parsed)
        return Misuse;
    bool numeric = false;
    const qlonglong number = parsed->option("--version").toLongLong(&numeric);
    if (parsed->option("--name").isEmpty() || !parsed->has("--stage"))
        return usage(StageUsage);
    if (!numeric || number < 1) {
        printError(Cli::tr("--version takes a version number (1, 2 ...), not \"%1\".").arg(parsed->option("--version")));
        return Misuse;
    }
    const std::optional<ModelStage> stage = modelStageFromName(parsed->option("--stage"));
    if (!stage) {
        printError(Cli::tr("\"%1\" is not a stage: give none, staging, production or archived.")
                       .arg(parsed->option("--stage")));
        return Misuse;
    }
    auto open = openRegistry(parsed->folder);
    if (!open)
        return Failure;
    auto version = open->registry->transitionStage(parsed->option("--name"), number, *stage,
                                                   parsed->flags.contains(QStringLiteral("--archive-existing")),
                                                   parsed->option("--comment"));
    if (!succeeded(version))
        return Failure;
    auto history = open->registry->catalog().stageHistory(version->modelName, version->version);
    if (!succeeded(history))
        return Failure;
    QJsonObject json = version->toJson();
    json.insert(QStringLiteral("history"), historyJson(*history));
    printJson(json);
    return Success;
}

int lineage(const QStringList &args)
{
    const auto parsed = parse(args, {QStringLiteral("--of"), QStringLiteral("--direction")}, {}, LineageUsage);
    if (!parsed)
        return Misuse;
    if (parsed->option("--of").isEmpty())
        return usage(LineageUsage);
    auto direction = LineageGraph::directionFromName(parsed->has("--direction") ? parsed->option("--direction")
                                                                                 : QStringLiteral("both"));
    if (!direction) {
        printError(direction.error());
        return Misuse;
    }
    auto project = Project::open(parsed->folder);
    if (!succeeded(project))
        return Failure;
    auto node = LineageGraph::resolve((*project)->database(), parsed->option("--of"));
    if (!succeeded(node))
        return Failure;
    auto graph = LineageGraph::load((*project)->database(), node->kind, node->rowId, *direction);
    if (!succeeded(graph))
        return Failure;
    printJson(graph->toJson());
    return Success;
}

} // namespace atelier::cli

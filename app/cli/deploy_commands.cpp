// deploy start/status/stop: model servers on compute targets, started, probed and stopped without a window.
#include "app/cli/commands.h"
#include "app/cli/deploy_session.h"
#include "app/cli/output.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <climits>
#include <optional>

namespace atelier::cli {

namespace {

using Parsed = DeployArguments;

int usage(const char *synopsis)
{
    return deployUsage(synopsis);
}

// The routes of `deploy start --split V:W ...`: the --version gets what the others leave of 100.
std::optional<QList<RouteWeight>> startRoutes(DeploySession &session, const Parsed &parsed, const ServedModel &primary)
{
    QList<RouteWeight> routes;
    int others = 0;
    for (const QString &text : parsed.options.value(QStringLiteral("--split"))) {
        const auto route = session.routeWeight(text, primary.modelName);
        if (!route)
            return std::nullopt;
        routes.append(*route);
        others += route->weight;
    }
    if (routes.isEmpty())
        return routes;
    if (others >= 100) {
        printError(Cli::tr("the --split weights add up to %1; they are shares of 100, and the --version gets what they "
                           "leave (\"--version 1 --split 2:10\" serves version 1 to 90 % of the requests, version 2 to "
                           "10 %).").arg(others));
        return std::nullopt;
    }
    routes.prepend({primary.modelVersionId, 100 - others});
    return routes;
}

std::optional<QStringList> commandTemplate(const Parsed &parsed)
{
    if (!parsed.command.isEmpty())
        return parsed.command;
    if (!parsed.has(QStringLiteral("--command")))
        return QStringList();
    const QJsonDocument document = QJsonDocument::fromJson(parsed.option(QStringLiteral("--command")).toUtf8());
    QStringList words;
    for (const QJsonValue &word : document.array()) {
        if (!word.isString())
            break;
        words.append(word.toString());
    }
    if (!document.isArray() || words.size() != document.array().size() || words.isEmpty()) {
        printError(Cli::tr("--command takes a JSON array of strings, such as '[\"python3\", \"serve.py\", \"--port\", "
                           "\"{port}\"]', or give the command after --."));
        return std::nullopt;
    }
    return words;
}

constexpr const char *StartUsage =
    "deploy start DIR --model NAME --version V --target T [--port P] [--name N] [--timeout S]\n"
    "                 [--split VERSION:WEIGHT]... [--command JSON_ARRAY | -- CMD ARGS...]";

} // namespace

int deployStart(const QStringList &args)
{
    const Parsed parsed = Parsed::parse(args, {QStringLiteral("--model"), QStringLiteral("--version"),
                                               QStringLiteral("--target"), QStringLiteral("--port"), QStringLiteral("--name"),
                                               QStringLiteral("--timeout"), QStringLiteral("--command"),
                                               QStringLiteral("--split")});
    if (!parsed.ok || parsed.positional.size() != 1 || parsed.option(QStringLiteral("--model")).isEmpty()
        || parsed.option(QStringLiteral("--version")).isEmpty() || parsed.option(QStringLiteral("--target")).isEmpty())
        return usage(StartUsage);
    const auto version = wholeNumber(parsed.option(QStringLiteral("--version")), QStringLiteral("--version"), INT_MAX);
    const auto timeout = parsed.has(QStringLiteral("--timeout"))
                             ? wholeNumber(parsed.option(QStringLiteral("--timeout")), QStringLiteral("--timeout"), INT_MAX)
                             : std::optional(60);
    std::optional<int> port;
    if (parsed.has(QStringLiteral("--port"))) {
        port = wholeNumber(parsed.option(QStringLiteral("--port")), QStringLiteral("--port"), 65535);
        if (!port)
            return Misuse;
    }
    const auto command = commandTemplate(parsed);
    if (!version || !timeout || !command)
        return Misuse;

    auto session = DeploySession::open(parsed.positional[0]);
    if (!session)
        return Failure;
    auto model = session->store.model(parsed.option(QStringLiteral("--model")), *version);
    if (!succeeded(model))
        return Failure;
    const auto routes = startRoutes(*session, parsed, *model);
    if (!routes)
        return Failure;
    DeploymentRequest request;
    request.name = parsed.option(QStringLiteral("--name"));
    request.modelVersionId = model->modelVersionId;
    request.target = parsed.option(QStringLiteral("--target"));
    request.port = port;
    request.command = *command;
    request.routes = *routes;
    bool launched = false;
    QObject::connect(&session->supervisor, &DeploymentSupervisor::actionFinished, &session->supervisor,
                     [&] { launched = true; });
    auto id = session->supervisor.deploy(request);
    if (!succeeded(id))
        return Failure;
    session->supervisor.start();
    // Until the server is ready or down (the state is read from the store, which rounds update);
    // with --timeout 0 only until its process was started.
    const bool settled = session->waitUntil(
        [&] {
            auto record = session->store.deployment(*id);
            return !record || record->state == DeploymentState::Ready || record->state == DeploymentState::Down
                   || (*timeout == 0 && launched);
        },
        *timeout == 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(qint64(*timeout) * 1000));
    const auto record = session->deployment(QString::number(*id));
    if (!record)
        return Failure;
    const QJsonObject json = session->json(*record);
    printJson(json);
    if (record->state == DeploymentState::Ready || (*timeout == 0 && record->state != DeploymentState::Down))
        return Success;
    if (settled)
        printError(Cli::tr("the deployment %1 is down: %2").arg(record->name, json.value(QStringLiteral("reason")).toString()));
    else
        printError(Cli::tr("the deployment %1 is still %2 after %3 s; its server goes on starting. \"atelier deploy "
                           "status\" follows it.")
                       .arg(record->name, deploymentStateName(record->state))
                       .arg(*timeout));
    return Failure;
}

int deployStatus(const QStringList &args)
{
    const Parsed parsed = Parsed::parse(args, {});
    if (!parsed.ok || parsed.positional.size() != 2)
        return usage("deploy status DIR DEPLOYMENT");
    auto session = DeploySession::open(parsed.positional[0]);
    if (!session)
        return Failure;
    const auto before = session->deployment(parsed.positional[1]);
    if (!before)
        return Failure;
    if (before->state != DeploymentState::Stopped) {
        // One probe round: the state printed is the server's now, not the last one recorded.
        bool probed = false;
        QObject::connect(&session->supervisor, &DeploymentSupervisor::probed, &session->supervisor,
                         [&](std::int64_t deploymentId) { probed = probed || deploymentId == before->id; });
        session->supervisor.start();
        session->waitUntil([&] { return probed; }, QDeadlineTimer(15000));
    }
    const auto record = session->deployment(QString::number(before->id));
    if (!record)
        return Failure;
    printJson(session->json(*record));
    return Success;
}

int deployStop(const QStringList &args)
{
    const Parsed parsed = Parsed::parse(args, {QStringLiteral("--grace")});
    if (!parsed.ok || parsed.positional.size() != 2)
        return usage("deploy stop DIR DEPLOYMENT [--grace S]");
    auto session = DeploySession::open(parsed.positional[0]);
    if (!session)
        return Failure;
    if (parsed.has(QStringLiteral("--grace"))) {
        const auto seconds = wholeNumber(parsed.option(QStringLiteral("--grace")), QStringLiteral("--grace"), 3600);
        if (!seconds)
            return Misuse;
        session->supervisor.setStopGrace(*seconds * 1000);
    }
    const auto before = session->deployment(parsed.positional[1]);
    if (!before)
        return Failure;
    std::optional<QString> failure;
    bool finished = false;
    QObject::connect(&session->supervisor, &DeploymentSupervisor::actionFinished, &session->supervisor,
                     [&](std::int64_t deploymentId, const QString &, bool succeededNow, const QString &message) {
                         if (deploymentId != before->id)
                             return;
                         finished = true;
                         if (!succeededNow)
                             failure = message;
                     });
    if (!succeeded(session->supervisor.stopDeployment(before->id)))
        return Failure;
    session->waitUntil([&] { return finished; }, QDeadlineTimer::Forever);
    const auto record = session->deployment(QString::number(before->id));
    if (!record)
        return Failure;
    printJson(session->json(*record));
    if (failure) {
        printError(Cli::tr("could not stop the deployment %1: %2").arg(record->name, *failure));
        return Failure;
    }
    return Success;
}

} // namespace atelier::cli

// deploy split and deploy gateway: a traffic split between model versions, and the gateway process that serves it.
#include "app/cli/commands.h"
#include "app/cli/deploy_session.h"
#include "app/cli/output.h"
#include "core/serving/gateway_service.h"

#include <QCoreApplication>

#include <climits>
#include <cstdio>

namespace atelier::cli {

int deploySplit(const QStringList &args)
{
    const auto parsed = DeployArguments::parse(args, {QStringLiteral("--timeout")});
    if (!parsed.ok || parsed.positional.size() < 3)
        return deployUsage("deploy split DIR DEPLOYMENT VERSION:WEIGHT [VERSION:WEIGHT]... [--timeout S]");
    const auto timeout = parsed.has(QStringLiteral("--timeout"))
                             ? wholeNumber(parsed.option(QStringLiteral("--timeout")), QStringLiteral("--timeout"), INT_MAX)
                             : std::optional(60);
    if (!timeout)
        return Misuse;
    auto session = DeploySession::open(parsed.positional[0]);
    if (!session)
        return Failure;
    const auto before = session->deployment(parsed.positional[1]);
    if (!before)
        return Failure;
    QList<RouteWeight> routes;
    for (const QString &text : parsed.positional.mid(2)) {
        const auto route = session->routeWeight(text, before->modelName);
        if (!route)
            return Failure;
        routes.append(*route);
    }
    std::optional<QString> failure;
    bool finished = false;
    bool probedSince = false;
    QObject::connect(&session->supervisor, &DeploymentSupervisor::actionFinished, &session->supervisor,
                     [&](std::int64_t id, const QString &action, bool done, const QString &message) {
                         if (id != before->id || action != DeploymentEventKind::Split)
                             return;
                         finished = true;
                         if (!done)
                             failure = message;
                     });
    QObject::connect(&session->supervisor, &DeploymentSupervisor::probed, &session->supervisor,
                     [&](std::int64_t id) { probedSince = probedSince || (finished && id == before->id); });
    if (!succeeded(session->supervisor.setSplit(before->id, routes)))
        return Failure;
    session->supervisor.start();
    // Until the servers of the new split are ready (or down), as `deploy start` waits.
    auto settledState = [&] {
        auto record = session->store.deployment(before->id);
        return !record || record->state == DeploymentState::Ready || record->state == DeploymentState::Down
               || record->state == DeploymentState::Stopped;
    };
    const bool settled = session->waitUntil(
        [&] { return failure || (finished && (before->state == DeploymentState::Stopped || (probedSince && settledState()))); },
        *timeout == 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(qint64(*timeout) * 1000));
    const auto record = session->deployment(QString::number(before->id));
    if (!record)
        return Failure;
    printJson(session->json(*record));
    if (failure) {
        printError(Cli::tr("could not change the traffic split of %1: %2").arg(record->name, *failure));
        return Failure;
    }
    if (record->state == DeploymentState::Ready || record->state == DeploymentState::Stopped)
        return Success;
    printError(settled ? Cli::tr("the deployment %1 is %2 with the new split: %3")
                             .arg(record->name, deploymentStateName(record->state),
                                  session->supervisor.status(record->id).value_or(DeploymentStatus{}).reason)
                       : Cli::tr("the deployment %1 is still %2 after %3 s; its servers go on starting. \"atelier "
                                 "deploy status\" follows them.")
                             .arg(record->name, deploymentStateName(record->state))
                             .arg(*timeout));
    return Failure;
}

int deployGateway(const QStringList &args)
{
    const auto parsed = DeployArguments::parse(
        args, {QStringLiteral("--port"), QStringLiteral("--control-port"), QStringLiteral("--routes")});
    if (!parsed.ok || !parsed.positional.isEmpty() || !parsed.has(QStringLiteral("--port"))
        || !parsed.has(QStringLiteral("--control-port")) || !parsed.has(QStringLiteral("--routes")))
        return deployUsage("deploy gateway --port P --control-port C --routes JSON");
    const auto port = wholeNumber(parsed.option(QStringLiteral("--port")), QStringLiteral("--port"), 65535);
    const auto control = wholeNumber(parsed.option(QStringLiteral("--control-port")), QStringLiteral("--control-port"), 65535);
    if (!port || !control)
        return Misuse;
    const auto routes = GatewayService::routesFromJson(parsed.option(QStringLiteral("--routes")).toUtf8());
    if (!succeeded(routes))
        return Misuse;
    GatewayService service;
    if (!succeeded(service.start(*routes, quint16(*port), quint16(*control))))
        return Failure;
    // A line for the job's log; SIGTERM (a stop of the deployment) ends the process.
    std::printf("%s\n", qPrintable(Cli::tr("traffic gateway on 127.0.0.1:%1 (control on 127.0.0.1:%2) for %n route(s)",
                                           "", int(routes->size()))
                                       .arg(*port)
                                       .arg(*control)));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace atelier::cli

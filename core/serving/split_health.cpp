// SplitHealth: the rules that combine a split's server states into the deployment's, each with the reason a user reads.
#include "core/serving/split_health.h"

#include <QStringList>

#include <algorithm>

namespace atelier {

namespace {

bool broken(DeploymentState state)
{
    return state == DeploymentState::Down || state == DeploymentState::Degraded;
}

bool starting(DeploymentState state)
{
    return state == DeploymentState::Starting || state == DeploymentState::Loading;
}

// "dominant-colour v2 is down: the server process was killed ..."; several joined by "; ".
QString describe(const QList<ServerHealth> &servers)
{
    QStringList parts;
    for (const ServerHealth &server : servers)
        parts.append(SplitHealth::tr("%1 is %2: %3").arg(server.name, deploymentStateName(server.state), server.reason));
    return parts.join(QStringLiteral("; "));
}

QList<ServerHealth> select(const QList<ServerHealth> &routes, bool (*wanted)(DeploymentState))
{
    QList<ServerHealth> chosen;
    std::copy_if(routes.cbegin(), routes.cend(), std::back_inserter(chosen),
                 [&](const ServerHealth &route) { return wanted(route.state); });
    return chosen;
}

} // namespace

CombinedHealth SplitHealth::combine(const std::optional<ServerHealth> &gateway, const QList<ServerHealth> &routes)
{
    if (!gateway && routes.size() == 1)
        return {routes.constFirst().state, routes.constFirst().reason};
    if (gateway && gateway->state == DeploymentState::Down)
        return {DeploymentState::Down, tr("the traffic gateway is down: %1").arg(gateway->reason)};
    QList<ServerHealth> taking;
    std::copy_if(routes.cbegin(), routes.cend(), std::back_inserter(taking),
                 [](const ServerHealth &route) { return route.weight > 0; });
    if (!taking.isEmpty() && std::all_of(taking.cbegin(), taking.cend(), [](const ServerHealth &route) {
            return route.state == DeploymentState::Down;
        }))
        return {DeploymentState::Down, tr("every version that takes traffic is down: %1").arg(describe(taking))};
    if (gateway && gateway->state == DeploymentState::Degraded)
        return {DeploymentState::Degraded, tr("the traffic gateway is degraded: %1").arg(gateway->reason)};
    if (const QList<ServerHealth> failing = select(routes, broken); !failing.isEmpty())
        return {DeploymentState::Degraded, describe(failing)};
    if (gateway && starting(gateway->state))
        return {DeploymentState::Starting, tr("the traffic gateway is starting: %1").arg(gateway->reason)};
    const QList<ServerHealth> waiting = select(routes, starting);
    if (!waiting.isEmpty()) {
        const bool anyStarting = std::any_of(waiting.cbegin(), waiting.cend(), [](const ServerHealth &route) {
            return route.state == DeploymentState::Starting;
        });
        return {anyStarting ? DeploymentState::Starting : DeploymentState::Loading, describe(waiting)};
    }
    return {DeploymentState::Ready, tr("ready: the gateway and every version of the split answer")};
}

} // namespace atelier

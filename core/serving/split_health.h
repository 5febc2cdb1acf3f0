// SplitHealth: the state of a deployment from the states of its servers, the routes' and a traffic split's gateway.
#pragma once

#include "core/serving/deployment_health.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

// What the probes of one server of a deployment concluded.
struct ServerHealth
{
    QString name;   // "dominant-colour v2"; the gateway's is not shown
    int weight = 0; // a route's share of the traffic; 0 takes none
    DeploymentState state = DeploymentState::Starting;
    QString reason;
};

struct CombinedHealth
{
    DeploymentState state = DeploymentState::Starting;
    QString reason;

    friend bool operator==(const CombinedHealth &, const CombinedHealth &) = default;
};

// A deployment of one version is its server. A split is what its clients get through the gateway,
// so, in this order: down when the gateway is down or every version that takes traffic is down;
// degraded when the gateway or any version is degraded or down (some requests fail, or one
// version serves more than its share); starting while the gateway or a version starts, loading
// while a version loads its model; ready only when the gateway and every version are ready.
class SplitHealth
{
    Q_DECLARE_TR_FUNCTIONS(SplitHealth)

public:
    static CombinedHealth combine(const std::optional<ServerHealth> &gateway, const QList<ServerHealth> &routes);
};

} // namespace atelier

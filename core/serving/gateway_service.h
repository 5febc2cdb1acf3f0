// GatewayService: a split deployment's traffic gateway as a process of its own, with a control endpoint for Atelier.
#pragma once

#include "core/result.h"
#include "core/serving/traffic_gateway.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTcpServer;

namespace atelier {

// One version behind the gateway. `key` (a model version's row id) labels its series in /metrics;
// `name` ("dominant-colour v2") is what clients see in X-Atelier-Upstream.
struct GatewayRoute
{
    QString key;
    QString name;
    QString url;
    int weight = 0;

    friend bool operator==(const GatewayRoute &, const GatewayRoute &) = default;
};

// The model servers of a traffic split outlive the workbench and the command line that started
// them, so their gateway must too: DeploymentSupervisor starts it as a job (`atelier deploy
// gateway`), like the servers, and this class is that process. It runs a TrafficGateway on the
// deployment's port and answers Atelier on a second port, 127.0.0.1 only:
//   GET  /v2/health/live, /v2/health/ready   200 while the gateway listens (the supervisor's probes)
//   GET  /metrics                            Prometheus text: per route (label route=KEY) the
//        atelier_gateway_requests_total and _errors_total counters, the
//        atelier_gateway_request_duration_seconds histogram and atelier_gateway_route_weight
//   GET  /routes                             {"routes": [{"key", "name", "url", "weight"}]}
//   POST /routes   [{"key", "weight"}, ...]  new weights for the same routes, without dropping a
//                                            request (a different set of routes is a new gateway)
class GatewayService : public QObject
{
    Q_OBJECT

public:
    explicit GatewayService(QObject *parent = nullptr);
    ~GatewayService() override;

    // [{"key", "name", "url", "weight"}, ...]: at least one route, keys unique.
    [[nodiscard]] static Result<QList<GatewayRoute>> routesFromJson(const QByteArray &json);
    static QByteArray routesToJson(const QList<GatewayRoute> &routes);

    // A port of 0 is any free one.
    [[nodiscard]] Status start(const QList<GatewayRoute> &routes, quint16 port, quint16 controlPort);

    QList<GatewayRoute> routes() const { return m_routes; }
    // Where it listens (what start() chose for a port of 0).
    quint16 port() const { return m_gateway ? m_gateway->port() : 0; }
    quint16 controlPort() const { return m_controlPort; }
    // Weights by key; every route of the gateway once, nothing else.
    [[nodiscard]] Status setWeights(const QList<std::pair<QString, int>> &weights);

    // The /metrics text for `routes` and the gateway's statistics of them (same order).
    static QByteArray metricsText(const QList<GatewayRoute> &routes, const QList<UpstreamStatistics> &statistics);

private:
    class ControlServer;
    std::unique_ptr<TrafficGateway> m_gateway;
    ControlServer *m_control = nullptr; // a child
    quint16 m_controlPort = 0;
    QList<GatewayRoute> m_routes;
};

} // namespace atelier

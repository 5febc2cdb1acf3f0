// DeploymentSupervisor's inner types: what it keeps per deployment and per server, shared by its source files.
#pragma once

#include "core/compute/compute_target.h"
#include "core/compute/job_spec.h"
#include "core/serving/deployment_health.h"
#include "core/serving/deployment_metrics.h"
#include "core/serving/deployment_store.h"
#include "core/serving/deployment_supervisor.h"
#include "core/serving/http_probe.h"
#include "core/serving/prometheus_text.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace atelier {

// One server process of a deployment: the model server of a route, or a split's gateway.
struct DeploymentSupervisor::Server
{
    std::int64_t modelVersionId = 0; // 0: the gateway
    std::int64_t jobId = 0;
    QString baseUrl;                 // where its probes go (the gateway's control endpoint)
    QString modelUrl;                // baseUrl/v2/models/NAME; empty for the gateway
    DeploymentHealth health;
    DeploymentMetrics metrics;       // of its own /metrics (the gateway's: all routes together)
    std::shared_ptr<HttpProbe> http = std::make_shared<HttpProbe>();
    RouteStatus status;

    bool isGateway() const { return modelVersionId == 0; }
};

struct DeploymentSupervisor::Watch
{
    DeploymentRecord record;
    DeploymentStatus status;
    QList<Server> servers;           // the routes' (heaviest first), then a split's gateway
    // Per route, from the gateway's /metrics: what the clients of that version saw.
    QHash<std::int64_t, DeploymentMetrics> routeTraffic;
    bool probing = false;
    bool busy = false;               // a start, stop, restart, rollout or split change is under way
    qint64 lastScrapeMs = 0;
    QList<double> probeLatencies;    // of the route servers, since the last samples
    QSet<QString> problems;          // recorded as events since the state last changed
};

// What a probe round of one server needs, copied to the worker.
struct DeploymentSupervisor::Round
{
    std::shared_ptr<ComputeTarget> target;
    std::optional<JobHandle> handle; // none while no process is recorded
    std::shared_ptr<HttpProbe> http;
    std::int64_t jobId = 0;
    QString baseUrl;
    QString modelUrl;                // empty: no model to ask (the gateway)
    bool scrape = false;
    bool neverStarted = false;       // the job ended without a process: nothing to ask
};

struct DeploymentSupervisor::RoundResult
{
    std::int64_t jobId = 0;
    qint64 atMs = 0;
    ProcessSeen process = ProcessSeen::NotStarted;
    std::optional<int> exitCode;
    QString lastError;
    QString targetProblem;
    ProbeOutcome live, ready, modelReady;
    double liveMs = 0;
    bool scrapeRound = false;                     // the round was to scrape (every server's is)
    std::optional<Result<PrometheusText>> scrape; // when this server was scraped
};

// One server process to start: a route's model server, or the gateway (modelVersionId 0).
struct DeploymentSupervisor::Launch
{
    std::int64_t modelVersionId = 0;
    ServedModel model;
    int port = 0;
    int controlPort = 0; // the gateway's
    QString folder;      // where it runs
    JobSpec spec;
    std::int64_t jobId = 0;
};

// The series of a split gateway's /metrics (GatewayService).
inline MetricNames gatewayMetricNames(const QString &route = {})
{
    return {QStringLiteral("atelier_gateway_requests_total"), QStringLiteral("atelier_gateway_errors_total"),
            QStringLiteral("atelier_gateway_request_duration_seconds"), QStringLiteral("route"), route};
}

} // namespace atelier

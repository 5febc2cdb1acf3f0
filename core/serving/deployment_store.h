// DeploymentStore: deployments, their events and metric samples (deployment, deployment_route, deployment_event, deployment_sample).
#pragma once

#include "core/result.h"
#include "core/serving/deployment_health.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>

namespace atelier {

class AuditLog;
class Database;
class Statement;

// A model version as a deployment serves it: its file (or folder manifest) in blobs/.
struct ServedModel
{
    std::int64_t modelVersionId = 0;
    QString modelName;
    std::int64_t version = 0;
    QString sha256;
    std::int64_t size = 0;
    QString sourcePath;  // where it was registered from; its suffix names the served file
    bool folder = false; // an MLflow model folder, kept as a manifest blob
};

// A version a deployment serves and its share of the traffic: weight / the sum of the weights.
struct RouteWeight
{
    std::int64_t modelVersionId = 0;
    int weight = 0;

    friend bool operator==(const RouteWeight &, const RouteWeight &) = default;
};

// A deployment_route row: one model version of a deployment, with the server that serves it.
struct DeploymentRoute
{
    std::int64_t modelVersionId = 0;
    QString modelName;
    std::int64_t modelVersion = 0;
    int weight = 0;
    std::optional<int> port;           // the route server's port (the deployment's when not split)
    std::optional<std::int64_t> jobId; // the route server's job now (or last) running
};

struct DeploymentRecord
{
    std::int64_t id = 0;
    QString name;
    std::int64_t modelVersionId = 0;
    QString modelName;
    std::int64_t modelVersion = 0;
    std::int64_t targetId = 0;
    QString targetName;
    QString targetKind;
    DeploymentState state = DeploymentState::Starting;
    QStringList command;               // the serve command template ({model_path}, {port}, {name})
    std::optional<int> port;
    std::optional<std::int64_t> jobId; // the job of the server process now (or last) running; a split's gateway
    QJsonObject config;                // {"gpus": N, "metrics": {...}, "gateway_control_port": P}
    QString createdAt;                 // ISO 8601 UTC
    QString updatedAt;
    // Highest weight first. One route: the deployment's own server on its port. Two or more (a
    // traffic split): one server per route on ports of their own, and a gateway on the
    // deployment's port that shares the requests among them by weight.
    QList<DeploymentRoute> routes;

    bool isSplit() const { return routes.size() > 1; }
    // Where the split's gateway answers its health probes and /metrics.
    std::optional<int> gatewayControlPort() const;
};

// The kinds of deployment_event rows.
namespace DeploymentEventKind {
inline const QString Start = QStringLiteral("start");     // created, server started
inline const QString State = QStringLiteral("state");     // a health state change
inline const QString Restart = QStringLiteral("restart");
inline const QString Rollout = QStringLiteral("rollout"); // another model version
inline const QString Probe = QStringLiteral("probe");     // a probe or scrape problem
inline const QString Stop = QStringLiteral("stop");
inline const QString Split = QStringLiteral("split");     // the routes or their weights changed
} // namespace DeploymentEventKind

struct DeploymentEvent
{
    std::int64_t id = 0;
    QString at;     // ISO 8601 UTC, with milliseconds
    QString kind;   // DeploymentEventKind
    QString state;  // the deployment's state after the event
    QString detail;
};

// One figure of a scrape or of Atelier's own probes: rps, error_rate, p50_ms, p95_ms, p99_ms,
// probe_ms, probe_p50_ms, probe_p95_ms, probe_p99_ms.
struct DeploymentSample
{
    QString name;
    double value = 0;

    friend bool operator==(const DeploymentSample &, const DeploymentSample &) = default;
};

struct NewDeployment
{
    QString name;
    std::int64_t modelVersionId = 0;
    std::int64_t targetId = 0;
    QStringList command;
    std::optional<int> port;
    QJsonObject config;
    QList<RouteWeight> routes; // a traffic split (modelVersionId among them); empty: modelVersionId alone
};

// State changes name the state they expect to leave (as JobStore's transitions do), so that two
// processes watching one deployment (the workbench, `atelier deploy status`) record each once.
// Every user's action (create, stop, restart, rollout) and every state change writes an audit
// row in the same transaction.
class DeploymentStore
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentStore)

public:
    DeploymentStore(Database &db, AuditLog &audit);

    [[nodiscard]] Result<ServedModel> model(std::int64_t modelVersionId);
    [[nodiscard]] Result<ServedModel> model(const QString &modelName, std::int64_t version);

    // A deployment in the state starting, with its routes (one of weight 100 unless split) and a
    // start event.
    [[nodiscard]] Result<std::int64_t> create(const NewDeployment &deployment);
    // The job now running the server, on `port`, for the deployment and its route.
    [[nodiscard]] Status attachJob(std::int64_t deploymentId, std::int64_t jobId, int port);
    // The job now running the server of one route of a split, on `port`.
    [[nodiscard]] Status attachRoute(std::int64_t deploymentId, std::int64_t modelVersionId, std::int64_t jobId, int port);
    // The job now running a split's gateway on the deployment's port, answering probes on `controlPort`.
    [[nodiscard]] Status attachGateway(std::int64_t deploymentId, std::int64_t jobId, int port, int controlPort);
    // Replaces the routes by `routes` (a version that stays keeps its port and job), makes the
    // heaviest the deployment's model version (the current one among equals), and records a split
    // event that leaves the deployment in `state` (where it is when none), with its audit row.
    // Weights are 0 or more, one of them above 0; each version once.
    [[nodiscard]] Status setSplit(std::int64_t deploymentId, const QList<RouteWeight> &routes,
                                  std::optional<DeploymentState> state, const QString &detail);
    // Highest weight first, then by version.
    [[nodiscard]] Result<QList<DeploymentRoute>> routes(std::int64_t deploymentId);
    [[nodiscard]] static Status validateSplit(const QList<RouteWeight> &routes);

    // Moves from `from` to `to` with a state event; false (nothing written) when the deployment
    // is no longer in `from`.
    [[nodiscard]] Result<bool> transition(std::int64_t deploymentId, DeploymentState from, DeploymentState to,
                                          const QString &reason);
    // A user's action: an event of `kind` (restart, stop ...) with the state it leaves the
    // deployment in, plus its audit row; stop sets the state stopped.
    [[nodiscard]] Status recordAction(std::int64_t deploymentId, const QString &kind, DeploymentState state,
                                      const QString &detail);
    // Serves another model version from now on (its route too), with a rollout event.
    [[nodiscard]] Status rollTo(std::int64_t deploymentId, std::int64_t modelVersionId, const QString &detail);
    // An event that changes nothing else (a probe problem).
    [[nodiscard]] Result<DeploymentEvent> addEvent(std::int64_t deploymentId, const QString &kind,
                                                   DeploymentState state, const QString &detail);
    [[nodiscard]] Status addSamples(std::int64_t deploymentId, qint64 atMs, const QList<DeploymentSample> &samples);

    [[nodiscard]] Result<DeploymentRecord> deployment(std::int64_t deploymentId);
    // By name, or by id when `nameOrId` is a number that names no deployment.
    [[nodiscard]] Result<DeploymentRecord> deployment(const QString &nameOrId);
    // Newest first.
    [[nodiscard]] Result<QList<DeploymentRecord>> deployments();
    [[nodiscard]] Result<bool> nameTaken(const QString &name);
    // The newest `limit` events, oldest first (all of them when limit is 0).
    [[nodiscard]] Result<QList<DeploymentEvent>> events(std::int64_t deploymentId, int limit = 0);
    // The samples of one figure from `sinceMs` on, oldest first: (ms since the epoch, value).
    [[nodiscard]] Result<QList<std::pair<qint64, double>>> samples(std::int64_t deploymentId, const QString &name,
                                                                   qint64 sinceMs = 0);
    // The newest value of every figure, with its time.
    [[nodiscard]] Result<QList<std::pair<qint64, DeploymentSample>>> latestSamples(std::int64_t deploymentId);

private:
    [[nodiscard]] Result<QList<DeploymentRecord>> select(const char *where,
                                                         const std::function<void(Statement &)> &bind = {});
    [[nodiscard]] Result<ServedModel> selectModel(const char *where, const QString &name, std::int64_t number);
    [[nodiscard]] Status insertRoutes(std::int64_t deploymentId, const QList<RouteWeight> &routes, std::optional<int> port);

    Database &m_db;
    AuditLog &m_audit;
};

} // namespace atelier

Q_DECLARE_METATYPE(atelier::DeploymentEvent)
Q_DECLARE_METATYPE(atelier::DeploymentSample)

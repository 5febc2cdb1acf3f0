// DeploymentSupervisor: starts model servers as jobs on compute targets, probes their health, scrapes their metrics, stops, restarts and rolls them.
#pragma once

#include "core/result.h"
#include "core/serving/deployment_health.h"
#include "core/serving/deployment_store.h"

#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace atelier {

class ComputeTarget;
class JobStore;
class PrometheusText;
class Project;
class TargetStore;
class TaskManager;
struct JobRecord;
struct TargetRecord;

struct DeploymentRequest
{
    QString name;                  // empty: <model>-v<version>, numbered when taken
    std::int64_t modelVersionId = 0;
    QString target;                // a compute target's name
    std::optional<int> port;       // empty: a free port (local targets)
    QStringList command;           // the serve command template; empty: DemoServing::defaultCommand()
    int gpus = 0;                  // CUDA_VISIBLE_DEVICES gets this many
    QJsonObject config;            // e.g. {"metrics": {...}} (MetricNames)
    // A traffic split from the start: every version with its weight, modelVersionId among them;
    // empty: modelVersionId alone.
    QList<RouteWeight> routes;
};

// One route of a deployment as the last probe round saw its server.
struct RouteStatus
{
    std::int64_t modelVersionId = 0;
    QString modelName;
    std::int64_t version = 0;
    int weight = 0;
    DeploymentState state = DeploymentState::Starting;
    QString reason;
    QString url;                     // http://HOST:PORT of the route's own server
    std::optional<double> probeMs;
    qint64 processStartedMs = 0;
};

// What the last probe round showed, kept in memory for a dashboard.
struct DeploymentStatus
{
    std::int64_t deploymentId = 0;
    DeploymentState state = DeploymentState::Starting;
    QString reason;
    QString url;                     // http://HOST:PORT of the server
    qint64 stateSinceMs = 0;         // when this supervisor saw the state begin
    qint64 processStartedMs = 0;     // the start of the server process (uptime); 0 when none
    std::optional<double> probeMs;   // the last liveness probe's latency
    qint64 probedAtMs = 0;
    QList<RouteStatus> routes;       // one per version served, heaviest first
};

// Each start of a server is a job row (JobStore) that the deployment points at (deployment.job_id),
// so that its logs, exit code and history are those of any job (`atelier job logs`), the
// lineage runs model version -> deployment -> job, and a later Atelier re-attaches to a server
// that outlived it. The process itself is started, probed and stopped through the ComputeTarget
// directly rather than through JobSupervisor: a server is never retried as a training job is,
// has no tracking run, and must be looked at every ~500 ms (a dead server shows as down within
// 2 s). The job row's transitions name the state they leave, so a JobSupervisor that watches the
// same job records each change once with this class.
//
// A traffic split runs one server per route, each a job probed and scraped as above, plus a
// gateway on the deployment's port (GatewayService, a job of the `atelier` program: it must
// outlive this process as the servers do). The deployment's state combines theirs (SplitHealth).
// Its samples: rps, error_rate and p50/p95/p99_ms as clients see them through the gateway, and per
// route route.<model version id>.share (its fraction of the interval's requests), .rps,
// .error_rate, .p50_ms, .p95_ms and .p99_ms from the gateway's counters and histograms of it, and
// .server_rps, .server_error_rate, .server_p50_ms ... from the route server's own /metrics.
//
// The supervisor lives on the GUI thread and never blocks it: probe rounds (process state,
// GET /v2/health/live, /v2/health/ready, /v2/models/NAME/ready, and every few seconds /metrics)
// run on its own thread pool, one round per deployment at a time; starting and stopping servers
// run as TaskManager tasks. Results come back queued, and the store is written here in short
// transactions. Each poll reads the deployments afresh, so what another process did (the
// command line) is seen.
class DeploymentSupervisor : public QObject
{
    Q_OBJECT

public:
    using TargetFactory = std::function<Result<std::shared_ptr<ComputeTarget>>(const TargetRecord &)>;

    DeploymentSupervisor(Project &project, TaskManager &tasks, QObject *parent = nullptr);
    ~DeploymentSupervisor() override;

    // Local targets unless set (as JobSupervisor).
    void setTargetFactory(TargetFactory factory);
    void setProbeInterval(int ms);                        // 500 ms
    void setScrapeInterval(int ms) { m_scrapeMs = ms; }   // 5 s
    void setProbeTimeouts(int connectMs, int totalMs);    // 500 ms, 1000 ms
    void setStopGrace(int ms) { m_stopGraceMs = ms; }     // 5 s between SIGTERM and SIGKILL
    void setHealthLimits(DeploymentHealth::Limits limits) { m_limits = limits; }

    // Records the deployment and starts its server; the state follows by signals. A port taken
    // on this computer, a missing model file or target, or a bad command fails here, with
    // nothing recorded.
    [[nodiscard]] Result<std::int64_t> deploy(const DeploymentRequest &request);
    // SIGTERM (SIGKILL after the grace) to the server; the deployment ends stopped.
    [[nodiscard]] Status stopDeployment(std::int64_t deploymentId);
    // A new server process on the same port (a stopped deployment starts again).
    [[nodiscard]] Status restartDeployment(std::int64_t deploymentId);
    // Stops the server and starts one of `modelVersionId` in its place (in a split: the heaviest
    // route's).
    [[nodiscard]] Status rollDeployment(std::int64_t deploymentId, std::int64_t modelVersionId);
    // Serves `routes` (model version ids and weights) from now on, with a split event. New weights
    // for the same versions go to the running gateway without dropping a request; other versions
    // (or a split becoming one version, or the reverse) restart the deployment's servers. A split
    // needs a local target. Ends with actionFinished(id, "split", ...).
    [[nodiscard]] Status setSplit(std::int64_t deploymentId, const QList<RouteWeight> &routes);
    // The program and first arguments of a split's gateway; `atelier deploy gateway` of this
    // executable unless set (a test runs another program than atelier).
    void setGatewayProgram(const QStringList &program) { m_gatewayProgram = program; }

    // Re-attaches to every deployment not stopped and probes until stop().
    void start();
    void stop();
    // Starts a probe round at once for every deployment not busy.
    void pollNow();

    std::optional<DeploymentStatus> status(std::int64_t deploymentId) const;
    [[nodiscard]] Result<std::shared_ptr<ComputeTarget>> target(const QString &name);

Q_SIGNALS:
    void stateChanged(std::int64_t deploymentId, atelier::DeploymentState state, const QString &reason);
    // After every probe round.
    void probed(std::int64_t deploymentId, const atelier::DeploymentStatus &status);
    void samplesRecorded(std::int64_t deploymentId, qint64 atMs, const QList<atelier::DeploymentSample> &samples);
    void eventRecorded(std::int64_t deploymentId, const atelier::DeploymentEvent &event);
    // A stop, restart or rollout is done (or failed: `message` says why).
    void actionFinished(std::int64_t deploymentId, const QString &action, bool succeeded, const QString &message);
    // A step failed that the supervisor will try again (the store, a target).
    void errorOccurred(std::int64_t deploymentId, const QString &message);

private:
    struct Server;
    struct Watch;
    struct Round;
    struct RoundResult;
    struct Launch;

    void poll();
    Watch &watch(const DeploymentRecord &record);
    void syncServers(Watch &watch);
    void startRound(Watch &watch);
    static RoundResult runRound(const Round &round);
    void finishRound(std::int64_t deploymentId, const QList<RoundResult> &results);
    void assessServer(Watch &watch, Server &server, const RoundResult &result);
    void followJob(const Watch &watch, const RoundResult &result);
    void recordMetrics(Watch &watch, const QList<RoundResult> &results);
    QList<DeploymentSample> gatewaySamples(Watch &watch, qint64 atMs, const PrometheusText &scrape);
    void recordState(Watch &watch, DeploymentState state, const QString &reason);
    void recordProblem(Watch &watch, const QString &problem);
    void emitEvent(std::int64_t deploymentId, const Result<DeploymentEvent> &event);

    [[nodiscard]] Status relaunch(std::int64_t deploymentId, const QString &action, std::function<Status()> change);
    void reweighGateway(const DeploymentRecord &record, const QList<RouteWeight> &routes, const QString &detail);
    void stopServer(const DeploymentRecord &record, std::function<void(const Status &)> then);
    [[nodiscard]] Status launch(const DeploymentRecord &record, const QString &action);
    [[nodiscard]] Result<QList<Launch>> planLaunch(const DeploymentRecord &record, const TargetRecord &target);
    void launched(std::int64_t deploymentId, const QString &action, const QList<std::pair<std::int64_t, Result<QString>>> &outcomes);
    void finishAction(std::int64_t deploymentId, const QString &action, const Status &status);
    [[nodiscard]] Result<int> choosePort(const TargetRecord &target, std::optional<int> port);
    [[nodiscard]] Status checkSplit(const DeploymentRecord &record, const QList<RouteWeight> &routes);
    QString splitText(const QList<RouteWeight> &routes);
    QString hostOf(const DeploymentRecord &record);
    void report(std::int64_t deploymentId, const Error &error);

    Project &m_project;
    TaskManager &m_tasks;
    std::unique_ptr<DeploymentStore> m_store;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<TargetStore> m_targets;
    QTimer *m_timer;
    QThreadPool m_pool;
    TargetFactory m_factory;
    QHash<QString, std::shared_ptr<ComputeTarget>> m_targetCache;
    QHash<std::int64_t, std::shared_ptr<Watch>> m_watches;
    DeploymentHealth::Limits m_limits;
    int m_scrapeMs = 5000;
    int m_connectTimeoutMs = 500;
    int m_probeTimeoutMs = 1000;
    int m_stopGraceMs = 5000;
    bool m_pollQueued = false;
    QStringList m_gatewayProgram;
};

} // namespace atelier

Q_DECLARE_METATYPE(atelier::DeploymentStatus)
Q_DECLARE_METATYPE(atelier::RouteStatus)

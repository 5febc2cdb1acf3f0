// DeploymentSupervisor: probe rounds of every server on a private thread pool, their outcomes recorded here.
#include "core/serving/deployment_supervisor.h"
#include "core/serving/deployment_supervisor_p.h"

#include "core/compute/job_store.h"
#include "core/compute/job_supervisor.h"
#include "core/compute/target_store.h"
#include "core/project/project.h"
#include "core/serving/split_health.h"
#include "core/tasks/task_manager.h"

#include <QDateTime>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <vector>

namespace atelier {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

ProcessSeen processSeen(JobProbe::State state)
{
    switch (state) {
    case JobProbe::State::Pending:
        return ProcessSeen::NotStarted;
    case JobProbe::State::Running:
        return ProcessSeen::Running;
    case JobProbe::State::Exited:
        return ProcessSeen::Exited;
    case JobProbe::State::Vanished:
        break;
    }
    return ProcessSeen::Vanished;
}

ProbeOutcome probeUrl(HttpProbe &http, const QString &url, double *latencyMs = nullptr)
{
    auto reply = http.get(url);
    if (!reply) {
        const QString &code = reply.error().code;
        const auto kind = code == HttpFailure::Refused   ? ProbeOutcome::Kind::Refused
                          : code == HttpFailure::Timeout ? ProbeOutcome::Kind::TimedOut
                                                         : ProbeOutcome::Kind::Failed;
        return {kind, 0, reply.error().message};
    }
    if (latencyMs)
        *latencyMs = reply->latencyMs;
    return {ProbeOutcome::Kind::Answered, reply->status, QString::fromUtf8(reply->body.left(300)).trimmed()};
}

} // namespace

// Blocking: runs on the pool, touches nothing of the supervisor's.
DeploymentSupervisor::RoundResult DeploymentSupervisor::runRound(const Round &round)
{
    RoundResult result;
    result.jobId = round.jobId;
    result.scrapeRound = round.scrape;
    if (round.neverStarted) {
        result.process = ProcessSeen::Exited;
        result.lastError = tr("the server could not be started");
    } else if (round.handle) {
        auto probes = round.target->probe({*round.handle});
        if (!probes || probes->isEmpty()) {
            result.process = ProcessSeen::Unknown;
            result.targetProblem = probes ? QString() : probes.error().message;
        } else {
            const JobProbe &probe = probes->constFirst();
            result.process = processSeen(probe.state);
            result.exitCode = probe.exitCode;
            result.lastError = probe.lastError;
        }
    }
    if (result.process == ProcessSeen::Running || result.process == ProcessSeen::Unknown) {
        HttpProbe &http = *round.http;
        result.live = probeUrl(http, round.baseUrl + QStringLiteral("/v2/health/live"), &result.liveMs);
        if (result.live.ok())
            result.ready = probeUrl(http, round.baseUrl + QStringLiteral("/v2/health/ready"));
        if (result.ready.ok() && !round.modelUrl.isEmpty())
            result.modelReady = probeUrl(http, round.modelUrl + QStringLiteral("/ready"));
        if (round.scrape && result.live.ok()) {
            const QString url = round.baseUrl + QStringLiteral("/metrics");
            const QString context = tr("Could not read the metrics at %1").arg(url);
            auto reply = http.get(url);
            if (!reply)
                result.scrape = fail(withContext(context, reply.error()));
            else if (reply->status != 200)
                result.scrape = fail(context + tr(": the server answered HTTP %1").arg(reply->status));
            else if (auto parsed = PrometheusText::parse(reply->body); !parsed)
                result.scrape = fail(withContext(context, parsed.error()));
            else
                result.scrape = std::move(*parsed);
        }
    }
    result.atMs = nowMs();
    return result;
}

DeploymentSupervisor::DeploymentSupervisor(Project &project, TaskManager &tasks, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_tasks(tasks)
    , m_store(std::make_unique<DeploymentStore>(project.database(), project.audit()))
    , m_jobs(std::make_unique<JobStore>(project.database(), project.audit()))
    , m_targets(std::make_unique<TargetStore>(project.database(), project.audit()))
    , m_timer(new QTimer(this))
    , m_factory(&JobSupervisor::makeTarget)
{
    qRegisterMetaType<DeploymentStatus>();
    qRegisterMetaType<RouteStatus>();
    qRegisterMetaType<DeploymentEvent>();
    qRegisterMetaType<QList<DeploymentSample>>();
    // A server's round blocks up to three probe timeouts; every server gets its own thread for it.
    m_pool.setMaxThreadCount(16);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &DeploymentSupervisor::poll);
}

DeploymentSupervisor::~DeploymentSupervisor()
{
    m_timer->stop();
    m_pool.waitForDone();
}

void DeploymentSupervisor::setTargetFactory(TargetFactory factory)
{
    m_factory = std::move(factory);
    m_targetCache.clear();
}

void DeploymentSupervisor::setProbeInterval(int ms)
{
    m_timer->setInterval(ms);
}

void DeploymentSupervisor::setProbeTimeouts(int connectMs, int totalMs)
{
    // Each round sets them on its server's probe.
    m_connectTimeoutMs = connectMs;
    m_probeTimeoutMs = totalMs;
}

Result<std::shared_ptr<ComputeTarget>> DeploymentSupervisor::target(const QString &name)
{
    if (auto cached = m_targetCache.value(name))
        return cached;
    auto record = m_targets->target(name);
    if (!record)
        return fail(record.error());
    auto made = m_factory(*record);
    if (!made)
        return fail(made.error());
    m_targetCache.insert(name, *made);
    return *made;
}

void DeploymentSupervisor::start()
{
    m_timer->start();
    pollNow();
}

void DeploymentSupervisor::stop()
{
    m_timer->stop();
}

void DeploymentSupervisor::pollNow()
{
    if (m_pollQueued)
        return;
    m_pollQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_pollQueued = false;
        poll();
    });
}

std::optional<DeploymentStatus> DeploymentSupervisor::status(std::int64_t deploymentId) const
{
    const auto watch = m_watches.value(deploymentId);
    return watch ? std::optional(watch->status) : std::nullopt;
}

QString DeploymentSupervisor::hostOf(const DeploymentRecord &record)
{
    if (record.targetKind == QLatin1String("local"))
        return QStringLiteral("127.0.0.1");
    auto target = m_targets->target(record.targetId);
    const QString host = target ? target->config.value(QStringLiteral("host")).toString() : QString();
    return host.isEmpty() ? QStringLiteral("127.0.0.1") : host;
}

DeploymentSupervisor::Watch &DeploymentSupervisor::watch(const DeploymentRecord &record)
{
    auto &slot = m_watches[record.id];
    if (!slot) {
        slot = std::make_shared<Watch>();
        slot->status = {record.id, record.state, {}, {}, nowMs(), 0, std::nullopt, 0, {}};
    }
    slot->record = record;
    slot->status.deploymentId = record.id;
    slot->status.url = record.port ? QStringLiteral("http://%1:%2").arg(hostOf(record)).arg(*record.port) : QString();
    syncServers(*slot);
    return *slot;
}

// The servers follow the record: one per route, then a split's gateway. A server whose job is
// the same keeps what was learnt of it; a new job is a new server.
void DeploymentSupervisor::syncServers(Watch &watch)
{
    const DeploymentRecord &record = watch.record;
    const QString host = hostOf(record);
    QList<Server> servers;
    auto reuse = [&](std::int64_t modelVersionId, std::int64_t jobId) -> Server {
        for (const Server &server : std::as_const(watch.servers)) {
            if (server.modelVersionId == modelVersionId && server.jobId == jobId)
                return server;
        }
        Server fresh;
        fresh.modelVersionId = modelVersionId;
        fresh.jobId = jobId;
        fresh.health = DeploymentHealth(nowMs(), m_limits);
        fresh.health.resume(record.state, nowMs());
        fresh.metrics = DeploymentMetrics(modelVersionId ? MetricNames::fromConfig(record.config) : gatewayMetricNames());
        fresh.status.state = record.state;
        if (!modelVersionId)
            watch.routeTraffic.clear();
        return fresh;
    };
    for (const DeploymentRoute &route : record.routes) {
        const std::int64_t jobId = record.isSplit() ? route.jobId.value_or(0) : record.jobId.value_or(0);
        Server server = reuse(route.modelVersionId, jobId);
        const std::optional<int> port = record.isSplit() ? route.port : record.port;
        server.baseUrl = port ? QStringLiteral("http://%1:%2").arg(host).arg(*port) : QString();
        server.modelUrl = server.baseUrl + QStringLiteral("/v2/models/")
                          + QString::fromUtf8(QUrl::toPercentEncoding(route.modelName));
        server.status.modelVersionId = route.modelVersionId;
        server.status.modelName = route.modelName;
        server.status.version = route.modelVersion;
        server.status.weight = route.weight;
        server.status.url = server.baseUrl;
        servers.append(server);
    }
    if (record.isSplit()) {
        Server gateway = reuse(0, record.jobId.value_or(0));
        const std::optional<int> control = record.gatewayControlPort();
        gateway.baseUrl = control ? QStringLiteral("http://127.0.0.1:%1").arg(*control) : QString();
        gateway.modelUrl.clear();
        servers.append(gateway);
    }
    watch.servers = servers;
    watch.status.routes.clear();
    for (const Server &server : std::as_const(watch.servers)) {
        if (!server.isGateway())
            watch.status.routes.append(server.status);
    }
}

void DeploymentSupervisor::poll()
{
    auto deployments = m_store->deployments();
    if (!deployments) {
        report(0, deployments.error());
        return;
    }
    QSet<std::int64_t> present;
    for (const DeploymentRecord &record : std::as_const(*deployments)) {
        present.insert(record.id);
        const auto existing = m_watches.value(record.id);
        if (existing && (existing->busy || existing->probing))
            continue;
        if (record.state == DeploymentState::Stopped) {
            m_watches.remove(record.id);
            continue;
        }
        startRound(this->watch(record));
    }
    for (auto it = m_watches.begin(); it != m_watches.end();) {
        if (!present.contains(it.key()) && !(*it)->busy)
            it = m_watches.erase(it);
        else
            ++it;
    }
}

void DeploymentSupervisor::startRound(Watch &watch)
{
    QList<Round> rounds;
    bool anyToAsk = false;
    const qint64 now = nowMs();
    const bool scrape = now - watch.lastScrapeMs >= m_scrapeMs;
    for (Server &server : watch.servers) {
        if (server.jobId == 0)
            return; // a server that never got a job: nothing to show until a restart
        auto job = m_jobs->job(server.jobId);
        if (!job) {
            report(watch.record.id, job.error());
            return;
        }
        auto target = this->target(job->targetName);
        if (!target) {
            recordProblem(watch, target.error().message);
            return;
        }
        // A process that ended and was recorded down has nothing more to show until a restart.
        const bool ended = isFinished(job->state);
        anyToAsk = anyToAsk || !(ended && (job->externalId.isEmpty() || watch.record.state == DeploymentState::Down));
        server.http->setTimeouts(m_connectTimeoutMs, m_probeTimeoutMs);
        server.status.processStartedMs = QDateTime::fromString(job->createdAt, Qt::ISODateWithMs).toMSecsSinceEpoch();
        Round round;
        round.target = *target;
        if (!job->externalId.isEmpty())
            round.handle = JobHandle{job->id, (*target)->jobFolder(m_project.folder(), job->id), job->externalId};
        round.neverStarted = ended && job->externalId.isEmpty();
        round.http = server.http;
        round.jobId = job->id;
        round.baseUrl = server.baseUrl;
        round.modelUrl = server.modelUrl;
        round.scrape = scrape;
        rounds.append(round);
    }
    if (!anyToAsk || rounds.isEmpty())
        return;
    if (scrape)
        watch.lastScrapeMs = now;
    watch.probing = true;
    const std::int64_t deploymentId = watch.record.id;
    // The round's results, filled by one pool task per server; the last to finish hands them over.
    struct Collector
    {
        explicit Collector(qsizetype count) : results(std::size_t(count)), remaining(int(count)) {}
        std::vector<RoundResult> results;
        std::atomic<int> remaining;
    };
    auto collector = std::make_shared<Collector>(rounds.size());
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        m_pool.start([this, round = rounds.at(i), i, collector, deploymentId] {
            collector->results[std::size_t(i)] = runRound(round);
            if (collector->remaining.fetch_sub(1) != 1)
                return;
            const QList<RoundResult> results(collector->results.cbegin(), collector->results.cend());
            QMetaObject::invokeMethod(this, [this, deploymentId, results] { finishRound(deploymentId, results); },
                                      Qt::QueuedConnection);
        });
    }
}

void DeploymentSupervisor::finishRound(std::int64_t deploymentId, const QList<RoundResult> &results)
{
    const auto found = m_watches.value(deploymentId);
    if (!found)
        return;
    Watch &watch = *found;
    watch.probing = false;
    // An action began meanwhile: this round looked at servers that are being replaced.
    if (watch.busy || results.size() != watch.servers.size())
        return;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (watch.servers.at(i).jobId != results.at(i).jobId)
            return;
    }
    std::optional<ServerHealth> gateway;
    QList<ServerHealth> routes;
    for (qsizetype i = 0; i < results.size(); ++i) {
        Server &server = watch.servers[i];
        assessServer(watch, server, results.at(i));
        const ServerHealth health{server.isGateway() ? tr("the traffic gateway")
                                                     : QStringLiteral("%1 v%2").arg(server.status.modelName).arg(server.status.version),
                                  server.status.weight, server.status.state, server.status.reason};
        if (server.isGateway())
            gateway = health;
        else
            routes.append(health);
    }
    const Server &front = watch.record.isSplit() ? watch.servers.constLast() : watch.servers.constFirst();
    watch.status.processStartedMs = front.status.processStartedMs;
    watch.status.probeMs = std::nullopt;
    watch.status.routes.clear();
    for (const Server &server : std::as_const(watch.servers)) {
        if (server.isGateway())
            continue;
        watch.status.routes.append(server.status);
        if (server.status.probeMs)
            watch.status.probeMs = std::max(watch.status.probeMs.value_or(0), *server.status.probeMs);
    }
    watch.status.probedAtMs = results.constFirst().atMs;
    const CombinedHealth combined = SplitHealth::combine(gateway, routes);
    watch.status.reason = combined.reason;
    if (combined.state != watch.record.state)
        recordState(watch, combined.state, combined.reason);
    recordMetrics(watch, results);
    Q_EMIT probed(deploymentId, watch.status);
}

void DeploymentSupervisor::assessServer(Watch &watch, Server &server, const RoundResult &result)
{
    followJob(watch, result);
    if (!result.targetProblem.isEmpty())
        recordProblem(watch, tr("Could not ask %1 about the server process: %2")
                                 .arg(watch.record.targetName, result.targetProblem));
    const HealthVerdict verdict = server.health.assess({result.atMs, result.process, result.exitCode, result.lastError,
                                                        result.live, result.ready, result.modelReady});
    server.status.state = verdict.state;
    server.status.reason = verdict.reason;
    if (result.live.kind == ProbeOutcome::Kind::Answered) {
        server.status.probeMs = result.liveMs;
        if (!server.isGateway())
            watch.probeLatencies.append(result.liveMs);
    }
    if (result.process != ProcessSeen::Running && result.process != ProcessSeen::Unknown)
        server.status.processStartedMs = 0;
}

// Keeps a server's job row in step with what the round saw of its process.
void DeploymentSupervisor::followJob(const Watch &watch, const RoundResult &result)
{
    auto job = m_jobs->job(result.jobId);
    if (!job || isFinished(job->state))
        return;
    std::optional<JobState> to;
    QString reason;
    if (result.process == ProcessSeen::Running && job->state == JobState::Submitted) {
        to = JobState::Running;
        reason = tr("serving the deployment %1 (%2)").arg(watch.record.name, job->externalId);
    } else if (result.process == ProcessSeen::Exited) {
        const int code = result.exitCode.value_or(-1);
        to = job->cancelRequested ? JobState::Cancelled : code == 0 ? JobState::Succeeded : JobState::Failed;
        reason = result.lastError.isEmpty() ? tr("the server ended with exit code %1").arg(code)
                                            : tr("the server ended with exit code %1: %2").arg(code).arg(result.lastError);
    } else if (result.process == ProcessSeen::Vanished) {
        to = job->cancelRequested ? JobState::Cancelled : JobState::Lost;
        reason = tr("the server process is gone without an exit code");
    }
    if (!to)
        return;
    if (auto moved = m_jobs->transition(job->id, job->state, *to, reason, {std::nullopt, std::nullopt, result.exitCode});
        !moved)
        report(watch.record.id, moved.error());
}

void DeploymentSupervisor::recordState(Watch &watch, DeploymentState state, const QString &reason)
{
    const std::int64_t id = watch.record.id;
    auto applied = m_store->transition(id, watch.record.state, state, reason);
    if (!applied) {
        report(id, applied.error());
        return;
    }
    // Another process moved it first; the next poll reads where it is now.
    if (!*applied)
        return;
    watch.record.state = state;
    watch.status.state = state;
    watch.status.stateSinceMs = nowMs();
    watch.problems.clear();
    Q_EMIT stateChanged(id, state, reason);
    if (auto events = m_store->events(id, 1); events && !events->isEmpty())
        Q_EMIT eventRecorded(id, events->constFirst());
}

// A probe or scrape problem becomes one event, not one per round.
void DeploymentSupervisor::recordProblem(Watch &watch, const QString &problem)
{
    if (watch.problems.contains(problem))
        return;
    watch.problems.insert(problem);
    emitEvent(watch.record.id, m_store->addEvent(watch.record.id, DeploymentEventKind::Probe, watch.record.state, problem));
}

void DeploymentSupervisor::emitEvent(std::int64_t deploymentId, const Result<DeploymentEvent> &event)
{
    if (!event) {
        report(deploymentId, event.error());
        return;
    }
    Q_EMIT eventRecorded(deploymentId, *event);
}

void DeploymentSupervisor::report(std::int64_t deploymentId, const Error &error)
{
    Q_EMIT errorOccurred(deploymentId, error.toString());
}

} // namespace atelier

// DeploymentSupervisor: probe rounds on a private thread pool, server starts and stops as tasks, their outcomes recorded here.
#include "core/serving/deployment_supervisor.h"
#include "core/serving/deployment_supervisor_p.h"

#include "core/compute/compute_target.h"
#include "core/compute/job_store.h"
#include "core/compute/job_supervisor.h"
#include "core/compute/target_store.h"
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/serving/demo_serving.h"
#include "core/serving/deployment_bundle.h"
#include "core/serving/deployment_metrics.h"
#include "core/serving/http_probe.h"
#include "core/serving/prometheus_text.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"

#include <QDateTime>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace atelier {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isLocal(const QString &targetKind)
{
    return targetKind == QLatin1String("local");
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

// What a probe round needs, copied to the worker.
struct DeploymentSupervisor::Round
{
    std::shared_ptr<ComputeTarget> target;
    std::optional<JobHandle> handle; // none while no process is recorded
    std::shared_ptr<HttpProbe> http;
    QString baseUrl;
    QString modelUrl;                // baseUrl/v2/models/NAME
    bool scrape = false;
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
    std::optional<Result<PrometheusText>> scrape; // when this round scraped
};

// Blocking: runs on the pool, touches nothing of the supervisor's.
DeploymentSupervisor::RoundResult DeploymentSupervisor::runRound(const Round &round, std::int64_t jobId)
{
    RoundResult result;
    result.jobId = jobId;
    if (round.handle) {
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
        if (result.ready.ok())
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
    , m_factory(&JobSupervisor::makeLocalTarget)
{
    qRegisterMetaType<DeploymentStatus>();
    qRegisterMetaType<DeploymentEvent>();
    qRegisterMetaType<QList<DeploymentSample>>();
    // A round blocks up to three probe timeouts; every deployment gets its own thread for it.
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
    // Each round sets them on its watch's probe.
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
    if (isLocal(record.targetKind))
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
        slot->health = DeploymentHealth(nowMs(), m_limits);
        slot->health.resume(record.state, nowMs());
        slot->metrics = DeploymentMetrics(MetricNames::fromConfig(record.config));
        slot->status = {record.id, record.state, {}, {}, nowMs(), 0, std::nullopt, 0};
    }
    slot->record = record;
    slot->status.deploymentId = record.id;
    slot->status.url = record.port ? QStringLiteral("http://%1:%2").arg(hostOf(record)).arg(*record.port) : QString();
    return *slot;
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
        Watch &watch = this->watch(record);
        if (!record.jobId)
            continue;
        auto job = m_jobs->job(*record.jobId);
        if (!job) {
            report(record.id, job.error());
            continue;
        }
        startRound(watch, *job);
    }
    for (auto it = m_watches.begin(); it != m_watches.end();) {
        if (!present.contains(it.key()) && !(*it)->busy)
            it = m_watches.erase(it);
        else
            ++it;
    }
}

void DeploymentSupervisor::startRound(Watch &watch, const JobRecord &job)
{
    // A server that never got a process, or whose process ended and was recorded down, has
    // nothing more to show until a restart.
    if (isFinished(job.state) && (job.externalId.isEmpty() || watch.record.state == DeploymentState::Down))
        return;
    auto target = this->target(job.targetName);
    if (!target) {
        recordProblem(watch, target.error().message);
        return;
    }
    if (watch.metricsJobId != job.id) {
        watch.metrics.reset();
        watch.probeLatencies.clear();
        watch.metricsJobId = job.id;
    }
    watch.http->setTimeouts(m_connectTimeoutMs, m_probeTimeoutMs);
    Round round;
    round.target = *target;
    if (!job.externalId.isEmpty())
        round.handle = JobHandle{job.id, (*target)->jobFolder(m_project.folder(), job.id), job.externalId};
    round.http = watch.http;
    round.baseUrl = watch.status.url;
    round.modelUrl = round.baseUrl + QStringLiteral("/v2/models/")
                     + QString::fromUtf8(QUrl::toPercentEncoding(watch.record.modelName));
    const qint64 now = nowMs();
    round.scrape = now - watch.lastScrapeMs >= m_scrapeMs;
    if (round.scrape)
        watch.lastScrapeMs = now;
    watch.status.processStartedMs = QDateTime::fromString(job.createdAt, Qt::ISODateWithMs).toMSecsSinceEpoch();
    watch.probing = true;
    const std::int64_t deploymentId = watch.record.id;
    const std::int64_t jobId = job.id;
    m_pool.start([this, round, deploymentId, jobId] {
        const RoundResult result = runRound(round, jobId);
        QMetaObject::invokeMethod(this, [this, deploymentId, result] { finishRound(deploymentId, result); },
                                  Qt::QueuedConnection);
    });
}

void DeploymentSupervisor::finishRound(std::int64_t deploymentId, const RoundResult &result)
{
    const auto found = m_watches.value(deploymentId);
    if (!found)
        return;
    Watch &watch = *found;
    watch.probing = false;
    // An action began meanwhile: this round looked at a server that is being replaced.
    if (watch.busy || watch.record.jobId != result.jobId)
        return;
    followJob(watch, result);
    if (!result.targetProblem.isEmpty())
        recordProblem(watch, tr("Could not ask %1 about the server process: %2")
                                 .arg(watch.record.targetName, result.targetProblem));
    const HealthVerdict verdict = watch.health.assess({result.atMs, result.process, result.exitCode, result.lastError,
                                                       result.live, result.ready, result.modelReady});
    if (result.live.kind == ProbeOutcome::Kind::Answered) {
        watch.probeLatencies.append(result.liveMs);
        watch.status.probeMs = result.liveMs;
    }
    const bool serving = result.process == ProcessSeen::Running || result.process == ProcessSeen::Unknown;
    if (!serving)
        watch.status.processStartedMs = 0;
    watch.status.probedAtMs = result.atMs;
    watch.status.reason = verdict.reason;
    if (verdict.state != watch.record.state)
        recordState(watch, verdict.state, verdict.reason);
    recordMetrics(watch, result);
    Q_EMIT probed(deploymentId, watch.status);
}

// Keeps the server's job row in step with what the round saw of its process.
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

void DeploymentSupervisor::recordMetrics(Watch &watch, const RoundResult &result)
{
    if (!result.scrape)
        return;
    QList<DeploymentSample> samples = DeploymentMetrics::probeSamples(std::exchange(watch.probeLatencies, {}));
    if (!*result.scrape) {
        recordProblem(watch, result.scrape->error().message);
    } else {
        const DeploymentMetrics::Outcome outcome = watch.metrics.add(result.atMs, **result.scrape);
        samples += outcome.samples;
        for (const QString &problem : outcome.problems)
            recordProblem(watch, tr("%1 has no figure for the dashboard: %2").arg(watch.status.url, problem));
    }
    if (samples.isEmpty())
        return;
    if (auto ok = m_store->addSamples(watch.record.id, result.atMs, samples); !ok) {
        report(watch.record.id, ok.error());
        return;
    }
    Q_EMIT samplesRecorded(watch.record.id, result.atMs, samples);
}

void DeploymentSupervisor::report(std::int64_t deploymentId, const Error &error)
{
    Q_EMIT errorOccurred(deploymentId, error.toString());
}

} // namespace atelier

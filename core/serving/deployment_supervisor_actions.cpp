// DeploymentSupervisor's actions: deploy, stop, restart and roll, each job starts or cancels run as a task.
#include "core/serving/deployment_supervisor.h"
#include "core/serving/deployment_supervisor_p.h"

#include "core/compute/job_store.h"
#include "core/compute/target_store.h"
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/serving/demo_serving.h"
#include "core/serving/deployment_bundle.h"
#include "core/serving/gateway_service.h"
#include "core/store/audit_log.h"
#include "core/store/transaction.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QTcpServer>
#include <QTimer>

namespace atelier {

namespace {

const QString StartAction = QStringLiteral("start");

bool portIsFree(int port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, quint16(port));
}

} // namespace

Result<int> DeploymentSupervisor::choosePort(const TargetRecord &target, std::optional<int> port)
{
    const bool local = target.kind == QLatin1String("local");
    if (port) {
        if (*port < 1 || *port > 65535)
            return fail(tr("The port %1 is not a TCP port: give one from 1 to 65535.").arg(*port));
        if (local && !portIsFree(*port))
            return fail(tr("The port %1 on 127.0.0.1 is already in use by another program. Choose another port, or "
                           "leave the port out and Atelier picks a free one.")
                            .arg(*port));
        return *port;
    }
    if (!local)
        return fail(tr("A deployment on the %1 target \"%2\" needs a port: Atelier cannot tell which ports are free "
                       "there. Give one (--port).")
                        .arg(target.kind, target.name));
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return fail(tr("Could not find a free port on 127.0.0.1 for the server."), probe.errorString());
    return int(probe.serverPort());
}

Result<std::int64_t> DeploymentSupervisor::deploy(const DeploymentRequest &request)
{
    auto model = m_store->model(request.modelVersionId);
    if (!model)
        return fail(model.error());
    auto targetRecord = m_targets->target(request.target);
    if (!targetRecord)
        return fail(targetRecord.error());
    if (!request.routes.isEmpty()) {
        DeploymentRecord planned;
        planned.targetKind = targetRecord->kind;
        planned.targetName = targetRecord->name;
        if (auto ok = checkSplit(planned, request.routes); !ok)
            return fail(ok.error());
    }
    if (auto made = target(request.target); !made)
        return fail(made.error());
    const QStringList command = request.command.isEmpty() ? DemoServing::defaultCommand() : request.command;
    if (auto ok = DeploymentBundle::validate(command); !ok)
        return fail(ok.error());
    auto port = choosePort(*targetRecord, request.port);
    if (!port)
        return fail(port.error());
    QString name = request.name.trimmed();
    if (name.isEmpty()) {
        const QString base = QStringLiteral("%1-v%2").arg(model->modelName).arg(model->version);
        name = base;
        for (int number = 2;; ++number) {
            auto taken = m_store->nameTaken(name);
            if (!taken)
                return fail(taken.error());
            if (!*taken)
                break;
            name = base + u'-' + QString::number(number);
        }
    }
    QJsonObject config = request.config;
    config.insert(QStringLiteral("gpus"), request.gpus);
    // The deployment and its first jobs are recorded together, or not at all.
    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return fail(transaction.error());
    auto id = m_store->create({name, request.modelVersionId, targetRecord->id, command, *port, config, request.routes});
    if (!id)
        return fail(id.error());
    auto record = m_store->deployment(*id);
    if (!record)
        return fail(record.error());
    if (auto ok = launch(*record, StartAction); !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return *id;
}

// One server per route; a split adds free ports for them and its gateway on the deployment's port.
Result<QList<DeploymentSupervisor::Launch>> DeploymentSupervisor::planLaunch(const DeploymentRecord &record,
                                                                             const TargetRecord &target)
{
    const bool split = record.isSplit();
    const QString folder = DeploymentBundle::folder(m_project.folder(), record.id);
    QList<int> taken{record.port.value_or(0)};
    auto freePort = [&]() -> Result<int> {
        for (int attempt = 0; attempt < 20; ++attempt) {
            auto port = choosePort(target, std::nullopt);
            if (!port || !taken.contains(*port)) {
                if (port)
                    taken.append(*port);
                return port;
            }
        }
        return fail(tr("Could not find free ports on 127.0.0.1 for the servers of the traffic split."));
    };
    QList<Launch> launches;
    for (const DeploymentRoute &route : record.routes) {
        Launch launch;
        launch.modelVersionId = route.modelVersionId;
        auto model = m_store->model(route.modelVersionId);
        if (!model)
            return fail(model.error());
        launch.model = *model;
        auto port = split ? freePort() : Result<int>(record.port.value_or(0));
        if (!port)
            return fail(port.error());
        launch.port = *port;
        launch.folder = split ? folder + QStringLiteral("/route-") + QString::number(route.modelVersionId) : folder;
        launch.spec.name = split ? tr("serve %1 (%2 v%3)").arg(record.name, model->modelName).arg(model->version)
                                 : QStringLiteral("serve ") + record.name;
        launch.spec.command = DeploymentBundle::expand(record.command, DeploymentBundle::modelFileName(*model),
                                                       launch.port, model->modelName);
        launch.spec.resources.gpus = record.config.value(QStringLiteral("gpus")).toInt();
        launches.append(launch);
    }
    if (split) {
        Launch gateway;
        auto control = freePort();
        if (!control)
            return fail(control.error());
        gateway.port = record.port.value_or(0);
        gateway.controlPort = *control;
        gateway.folder = folder;
        QList<GatewayRoute> routes;
        for (qsizetype i = 0; i < launches.size(); ++i)
            routes.append({QString::number(launches.at(i).modelVersionId),
                           QStringLiteral("%1 v%2").arg(launches.at(i).model.modelName).arg(launches.at(i).model.version),
                           QStringLiteral("http://127.0.0.1:%1").arg(launches.at(i).port), record.routes.at(i).weight});
        const QStringList program = m_gatewayProgram.isEmpty()
                                        ? QStringList{QCoreApplication::applicationFilePath(), QStringLiteral("deploy"),
                                                      QStringLiteral("gateway")}
                                        : m_gatewayProgram;
        gateway.spec.name = tr("gateway %1").arg(record.name);
        gateway.spec.command = program + QStringList{QStringLiteral("--port"), QString::number(gateway.port),
                                                     QStringLiteral("--control-port"), QString::number(gateway.controlPort),
                                                     QStringLiteral("--routes"),
                                                     QString::fromUtf8(GatewayService::routesToJson(routes))};
        launches.append(gateway);
    }
    for (Launch &launch : launches) {
        launch.spec.workingFolder = launch.folder;
        launch.spec.target = record.targetName;
        // Unbuffered, so that the server's lines reach its log (and the reason of a failure) at once.
        launch.spec.environment = {{QStringLiteral("ATELIER_DEPLOYMENT_ID"), QString::number(record.id)},
                                   {QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1")}};
    }
    return launches;
}

// Makes the job rows of the deployment's server processes and starts them on its target as a task.
Status DeploymentSupervisor::launch(const DeploymentRecord &record, const QString &action)
{
    auto targetRecord = m_targets->target(record.targetId);
    if (!targetRecord)
        return fail(targetRecord.error());
    auto target = this->target(record.targetName);
    if (!target)
        return fail(target.error());
    auto planned = planLaunch(record, *targetRecord);
    if (!planned)
        return fail(planned.error());
    QList<Launch> launches = std::move(*planned);

    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return fail(transaction.error());
    for (Launch &launch : launches) {
        auto jobId = m_jobs->create(launch.spec, record.targetId, m_project.folder() + QStringLiteral("/jobs"));
        if (!jobId)
            return fail(jobId.error());
        launch.jobId = *jobId;
        // Claimed at once, so that a JobSupervisor never starts it a second time.
        auto claimed = m_jobs->transition(*jobId, JobState::Queued, JobState::Submitted,
                                          tr("starting a server of the deployment %1 on %2").arg(record.name, record.targetName));
        if (!claimed)
            return fail(claimed.error());
        const Status attached = !record.isSplit()     ? m_store->attachJob(record.id, *jobId, launch.port)
                                : launch.modelVersionId ? m_store->attachRoute(record.id, launch.modelVersionId, *jobId, launch.port)
                                                        : m_store->attachGateway(record.id, *jobId, launch.port, launch.controlPort);
        if (!attached)
            return fail(attached.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());

    auto attached = m_store->deployment(record.id);
    if (!attached)
        return fail(attached.error());
    Watch &watch = this->watch(*attached);
    watch.busy = true;
    for (Server &server : watch.servers)
        server.health.restart(QDateTime::currentMSecsSinceEpoch());
    watch.routeTraffic.clear();
    watch.probeLatencies.clear();
    watch.problems.clear();

    const std::shared_ptr<ComputeTarget> compute = *target;
    QList<std::pair<JobLaunch, std::optional<ServedModel>>> starts;
    for (const Launch &launch : std::as_const(launches)) {
        JobLaunch job;
        job.jobId = launch.jobId;
        job.jobFolder = compute->jobFolder(m_project.folder(), launch.jobId);
        job.command = launch.spec.command;
        job.workingFolder = launch.folder;
        job.environment = launch.spec.environment;
        job.environment += {{QStringLiteral("ATELIER_JOB_ID"), QString::number(launch.jobId)},
                            {QStringLiteral("ATELIER_JOB_DIR"), job.jobFolder}};
        job.resources = launch.spec.resources;
        starts.append({job, launch.modelVersionId ? std::optional(launch.model) : std::nullopt});
    }
    auto outcomes = std::make_shared<QList<std::pair<std::int64_t, Result<QString>>>>();
    m_tasks.start(
        tr("Starting the deployment %1").arg(record.name),
        [compute, starts, blobsFolder = m_project.blobs().folder(), outcomes](TaskContext &) {
            BlobStore blobs(blobsFolder);
            for (const auto &[job, model] : starts) {
                // A route's server runs in a folder with its model; the gateway needs none.
                auto prepared = model ? DeploymentBundle::prepare(job.workingFolder, *model, blobs) : Result<QString>();
                outcomes->append({job.jobId, prepared ? compute->submit(job) : Result<QString>(fail(prepared.error()))});
            }
            return Status{};
        },
        this, [this, id = record.id, action, outcomes](const Status &) { launched(id, action, *outcomes); });
    return {};
}

void DeploymentSupervisor::launched(std::int64_t deploymentId, const QString &action,
                                    const QList<std::pair<std::int64_t, Result<QString>>> &outcomes)
{
    if (const auto watch = m_watches.value(deploymentId))
        watch->busy = false;
    std::optional<Error> firstError;
    int failures = 0;
    for (const auto &[jobId, externalId] : outcomes) {
        if (externalId) {
            if (auto ok = m_jobs->setExternalId(jobId, *externalId); !ok)
                report(deploymentId, ok.error());
            continue;
        }
        ++failures;
        if (!firstError)
            firstError = externalId.error();
        if (auto moved = m_jobs->transition(jobId, JobState::Submitted, JobState::Failed, externalId.error().message);
            !moved)
            report(deploymentId, moved.error());
    }
    if (!firstError) {
        finishAction(deploymentId, action, {});
        pollNow();
        return;
    }
    // With some servers of a split running, the probes show which failed (degraded); with none,
    // or one server only, the deployment is down now.
    if (failures == outcomes.size() || outcomes.size() == 1) {
        const QString reason = tr("the server could not start: %1").arg(firstError->message);
        if (auto record = m_store->deployment(deploymentId); record && record->state != DeploymentState::Stopped)
            recordState(watch(*record), DeploymentState::Down, reason);
    }
    pollNow();
    finishAction(deploymentId, action, fail(*firstError));
}

Status DeploymentSupervisor::stopDeployment(std::int64_t deploymentId)
{
    auto record = m_store->deployment(deploymentId);
    if (!record)
        return fail(record.error());
    if (record->state == DeploymentState::Stopped)
        return fail(tr("The deployment \"%1\" is stopped already.").arg(record->name));
    Watch &watch = this->watch(*record);
    if (watch.busy)
        return fail(tr("The deployment \"%1\" is being started or stopped already; wait for that to end.").arg(record->name));
    watch.busy = true;
    stopServer(*record, [this, deploymentId](const Status &stopped) {
        if (const auto current = m_watches.value(deploymentId))
            current->busy = false;
        if (!stopped) {
            finishAction(deploymentId, DeploymentEventKind::Stop, stopped);
            return;
        }
        const QString reason = tr("stopped by %1").arg(m_project.audit().actor());
        if (auto ok = m_store->recordAction(deploymentId, DeploymentEventKind::Stop, DeploymentState::Stopped, reason);
            !ok) {
            finishAction(deploymentId, DeploymentEventKind::Stop, ok);
            return;
        }
        m_watches.remove(deploymentId);
        Q_EMIT stateChanged(deploymentId, DeploymentState::Stopped, reason);
        if (auto events = m_store->events(deploymentId, 1); events && !events->isEmpty())
            Q_EMIT eventRecorded(deploymentId, events->constFirst());
        finishAction(deploymentId, DeploymentEventKind::Stop, {});
    });
    return {};
}

Status DeploymentSupervisor::restartDeployment(std::int64_t deploymentId)
{
    return relaunch(deploymentId, DeploymentEventKind::Restart, [this, deploymentId] {
        return m_store->recordAction(deploymentId, DeploymentEventKind::Restart, DeploymentState::Starting,
                                     tr("restarted by %1").arg(m_project.audit().actor()));
    });
}

Status DeploymentSupervisor::rollDeployment(std::int64_t deploymentId, std::int64_t modelVersionId)
{
    auto record = m_store->deployment(deploymentId);
    if (!record)
        return fail(record.error());
    auto current = m_store->model(record->modelVersionId);
    auto next = m_store->model(modelVersionId);
    if (!current || !next)
        return fail(current ? next.error() : current.error());
    if (next->modelVersionId == current->modelVersionId)
        return fail(tr("The deployment \"%1\" serves %2 version %3 already.")
                        .arg(record->name, next->modelName)
                        .arg(next->version));
    const QString detail = tr("from %1 version %2 to %3 version %4, by %5")
                               .arg(current->modelName)
                               .arg(current->version)
                               .arg(next->modelName)
                               .arg(next->version)
                               .arg(m_project.audit().actor());
    return relaunch(deploymentId, DeploymentEventKind::Rollout,
                    [this, deploymentId, modelVersionId, detail] { return m_store->rollTo(deploymentId, modelVersionId, detail); });
}

// Restart, rollout and a new set of routes: the old servers stop first (the deployment's port
// has no second server to overlap with), `change` records what is new, then the servers start
// again on the same port.
Status DeploymentSupervisor::relaunch(std::int64_t deploymentId, const QString &action, std::function<Status()> change)
{
    auto record = m_store->deployment(deploymentId);
    if (!record)
        return fail(record.error());
    Watch &watch = this->watch(*record);
    if (watch.busy)
        return fail(tr("The deployment \"%1\" is being started or stopped already; wait for that to end.").arg(record->name));
    watch.busy = true;
    stopServer(*record, [this, deploymentId, action, change = std::move(change)](const Status &stopped) {
        if (const auto current = m_watches.value(deploymentId))
            current->busy = false;
        Status ok = stopped ? change() : stopped;
        auto fresh = ok ? m_store->deployment(deploymentId) : Result<DeploymentRecord>(fail(ok.error()));
        if (fresh) {
            if (auto events = m_store->events(deploymentId, 1); events && !events->isEmpty())
                Q_EMIT eventRecorded(deploymentId, events->constFirst());
            auto targetRecord = m_targets->target(fresh->targetId);
            auto port = targetRecord ? choosePort(*targetRecord, fresh->port) : Result<int>(fail(targetRecord.error()));
            ok = port ? launch(*fresh, action) : Status(fail(port.error()));
            if (!ok)
                recordState(this->watch(*fresh), DeploymentState::Down,
                            tr("the server could not start: %1").arg(ok.error().message));
        } else {
            ok = fail(fresh.error());
        }
        if (!ok)
            finishAction(deploymentId, action, ok);
    });
    return {};
}

// Cancels the jobs of the running servers (SIGTERM, SIGKILL after the grace) and marks them cancelled.
void DeploymentSupervisor::stopServer(const DeploymentRecord &record, std::function<void(const Status &)> then)
{
    // Every action ends on a later turn of the event loop, after its caller connected to it.
    auto endLater = [this, &then](Status status) {
        QTimer::singleShot(0, this, [then = std::move(then), status = std::move(status)] { then(status); });
    };
    QList<std::int64_t> jobIds;
    if (record.jobId)
        jobIds.append(*record.jobId);
    for (const DeploymentRoute &route : record.routes) {
        if (route.jobId && !jobIds.contains(*route.jobId))
            jobIds.append(*route.jobId);
    }
    QList<std::pair<std::shared_ptr<ComputeTarget>, JobHandle>> running;
    for (const std::int64_t jobId : std::as_const(jobIds)) {
        auto job = m_jobs->job(jobId);
        if (!job)
            return endLater(fail(job.error()));
        if (isFinished(job->state) || job->externalId.isEmpty())
            continue; // nothing runs
        auto target = this->target(job->targetName);
        if (!target)
            return endLater(fail(target.error()));
        if (auto requested = m_jobs->requestCancel(job->id); !requested)
            return endLater(fail(requested.error()));
        running.append({*target, JobHandle{job->id, (*target)->jobFolder(m_project.folder(), job->id), job->externalId}});
    }
    if (running.isEmpty())
        return endLater({});
    m_tasks.start(
        tr("Stopping the deployment %1").arg(record.name),
        [running, grace = m_stopGraceMs](TaskContext &) {
            Status first;
            for (const auto &[compute, handle] : running) {
                if (auto ok = compute->cancel(handle, grace); !ok && first)
                    first = ok;
            }
            return first;
        },
        this, [this, running, then = std::move(then)](const Status &status) {
            for (const auto &[compute, handle] : running) {
                auto current = m_jobs->job(handle.jobId);
                if (!status || !current || isFinished(current->state))
                    continue;
                if (auto moved = m_jobs->transition(handle.jobId, current->state, JobState::Cancelled,
                                                    tr("stopped with its deployment"));
                    !moved)
                    report(0, moved.error());
            }
            then(status);
        });
}

void DeploymentSupervisor::finishAction(std::int64_t deploymentId, const QString &action, const Status &status)
{
    if (!status) {
        auto record = m_store->deployment(deploymentId);
        const DeploymentState state = record ? record->state : DeploymentState::Down;
        emitEvent(deploymentId, m_store->addEvent(deploymentId, action, state,
                                                  tr("the %1 failed: %2").arg(action, status.error().message)));
    }
    Q_EMIT actionFinished(deploymentId, action, status.has_value(), status ? QString() : status.error().message);
}

} // namespace atelier

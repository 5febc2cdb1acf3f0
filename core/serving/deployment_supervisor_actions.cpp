// DeploymentSupervisor's actions: deploy, stop, restart and roll, each a job start or a cancel run as a task.
#include "core/serving/deployment_supervisor.h"
#include "core/serving/deployment_supervisor_p.h"

#include "core/compute/compute_target.h"
#include "core/compute/job_store.h"
#include "core/compute/target_store.h"
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/serving/demo_serving.h"
#include "core/serving/deployment_bundle.h"
#include "core/serving/deployment_metrics.h"
#include "core/serving/http_probe.h"
#include "core/store/audit_log.h"
#include "core/store/transaction.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"

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
    // The deployment and its first job are recorded together, or not at all.
    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return fail(transaction.error());
    auto id = m_store->create({name, request.modelVersionId, targetRecord->id, command, *port, config});
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

// Makes the job row of a new server process and starts it on its target as a task.
Status DeploymentSupervisor::launch(const DeploymentRecord &record, const QString &action)
{
    auto model = m_store->model(record.modelVersionId);
    if (!model)
        return fail(model.error());
    auto target = this->target(record.targetName);
    if (!target)
        return fail(target.error());
    const QString folder = DeploymentBundle::folder(m_project.folder(), record.id);
    JobSpec spec;
    spec.name = QStringLiteral("serve ") + record.name;
    spec.command = DeploymentBundle::expand(record.command, DeploymentBundle::modelFileName(*model),
                                            record.port.value_or(0), model->modelName);
    spec.workingFolder = folder;
    spec.target = record.targetName;
    spec.resources.gpus = record.config.value(QStringLiteral("gpus")).toInt();
    // Unbuffered, so that the server's lines reach its log (and the reason of a failure) at once.
    spec.environment = {{QStringLiteral("ATELIER_DEPLOYMENT_ID"), QString::number(record.id)},
                        {QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1")}};

    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return fail(transaction.error());
    auto jobId = m_jobs->create(spec, record.targetId, m_project.folder() + QStringLiteral("/jobs"));
    if (!jobId)
        return fail(jobId.error());
    // Claimed at once, so that a JobSupervisor never starts it a second time.
    auto claimed = m_jobs->transition(*jobId, JobState::Queued, JobState::Submitted,
                                      tr("starting the server of the deployment %1 on %2").arg(record.name, record.targetName));
    if (!claimed)
        return fail(claimed.error());
    if (auto ok = m_store->attachJob(record.id, *jobId, record.port.value_or(0)); !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());

    DeploymentRecord attached = record;
    attached.jobId = *jobId;
    Watch &watch = this->watch(attached);
    watch.busy = true;
    watch.health.restart(QDateTime::currentMSecsSinceEpoch());
    watch.metrics.reset();
    watch.problems.clear();

    const std::shared_ptr<ComputeTarget> compute = *target;
    JobLaunch launch;
    launch.jobId = *jobId;
    launch.jobFolder = compute->jobFolder(m_project.folder(), *jobId);
    launch.command = spec.command;
    launch.workingFolder = folder;
    launch.environment = spec.environment;
    launch.environment += {{QStringLiteral("ATELIER_JOB_ID"), QString::number(*jobId)},
                           {QStringLiteral("ATELIER_JOB_DIR"), launch.jobFolder}};
    launch.resources = spec.resources;
    auto outcome = std::make_shared<Result<QString>>(QString());
    m_tasks.start(
        tr("Starting the deployment %1").arg(record.name),
        [compute, launch, folder, served = *model, blobsFolder = m_project.blobs().folder(), outcome](TaskContext &) {
            BlobStore blobs(blobsFolder);
            auto prepared = DeploymentBundle::prepare(folder, served, blobs);
            *outcome = prepared ? compute->submit(launch) : Result<QString>(fail(prepared.error()));
            return Status{};
        },
        this, [this, id = record.id, job = *jobId, action, outcome](const Status &) { launched(id, job, action, *outcome); });
    return {};
}

void DeploymentSupervisor::launched(std::int64_t deploymentId, std::int64_t jobId, const QString &action,
                                    const Result<QString> &externalId)
{
    if (const auto watch = m_watches.value(deploymentId))
        watch->busy = false;
    if (externalId) {
        if (auto ok = m_jobs->setExternalId(jobId, *externalId); !ok)
            report(deploymentId, ok.error());
        finishAction(deploymentId, action, {});
        pollNow();
        return;
    }
    const QString reason = tr("the server could not start: %1").arg(externalId.error().message);
    if (auto moved = m_jobs->transition(jobId, JobState::Submitted, JobState::Failed, externalId.error().message); !moved)
        report(deploymentId, moved.error());
    if (auto record = m_store->deployment(deploymentId); record && record->state != DeploymentState::Stopped)
        recordState(watch(*record), DeploymentState::Down, reason);
    finishAction(deploymentId, action, fail(externalId.error()));
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
    return beginAction(deploymentId, DeploymentEventKind::Restart, std::nullopt);
}

Status DeploymentSupervisor::rollDeployment(std::int64_t deploymentId, std::int64_t modelVersionId)
{
    return beginAction(deploymentId, DeploymentEventKind::Rollout, modelVersionId);
}

// Restart and rollout: the old server stops first (a rollout has no second port to overlap on),
// then a new one starts on the same port.
Status DeploymentSupervisor::beginAction(std::int64_t deploymentId, const QString &action,
                                         std::optional<std::int64_t> rollTo)
{
    auto record = m_store->deployment(deploymentId);
    if (!record)
        return fail(record.error());
    std::optional<ServedModel> from, to;
    if (rollTo) {
        auto current = m_store->model(record->modelVersionId);
        auto next = m_store->model(*rollTo);
        if (!current || !next)
            return fail(current ? next.error() : current.error());
        if (next->modelVersionId == current->modelVersionId)
            return fail(tr("The deployment \"%1\" serves %2 version %3 already.")
                            .arg(record->name, next->modelName)
                            .arg(next->version));
        from = *current;
        to = *next;
    }
    Watch &watch = this->watch(*record);
    if (watch.busy)
        return fail(tr("The deployment \"%1\" is being started or stopped already; wait for that to end.").arg(record->name));
    watch.busy = true;
    stopServer(*record, [this, deploymentId, action, from, to](const Status &stopped) {
        if (const auto current = m_watches.value(deploymentId))
            current->busy = false;
        Status ok = stopped;
        if (ok && to)
            ok = m_store->rollTo(deploymentId, to->modelVersionId,
                                 tr("from %1 version %2 to %3 version %4, by %5")
                                     .arg(from->modelName)
                                     .arg(from->version)
                                     .arg(to->modelName)
                                     .arg(to->version)
                                     .arg(m_project.audit().actor()));
        else if (ok)
            ok = m_store->recordAction(deploymentId, DeploymentEventKind::Restart, DeploymentState::Starting,
                                       tr("restarted by %1").arg(m_project.audit().actor()));
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

// Cancels the job of the running server (SIGTERM, SIGKILL after the grace) and marks it cancelled.
void DeploymentSupervisor::stopServer(const DeploymentRecord &record, std::function<void(const Status &)> then)
{
    // Every action ends on a later turn of the event loop, after its caller connected to it.
    auto endLater = [this, &then](Status status) {
        QTimer::singleShot(0, this, [then = std::move(then), status = std::move(status)] { then(status); });
    };
    auto job = record.jobId ? m_jobs->job(*record.jobId) : Result<JobRecord>(JobRecord{});
    if (!job)
        return endLater(fail(job.error()));
    if (job->id == 0 || isFinished(job->state) || job->externalId.isEmpty())
        return endLater({}); // nothing runs
    auto target = this->target(job->targetName);
    if (!target)
        return endLater(fail(target.error()));
    if (auto requested = m_jobs->requestCancel(job->id); !requested)
        return endLater(fail(requested.error()));
    const JobHandle handle{job->id, (*target)->jobFolder(m_project.folder(), job->id), job->externalId};
    m_tasks.start(
        tr("Stopping the deployment %1").arg(record.name),
        [compute = *target, handle, grace = m_stopGraceMs](TaskContext &) { return compute->cancel(handle, grace); },
        this, [this, jobId = job->id, then = std::move(then)](const Status &status) {
            if (status) {
                auto current = m_jobs->job(jobId);
                if (current && !isFinished(current->state)) {
                    if (auto moved = m_jobs->transition(jobId, current->state, JobState::Cancelled,
                                                        tr("stopped with its deployment"));
                        !moved)
                        report(0, moved.error());
                }
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

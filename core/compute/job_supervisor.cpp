// JobSupervisor: one poll reads the unfinished jobs, starts the queued ones, probes the rest per target and applies what it saw.
#include "core/compute/job_supervisor.h"

#include "core/compute/compute_target.h"
#include "core/compute/folder_transfer.h"
#include "core/compute/job_store.h"
#include "core/compute/local_target.h"
#include "core/compute/slurm/slurm_target.h"
#include "core/compute/ssh_target.h"
#include "core/compute/target_store.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"
#include "core/tracking/mlruns_import.h"
#include "core/tracking/tracking_store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>

namespace atelier {

namespace {

const QString AttemptTag = QStringLiteral("atelier.attempt");
const QString JobIdTag = QStringLiteral("atelier.job_id");
// A job that was claimed for submission and never got a process is lost after this long.
constexpr qint64 StartTimeoutMs = 120000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The command as a person would type it, for the run's provenance (never executed).
QString displayCommand(const QStringList &command)
{
    QStringList words;
    for (const QString &word : command) {
        const bool plain = !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) {
            return c.isLetterOrNumber() || QStringLiteral("-_./=:,+@%").contains(c);
        });
        words.append(plain ? word : u'\'' + QString(word).replace(u'\'', QStringLiteral("'\\''")) + u'\'');
    }
    return words.join(u' ');
}

QString yamlText(const QString &text)
{
    QString single = text;
    single.replace(u'\n', u' ');
    return u'\'' + single.replace(u'\'', QStringLiteral("''")) + u'\'';
}

// What MLflow's file store needs to find the run of MLFLOW_RUN_ID: the experiment's and the
// run's meta.yaml, with the ids and names of the project's run, so that the import at the end
// matches them again.
struct MlrunsSeed
{
    QString folder; // <job>/mlruns
    std::int64_t experimentId = 0;
    QString experimentName;
    QString runId;
    QString runName;
    QString user;
    std::int64_t startTime = 0;
};

// The two files, relative to the file store's folder.
QList<FileContent> mlrunsSeedFiles(const MlrunsSeed &seed)
{
    const QString experimentFolder = seed.folder + u'/' + QString::number(seed.experimentId);
    const QString runFolder = experimentFolder + u'/' + seed.runId;
    const QString now = QString::number(nowMs());
    const QString experimentMeta =
        QStringLiteral("artifact_location: %1\ncreation_time: %2\nexperiment_id: '%3'\nlast_update_time: %2\n"
                       "lifecycle_stage: active\nname: %4\n")
            .arg(yamlText(QUrl::fromLocalFile(experimentFolder).toString(QUrl::FullyEncoded)), now)
            .arg(seed.experimentId)
            .arg(yamlText(seed.experimentName));
    const QString runMeta =
        QStringLiteral("artifact_uri: %1\nend_time: null\nentry_point_name: ''\nexperiment_id: '%2'\n"
                       "lifecycle_stage: active\nrun_id: %3\nrun_name: %4\nrun_uuid: %3\nsource_name: ''\n"
                       "source_type: 4\nsource_version: ''\nstart_time: %5\nstatus: 1\ntags: []\nuser_id: %6\n")
            .arg(yamlText(QUrl::fromLocalFile(runFolder + QStringLiteral("/artifacts")).toString(QUrl::FullyEncoded)))
            .arg(seed.experimentId)
            .arg(seed.runId, yamlText(seed.runName))
            .arg(seed.startTime)
            .arg(yamlText(seed.user));
    const QString experimentPath = QString::number(seed.experimentId);
    return {{experimentPath + QStringLiteral("/meta.yaml"), experimentMeta.toUtf8()},
            {experimentPath + u'/' + seed.runId + QStringLiteral("/meta.yaml"), runMeta.toUtf8()}};
}

RunStatus runStatusFor(JobState state)
{
    switch (state) {
    case JobState::Succeeded:
        return RunStatus::Finished;
    case JobState::Cancelled:
        return RunStatus::Killed;
    default:
        return RunStatus::Failed;
    }
}

} // namespace

struct JobSupervisor::LaunchOutcome
{
    Result<QString> externalId = QString();
    QString resumedFrom;
};

JobSupervisor::JobSupervisor(Project &project, TaskManager &tasks, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_tasks(tasks)
    , m_jobs(std::make_unique<JobStore>(project.database(), project.audit()))
    , m_targets(std::make_unique<TargetStore>(project.database(), project.audit()))
    , m_tracking(std::make_unique<TrackingStore>(project.database(), project.audit()))
    , m_timer(new QTimer(this))
    , m_factory(&JobSupervisor::makeTarget)
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &JobSupervisor::poll);
}

JobSupervisor::~JobSupervisor() = default;

void JobSupervisor::setPollInterval(int ms)
{
    m_timer->setInterval(ms);
}

void JobSupervisor::setTargetFactory(TargetFactory factory)
{
    m_factory = std::move(factory);
    m_targetCache.clear();
}

Result<std::shared_ptr<ComputeTarget>> JobSupervisor::makeTarget(const TargetRecord &record)
{
    if (record.kind == QLatin1String("ssh"))
        return SshTarget::fromRecord(record);
    if (record.kind == QLatin1String("slurm"))
        return SlurmTarget::fromRecord(record);
    if (record.kind == QLatin1String("local"))
        return std::make_shared<LocalTarget>(record.name);
    return fail(tr("The target \"%1\" is of kind %2, which this version of Atelier does not know: use local, ssh "
                   "or slurm.")
                    .arg(record.name, record.kind));
}

Result<std::shared_ptr<ComputeTarget>> JobSupervisor::target(const QString &name)
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

Result<std::int64_t> JobSupervisor::submit(const JobSpec &spec)
{
    if (auto ok = spec.validate(); !ok)
        return fail(ok.error());
    auto target = m_targets->target(spec.target);
    if (!target)
        return fail(target.error());
    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return fail(transaction.error());
    std::int64_t experimentId = 0;
    if (!spec.experiment.isEmpty()) {
        auto experiment = m_tracking->experimentByName(spec.experiment);
        auto id = experiment ? Result<std::int64_t>(experiment->id) : m_tracking->createExperiment(spec.experiment);
        if (!id)
            return fail(id.error());
        experimentId = *id;
    }
    auto jobId = m_jobs->create(spec, target->id, m_project.folder() + QStringLiteral("/jobs"));
    if (!jobId)
        return fail(jobId.error());
    RunCreate create;
    create.experimentId = experimentId;
    create.runName = spec.name;
    create.user = Project::currentActor();
    create.tags = {{JobIdTag, QString::number(*jobId)}, {AttemptTag, QStringLiteral("1")}};
    create.provenance.host = QSysInfo::machineHostName();
    create.provenance.command = displayCommand(spec.command);
    create.provenance.jobId = *jobId;
    create.provenance.datasetVersionId = spec.datasetVersionId;
    auto run = m_tracking->createRun(create);
    if (!run)
        return fail(withContext(tr("Could not create the tracking run of the job \"%1\"").arg(spec.name), run.error()));
    auto runRowId = m_tracking->runRowId(run->runId);
    if (!runRowId)
        return fail(runRowId.error());
    if (auto ok = m_jobs->setRun(*jobId, *runRowId); !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    Q_EMIT jobChanged(*jobId, JobState::Queued);
    pollNow();
    return *jobId;
}

Status JobSupervisor::cancel(std::int64_t jobId)
{
    auto job = m_jobs->job(jobId);
    if (!job)
        return fail(job.error());
    if (isFinished(job->state))
        return fail(tr("The job %1 has ended already (%2): there is nothing to cancel.")
                        .arg(jobId)
                        .arg(jobStateName(job->state)));
    auto requested = m_jobs->requestCancel(jobId);
    if (!requested)
        return fail(requested.error());
    pollNow();
    return {};
}

void JobSupervisor::start()
{
    m_timer->start();
    pollNow();
}

void JobSupervisor::stop()
{
    m_timer->stop();
}

void JobSupervisor::pollNow()
{
    // Several requests in one turn of the event loop make one poll.
    if (m_pollQueued)
        return;
    m_pollQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_pollQueued = false;
        poll();
    });
}

void JobSupervisor::poll()
{
    auto jobs = m_jobs->unfinished();
    if (!jobs) {
        report(0, jobs.error());
        return;
    }
    QList<JobRecord> running;
    for (const JobRecord &job : std::as_const(*jobs)) {
        if (m_busy.contains(job.id))
            continue;
        if (job.state == JobState::Queued && job.cancelRequested)
            finish(job, JobState::Cancelled, tr("cancelled before it started"));
        else if (job.state == JobState::Queued)
            launch(job);
        else if (job.cancelRequested && !m_cancelSent.contains(job.id))
            sendCancel(job);
        else
            running.append(job);
    }
    if (!m_probing && !running.isEmpty())
        probe(running);
}

void JobSupervisor::launch(const JobRecord &job)
{
    auto target = this->target(job.targetName);
    // Claiming the job first makes sure that only one process starts it.
    auto claimed = m_jobs->transition(job.id, JobState::Queued, JobState::Submitted,
                                      tr("starting on %1 (attempt %2)").arg(job.targetName).arg(job.attempt));
    if (!claimed) {
        report(job.id, claimed.error());
        return;
    }
    if (!*claimed)
        return;
    Q_EMIT jobChanged(job.id, JobState::Submitted);
    if (!target) {
        JobRecord claimedJob = job;
        claimedJob.state = JobState::Submitted;
        finish(claimedJob, JobState::Failed, target.error().message);
        return;
    }
    std::shared_ptr<ComputeTarget> compute = *target;

    JobLaunch launch;
    launch.jobId = job.id;
    launch.jobFolder = compute->jobFolder(m_project.folder(), job.id);
    launch.command = job.spec.command;
    launch.workingFolder = job.spec.workingFolder;
    launch.resources = job.spec.resources;
    const QString workFolder = compute->workingFolderOnTarget(launch.jobFolder, job.spec.workingFolder);
    const QString outputFolder = QDir::cleanPath(QDir(workFolder).absoluteFilePath(
        job.spec.outputFolder.isEmpty() ? QStringLiteral(".") : job.spec.outputFolder));
    launch.environment = job.spec.environment;
    const bool toServer = !m_trackingUrl.isEmpty() && compute->reachesLocalServer();
    MlrunsSeed seed;
    if (!toServer) {
        seed.folder = launch.jobFolder + u'/' + JobFiles::Mlruns;
        seed.experimentId = job.experimentId;
        auto experiment = m_tracking->experiment(job.experimentId);
        seed.experimentName = experiment ? experiment->name : QStringLiteral("Default");
        auto run = m_tracking->run(job.runUuid);
        seed.runId = job.runUuid;
        seed.runName = run ? run->info.runName : job.name;
        seed.user = run ? run->info.user : Project::currentActor();
        seed.startTime = run ? run->info.startTime.value_or(nowMs()) : nowMs();
    }
    launch.environment += {
        {QStringLiteral("MLFLOW_TRACKING_URI"), toServer ? m_trackingUrl : QUrl::fromLocalFile(seed.folder).toString(QUrl::FullyEncoded)},
        {QStringLiteral("MLFLOW_RUN_ID"), job.runUuid},
        {QStringLiteral("MLFLOW_EXPERIMENT_ID"), QString::number(job.experimentId)},
        {QStringLiteral("ATELIER_JOB_ID"), QString::number(job.id)},
        {QStringLiteral("ATELIER_JOB_DIR"), launch.jobFolder},
        {QStringLiteral("ATELIER_ATTEMPT"), QString::number(job.attempt)},
        {QStringLiteral("ATELIER_OUTPUT_DIR"), outputFolder},
    };
    const QString pattern = job.attempt > 1 ? job.spec.checkpointPattern : QString();

    m_busy.insert(job.id);
    auto outcome = std::make_shared<LaunchOutcome>();
    m_tasks.start(
        tr("Starting the job %1").arg(job.name),
        [compute, launch, seed, pattern, outputFolder, outcome](TaskContext &) mutable -> Status {
            if (!pattern.isEmpty()) {
                auto newest = compute->newestFile(outputFolder, pattern);
                if (newest && !newest->isEmpty()) {
                    outcome->resumedFrom = *newest;
                    launch.environment.append({QStringLiteral("ATELIER_RESUME_FROM"), *newest});
                }
            }
            if (!seed.folder.isEmpty()) {
                if (auto ok = compute->seedFiles(seed.folder, mlrunsSeedFiles(seed)); !ok) {
                    outcome->externalId = std::unexpected(ok.error());
                    return {};
                }
            }
            outcome->externalId = compute->submit(launch);
            return {};
        },
        this, [this, id = job.id, outcome](const Status &) { launched(id, *outcome); });
}

void JobSupervisor::launched(std::int64_t jobId, const LaunchOutcome &outcome)
{
    m_busy.remove(jobId);
    auto job = m_jobs->job(jobId);
    if (!job) {
        report(jobId, job.error());
        return;
    }
    if (!outcome.externalId) {
        finish(*job, JobState::Failed, outcome.externalId.error().message);
        return;
    }
    if (auto ok = m_jobs->setExternalId(jobId, *outcome.externalId); !ok)
        report(jobId, ok.error());
    if (!outcome.resumedFrom.isEmpty())
        m_resumedFrom.insert(jobId, outcome.resumedFrom);
    pollNow();
}

void JobSupervisor::sendCancel(const JobRecord &job)
{
    auto target = this->target(job.targetName);
    if (!target) {
        report(job.id, target.error());
        return;
    }
    m_busy.insert(job.id);
    const JobHandle handle{job.id, (*target)->jobFolder(m_project.folder(), job.id), job.externalId};
    m_tasks.start(
        tr("Cancelling the job %1").arg(job.name),
        [compute = *target, handle, grace = m_cancelGraceMs](TaskContext &) { return compute->cancel(handle, grace); },
        this, [this, id = job.id](const Status &status) {
            m_busy.remove(id);
            // After a failure the timer tries again, rather than at once and in a loop.
            if (!status) {
                report(id, status.error());
                return;
            }
            m_cancelSent.insert(id);
            pollNow();
        });
}

void JobSupervisor::probe(const QList<JobRecord> &jobs)
{
    QHash<QString, QList<JobHandle>> byTarget;
    QHash<QString, std::shared_ptr<ComputeTarget>> targets;
    QHash<std::int64_t, int> attempts;
    for (const JobRecord &job : jobs) {
        attempts.insert(job.id, job.attempt);
        auto target = this->target(job.targetName);
        if (!target) {
            report(job.id, target.error());
            continue;
        }
        targets.insert(job.targetName, *target);
        byTarget[job.targetName].append({job.id, (*target)->jobFolder(m_project.folder(), job.id), job.externalId});
    }
    if (byTarget.isEmpty())
        return;
    m_probing = true;
    auto results = std::make_shared<QList<Result<QList<JobProbe>>>>();
    m_tasks.start(
        tr("Checking %n job(s)", "", int(jobs.size())),
        [targets, byTarget, results](TaskContext &) -> Status {
            for (auto it = byTarget.begin(); it != byTarget.end(); ++it)
                results->append(targets.value(it.key())->probe(it.value()));
            return {};
        },
        this, [this, results, attempts](const Status &) {
            m_probing = false;
            for (const auto &result : std::as_const(*results)) {
                if (!result) {
                    report(0, result.error());
                    continue;
                }
                for (const JobProbe &probe : *result)
                    apply(probe, attempts.value(probe.jobId));
            }
        });
}

void JobSupervisor::apply(const JobProbe &probe, int probedAttempt)
{
    if (m_busy.contains(probe.jobId))
        return;
    // The job as it is now: another process may have moved it while the probe ran.
    auto job = m_jobs->job(probe.jobId);
    if (!job) {
        report(probe.jobId, job.error());
        return;
    }
    // A probe of an earlier attempt (another process retried the job meanwhile) says nothing
    // about this one.
    if (isFinished(job->state) || job->state == JobState::Queued || job->attempt != probedAttempt)
        return;
    switch (probe.state) {
    case JobProbe::State::Pending:
        if (job->externalId.isEmpty()
            && QDateTime::fromString(job->updatedAt, Qt::ISODateWithMs).msecsTo(QDateTime::currentDateTimeUtc())
                   > StartTimeoutMs)
            finish(*job, JobState::Lost, tr("it never started: no process was recorded for it"));
        return;
    case JobProbe::State::Running:
        if (job->state == JobState::Submitted) {
            const QString resumed = m_resumedFrom.take(job->id);
            const QString reason = resumed.isEmpty()
                                       ? tr("running (%1)").arg(job->externalId)
                                       : tr("running (%1), resuming from %2").arg(job->externalId, resumed);
            if (moved(*job, JobState::Running, reason))
                Q_EMIT jobChanged(job->id, JobState::Running);
        }
        return;
    case JobProbe::State::Exited: {
        const int code = probe.exitCode.value_or(-1);
        if (code == 0)
            finish(*job, JobState::Succeeded, tr("the command ended with exit code 0"), code);
        else if (job->cancelRequested)
            finish(*job, JobState::Cancelled, tr("cancelled; the command ended with exit code %1").arg(code), code);
        else if (job->attempt <= job->spec.retries)
            retry(*job, code, probe.lastError);
        else
            finish(*job, JobState::Failed,
                   probe.lastError.isEmpty() ? tr("the command ended with exit code %1").arg(code)
                                             : tr("the command ended with exit code %1: %2").arg(code).arg(probe.lastError),
                   code);
        return;
    }
    case JobProbe::State::Vanished:
        if (job->cancelRequested)
            finish(*job, JobState::Cancelled, tr("cancelled; its processes were stopped"));
        else
            finish(*job, JobState::Lost,
                   tr("its process ended without writing an exit code (it was killed, or the computer restarted)"));
        return;
    }
}

void JobSupervisor::retry(const JobRecord &job, int exitCode, const QString &lastError)
{
    const int next = job.attempt + 1;
    const QString reason = tr("attempt %1 ended with exit code %2%3; starting attempt %4 of %5")
                               .arg(job.attempt)
                               .arg(exitCode)
                               .arg(lastError.isEmpty() ? QString() : QStringLiteral(" (") + lastError + u')')
                               .arg(next)
                               .arg(job.spec.retries + 1);
    auto applied = m_jobs->transition(job.id, job.state, JobState::Queued, reason, {std::nullopt, next, exitCode});
    if (!applied) {
        report(job.id, applied.error());
        return;
    }
    if (!*applied)
        return;
    if (!job.runUuid.isEmpty()) {
        LogBatch batch;
        batch.tags = {{AttemptTag, QString::number(next)}};
        if (auto ok = m_tracking->logBatch(job.runUuid, batch); !ok)
            report(job.id, ok.error());
    }
    Q_EMIT jobChanged(job.id, JobState::Queued);
    pollNow();
}

bool JobSupervisor::moved(const JobRecord &job, JobState to, const QString &reason, std::optional<int> exitCode)
{
    auto applied = m_jobs->transition(job.id, job.state, to, reason, {std::nullopt, std::nullopt, exitCode});
    if (!applied) {
        report(job.id, applied.error());
        return false;
    }
    return *applied;
}

// A job that ran elsewhere logged into a file store in its folder there: that comes back first,
// so that whoever sees the job ended finds its metrics in the project. The jobs that end in one
// poll come back in one transfer per target.
void JobSupervisor::finish(const JobRecord &job, JobState state, const QString &reason, std::optional<int> exitCode)
{
    auto target = this->target(job.targetName);
    const bool elsewhere = target && (*target)->jobFolder(m_project.folder(), job.id) != job.folder;
    if (job.runUuid.isEmpty() || job.externalId.isEmpty() || !elsewhere) {
        end(job, state, reason, exitCode);
        return;
    }
    m_busy.insert(job.id);
    m_pendingEnds[job.targetName].append({job, state, reason, exitCode});
    if (!m_fetchQueued) {
        m_fetchQueued = true;
        QTimer::singleShot(0, this, &JobSupervisor::fetchFileStores);
    }
}

void JobSupervisor::fetchFileStores()
{
    m_fetchQueued = false;
    const auto pending = std::exchange(m_pendingEnds, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        auto target = this->target(it.key());
        QList<std::pair<QString, QString>> folders;
        for (const PendingEnd &ended : it.value())
            folders.append({(*target)->jobFolder(m_project.folder(), ended.job.id) + u'/' + JobFiles::Mlruns,
                            ended.job.folder + u'/' + JobFiles::Mlruns});
        m_tasks.start(
            tr("Fetching what %n job(s) logged", "", int(folders.size())),
            [compute = *target, folders](TaskContext &) { return compute->fetchFolders(folders); }, this,
            [this, ends = it.value(), where = it.key()](const Status &fetched) {
                for (const PendingEnd &ended : ends) {
                    m_busy.remove(ended.job.id);
                    if (!fetched)
                        report(ended.job.id, withContext(tr("Could not fetch what the job %1 logged on %2")
                                                             .arg(ended.job.id)
                                                             .arg(where),
                                                         fetched.error()));
                    end(ended.job, ended.state, ended.reason, ended.exitCode);
                }
            });
    }
}

void JobSupervisor::end(const JobRecord &job, JobState state, const QString &reason, std::optional<int> exitCode)
{
    if (!moved(job, state, reason, exitCode))
        return;
    m_cancelSent.remove(job.id);
    m_resumedFrom.remove(job.id);
    closeRun(job, state);
    Q_EMIT jobChanged(job.id, state);
    Q_EMIT jobFinished(job.id, state);
}

// Imports what the job logged to its file store, then marks its run ended as the job did.
void JobSupervisor::closeRun(const JobRecord &job, JobState state)
{
    if (job.runUuid.isEmpty())
        return;
    const QString mlruns = job.folder + u'/' + JobFiles::Mlruns;
    if (QFileInfo(mlruns).isDir()) {
        auto synced = MlrunsImport(m_project.database(), m_project.audit(), m_project.blobs()).sync(mlruns);
        if (!synced)
            report(job.id, withContext(tr("Could not import what the job %1 logged in %2").arg(job.id).arg(mlruns),
                                       synced.error()));
    }
    RunUpdate update;
    update.status = runStatusFor(state);
    update.endTime = nowMs();
    if (auto ok = m_tracking->updateRun(job.runUuid, update); !ok)
        report(job.id, ok.error());
}

void JobSupervisor::report(std::int64_t jobId, const Error &error)
{
    Q_EMIT errorOccurred(jobId, error.toString());
}

} // namespace atelier

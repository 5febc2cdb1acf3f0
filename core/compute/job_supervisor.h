// JobSupervisor: submits jobs to their targets, follows them, retries failures and re-attaches after a restart.
#pragma once

#include "core/compute/job_spec.h"
#include "core/compute/job_store.h"
#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

class QTimer;

namespace atelier {

class ComputeTarget;
class Project;
class TargetStore;
class TaskManager;
class TrackingStore;
struct JobProbe;
struct TargetRecord;

// Everything the supervisor knows is in the store: each poll reads the unfinished jobs afresh,
// so a job submitted, cancelled or finished by another process (the workbench, `atelier job
// wait`) is seen, and a supervisor started later re-attaches to the jobs an earlier one left
// running. It lives on the GUI thread; what blocks (starting a process, probing, the grace period
// of a cancel) runs as TaskManager tasks, and the store is written here with short transactions.
//
// A job logs to the workbench's MLflow server when one runs (setTrackingUrl) and its target
// reaches it; otherwise to an MLflow file store in its folder (jobs/<id>/mlruns), which is
// imported into the project when the job ends.
class JobSupervisor : public QObject
{
    Q_OBJECT

public:
    using TargetFactory = std::function<Result<std::shared_ptr<ComputeTarget>>(const TargetRecord &)>;

    JobSupervisor(Project &project, TaskManager &tasks, QObject *parent = nullptr);
    ~JobSupervisor() override;

    // "http://127.0.0.1:PORT" of the running tracking server; empty: none runs.
    void setTrackingUrl(const QString &url) { m_trackingUrl = url; }
    void setPollInterval(int ms);
    // How long a cancelled job has between SIGTERM and SIGKILL (10 s unless set).
    void setCancelGrace(int ms) { m_cancelGraceMs = ms; }
    // Makes the target of a compute_target row; the default is makeTarget. Tests put their own
    // here (a recording runner, a cluster of their own).
    void setTargetFactory(TargetFactory factory);
    // The target of a compute_target row, whatever its kind: local, ssh or slurm.
    static Result<std::shared_ptr<ComputeTarget>> makeTarget(const TargetRecord &record);

    // Records the job as queued with its tracking run; it starts on the next poll.
    [[nodiscard]] Result<std::int64_t> submit(const JobSpec &spec);
    // Marks the job cancelled-on-request; a queued job ends at once, a running one gets SIGTERM
    // on the next poll, then SIGKILL after the grace period.
    [[nodiscard]] Status cancel(std::int64_t jobId);
    // Re-attaches to every unfinished job and polls until stop().
    void start();
    void stop();
    // Polls at once instead of waiting for the timer.
    void pollNow();

    // The target a job runs on, for readers of its logs.
    [[nodiscard]] Result<std::shared_ptr<ComputeTarget>> target(const QString &name);

Q_SIGNALS:
    void jobChanged(std::int64_t jobId, atelier::JobState state);
    void jobFinished(std::int64_t jobId, atelier::JobState state);
    // A step failed that the supervisor will try again on a later poll (the store, a target).
    void errorOccurred(std::int64_t jobId, const QString &message);

private:
    struct LaunchOutcome;
    // A job that ended elsewhere, waiting for its file store to come back before it counts as ended.
    struct PendingEnd
    {
        JobRecord job;
        JobState state;
        QString reason;
        std::optional<int> exitCode;
    };
    void poll();
    void launch(const JobRecord &job);
    void launched(std::int64_t jobId, const LaunchOutcome &outcome);
    void sendCancel(const JobRecord &job);
    void probe(const QList<JobRecord> &jobs);
    void apply(const JobProbe &probe, int probedAttempt);
    void retry(const JobRecord &job, int exitCode, const QString &lastError);
    void finish(const JobRecord &job, JobState state, const QString &reason, std::optional<int> exitCode = {});
    void end(const JobRecord &job, JobState state, const QString &reason, std::optional<int> exitCode);
    void fetchFileStores();
    void closeRun(const JobRecord &job, JobState state);
    bool moved(const JobRecord &job, JobState to, const QString &reason, std::optional<int> exitCode = {});
    void report(std::int64_t jobId, const Error &error);

    Project &m_project;
    TaskManager &m_tasks;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<TargetStore> m_targets;
    std::unique_ptr<TrackingStore> m_tracking;
    QTimer *m_timer;
    TargetFactory m_factory;
    QHash<QString, std::shared_ptr<ComputeTarget>> m_targetCache;
    QString m_trackingUrl;
    int m_cancelGraceMs = 10000;
    QSet<std::int64_t> m_busy;        // a launch or cancel of the job is under way here
    QSet<std::int64_t> m_cancelSent;  // SIGTERM went out from here
    QHash<std::int64_t, QString> m_resumedFrom;
    QHash<QString, QList<PendingEnd>> m_pendingEnds; // by target name
    bool m_probing = false;
    bool m_pollQueued = false;
    bool m_fetchQueued = false;
};

} // namespace atelier

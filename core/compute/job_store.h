// JobStore: jobs and their state changes (job, job_event) in the project store.
#pragma once

#include "core/compute/job_spec.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace atelier {

class AuditLog;
class Database;

struct JobRecord
{
    std::int64_t id = 0;
    QString name;
    std::int64_t targetId = 0;
    QString targetName;
    QString targetKind;
    JobState state = JobState::Queued;
    JobSpec spec;
    QString folder;       // <project>/jobs/<id>
    QString externalId;   // the target's name of the running process; empty before submission
    int attempt = 1;
    std::optional<int> exitCode;
    std::optional<std::int64_t> runRowId;
    QString runUuid;      // the MLflow run id the job logs to
    std::int64_t experimentId = 0;
    bool cancelRequested = false;
    QString createdAt;    // ISO 8601 UTC
    QString updatedAt;
};

struct JobEvent
{
    QString at;           // ISO 8601 UTC, with milliseconds
    JobState state = JobState::Queued;
    QString reason;
    int attempt = 1;
};

// What a transition changes besides the state.
struct JobChange
{
    std::optional<QString> externalId;
    std::optional<int> attempt;
    std::optional<int> exitCode;
};

// Several processes may watch one job (the workbench, `atelier job wait`): a transition names the
// state it expects to leave and does nothing when another process moved the job first, so that
// each change is made once.
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)

public:
    JobStore(Database &db, AuditLog &audit);

    // A queued job on `targetId` whose folder is `jobsFolder`/<id>, with its first event.
    [[nodiscard]] Result<std::int64_t> create(const JobSpec &spec, std::int64_t targetId, const QString &jobsFolder);
    // Moves the job from `from` to `to` with an event; false (and nothing written) when the job
    // is no longer in `from`.
    [[nodiscard]] Result<bool> transition(std::int64_t jobId, JobState from, JobState to, const QString &reason,
                                          const JobChange &change = {});
    [[nodiscard]] Status setExternalId(std::int64_t jobId, const QString &externalId);
    [[nodiscard]] Status setRun(std::int64_t jobId, std::int64_t runRowId);
    // Marks an unfinished job to be cancelled; false when it had finished already.
    [[nodiscard]] Result<bool> requestCancel(std::int64_t jobId);

    [[nodiscard]] Result<JobRecord> job(std::int64_t jobId);
    // Newest first.
    [[nodiscard]] Result<QList<JobRecord>> jobs();
    // Queued, syncing, submitted and running jobs, oldest first: those to re-attach to.
    [[nodiscard]] Result<QList<JobRecord>> unfinished();
    // Oldest first.
    [[nodiscard]] Result<QList<JobEvent>> events(std::int64_t jobId);

private:
    [[nodiscard]] Result<QList<JobRecord>> select(const char *where, std::optional<std::int64_t> id);

    Database &m_db;
    AuditLog &m_audit;
};

} // namespace atelier

// JobStore: inserts and conditional updates of job and job_event, each with its audit row.
#include "core/compute/job_store.h"

#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>


namespace atelier {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

constexpr const char *SelectJob =
    "SELECT j.id, j.name, j.target_id, t.name, t.kind, j.state, j.spec, j.folder, j.external_id, j.attempt, "
    "j.exit_code, j.run_id, coalesce(r.uuid, ''), coalesce(r.experiment_id, 0), j.cancel_requested_at IS NOT NULL, "
    "j.created_at, j.updated_at "
    "FROM job j JOIN compute_target t ON t.id = j.target_id LEFT JOIN run r ON r.id = j.run_id ";

JobRecord jobFrom(const Statement &row)
{
    JobRecord job;
    job.id = row.int64(0);
    job.name = row.text(1);
    job.targetId = row.int64(2);
    job.targetName = row.text(3);
    job.targetKind = row.text(4);
    job.state = jobStateFromName(row.text(5)).value_or(JobState::Lost);
    // The spec was validated when the job was made; a damaged one leaves the fields empty.
    job.spec = JobSpec::fromJson(QJsonDocument::fromJson(row.text(6).toUtf8()).object()).value_or(JobSpec{});
    job.folder = row.text(7);
    job.externalId = row.text(8);
    job.attempt = int(row.int64(9));
    if (!row.isNull(10))
        job.exitCode = int(row.int64(10));
    if (!row.isNull(11))
        job.runRowId = row.int64(11);
    job.runUuid = row.text(12);
    job.experimentId = row.int64(13);
    job.cancelRequested = row.int64(14) != 0;
    job.createdAt = row.text(15);
    job.updatedAt = row.text(16);
    return job;
}

} // namespace

JobStore::JobStore(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<std::int64_t> JobStore::create(const JobSpec &spec, std::int64_t targetId, const QString &jobsFolder)
{
    if (auto ok = spec.validate(); !ok)
        return fail(ok.error());
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    const QString at = now();
    const QString specText = QString::fromUtf8(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact));
    if (auto ok = m_db.execute("INSERT INTO job(name, target_id, dataset_version_id, state, spec, created_at, "
                               "updated_at) VALUES (?, ?, ?, 'queued', ?, ?, ?)",
                               spec.name, targetId, spec.datasetVersionId, specText, at, at);
        !ok)
        return fail(withContext(tr("Could not create the job \"%1\"").arg(spec.name), ok.error()));
    const std::int64_t id = m_db.lastInsertId();
    const QString folder = jobsFolder + u'/' + QString::number(id);
    if (auto ok = m_db.execute("UPDATE job SET folder = ? WHERE id = ?", folder, id); !ok)
        return fail(ok.error());
    if (auto ok = m_db.execute("INSERT INTO job_event(job_id, at, state, reason, attempt) VALUES (?, ?, 'queued', ?, 1)",
                               id, at, tr("submitted by %1").arg(m_audit.actor()));
        !ok)
        return fail(ok.error());
    if (auto ok = m_audit.record(QStringLiteral("job.create"), QStringLiteral("job"), QString::number(id),
                                 {{QStringLiteral("name"), spec.name}, {QStringLiteral("target"), qint64(targetId)}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return id;
}

Result<bool> JobStore::transition(std::int64_t jobId, JobState from, JobState to, const QString &reason,
                                  const JobChange &change)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    const QString at = now();
    if (auto ok = m_db.execute("UPDATE job SET state = ?, updated_at = ?, external_id = coalesce(?, external_id), "
                               "attempt = coalesce(?, attempt), exit_code = coalesce(?, exit_code) "
                               "WHERE id = ? AND state = ?",
                               jobStateName(to), at, change.externalId, change.attempt, change.exitCode, jobId,
                               jobStateName(from));
        !ok)
        return fail(withContext(tr("Could not record that the job %1 is %2").arg(jobId).arg(jobStateName(to)),
                                ok.error()));
    auto changed = m_db.queryInt("SELECT changes()");
    if (!changed)
        return fail(changed.error());
    if (*changed == 0)
        return false;
    auto attempt = m_db.queryInt("SELECT attempt FROM job WHERE id = ?", jobId);
    if (!attempt)
        return fail(attempt.error());
    if (auto ok = m_db.execute("INSERT INTO job_event(job_id, at, state, reason, attempt) VALUES (?, ?, ?, ?, ?)",
                               jobId, at, jobStateName(to), reason, *attempt);
        !ok)
        return fail(ok.error());
    if (auto ok = m_audit.record(QStringLiteral("job.state"), QStringLiteral("job"), QString::number(jobId),
                                 {{QStringLiteral("from"), jobStateName(from)},
                                  {QStringLiteral("to"), jobStateName(to)},
                                  {QStringLiteral("reason"), reason},
                                  {QStringLiteral("attempt"), qint64(*attempt)}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return true;
}

Status JobStore::setExternalId(std::int64_t jobId, const QString &externalId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = m_db.execute("UPDATE job SET external_id = ?, updated_at = ? WHERE id = ?", externalId, now(), jobId);
        !ok)
        return fail(withContext(tr("Could not record the process of the job %1").arg(jobId), ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("job.attach"), QStringLiteral("job"), QString::number(jobId),
                                 {{QStringLiteral("external_id"), externalId}});
        !ok)
        return fail(ok.error());
    return transaction->commit();
}

Status JobStore::setRun(std::int64_t jobId, std::int64_t runRowId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = m_db.execute("UPDATE job SET run_id = ? WHERE id = ?", runRowId, jobId); !ok)
        return fail(withContext(tr("Could not link the job %1 to its tracking run").arg(jobId), ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("job.run"), QStringLiteral("job"), QString::number(jobId),
                                 {{QStringLiteral("run"), qint64(runRowId)}});
        !ok)
        return fail(ok.error());
    return transaction->commit();
}

Result<bool> JobStore::requestCancel(std::int64_t jobId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = m_db.execute("UPDATE job SET cancel_requested_at = coalesce(cancel_requested_at, ?) "
                               "WHERE id = ? AND state IN ('queued', 'syncing', 'submitted', 'running')",
                               now(), jobId);
        !ok)
        return fail(withContext(tr("Could not cancel the job %1").arg(jobId), ok.error()));
    auto changed = m_db.queryInt("SELECT changes()");
    if (!changed)
        return fail(changed.error());
    if (*changed == 0)
        return false;
    if (auto ok = m_audit.record(QStringLiteral("job.cancel"), QStringLiteral("job"), QString::number(jobId)); !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return true;
}

Result<QList<JobRecord>> JobStore::select(const char *where, std::optional<std::int64_t> id)
{
    auto st = m_db.statement((QByteArray(SelectJob) + where).toStdString());
    if (!st)
        return fail(st.error());
    if (id)
        (*st)->bindAll(*id);
    QList<JobRecord> list;
    if (auto ok = (*st)->forEachRow([&](const Statement &row) { list.append(jobFrom(row)); }); !ok)
        return fail(ok.error());
    return list;
}

Result<JobRecord> JobStore::job(std::int64_t jobId)
{
    auto found = select("WHERE j.id = ?", jobId);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(tr("There is no job %1 in this project. \"atelier job list\" shows the jobs.").arg(jobId));
    return found->constFirst();
}

Result<QList<JobRecord>> JobStore::jobs()
{
    return select("ORDER BY j.id DESC", std::nullopt);
}

Result<QList<JobRecord>> JobStore::unfinished()
{
    return select("WHERE j.state IN ('queued', 'syncing', 'submitted', 'running') ORDER BY j.id", std::nullopt);
}

Result<QList<JobEvent>> JobStore::events(std::int64_t jobId)
{
    auto st = m_db.statement("SELECT at, state, reason, attempt FROM job_event WHERE job_id = ? ORDER BY id");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(jobId);
    QList<JobEvent> list;
    if (auto ok = (*st)->forEachRow([&](const Statement &row) {
            list.append({row.text(0), jobStateFromName(row.text(1)).value_or(JobState::Lost), row.text(2),
                         int(row.int64(3))});
        });
        !ok)
        return fail(ok.error());
    return list;
}

} // namespace atelier

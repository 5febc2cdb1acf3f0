// SlurmTarget: runs jobs as Slurm batch jobs (sbatch, squeue, sacct/scontrol, scancel) here or on a login node over SSH.
#pragma once

#include "core/compute/compute_target.h"
#include "core/compute/slurm/sbatch_script.h"

#include <QCoreApplication>

#include <memory>

namespace atelier {

class CommandRunner;
struct TargetRecord;

// A job is a batch job that Slurm runs on its own, detached from Atelier; the external id is
// Slurm's job id (from `sbatch --parsable`), so a later Atelier re-attaches with it alone. The
// job's folder must be on a file system that the login node and the compute nodes share: the
// wrapper writes pid and exit_code there, and Slurm the stdout and stderr files.
//
// Every call runs a fixed number of commands whatever the number of jobs: probe() one squeue,
// at most one sacct (or scontrol) and one shell that reads all the exit codes.
class SlurmTarget : public ComputeTarget
{
    Q_DECLARE_TR_FUNCTIONS(SlurmTarget)

public:
    // `jobRoot`: the folder that holds the job folders; empty: PROJECT/jobs (for a cluster whose
    // nodes mount the project folder).
    SlurmTarget(QString name, std::shared_ptr<CommandRunner> runner, SlurmOptions options = {}, QString jobRoot = {});
    ~SlurmTarget() override;

    // The target of a compute_target row of kind "slurm": over SSH when its config has a host
    // (resolved through ~/.ssh/config; port, user, identity, known_hosts), on this computer
    // otherwise; partition, account, gpu_request ("gres" or "gpus") and root (the job root) too.
    [[nodiscard]] static Result<std::shared_ptr<ComputeTarget>> fromRecord(const TargetRecord &record);

    QString name() const override { return m_name; }
    bool reachesLocalServer() const override;
    QString jobFolder(const QString &projectFolder, std::int64_t jobId) const override;

    [[nodiscard]] Result<TargetCheck> check() override;
    [[nodiscard]] Result<QString> submit(const JobLaunch &launch) override;
    [[nodiscard]] Result<QList<JobProbe>> probe(const QList<JobHandle> &jobs) override;
    // scancel (SIGTERM to every process of the job, which ends as CANCELLED), then
    // scancel --full --signal=KILL when it is still active after `graceMs`.
    [[nodiscard]] Status cancel(const JobHandle &job, int graceMs) override;
    [[nodiscard]] Result<QByteArray> readLog(const JobHandle &job, LogStream stream, std::int64_t offset,
                                             std::int64_t maxBytes) override;
    [[nodiscard]] Result<QString> newestFile(const QString &folder, const QString &pattern) override;

protected:
    [[nodiscard]] Result<std::shared_ptr<CommandRunner>> commandRunner() override { return m_runner; }

private:
    QString m_name;
    std::shared_ptr<CommandRunner> m_runner;
    SlurmOptions m_options;
    QString m_jobRoot;
};

} // namespace atelier

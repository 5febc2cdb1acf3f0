// LocalTarget: runs jobs on this computer as detached process groups, GPUs picked with CUDA_VISIBLE_DEVICES.
#pragma once

#include "core/compute/compute_target.h"

#include <QCoreApplication>

namespace atelier {

// A job is `setsid sh -c WRAPPER ...`, forked twice so that it is nobody's child here and lives
// on when Atelier quits; its process group id is its pid. The external id is "PID:STARTTIME"
// (the start time from /proc), so a pid that the system gave to another process since is not
// taken for the job.
class LocalTarget : public ComputeTarget
{
    Q_DECLARE_TR_FUNCTIONS(LocalTarget)

public:
    explicit LocalTarget(QString name = QStringLiteral("local"));

    QString name() const override { return m_name; }
    bool reachesLocalServer() const override { return true; }
    QString jobFolder(const QString &projectFolder, std::int64_t jobId) const override;

    // The GPUs a job may use: those of CUDA_VISIBLE_DEVICES when set, otherwise the NVIDIA
    // driver's devices (/proc/driver/nvidia/gpus), otherwise none.
    static QStringList visibleGpus();

    [[nodiscard]] Result<TargetCheck> check() override;
    [[nodiscard]] Result<QString> submit(const JobLaunch &launch) override;
    [[nodiscard]] Result<QList<JobProbe>> probe(const QList<JobHandle> &jobs) override;
    [[nodiscard]] Status cancel(const JobHandle &job, int graceMs) override;
    [[nodiscard]] Result<QByteArray> readLog(const JobHandle &job, LogStream stream, std::int64_t offset,
                                             std::int64_t maxBytes) override;
    [[nodiscard]] Result<QString> newestFile(const QString &folder, const QString &pattern) override;

protected:
    [[nodiscard]] Result<std::shared_ptr<CommandRunner>> commandRunner() override;

private:
    QString m_name;
};

} // namespace atelier

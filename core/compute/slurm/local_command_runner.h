// LocalCommandRunner: runs a cluster's commands on this computer with QProcess (argv, no shell).
#pragma once

#include "core/compute/slurm/command_runner.h"

#include <QCoreApplication>

namespace atelier {

// For a computer that is itself a Slurm submit host. The commands inherit this process's
// environment (SLURM_CONF among it).
class LocalCommandRunner : public CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(LocalCommandRunner)

public:
    // How long one command may take before it is killed and reported as hanging.
    explicit LocalCommandRunner(int timeoutMs = 60000);

    QString where() const override;
    bool isLocal() const override { return true; }
    [[nodiscard]] Result<CommandOutput> run(const QStringList &arguments, const QByteArray &input = {}) override;

private:
    int m_timeoutMs;
};

} // namespace atelier

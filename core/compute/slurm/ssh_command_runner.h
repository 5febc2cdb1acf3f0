// SshCommandRunner: runs a cluster's commands on its login node over an SshConnection.
#pragma once

#include "core/compute/slurm/command_runner.h"

#include <QCoreApplication>

#include <memory>

namespace atelier {

class SshConnection;

// Each argument is shell-quoted by SshConnection::run, so names and paths reach the remote
// program verbatim. The connection is shared (other targets may use it) and connected on demand.
class SshCommandRunner : public CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(SshCommandRunner)

public:
    explicit SshCommandRunner(std::shared_ptr<SshConnection> connection, int timeoutMs = 60000);

    QString where() const override;
    bool isLocal() const override { return false; }
    [[nodiscard]] Result<CommandOutput> run(const QStringList &arguments, const QByteArray &input = {}) override;

private:
    std::shared_ptr<SshConnection> m_connection;
    int m_timeoutMs;
};

} // namespace atelier

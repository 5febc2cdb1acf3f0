// SshCommandRunner: SshConnection::run with a connect on first use and the exit status passed through.
#include "core/compute/slurm/ssh_command_runner.h"

#include "core/compute/ssh/ssh_connection.h"

#include <chrono>

namespace atelier {

SshCommandRunner::SshCommandRunner(std::shared_ptr<SshConnection> connection, int timeoutMs)
    : m_connection(std::move(connection))
    , m_timeoutMs(timeoutMs)
{}

QString SshCommandRunner::where() const
{
    return m_connection->endpoint().displayName();
}

Result<CommandOutput> SshCommandRunner::run(const QStringList &arguments, const QByteArray &input)
{
    if (arguments.isEmpty())
        return fail(tr("No command was given to run on %1.").arg(where()));
    if (!m_connection->isConnected()) {
        if (auto connected = m_connection->connect(); !connected)
            return fail(withContext(tr("Could not run %1 on %2").arg(arguments.first(), where()), connected.error()));
    }
    auto result = m_connection->run(arguments, input, std::chrono::milliseconds(m_timeoutMs));
    if (!result)
        return fail(withContext(tr("Could not run %1 on %2").arg(arguments.first(), where()), result.error()));
    return CommandOutput{result->standardOutput, result->standardError, result->exitStatus};
}

} // namespace atelier

// LocalCommandRunner: QProcess started with an argument list, waited for with a deadline.
#include "core/compute/slurm/local_command_runner.h"

#include <QProcess>

namespace atelier {

LocalCommandRunner::LocalCommandRunner(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{}

QString LocalCommandRunner::where() const
{
    return tr("this computer");
}

Result<CommandOutput> LocalCommandRunner::run(const QStringList &arguments, const QByteArray &input)
{
    if (arguments.isEmpty())
        return fail(tr("No command was given to run on this computer."));
    QProcess process;
    process.start(arguments.first(), arguments.mid(1));
    if (!process.waitForStarted(m_timeoutMs))
        return fail(tr("Could not run %1 on this computer. Check that it is installed and on the PATH.")
                        .arg(arguments.first()),
                    process.errorString());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return fail(tr("%1 did not finish within %n second(s) on this computer.", "", m_timeoutMs / 1000)
                        .arg(arguments.first()),
                    process.errorString());
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return fail(tr("%1 crashed on this computer.").arg(arguments.first()),
                    QString::fromLocal8Bit(process.readAllStandardError()));
    return CommandOutput{process.readAllStandardOutput(), process.readAllStandardError(), process.exitCode()};
}

} // namespace atelier

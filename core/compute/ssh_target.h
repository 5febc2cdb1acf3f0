// SshTarget: runs jobs on a plain SSH host, detached with setsid/nohup, over the one shared connection to that host.
#pragma once

#include "core/compute/compute_target.h"
#include "core/compute/ssh/ssh_endpoint.h"
#include "core/compute/ssh/ssh_link.h"

#include <QCoreApplication>

#include <chrono>
#include <memory>

namespace atelier {

class SshConnection;
struct SshExecResult;
struct TargetRecord;

// Where and how an SshTarget runs its jobs.
struct SshTargetSettings
{
    SshEndpoint endpoint;
    // The folder that holds the job folders, <root>/<project key>/<job id>; a relative path is
    // relative to the remote user's home.
    QString remoteRoot = QStringLiteral(".atelier/jobs");
    // Local folder for the CodeSync manifests (which files were uploaded); empty: the
    // application's data folder.
    QString syncStateFolder;
    SshLinkTiming timing;
    SshCallbacks callbacks;
};

// Every job of every SshTarget for the same user@host:port (and key and known_hosts file) goes
// through one SshLink, opened on first use and kept alive and reconnected by it. Each step is a
// single remote `sh -c SCRIPT sh ARGS...` whose words are all shell-quoted, so names, paths and
// values reach the job as they are:
// - submit makes the job folder, uploads the working folder when it is a local folder (CodeSync,
//   only what changed, into a code cache on the host that <job folder>/code is copied from), checks the disk, the working folder and the command, and starts
//   jobWrapperScript() with `setsid nohup` (stdout and stderr appended to the job folder's files).
//   The external id is "PID:STARTTIME" of the wrapper, the leader of the job's process group.
// - probe asks about all the given jobs in one command; cancel sends SIGTERM to the group and
//   SIGKILL after the grace, remotely; readLog reads exact bytes from an offset (tail -c).
// Failures name host:port and the step (connect, upload, start ...), and what to do.
class SshTarget : public ComputeTarget
{
    Q_DECLARE_TR_FUNCTIONS(SshTarget)

public:
    // How long one remote step may take before it counts as failed.
    static constexpr std::chrono::seconds StepTimeout{60};

    SshTarget(QString name, SshTargetSettings settings);
    ~SshTarget() override;

    // The target of a stored ssh record: its config's host (a ~/.ssh/config alias or a host name),
    // port, user, identity, known_hosts and root override what ~/.ssh/config says.
    [[nodiscard]] static Result<std::shared_ptr<ComputeTarget>> fromRecord(const TargetRecord &record);

    QString name() const override { return m_name; }
    bool reachesLocalServer() const override { return false; }
    QString jobFolder(const QString &projectFolder, std::int64_t jobId) const override;
    // A local folder goes up into <job folder>/code; any other path names a folder on the host.
    QString workingFolderOnTarget(const QString &jobFolder, const QString &workingFolder) const override;

    [[nodiscard]] Result<TargetCheck> check() override;
    [[nodiscard]] Result<QString> submit(const JobLaunch &launch) override;
    [[nodiscard]] Result<QList<JobProbe>> probe(const QList<JobHandle> &jobs) override;
    [[nodiscard]] Status cancel(const JobHandle &job, int graceMs) override;
    [[nodiscard]] Result<QByteArray> readLog(const JobHandle &job, LogStream stream, std::int64_t offset,
                                             std::int64_t maxBytes) override;
    [[nodiscard]] Result<QString> newestFile(const QString &folder, const QString &pattern) override;

    // "user@host:port" of the target, as its messages name it.
    QString where() const;

protected:
    [[nodiscard]] Result<std::shared_ptr<CommandRunner>> commandRunner() override;

private:
    struct SharedLink;

    static bool isLocalFolder(const QString &workingFolder);

    // The shared connection, opened (blocking) on first use.
    [[nodiscard]] Result<std::shared_ptr<SshConnection>> connection(const QString &step);
    // Runs `sh -c script sh arguments...` (after `env variables...` when given) for `step`.
    [[nodiscard]] Result<SshExecResult> runScript(const QString &step, const QString &script,
                                                  const QStringList &arguments, std::chrono::milliseconds timeout,
                                                  const QStringList &variables = {});
    [[nodiscard]] Result<QString> upload(SshConnection &connection, const QString &localFolder,
                                         const QString &jobFolder);

    QString m_name;
    SshTargetSettings m_settings;
    std::shared_ptr<SharedLink> m_link;
};

} // namespace atelier

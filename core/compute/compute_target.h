// ComputeTarget: the interface every place that runs jobs implements (local, ssh, slurm).
#pragma once

#include "core/compute/job_spec.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

namespace atelier {

class CommandRunner;
struct FileContent;

// The files of a job folder. The wrapper writes `pid` when it starts and `exit_code` when the
// command ended (both replaced whole, by rename); the command's output goes to `stdout` and
// `stderr`, appended across attempts. `mlruns/` is the MLflow file store of a job that has no
// tracking server to log to.
namespace JobFiles {
inline const QString Pid = QStringLiteral("pid");
inline const QString ExitCode = QStringLiteral("exit_code");
inline const QString Stdout = QStringLiteral("stdout");
inline const QString Stderr = QStringLiteral("stderr");
inline const QString Mlruns = QStringLiteral("mlruns");
} // namespace JobFiles

// What a target gets to start one attempt of a job.
struct JobLaunch
{
    std::int64_t jobId = 0;
    QString jobFolder;              // on the target
    QStringList command;
    QString workingFolder;          // on the target; empty: the job folder
    QList<JobVariable> environment; // the spec's, then Atelier's (MLFLOW_*, ATELIER_*): later wins
    JobResources resources;
};

// A submitted job as a target knows it.
struct JobHandle
{
    std::int64_t jobId = 0;
    QString jobFolder;
    QString externalId; // what submit() returned; empty when the submitter did not get to record it
};

// What a target saw of a job when it was asked.
struct JobProbe
{
    enum class State {
        Pending,  // submitted, not started yet (or not known yet)
        Running,
        Exited,   // ended and wrote its exit code
        Vanished, // its process is gone without an exit code: killed, or the machine restarted
    };
    std::int64_t jobId = 0;
    State state = State::Pending;
    std::optional<int> exitCode;
    QString lastError; // for a failure: the last line the job wrote to stderr
};

enum class LogStream { Stdout, Stderr };

// What `atelier target test` reports.
struct TargetCheck
{
    QString shell;     // the shell that runs the wrapper, as it answered
    QStringList gpus;  // the device ids a job may be given (CUDA_VISIBLE_DEVICES values)
};

// Calls block (processes, files, the network): the supervisor makes them on worker threads, and
// calls for different jobs may overlap, so an implementation guards what it shares. Jobs run
// detached from Atelier: they keep running when it quits, and a later Atelier re-attaches to
// them through their handles.
class ComputeTarget
{
public:
    virtual ~ComputeTarget() = default;

    virtual QString name() const = 0;
    // Whether a job there reaches the workbench's tracking server on 127.0.0.1.
    virtual bool reachesLocalServer() const = 0;
    // The job's folder on the target.
    virtual QString jobFolder(const QString &projectFolder, std::int64_t jobId) const = 0;
    // Where a job whose spec names `workingFolder` runs on the target: that folder (relative to
    // the job's folder; empty: the job's folder), unless the target sends it up somewhere else.
    virtual QString workingFolderOnTarget(const QString &jobFolder, const QString &workingFolder) const;

    [[nodiscard]] virtual Result<TargetCheck> check() = 0;
    // Starts one attempt detached; returns its external id (the handle's externalId).
    [[nodiscard]] virtual Result<QString> submit(const JobLaunch &launch) = 0;
    // The state of many jobs in one go (one squeue or one remote command for all of them).
    [[nodiscard]] virtual Result<QList<JobProbe>> probe(const QList<JobHandle> &jobs) = 0;
    // SIGTERM to the job's process group, SIGKILL after `graceMs` if anything of it is left.
    [[nodiscard]] virtual Status cancel(const JobHandle &job, int graceMs) = 0;
    // Up to `maxBytes` of a log from byte `offset` on; empty at the end (or before the file exists).
    [[nodiscard]] virtual Result<QByteArray> readLog(const JobHandle &job, LogStream stream, std::int64_t offset,
                                                     std::int64_t maxBytes) = 0;
    // The newest file under `folder` whose path relative to it matches the glob `pattern`
    // ('*' stays within one folder); empty when none matches.
    [[nodiscard]] virtual Result<QString> newestFile(const QString &folder, const QString &pattern) = 0;

    // Writes `files` into `folder` on the target, keeping those that exist there already (a job's
    // MLflow file store is seeded this way before the job starts).
    [[nodiscard]] Status seedFiles(const QString &folder, const QList<FileContent> &files);
    // Copies each of the target's folders (first) into its local folder (second), in one go (the
    // file stores of remote jobs come back this way); a folder that is its own copy is skipped.
    [[nodiscard]] Status fetchFolders(const QList<std::pair<QString, QString>> &folders);

protected:
    // Runs commands where the target's job folders are: this computer, a host, a login node.
    [[nodiscard]] virtual Result<std::shared_ptr<CommandRunner>> commandRunner() = 0;
};

// The wrapper every target starts, as the script of `sh -c SCRIPT sh JOBFOLDER WORKFOLDER
// COMMAND ARGS...`: the command's words stay separate arguments from end to end. It writes the
// pid file, runs the command in the foreground (so a SIGTERM to the group reaches the command,
// while the wrapper waits to write the exit code), and writes the exit code file.
QString jobWrapperScript();

} // namespace atelier

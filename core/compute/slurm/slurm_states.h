// SlurmStates: the squeue, sacct and scontrol commands that ask for many jobs at once, and parsers of their output.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

// One job as Slurm reports it. An array task has the id "ARRAYID_TASK" (as squeue prints it);
// a pending range of tasks ("6_[2-3%2]") is reported once for every task in it.
struct SlurmJobState
{
    QString jobId;
    QString state;                // PENDING, RUNNING, COMPLETED, CANCELLED ... (without "by UID")
    QString reason;               // squeue's and scontrol's Reason; empty from sacct
    std::optional<int> exitCode;  // sacct's and scontrol's ExitCode (the code before ':')

    friend bool operator==(const SlurmJobState &, const SlurmJobState &) = default;
};

// Polling costs one squeue call for all of a target's active jobs, then one sacct call for those
// squeue no longer lists (they ended); when the cluster keeps no accounting, one
// `scontrol -o show job` (every job the controller still remembers) stands in for sacct.
class SlurmStates
{
    Q_DECLARE_TR_FUNCTIONS(SlurmStates)

public:
    enum class Phase {
        Waiting, // queued, held, requeued: not started yet
        Active,  // running, completing, suspended
        Ended,   // completed, failed, cancelled, timed out, node failure, out of memory ...
    };
    // Unknown (newer) states count as Active: the job still exists, and its files tell the rest.
    static Phase phase(const QString &state);

    static QStringList squeueArguments(const QStringList &jobIds);
    static QStringList sacctArguments(const QStringList &jobIds);
    static QStringList scontrolArguments();

    // squeue prints nothing for ids it no longer knows, and fails with "Invalid job id specified"
    // when it knows none of them: that is an empty answer, not an error.
    static bool isUnknownJobsAnswer(const QByteArray &standardError);
    // sacct's answer on a cluster without accounting storage.
    static bool isAccountingDisabledAnswer(const QByteArray &standardError);

    [[nodiscard]] static Result<QList<SlurmJobState>> parseSqueue(const QByteArray &output);
    // Job steps (".batch", ".extern", ".0") are left out: the job's own line says how it ended.
    [[nodiscard]] static Result<QList<SlurmJobState>> parseSacct(const QByteArray &output);
    [[nodiscard]] static Result<QList<SlurmJobState>> parseScontrol(const QByteArray &output);
};

} // namespace atelier

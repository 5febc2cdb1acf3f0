// SbatchScript: the batch script that `sbatch --parsable` gets on stdin for one job attempt.
#pragma once

#include "core/compute/compute_target.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace atelier {

// What a Slurm target asks for beyond JobResources (the target's settings, or a sweep's).
struct SlurmOptions
{
    enum class GpuRequest { Gres, Gpus }; // --gres=gpu:N (any Slurm) or --gpus=N (cons_tres)

    QString partition;        // empty: the cluster's default partition
    QString account;          // empty: the user's default account
    int nodes = 0;            // 0: Slurm's default (1)
    int tasksPerNode = 0;     // 0: Slurm's default (1)
    GpuRequest gpuRequest = GpuRequest::Gres;
    QString array;            // "0-9", "1,3,5", "0-99:2%10"; empty: not an array

    friend bool operator==(const SlurmOptions &, const SlurmOptions &) = default;
};

// Resources become #SBATCH lines whose values are validated (numbers, Slurm names) or, for paths,
// written in double quotes with '%' doubled (Slurm expands %j and friends in --output). The body
// sets the job's variables with `export NAME='value'` and runs jobWrapperScript() with every word
// single-quoted, so names, arguments and values reach the command verbatim.
//
// The output of a job goes to JOBFOLDER/stdout and JOBFOLDER/stderr (appended, as on the other
// targets). A task of an array runs in JOBFOLDER/<task id>/, which the body creates; Slurm's own
// messages for task N then go to JOBFOLDER/slurm-N.out.
class SbatchScript
{
    Q_DECLARE_TR_FUNCTIONS(SbatchScript)

public:
    // Fails with a message naming the value that a batch script cannot carry.
    [[nodiscard]] static Result<SbatchScript> build(const JobLaunch &launch, const SlurmOptions &options);

    // The whole script, "#!/bin/sh" first.
    QByteArray text() const { return m_text; }
    // The command that submits it: sbatch --parsable, the script on stdin.
    static QStringList submitArguments();
    // "atelier-<job id>", the name squeue shows.
    static QString jobName(std::int64_t jobId);

private:
    explicit SbatchScript(QByteArray text) : m_text(std::move(text)) {}

    QByteArray m_text;
};

} // namespace atelier

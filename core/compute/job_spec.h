// JobSpec: what a training job runs, where, with which resources, and how it recovers; and JobState.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

class QJsonObject;

namespace atelier {

// The lifecycle of a job. Each change is a row of job_event with its time and reason.
enum class JobState { Queued, Syncing, Submitted, Running, Succeeded, Failed, Cancelled, Lost };

// "queued", "running", ... as the store spells them, and back (nullopt for an unknown name).
QString jobStateName(JobState state);
std::optional<JobState> jobStateFromName(const QString &name);
// Succeeded, failed, cancelled and lost jobs change no more.
bool isFinished(JobState state);

struct JobVariable
{
    QString name;
    QString value;

    friend bool operator==(const JobVariable &, const JobVariable &) = default;
};

struct JobResources
{
    int gpus = 0;                       // 0: the job sees no GPU (CUDA_VISIBLE_DEVICES is empty)
    int cpus = 0;                       // 0: no limit asked for
    std::int64_t memoryMb = 0;          // 0: no limit asked for
    std::int64_t timeLimitSeconds = 0;  // 0: none

    friend bool operator==(const JobResources &, const JobResources &) = default;
};

// Every text reaches the job's process as it is: arguments, paths and values are never put
// together into a shell command line.
struct JobSpec
{
    Q_DECLARE_TR_FUNCTIONS(JobSpec)

public:
    QString name;
    QStringList command;        // the program, then its arguments
    QString workingFolder;      // empty: the job's folder
    QList<JobVariable> environment;
    JobResources resources;
    QString target;             // a compute_target's name
    QString experiment;         // the tracking experiment's name; empty: Default
    std::optional<std::int64_t> datasetVersionId;
    QString outputFolder;       // where checkpoints land; relative to the working folder; empty: it
    int retries = 0;            // how many times a failed job is started again
    QString checkpointPattern;  // glob relative to the output folder, e.g. "checkpoints/*.pt"

    // Whether the spec can run: a name, a command, names of variables, counts not negative.
    [[nodiscard]] Status validate() const;

    QJsonObject toJson() const;
    [[nodiscard]] static Result<JobSpec> fromJson(const QJsonObject &json);

    friend bool operator==(const JobSpec &, const JobSpec &) = default;
};

} // namespace atelier

// Tracking types: experiments, runs, params, tags, metrics and inputs as MLflow's protos define them.
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace atelier {

// MLflow's error codes (databricks.proto ErrorCode), carried in Error::code so that the REST
// server can answer with the code and HTTP status the MLflow client expects.
namespace TrackingError {
inline const QString InvalidParameterValue = QStringLiteral("INVALID_PARAMETER_VALUE");
inline const QString ResourceDoesNotExist = QStringLiteral("RESOURCE_DOES_NOT_EXIST");
inline const QString ResourceAlreadyExists = QStringLiteral("RESOURCE_ALREADY_EXISTS");
inline const QString InvalidState = QStringLiteral("INVALID_STATE");
inline const QString BadRequest = QStringLiteral("BAD_REQUEST");
inline const QString InternalError = QStringLiteral("INTERNAL_ERROR");
} // namespace TrackingError

// MLflow's limits (service.proto and mlflow/utils/validation.py).
namespace TrackingLimits {
inline constexpr int MaxMetricsPerBatch = 1000;
inline constexpr int MaxParamsPerBatch = 100;
inline constexpr int MaxTagsPerBatch = 100;
inline constexpr int MaxEntitiesPerBatch = 1000; // metrics + params + tags together
inline constexpr int MaxParamValueBytes = 6000;
inline constexpr int MaxTagValueBytes = 8000;
inline constexpr int MaxEntityKeyBytes = 250;
inline constexpr int MaxRunsPerSearch = 50000;
} // namespace TrackingLimits

enum class RunStatus { Running, Scheduled, Finished, Failed, Killed };
enum class LifecycleStage { Active, Deleted };
// Which runs or experiments a search returns (MLflow's ViewType).
enum class ViewType { ActiveOnly, DeletedOnly, All };

// "RUNNING", "FINISHED", ... as MLflow spells them, and back (nullopt for an unknown name).
QString runStatusName(RunStatus status);
std::optional<RunStatus> runStatusFromName(const QString &name);
QString lifecycleStageName(LifecycleStage stage); // "active" or "deleted"
std::optional<ViewType> viewTypeFromName(const QString &name); // ACTIVE_ONLY, DELETED_ONLY, ALL

struct KeyValue
{
    QString key;
    QString value;

    friend bool operator==(const KeyValue &, const KeyValue &) = default;
};

struct Experiment
{
    std::int64_t id = 0; // MLflow sends ids as strings; "0" is the Default experiment
    QString name;
    QString artifactLocation;
    LifecycleStage stage = LifecycleStage::Active;
    std::int64_t creationTime = 0; // ms since the epoch
    std::int64_t lastUpdateTime = 0;
    QList<KeyValue> tags;
};

// One metric value. A NaN value is kept as NaN (stored as NULL), infinities as they are.
struct MetricValue
{
    QString key;
    double value = 0;
    std::int64_t timestamp = 0; // ms since the epoch
    std::int64_t step = 0;
};

struct RunInfo
{
    QString runId; // 32 lowercase hex digits, as MLflow makes them
    std::int64_t experimentId = 0;
    QString runName;
    RunStatus status = RunStatus::Running;
    std::optional<std::int64_t> startTime; // ms since the epoch
    std::optional<std::int64_t> endTime;
    QString user;
    LifecycleStage stage = LifecycleStage::Active;
    QString artifactUri; // mlflow-artifacts:/<experiment id>/<run id>/artifacts
};

// Where a run came from, beyond MLflow's fields; filled from the job that started it, or from
// the mlflow.* tags a script sets (mlflow.source.git.commit, mlflow.user ...).
struct RunProvenance
{
    QString host;
    QString command;
    QString gitCommit;
    std::optional<bool> gitDirty;
    std::optional<std::int64_t> jobId;
    std::optional<std::int64_t> datasetVersionId;
};

// A dataset a run consumed (LogInputs: Dataset + InputTags).
struct DatasetInput
{
    QString name;
    QString digest;
    QString sourceType;
    QString source;
    QString schema;
    QString profile;
    QList<KeyValue> tags; // e.g. mlflow.data.context = "training"
};

struct Run
{
    RunInfo info;
    RunProvenance provenance;
    QList<MetricValue> metrics; // each key's latest value: highest step, then newest timestamp
    QList<KeyValue> params;
    QList<KeyValue> tags;
    QList<DatasetInput> inputs;
};

struct RunCreate
{
    std::int64_t experimentId = 0;
    QString runName; // empty: the store picks a readable name, as MLflow does
    QString user;
    std::optional<std::int64_t> startTime;
    QList<KeyValue> tags;
    RunProvenance provenance;
};

struct RunUpdate
{
    std::optional<RunStatus> status;
    std::optional<std::int64_t> endTime;
    std::optional<QString> runName;
};

// What one LogBatch call carries; the store validates MLflow's limits before writing anything.
struct LogBatch
{
    QList<MetricValue> metrics;
    QList<KeyValue> params;
    QList<KeyValue> tags;
};

// System metrics (GPU/CPU/memory) are the keys MLflow's system metrics monitor uses, under
// "system/"; the store keeps them apart from the model's metrics by that prefix.
bool isSystemMetricKey(const QString &key);

} // namespace atelier

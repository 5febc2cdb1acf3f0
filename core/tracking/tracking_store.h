// TrackingStore: experiments, runs, params, tags and inputs in the project store, with MLflow's rules.
#pragma once

#include "core/result.h"
#include "core/tracking/tracking_types.h"

#include <QCoreApplication>

#include <memory>

namespace atelier {

class AuditLog;
class Database;
class MetricStore;

// Every call is one transaction. Validation follows MLflow's (limits, immutable params, no
// writes to a deleted or finished-and-deleted run) and fails with Error::code set to one of
// TrackingError's codes, leaving the store as it was. Experiment and run lifecycle changes write
// an audit row; metric points, params and tags that scripts log do not (they are data).
class TrackingStore
{
    Q_DECLARE_TR_FUNCTIONS(TrackingStore)

public:
    TrackingStore(Database &db, AuditLog &audit);
    ~TrackingStore();

    // Experiments. Names are unique (RESOURCE_ALREADY_EXISTS); an empty artifact location gets
    // mlflow-artifacts:/<id>.
    [[nodiscard]] Result<std::int64_t> createExperiment(const QString &name, const QString &artifactLocation = {},
                                                        const QList<KeyValue> &tags = {});
    [[nodiscard]] Result<Experiment> experiment(std::int64_t id);
    [[nodiscard]] Result<Experiment> experimentByName(const QString &name);
    // Newest first; `maxResults` capped at 50,000. Page tokens are opaque to callers.
    [[nodiscard]] Result<QList<Experiment>> searchExperiments(ViewType view, int maxResults,
                                                              const QString &pageToken = {},
                                                              QString *nextPageToken = nullptr);
    [[nodiscard]] Status setExperimentTag(std::int64_t experimentId, const QString &key, const QString &value);

    // Runs, addressed by their MLflow run id.
    [[nodiscard]] Result<RunInfo> createRun(const RunCreate &create);
    [[nodiscard]] Result<RunInfo> updateRun(const QString &runId, const RunUpdate &update);
    [[nodiscard]] Result<Run> run(const QString &runId);
    [[nodiscard]] Status deleteRun(const QString &runId);  // soft: lifecycle_stage = deleted
    [[nodiscard]] Status restoreRun(const QString &runId);
    [[nodiscard]] Status moveRun(const QString &runId, std::int64_t experimentId);
    // Moves every run of `runIds` to `experimentId` in one transaction with one audit row: all of
    // them move or, on an unknown run or an inactive experiment, none. Runs already there stay.
    [[nodiscard]] Status moveRuns(const QStringList &runIds, std::int64_t experimentId);

    // Logging. A param may be logged again with the same value; another value is
    // INVALID_PARAMETER_VALUE, as in MLflow. Metrics go to the MetricStore in the same transaction.
    [[nodiscard]] Status logBatch(const QString &runId, const LogBatch &batch);
    [[nodiscard]] Status deleteTag(const QString &runId, const QString &key);
    [[nodiscard]] Status logInputs(const QString &runId, const QList<DatasetInput> &inputs);

    // The store's row id of a run, for joins in the metric store and the runs table.
    [[nodiscard]] Result<std::int64_t> runRowId(const QString &runId);

    MetricStore &metrics() { return *m_metrics; }

private:
    Database &m_db;
    AuditLog &m_audit;
    std::unique_ptr<MetricStore> m_metrics;
};

} // namespace atelier

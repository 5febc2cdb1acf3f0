// MlflowChecks: what MLflow's server checks in names, keys, values and batches before it stores anything.
#pragma once

#include "core/result.h"
#include "core/tracking/tracking_types.h"

#include <QCoreApplication>

#include <optional>

namespace atelier {

// Each check gives the INVALID_PARAMETER_VALUE error, worded as MLflow words it, or nothing.
class MlflowChecks
{
    Q_DECLARE_TR_FUNCTIONS(MlflowChecks)

public:
    static constexpr int MaxExperimentNameLength = 500;

    static std::optional<Error> experimentName(const QString &name);
    static std::optional<Error> experimentTag(const KeyValue &tag);
    static std::optional<Error> param(const KeyValue &param);
    static std::optional<Error> tag(const KeyValue &tag);
    static std::optional<Error> metric(const MetricValue &metric);
    // Everything MLflow checks in a LogBatch, in MLflow's order: the run id, each entry, the
    // batch limits, then duplicate param keys.
    static std::optional<Error> batch(const QString &runId, const LogBatch &batch);
    // The counts alone, which the server checks before it reads the entries.
    static std::optional<Error> batchLimits(const LogBatch &batch);
    static std::optional<Error> input(const DatasetInput &input);

    // Python's len(): code points, not UTF-16 units (MLflow's limits count them).
    static qsizetype codePoints(const QString &text);
};

} // namespace atelier

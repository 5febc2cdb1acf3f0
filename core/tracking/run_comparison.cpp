// RunComparison: reads each run whole through TrackingStore; 20 runs are a few hundred rows.
#include "core/tracking/run_comparison.h"

#include "core/store/audit_log.h"
#include "core/tracking/tracking_store.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace atelier {

namespace {

QStringList sortedKeys(const QSet<QString> &keys)
{
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    return sorted;
}

ParallelAxis axisOf(const QString &title, const QList<std::optional<QString>> &values)
{
    ParallelAxis axis;
    axis.title = title;
    QSet<QString> distinct;
    bool first = true;
    for (const std::optional<QString> &value : values) {
        if (!value)
            continue;
        distinct.insert(*value);
        bool isNumber = false;
        const double number = value->toDouble(&isNumber);
        if (!isNumber || !std::isfinite(number)) {
            axis.numeric = false;
            continue;
        }
        axis.min = first ? number : std::min(axis.min, number);
        axis.max = first ? number : std::max(axis.max, number);
        first = false;
    }
    if (!axis.numeric)
        axis.categories = sortedKeys(distinct);
    return axis;
}

} // namespace

std::optional<double> ParallelAxis::position(const std::optional<QString> &value) const
{
    if (!value)
        return std::nullopt;
    if (!numeric) {
        const qsizetype index = categories.indexOf(*value);
        if (index < 0)
            return std::nullopt;
        return categories.size() == 1 ? 0.5 : double(index) / double(categories.size() - 1);
    }
    bool isNumber = false;
    const double number = value->toDouble(&isNumber);
    if (!isNumber)
        return std::nullopt;
    return max > min ? (number - min) / (max - min) : 0.5;
}

Result<RunComparison> RunComparison::load(Database &db, const QStringList &runIds)
{
    if (runIds.size() < MinRuns || runIds.size() > MaxRuns)
        return fail(tr("Choose between %1 and %2 runs to compare; %3 are selected.")
                        .arg(MinRuns)
                        .arg(MaxRuns)
                        .arg(runIds.size()));
    AuditLog audit(db, QString());
    TrackingStore store(db, audit);
    RunComparison comparison;
    QSet<QString> params, metrics;
    for (const QString &runId : runIds) {
        auto run = store.run(runId);
        if (!run)
            return fail(run.error());
        auto rowId = store.runRowId(runId);
        if (!rowId)
            return fail(rowId.error());
        for (const KeyValue &param : run->params)
            params.insert(param.key);
        for (const MetricValue &metric : run->metrics) {
            if (!isSystemMetricKey(metric.key))
                metrics.insert(metric.key);
        }
        comparison.runs.append(std::move(*run));
        comparison.rowIds.append(*rowId);
    }
    comparison.paramKeys = sortedKeys(params);
    comparison.metricKeys = sortedKeys(metrics);
    return comparison;
}

std::optional<QString> RunComparison::param(int run, const QString &key) const
{
    for (const KeyValue &param : runs.at(run).params) {
        if (param.key == key)
            return param.value;
    }
    return std::nullopt;
}

std::optional<double> RunComparison::metric(int run, const QString &key) const
{
    for (const MetricValue &metric : runs.at(run).metrics) {
        if (metric.key == key)
            return metric.value;
    }
    return std::nullopt;
}

bool RunComparison::differs(const QString &key) const
{
    const std::optional<QString> first = param(0, key);
    for (int run = 1; run < runs.size(); ++run) {
        if (param(run, key) != first)
            return true;
    }
    return false;
}

QList<ParallelAxis> RunComparison::parallelAxes(const QString &metricKey) const
{
    QList<ParallelAxis> axes;
    for (const QString &key : paramKeys) {
        QList<std::optional<QString>> values;
        for (int run = 0; run < runs.size(); ++run)
            values.append(param(run, key));
        axes.append(axisOf(key, values));
    }
    QList<std::optional<QString>> values;
    for (int run = 0; run < runs.size(); ++run) {
        const std::optional<double> value = metric(run, metricKey);
        values.append(value ? std::optional<QString>(QString::number(*value, 'g', 17)) : std::nullopt);
    }
    axes.append(axisOf(metricKey, values));
    return axes;
}

} // namespace atelier

// MlflowChecks: the limits and messages of mlflow/utils/validation.py, so that a client sees the
// error MLflow's own server would send.
#include "core/tracking/mlflow_checks.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <tuple>

namespace atelier {

namespace {

// MLflow's limits that tracking_types.h does not carry.
constexpr int MaxExperimentTagValueLength = 5000;
constexpr int MaxDatasetNameLength = 500;
constexpr int MaxDatasetDigestLength = 36;
constexpr int MaxDatasetSourceLength = 65535;
constexpr int MaxDatasetSchemaLength = 1048575;
constexpr int MaxDatasetProfileLength = 16777215;
constexpr int MaxInputTagKeyLength = 255;
constexpr int MaxInputTagValueLength = 500;

Error invalid(const QString &message)
{
    return Error{message, {}, TrackingError::InvalidParameterValue};
}

// Keys of params, metrics and tags: MLflow's character set, and no name that a file path would
// turn into another ("a/../b", "./a", "/a").
std::optional<Error> checkKey(const QString &kind, const QString &key)
{
    static const QRegularExpression allowed(QStringLiteral("^[/\\w.\\- ]*$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!allowed.match(key).hasMatch())
        return invalid(MlflowChecks::tr("Invalid %1 name: '%2'. Names may only contain alphanumerics, underscores "
                                        "(_), dashes (-), periods (.), spaces ( ), and slashes (/).")
                           .arg(kind, key));
    const QString normal = key.isEmpty() ? QStringLiteral(".") : QDir::cleanPath(key);
    if (normal != key || normal == QLatin1String(".") || normal.startsWith(QLatin1String(".."))
        || normal.startsWith(QLatin1Char('/')))
        return invalid(MlflowChecks::tr("Invalid %1 name: '%2'. Names may be treated as files in certain cases, and "
                                        "must not resolve to other names when treated as such. This name would "
                                        "resolve to '%3'")
                           .arg(kind, key, normal));
    return std::nullopt;
}

std::optional<Error> checkLength(const QString &what, int limit, const QString &value)
{
    const qsizetype length = MlflowChecks::codePoints(value);
    if (length <= limit)
        return std::nullopt;
    return invalid(MlflowChecks::tr("%1 '%2' had length %3, which exceeded length limit of %4")
                       .arg(what, value.left(250))
                       .arg(length)
                       .arg(limit));
}

// A key and value that MLflow checks alike for params and tags, with the value's own limit.
std::optional<Error> checkKeyValue(const QString &entity, const QString &title, int valueLimit, const KeyValue &entry)
{
    if (auto error = checkKey(entity, entry.key))
        return error;
    if (auto error = checkLength(title + QStringLiteral(" key"), TrackingLimits::MaxEntityKeyBytes, entry.key))
        return error;
    return checkLength(title + QStringLiteral(" value"), valueLimit, entry.value);
}

std::optional<Error> checkBatchLimit(const QString &entities, int limit, qsizetype count)
{
    if (count <= limit)
        return std::nullopt;
    return invalid(MlflowChecks::tr("A batch logging request can contain at most %1 %2. Got %3 %2. Please split up "
                                    "%2 across multiple requests and try again.")
                       .arg(limit)
                       .arg(entities)
                       .arg(count));
}

} // namespace

// Python's len(): code points, not UTF-16 units.
qsizetype MlflowChecks::codePoints(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

std::optional<Error> MlflowChecks::experimentName(const QString &name)
{
    if (name.isEmpty())
        return invalid(tr("Invalid experiment name: '%1'").arg(name));
    if (codePoints(name) > MaxExperimentNameLength)
        return invalid(tr("Experiment name exceeds the maximum length of %1 characters").arg(MaxExperimentNameLength));
    return std::nullopt;
}

std::optional<Error> MlflowChecks::param(const KeyValue &param)
{
    return checkKeyValue(QStringLiteral("parameter"), QStringLiteral("Param"), TrackingLimits::MaxParamValueBytes, param);
}

std::optional<Error> MlflowChecks::tag(const KeyValue &tag)
{
    return checkKeyValue(QStringLiteral("tag"), QStringLiteral("Tag"), TrackingLimits::MaxTagValueBytes, tag);
}

std::optional<Error> MlflowChecks::experimentTag(const KeyValue &tag)
{
    return checkKeyValue(QStringLiteral("tag"), QStringLiteral("Tag"), MaxExperimentTagValueLength, tag);
}

std::optional<Error> MlflowChecks::metric(const MetricValue &metric)
{
    if (auto error = checkKey(QStringLiteral("metric"), metric.key))
        return error;
    if (metric.timestamp < 0)
        return invalid(MlflowChecks::tr("Got invalid timestamp %1 for metric '%2' (value=%3). Timestamp must be a "
                                        "nonnegative long (64-bit integer) ")
                           .arg(metric.timestamp)
                           .arg(metric.key)
                           .arg(metric.value));
    return checkLength(QStringLiteral("Metric name"), TrackingLimits::MaxEntityKeyBytes, metric.key);
}

std::optional<Error> MlflowChecks::batchLimits(const LogBatch &batch)
{
    if (auto error = checkBatchLimit(QStringLiteral("metrics"), TrackingLimits::MaxMetricsPerBatch,
                                     batch.metrics.size()))
        return error;
    if (auto error = checkBatchLimit(QStringLiteral("params"), TrackingLimits::MaxParamsPerBatch, batch.params.size()))
        return error;
    if (auto error = checkBatchLimit(QStringLiteral("tags"), TrackingLimits::MaxTagsPerBatch, batch.tags.size()))
        return error;
    return checkBatchLimit(QStringLiteral("metrics, params, and tags"), TrackingLimits::MaxEntitiesPerBatch,
                           batch.metrics.size() + batch.params.size() + batch.tags.size());
}

std::optional<Error> MlflowChecks::batch(const QString &runId, const LogBatch &batch)
{
    static const QRegularExpression runIdPattern(QStringLiteral("^[a-zA-Z0-9][\\w\\-]{0,255}$"));
    if (!runIdPattern.match(runId).hasMatch())
        return invalid(MlflowChecks::tr("Invalid run ID: '%1'").arg(runId));
    for (const MetricValue &metric : batch.metrics) {
        if (auto error = MlflowChecks::metric(metric))
            return error;
    }
    for (const KeyValue &param : batch.params) {
        if (auto error = MlflowChecks::param(param))
            return error;
    }
    for (const KeyValue &tag : batch.tags) {
        if (auto error = MlflowChecks::tag(tag))
            return error;
    }
    if (auto error = batchLimits(batch))
        return error;
    QSet<QString> seen;
    QStringList duplicates;
    for (const KeyValue &param : batch.params) {
        if (seen.contains(param.key))
            duplicates.append(QLatin1Char('\'') + param.key + QLatin1Char('\''));
        seen.insert(param.key);
    }
    if (!duplicates.isEmpty())
        return invalid(MlflowChecks::tr("Duplicate parameter keys have been submitted: [%1]. Please ensure the "
                                        "request contains only one param value per param key.")
                           .arg(duplicates.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<Error> MlflowChecks::input(const DatasetInput &input)
{
    const std::array<std::tuple<QString, int, const QString *>, 5> fields{{
        {QStringLiteral("Dataset name"), MaxDatasetNameLength, &input.name},
        {QStringLiteral("Dataset digest"), MaxDatasetDigestLength, &input.digest},
        {QStringLiteral("Dataset source"), MaxDatasetSourceLength, &input.source},
        {QStringLiteral("Dataset schema"), MaxDatasetSchemaLength, &input.schema},
        {QStringLiteral("Dataset profile"), MaxDatasetProfileLength, &input.profile},
    }};
    for (const auto &[what, limit, value] : fields) {
        if (auto error = checkLength(what, limit, *value))
            return error;
    }
    for (const KeyValue &tag : input.tags) {
        if (auto error = checkLength(QStringLiteral("Input tag key"), MaxInputTagKeyLength, tag.key))
            return error;
        if (auto error = checkLength(QStringLiteral("Input tag value"), MaxInputTagValueLength, tag.value))
            return error;
    }
    return std::nullopt;
}

} // namespace atelier

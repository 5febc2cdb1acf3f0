// MLflow JSON: the field names and encodings of MLflow's protos as its server writes them.
#include "core/tracking/mlflow_json.h"

#include <cmath>

namespace atelier::mlflowjson {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

Json number(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    return value;
}

Json keyValues(const QList<KeyValue> &pairs)
{
    Json array = Json::array();
    for (const KeyValue &pair : pairs)
        array.push_back({{"key", utf8(pair.key)}, {"value", utf8(pair.value)}});
    return array;
}

Json metric(const MetricValue &metric)
{
    return {{"key", utf8(metric.key)}, {"value", number(metric.value)},
            {"timestamp", metric.timestamp}, {"step", metric.step}};
}

Json experiment(const Experiment &experiment)
{
    Json json = {{"experiment_id", std::to_string(experiment.id)},
                 {"name", utf8(experiment.name)},
                 {"artifact_location", utf8(experiment.artifactLocation)},
                 {"lifecycle_stage", utf8(lifecycleStageName(experiment.stage))},
                 {"last_update_time", experiment.lastUpdateTime},
                 {"creation_time", experiment.creationTime}};
    if (!experiment.tags.isEmpty())
        json["tags"] = keyValues(experiment.tags);
    return json;
}

Json runInfo(const RunInfo &info)
{
    Json json = {{"run_uuid", utf8(info.runId)},
                 {"run_id", utf8(info.runId)},
                 {"run_name", utf8(info.runName)},
                 {"experiment_id", std::to_string(info.experimentId)},
                 {"user_id", utf8(info.user)},
                 {"status", utf8(runStatusName(info.status))},
                 {"artifact_uri", utf8(info.artifactUri)},
                 {"lifecycle_stage", utf8(lifecycleStageName(info.stage))}};
    if (info.startTime)
        json["start_time"] = *info.startTime;
    if (info.endTime)
        json["end_time"] = *info.endTime;
    return json;
}

Json run(const Run &run)
{
    Json data = Json::object();
    if (!run.metrics.isEmpty()) {
        Json metrics = Json::array();
        for (const MetricValue &value : run.metrics)
            metrics.push_back(metric(value));
        data["metrics"] = std::move(metrics);
    }
    if (!run.params.isEmpty())
        data["params"] = keyValues(run.params);
    if (!run.tags.isEmpty())
        data["tags"] = keyValues(run.tags);

    Json inputs = Json::object();
    if (!run.inputs.isEmpty()) {
        Json datasetInputs = Json::array();
        for (const DatasetInput &input : run.inputs) {
            Json dataset = {{"name", utf8(input.name)}, {"digest", utf8(input.digest)},
                            {"source_type", utf8(input.sourceType)}, {"source", utf8(input.source)}};
            if (!input.schema.isEmpty())
                dataset["schema"] = utf8(input.schema);
            if (!input.profile.isEmpty())
                dataset["profile"] = utf8(input.profile);
            Json entry = {{"dataset", std::move(dataset)}};
            if (!input.tags.isEmpty())
                entry["tags"] = keyValues(input.tags);
            datasetInputs.push_back(std::move(entry));
        }
        inputs["dataset_inputs"] = std::move(datasetInputs);
    }
    return {{"info", runInfo(run.info)}, {"data", std::move(data)}, {"inputs", std::move(inputs)}};
}

int httpStatus(const QString &errorCode)
{
    if (errorCode == TrackingError::ResourceDoesNotExist || errorCode == QStringLiteral("ENDPOINT_NOT_FOUND"))
        return 404;
    if (errorCode == TrackingError::InvalidParameterValue || errorCode == TrackingError::BadRequest
        || errorCode == TrackingError::ResourceAlreadyExists || errorCode == QStringLiteral("MALFORMED_REQUEST"))
        return 400;
    return 500;
}

MlflowReply jsonReply(const Json &body, int status)
{
    MlflowReply reply;
    reply.status = status;
    // Invalid UTF-8 in stored text becomes U+FFFD rather than failing the whole reply.
    const std::string text = body.dump(-1, ' ', false, Json::error_handler_t::replace);
    reply.body = QByteArray(text.data(), qsizetype(text.size()));
    return reply;
}

MlflowReply errorReply(const Error &error)
{
    const QString code = error.code.isEmpty() ? TrackingError::InternalError : error.code;
    return jsonReply({{"error_code", utf8(code)}, {"message", utf8(error.message)}}, httpStatus(code));
}

} // namespace atelier::mlflowjson

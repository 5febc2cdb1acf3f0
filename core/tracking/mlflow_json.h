// MLflow JSON: tracking entities written as MLflow's server writes its protos, and replies built from them.
#pragma once

#include "core/result.h"
#include "core/tracking/mlflow_routes.h"
#include "core/tracking/tracking_types.h"

#include <nlohmann/json.hpp>

// Internal to core/tracking (the REST routes): it brings nlohmann/json with it.
namespace atelier::mlflowjson {

using Json = nlohmann::json;

// As MLflow's message_to_json: snake_case names, int64 as numbers, ids as strings, non-finite
// doubles as "NaN" / "Infinity" / "-Infinity", empty repeated fields left out.
Json number(double value);
Json experiment(const Experiment &experiment);
Json runInfo(const RunInfo &info);
Json run(const Run &run);
Json metric(const MetricValue &metric);
Json keyValues(const QList<KeyValue> &pairs);

std::string utf8(const QString &text);

// HTTP status of an MLflow error code (mlflow/exceptions.py ERROR_CODE_TO_HTTP_STATUS).
int httpStatus(const QString &errorCode);

MlflowReply jsonReply(const Json &body, int status = 200);
// {"error_code": ..., "message": ...}; an error without a code is an INTERNAL_ERROR.
MlflowReply errorReply(const Error &error);

} // namespace atelier::mlflowjson

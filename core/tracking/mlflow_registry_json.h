// MLflow registry JSON: RegisteredModel and ModelVersion written as MLflow's server writes the protos.
#pragma once

#include "core/models/model_types.h"
#include "core/tracking/mlflow_json.h"

namespace atelier {

class ModelCatalog;

// Internal to core/tracking (the REST routes), like mlflow_json.h.
namespace mlflowjson {

// ISO 8601 UTC as the store keeps times, to MLflow's milliseconds since the epoch.
std::int64_t millisecondsOf(const QString &isoTime);
// The source MLflow shows: the run's artifact_uri and the path, or a file:// URL for an import.
QString modelSource(const ModelVersionRecord &version);
// version as a string, current_stage as "None"/"Staging"/..., status READY; run_id and aliases
// only when set.
Json modelVersion(const ModelVersionRecord &version);
Json modelVersions(const QList<ModelVersionRecord> &versions);
// With latest_versions (the newest of each stage) and aliases when it has any.
[[nodiscard]] Result<Json> registeredModel(ModelCatalog &catalog, const ModelRecord &model);

} // namespace mlflowjson

} // namespace atelier

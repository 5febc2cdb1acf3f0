// MLflow registry JSON: the fields of model_registry.proto's RegisteredModel and ModelVersion.
#include "core/tracking/mlflow_registry_json.h"

#include "core/models/model_catalog.h"

#include <QDateTime>
#include <QUrl>

namespace atelier::mlflowjson {

std::int64_t millisecondsOf(const QString &isoTime)
{
    return QDateTime::fromString(isoTime, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString modelSource(const ModelVersionRecord &version)
{
    if (!version.runArtifactUri.isEmpty())
        return version.runArtifactUri + u'/' + version.sourcePath;
    return QUrl::fromLocalFile(version.sourcePath).toString();
}

Json modelVersion(const ModelVersionRecord &version)
{
    Json json = {{"name", utf8(version.modelName)},
                 {"version", std::to_string(version.version)},
                 {"creation_timestamp", millisecondsOf(version.createdAt)},
                 {"last_updated_timestamp", millisecondsOf(version.updatedAt)},
                 {"user_id", utf8(version.createdBy)},
                 {"current_stage", utf8(mlflowStageName(version.stage))},
                 {"description", utf8(version.description)},
                 {"source", utf8(modelSource(version))},
                 {"status", "READY"}};
    if (!version.runUuid.isEmpty())
        json["run_id"] = utf8(version.runUuid);
    if (!version.aliases.isEmpty()) {
        Json aliases = Json::array();
        for (const QString &alias : version.aliases)
            aliases.push_back(utf8(alias));
        json["aliases"] = std::move(aliases);
    }
    return json;
}

Json modelVersions(const QList<ModelVersionRecord> &versions)
{
    Json list = Json::array();
    for (const ModelVersionRecord &version : versions)
        list.push_back(modelVersion(version));
    return list;
}

Result<Json> registeredModel(ModelCatalog &catalog, const ModelRecord &model)
{
    Json json = {{"name", utf8(model.name)},
                 {"creation_timestamp", millisecondsOf(model.createdAt)},
                 {"last_updated_timestamp", millisecondsOf(model.updatedAt)},
                 {"description", utf8(model.description)}};
    auto latest = catalog.latestVersions(model.name);
    if (!latest)
        return fail(latest.error());
    if (!latest->isEmpty())
        json["latest_versions"] = modelVersions(*latest);
    if (!model.aliases.isEmpty()) {
        Json aliases = Json::array();
        for (const ModelAlias &alias : model.aliases)
            aliases.push_back({{"alias", utf8(alias.alias)}, {"version", std::to_string(alias.version)}});
        json["aliases"] = std::move(aliases);
    }
    return json;
}

} // namespace atelier::mlflowjson

// MLflow registry routes: a table from (method, path) to handlers that read the request, call the
// ModelRegistry and answer with RegisteredModel and ModelVersion as MLflow's server writes them.
#include "core/tracking/mlflow_registry_routes.h"

#include "core/models/model_catalog.h"
#include "core/models/model_registry.h"
#include "core/tracking/artifact_store.h"
#include "core/tracking/mlflow_json.h"
#include "core/tracking/mlflow_registry_json.h"
#include "core/tracking/mlflow_request.h"
#include "core/tracking/mlflow_route_table.h"
#include "core/tracking/registry_search.h"

#include <algorithm>

namespace atelier {

using mlflowjson::errorReply;
using mlflowjson::Json;
using mlflowjson::jsonReply;
using mlflowjson::utf8;

namespace {

using Handler = Result<Json> (*)(ModelRegistry &, const MlflowRequest &);

Error invalidParameter(const QString &message)
{
    return {message, {}, TrackingError::InvalidParameterValue};
}

Result<Json> registeredModelReply(ModelRegistry &registry, const Result<ModelRecord> &model)
{
    if (!model)
        return fail(model.error());
    auto json = mlflowjson::registeredModel(registry.catalog(), *model);
    if (!json)
        return fail(json.error());
    return Json{{"registered_model", std::move(*json)}};
}

Result<Json> versionReply(const Result<ModelVersionRecord> &version)
{
    if (!version)
        return fail(version.error());
    return Json{{"model_version", mlflowjson::modelVersion(*version)}};
}

// MLflow sends versions as strings ("3"); a number is taken too.
Result<std::int64_t> versionOf(const MlflowRequest &request)
{
    if (!request.has("version"))
        return fail(request.requiredString("version").error());
    auto number = request.optionalInt64("version");
    if (!number || **number < 1)
        return fail(invalidParameter(MlflowRegistryRoutes::tr("Parameter 'version' must be a whole number of 1 or "
                                                              "more, such as \"1\".")));
    return **number;
}

Result<ModelStage> stageOf(const QString &name)
{
    if (auto stage = modelStageFromName(name))
        return *stage;
    return fail(invalidParameter(MlflowRegistryRoutes::tr("Invalid Model Version stage: %1. Value must be one of "
                                                          "None, Staging, Production, Archived.").arg(name)));
}

Status refuseTags(const MlflowRequest &request)
{
    auto tags = request.keyValues("tags");
    if (!tags)
        return fail(tags.error());
    if (!tags->isEmpty())
        return fail(invalidParameter(MlflowRegistryRoutes::tr("This server does not keep tags of registered models "
                                                              "and model versions. Register without tags, and put "
                                                              "the information in the description.")));
    return {};
}

// Registered models -------------------------------------------------------------------------------

Result<Json> createRegisteredModel(ModelRegistry &registry, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    if (!name)
        return fail(name.error());
    auto description = request.optionalString("description");
    if (!description)
        return fail(description.error());
    if (auto ok = refuseTags(request); !ok)
        return fail(ok.error());
    return registeredModelReply(registry, registry.createModel(*name, description->value_or(QString())));
}

Result<Json> getRegisteredModel(ModelRegistry &registry, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    if (!name)
        return fail(name.error());
    return registeredModelReply(registry, registry.catalog().model(*name));
}

Result<Json> updateRegisteredModel(ModelRegistry &registry, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    if (!name)
        return fail(name.error());
    auto description = request.optionalString("description");
    if (!description)
        return fail(description.error());
    return registeredModelReply(registry, registry.setModelDescription(*name, description->value_or(QString())));
}

Result<Json> deleteRegisteredModel(ModelRegistry &registry, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    if (!name)
        return fail(name.error());
    if (auto ok = registry.deleteModel(*name); !ok)
        return fail(ok.error());
    return Json::object();
}

Result<Json> getLatestVersions(ModelRegistry &registry, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    if (!name)
        return fail(name.error());
    auto names = request.stringList("stages");
    if (!names)
        return fail(names.error());
    QList<ModelStage> stages;
    for (const QString &stageName : std::as_const(*names)) {
        auto stage = stageOf(stageName);
        if (!stage)
            return fail(stage.error());
        stages.append(*stage);
    }
    auto latest = registry.catalog().latestVersions(*name, stages);
    if (!latest)
        return fail(latest.error());
    Json reply = Json::object();
    if (!latest->isEmpty())
        reply["model_versions"] = mlflowjson::modelVersions(*latest);
    return reply;
}

// Aliases -----------------------------------------------------------------------------------------

Result<Json> setAlias(ModelRegistry &registry, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    auto alias = request.requiredString("alias");
    auto version = versionOf(request);
    for (const Error *error : {name ? nullptr : &name.error(), alias ? nullptr : &alias.error(),
                               version ? nullptr : &version.error()}) {
        if (error)
            return fail(*error);
    }
    if (auto ok = registry.setAlias(*name, *alias, *version); !ok)
        return fail(ok.error());
    return Json::object();
}

Result<Json> deleteAlias(ModelRegistry &registry, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    if (!name)
        return fail(name.error());
    auto alias = request.requiredString("alias");
    if (!alias)
        return fail(alias.error());
    if (auto ok = registry.deleteAlias(*name, *alias); !ok)
        return fail(ok.error());
    return Json::object();
}

Result<Json> getVersionByAlias(ModelRegistry &registry, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    if (!name)
        return fail(name.error());
    auto alias = request.requiredString("alias");
    if (!alias)
        return fail(alias.error());
    return versionReply(registry.catalog().versionByAlias(*name, *alias));
}

Result<Json> searchRegisteredModels(ModelRegistry &registry, const MlflowRequest &request)
{
    return RegistrySearch::searchModels(registry.catalog(), request);
}

// Model versions ----------------------------------------------------------------------------------

struct SourceArtifact
{
    QString runId;
    QString path;
};

// runs:/<run id>/<path>, or mlflow-artifacts:[//host]/<experiment>/<run id>/artifacts/<path>.
Result<SourceArtifact> sourceArtifactOf(const QString &source)
{
    const QString runsScheme = QStringLiteral("runs:/");
    const QString proxyScheme = QStringLiteral("mlflow-artifacts:");
    SourceArtifact artifact;
    if (source.startsWith(runsScheme)) {
        QString rest = source.mid(runsScheme.size());
        while (rest.startsWith(u'/'))
            rest.remove(0, 1);
        artifact.runId = rest.section(u'/', 0, 0);
        artifact.path = rest.section(u'/', 1);
    } else if (source.startsWith(proxyScheme)) {
        QString rest = source.mid(proxyScheme.size());
        if (rest.startsWith(QStringLiteral("//"))) { // skip the authority
            const qsizetype slash = rest.indexOf(u'/', 2);
            rest = slash < 0 ? QString() : rest.mid(slash);
        }
        while (rest.startsWith(u'/'))
            rest.remove(0, 1);
        auto location = ArtifactStore::parseProxyPath(rest);
        if (!location)
            return fail(location.error());
        artifact.runId = location->runId;
        artifact.path = location->relativePath;
    } else {
        return fail(invalidParameter(MlflowRegistryRoutes::tr("Invalid model version source '%1'. This server registers "
                                                              "models from its own runs' artifacts: give the source as "
                                                              "runs:/<run_id>/<path> or as the run's artifact_uri "
                                                              "followed by /<path>.").arg(source)));
    }
    if (artifact.runId.isEmpty() || artifact.path.isEmpty())
        return fail(invalidParameter(MlflowRegistryRoutes::tr("The model version source '%1' names no artifact of a run. "
                                                              "Give runs:/<run_id>/<path>, such as runs:/<run_id>/model.")
                                         .arg(source)));
    return artifact;
}

Result<Json> createModelVersion(ModelRegistry &registry, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    auto source = request.requiredString("source");
    auto runId = request.optionalString("run_id");
    auto description = request.optionalString("description");
    for (const Error *error : {name ? nullptr : &name.error(), source ? nullptr : &source.error(),
                               runId ? nullptr : &runId.error(), description ? nullptr : &description.error()}) {
        if (error)
            return fail(*error);
    }
    if (auto ok = refuseTags(request); !ok)
        return fail(ok.error());
    if (auto model = registry.catalog().model(*name); !model)
        return fail(model.error());
    auto artifact = sourceArtifactOf(*source);
    if (!artifact)
        return fail(artifact.error());
    if (runId->has_value() && !(*runId)->isEmpty() && **runId != artifact->runId)
        return fail(invalidParameter(MlflowRegistryRoutes::tr("The source '%1' is an artifact of run %2, not of the "
                                                              "run_id given (%3).").arg(*source, artifact->runId, **runId)));
    auto runRowId = registry.catalog().findRun(artifact->runId);
    if (!runRowId)
        return fail(runRowId.error());
    return versionReply(registry.registerFromRun(*name, *runRowId, artifact->path, description->value_or(QString())));
}

Result<Json> getModelVersion(ModelRegistry &registry, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    if (!name)
        return fail(name.error());
    auto version = versionOf(request);
    if (!version)
        return fail(version.error());
    return versionReply(registry.catalog().version(*name, *version));
}

Result<Json> updateModelVersion(ModelRegistry &registry, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    auto version = versionOf(request);
    auto description = request.optionalString("description");
    for (const Error *error : {name ? nullptr : &name.error(), version ? nullptr : &version.error(),
                               description ? nullptr : &description.error()}) {
        if (error)
            return fail(*error);
    }
    return versionReply(registry.setVersionDescription(*name, *version, description->value_or(QString())));
}

Result<Json> transitionStage(ModelRegistry &registry, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    auto version = versionOf(request);
    auto stageName = request.requiredString("stage");
    auto archive = request.optionalBool("archive_existing_versions");
    for (const Error *error : {name ? nullptr : &name.error(), version ? nullptr : &version.error(),
                               stageName ? nullptr : &stageName.error(), archive ? nullptr : &archive.error()}) {
        if (error)
            return fail(*error);
    }
    auto stage = stageOf(*stageName);
    if (!stage)
        return fail(stage.error());
    return versionReply(registry.transitionStage(*name, *version, *stage, archive->value_or(false)));
}

Result<Json> getDownloadUri(ModelRegistry &registry, const MlflowRequest &request)
{
    auto reply = getModelVersion(registry, request);
    if (!reply)
        return fail(reply.error());
    return Json{{"artifact_uri", (*reply)["model_version"]["source"]}};
}

Result<Json> searchModelVersions(ModelRegistry &registry, const MlflowRequest &request)
{
    return RegistrySearch::searchVersions(registry.catalog(), request);
}

// The table ---------------------------------------------------------------------------------------

using Route = MlflowRoute<Handler>;

const Route Routes[] = {
    {"POST", "registered-models/create", createRegisteredModel},
    {"GET", "registered-models/get", getRegisteredModel},
    {"GET", "registered-models/search", searchRegisteredModels, "order_by"},
    {"PATCH", "registered-models/update", updateRegisteredModel},
    {"DELETE", "registered-models/delete", deleteRegisteredModel},
    {"POST", "registered-models/get-latest-versions", getLatestVersions},
    {"GET", "registered-models/get-latest-versions", getLatestVersions, "stages"},
    {"POST", "registered-models/alias", setAlias},
    {"DELETE", "registered-models/alias", deleteAlias},
    {"GET", "registered-models/alias", getVersionByAlias},
    {"POST", "model-versions/create", createModelVersion},
    {"GET", "model-versions/get", getModelVersion},
    {"GET", "model-versions/search", searchModelVersions, "order_by"},
    {"PATCH", "model-versions/update", updateModelVersion},
    {"POST", "model-versions/transition-stage", transitionStage},
    {"GET", "model-versions/get-download-uri", getDownloadUri},
};

} // namespace

MlflowRegistryRoutes::MlflowRegistryRoutes(Database &db, BlobStore &blobs, AuditLog &audit)
    : m_registry(std::make_unique<ModelRegistry>(db, blobs, audit))
{}

MlflowRegistryRoutes::~MlflowRegistryRoutes() = default;

bool MlflowRegistryRoutes::handles(const QString &endpoint)
{
    return endpoint.startsWith(QStringLiteral("registered-models/")) || endpoint.startsWith(QStringLiteral("model-versions/"));
}

MlflowReply MlflowRegistryRoutes::handle(const MlflowCall &call, const QString &endpoint)
{
    const auto route = MlflowRouteTable::find(Routes, call, endpoint);
    if (!route)
        return route.error();
    auto request = MlflowRouteTable::requestOf(call, (*route)->repeatedFields);
    if (!request)
        return errorReply(request.error());
    auto reply = (*route)->handler(*m_registry, *request);
    if (!reply)
        return errorReply(reply.error());
    return jsonReply(*reply);
}

} // namespace atelier

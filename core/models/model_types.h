// Model registry types: registered models, their versions, stages, aliases and stage history.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace atelier {

// MLflow's stages; the store spells them in lower case ('none', 'staging', ...).
enum class ModelStage { None, Staging, Production, Archived };

QString modelStageName(ModelStage stage);
// Reads any case ("Production", "production"); nullopt for anything else.
std::optional<ModelStage> modelStageFromName(const QString &name);
// "None", "Staging", ... as MLflow's REST API writes current_stage.
QString mlflowStageName(ModelStage stage);
// Every stage in MLflow's order: None, Staging, Production, Archived.
QList<ModelStage> allModelStages();

// A version is one file in blobs/, or a folder (an MLflow model) kept as a manifest blob.
enum class ModelContent { File, Folder };

struct ModelAlias
{
    QString alias;
    std::int64_t version = 0;

    friend bool operator==(const ModelAlias &, const ModelAlias &) = default;
};

struct ModelRecord
{
    std::int64_t id = 0;
    QString name;
    QString description;
    QString createdAt; // ISO 8601 UTC
    QString updatedAt;
    std::int64_t versionCount = 0;
    std::int64_t latestVersion = 0; // 0 while the model has no version
    QList<ModelAlias> aliases;      // sorted by alias

    QJsonObject toJson() const;
};

struct ModelVersionRecord
{
    std::int64_t id = 0; // the row id, which the lineage graph and deployments refer to
    std::int64_t modelId = 0;
    QString modelName;
    std::int64_t version = 0;
    std::optional<std::int64_t> runRowId;
    QString runUuid;        // the MLflow run id; empty for an imported file
    QString runArtifactUri; // the run's mlflow-artifacts:/... root; empty for an imported file
    QString sourcePath;     // the artifact path in the run, or the imported file's absolute path
    ModelContent content = ModelContent::File;
    QString sha256;         // the file's, or the folder manifest's
    std::int64_t size = 0;  // bytes; a folder's files together
    ModelStage stage = ModelStage::None;
    QString framework;      // "onnx", "pytorch", "sklearn" ...; empty when not known
    QJsonObject signature;  // {"inputs": [...], "outputs": [...]} when known
    QJsonObject metrics;    // the run's latest value of each metric at registration
    QString description;
    QString createdBy;      // who registered it
    QString createdAt;      // ISO 8601 UTC
    QString updatedAt;
    QStringList aliases;    // sorted

    QJsonObject toJson() const;
};

struct StageChange
{
    ModelStage stage = ModelStage::None;
    QString at; // ISO 8601 UTC
    QString actor;
    QString comment;
};

// What a version search keeps; empty fields keep everything. Patterns are SQL LIKE patterns.
struct ModelVersionFilter
{
    QString modelName;
    QString namePattern;
    bool caseInsensitivePattern = false;
    QStringList runUuids;
};

} // namespace atelier

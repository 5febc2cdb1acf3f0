// Model registry types: stage names in the store's and MLflow's spelling, and the records as JSON.
#include "core/models/model_types.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace atelier {

namespace {

struct StageNames
{
    ModelStage stage;
    const char *store;
    const char *mlflow;
};

constexpr std::array<StageNames, 4> Stages{{
    {ModelStage::None, "none", "None"},
    {ModelStage::Staging, "staging", "Staging"},
    {ModelStage::Production, "production", "Production"},
    {ModelStage::Archived, "archived", "Archived"},
}};

} // namespace

QString modelStageName(ModelStage stage)
{
    for (const StageNames &names : Stages) {
        if (names.stage == stage)
            return QString::fromLatin1(names.store);
    }
    return {};
}

QString mlflowStageName(ModelStage stage)
{
    for (const StageNames &names : Stages) {
        if (names.stage == stage)
            return QString::fromLatin1(names.mlflow);
    }
    return {};
}

std::optional<ModelStage> modelStageFromName(const QString &name)
{
    for (const StageNames &names : Stages) {
        if (name.compare(QLatin1String(names.store), Qt::CaseInsensitive) == 0)
            return names.stage;
    }
    return std::nullopt;
}

QList<ModelStage> allModelStages()
{
    QList<ModelStage> stages;
    for (const StageNames &names : Stages)
        stages.append(names.stage);
    return stages;
}

QJsonObject ModelRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("created_at"), createdAt},
                     {QStringLiteral("updated_at"), updatedAt},
                     {QStringLiteral("versions"), qint64(versionCount)},
                     {QStringLiteral("latest_version"), qint64(latestVersion)}};
    QJsonObject aliasMap;
    for (const ModelAlias &alias : aliases)
        aliasMap.insert(alias.alias, qint64(alias.version));
    json.insert(QStringLiteral("aliases"), aliasMap);
    return json;
}

QJsonObject ModelVersionRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), qint64(id)},
                     {QStringLiteral("name"), modelName},
                     {QStringLiteral("version"), qint64(version)},
                     {QStringLiteral("stage"), modelStageName(stage)},
                     {QStringLiteral("run_id"), runUuid},
                     {QStringLiteral("source"), sourcePath},
                     {QStringLiteral("content"), content == ModelContent::Folder ? QStringLiteral("folder")
                                                                                 : QStringLiteral("file")},
                     {QStringLiteral("sha256"), sha256},
                     {QStringLiteral("size"), qint64(size)},
                     {QStringLiteral("framework"), framework},
                     {QStringLiteral("signature"), signature},
                     {QStringLiteral("metrics"), metrics},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("created_by"), createdBy},
                     {QStringLiteral("created_at"), createdAt},
                     {QStringLiteral("updated_at"), updatedAt},
                     {QStringLiteral("aliases"), QJsonArray::fromStringList(aliases)}};
    return json;
}

} // namespace atelier

// ModelCatalog: reads of the model registry: models, versions, stage history, aliases, runs by id.
#pragma once

#include "core/models/model_types.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace atelier {

class Database;

// Lookups fail with Error::code RESOURCE_DOES_NOT_EXIST (TrackingError) and MLflow's wording, so
// that the REST server passes them on as they are.
class ModelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ModelCatalog)

public:
    explicit ModelCatalog(Database &db);

    [[nodiscard]] Result<ModelRecord> model(const QString &name);
    // Sorted by name; `namePattern` is an SQL LIKE pattern ('%' any run, '_' one character),
    // case-sensitive unless `caseInsensitive`; empty: every model.
    [[nodiscard]] Result<QList<ModelRecord>> models(const QString &namePattern = {}, bool caseInsensitive = false);

    [[nodiscard]] Result<ModelVersionRecord> version(const QString &modelName, std::int64_t number);
    [[nodiscard]] Result<ModelVersionRecord> versionById(std::int64_t id);
    // Sorted by model name, then newest version first.
    [[nodiscard]] Result<QList<ModelVersionRecord>> versions(const ModelVersionFilter &filter = {});
    // The newest version in each of `stages` that has one (empty: every stage), in MLflow's stage
    // order (None, Staging, Production, Archived).
    [[nodiscard]] Result<QList<ModelVersionRecord>> latestVersions(const QString &modelName,
                                                                   const QList<ModelStage> &stages = {});
    // Oldest first; the first entry is the registration ('none').
    [[nodiscard]] Result<QList<StageChange>> stageHistory(const QString &modelName, std::int64_t number);
    [[nodiscard]] Result<ModelVersionRecord> versionByAlias(const QString &modelName, const QString &alias);

    // MLflow's LIKE: '%' any run of characters, '_' one character, everything else literal.
    static bool likeMatches(const QString &pattern, const QString &text, bool caseInsensitive);

    // A run's row id from its MLflow run id, or from its row id written as a number.
    [[nodiscard]] Result<std::int64_t> findRun(const QString &runIdOrRowId);

private:
    // One model by name, or every model (nullopt).
    [[nodiscard]] Result<QList<ModelRecord>> selectModels(const std::optional<QString> &name);

    Database &m_db;
};

} // namespace atelier

// ModelRegistry: registered models and their versions, stages and aliases in the project store.
#pragma once

#include "core/models/model_catalog.h"
#include "core/models/model_types.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace atelier {

class AuditLog;
class BlobStore;
class Database;
class ModelPackager;
struct ModelPackage;

// A version is registered from a run's artifact (a file, or a folder such as an MLflow model)
// or from a local file or folder copied into blobs/; it records the content's SHA-256 and size,
// the framework (MLmodel's flavors, else the file extension), the signature when MLmodel has one
// and the run's latest metrics at that moment. Versions count 1..n per model; the first
// registration under a new name creates the model. Every mutation is one transaction with one
// audit row; bad input fails with Error::code set to MLflow's code (TrackingError) and leaves the
// store as it was.
class ModelRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ModelRegistry)

public:
    ModelRegistry(Database &db, BlobStore &blobs, AuditLog &audit);
    ~ModelRegistry();

    // The reads: models, versions, stage history, aliases.
    ModelCatalog &catalog() { return *m_catalog; }

    // Models. Names are unique (RESOURCE_ALREADY_EXISTS).
    [[nodiscard]] Result<ModelRecord> createModel(const QString &name, const QString &description = {});
    [[nodiscard]] Result<ModelRecord> setModelDescription(const QString &name, const QString &description);
    // Removes the model with its versions, stage history and aliases; refused while one of its
    // versions is deployed.
    [[nodiscard]] Status deleteModel(const QString &name);

    // Registration. `runRowId` names the run by its row id (ModelCatalog::findRun reads an MLflow
    // run id); `artifactPath` is a file or a folder of the run's artifacts.
    [[nodiscard]] Result<ModelVersionRecord> registerFromRun(const QString &modelName, std::int64_t runRowId,
                                                             const QString &artifactPath,
                                                             const QString &description = {});
    // A local file, or every file of a local folder, copied into blobs/.
    [[nodiscard]] Result<ModelVersionRecord> registerLocal(const QString &modelName, const QString &path,
                                                           const QString &description = {});
    [[nodiscard]] Result<ModelVersionRecord> setVersionDescription(const QString &modelName, std::int64_t number,
                                                                   const QString &description);

    // Moves a version to `stage` with a history row. With `archiveExisting` and a target of
    // staging or production, the model's other versions in that stage move to archived (each
    // with its history row), as MLflow's archive_existing_versions does.
    [[nodiscard]] Result<ModelVersionRecord> transitionStage(const QString &modelName, std::int64_t number,
                                                             ModelStage stage, bool archiveExisting = false,
                                                             const QString &comment = {});

    // Aliases name one version of a model each ("champion"); "latest" and "v<number>" are
    // reserved, as in MLflow. Deleting an alias that is not set does nothing, as in MLflow.
    [[nodiscard]] Status setAlias(const QString &modelName, const QString &alias, std::int64_t number);
    [[nodiscard]] Status deleteAlias(const QString &modelName, const QString &alias);

    // Writes the version's file (or folder) into `folder` under its original name; returns the path.
    [[nodiscard]] Result<QString> exportVersion(const ModelVersionRecord &version, const QString &folder);

private:
    [[nodiscard]] Result<ModelPackage> packageOfArtifact(std::int64_t runRowId, const QString &artifactPath);
    [[nodiscard]] Result<ModelVersionRecord> insertVersion(const QString &modelName, const ModelPackage &package,
                                                           std::optional<std::int64_t> runRowId,
                                                           const QString &sourcePath, const QString &description);
    [[nodiscard]] Result<std::int64_t> modelIdCreatingIfNeeded(const QString &name, const QString &at);
    [[nodiscard]] Status recordStage(std::int64_t versionId, ModelStage stage, const QString &at,
                                     const QString &comment);

    Database &m_db;
    AuditLog &m_audit;
    std::unique_ptr<ModelCatalog> m_catalog;
    std::unique_ptr<ModelPackager> m_packager;
};

} // namespace atelier

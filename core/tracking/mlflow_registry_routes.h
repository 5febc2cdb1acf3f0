// MLflow registry routes: the model registry's REST endpoints (registered-models/..., model-versions/...).
#pragma once

#include "core/tracking/mlflow_routes.h"

#include <QCoreApplication>

#include <memory>

namespace atelier {

class ModelRegistry;

// Serves what MLflow's RestStore for the registry (mlflow/store/model_registry/rest_store.py)
// calls, with the shapes of mlflow/protos/model_registry.proto: GET fields in the query, the
// others (POST, PATCH, DELETE) in a JSON body. A version's source must be one of this server's
// runs' artifacts, as runs:/<run id>/<path> or mlflow-artifacts:/<experiment>/<run id>/artifacts/<path>;
// the content is then registered from the artifact store, never read from a path on the server.
class MlflowRegistryRoutes
{
    Q_DECLARE_TR_FUNCTIONS(MlflowRegistryRoutes)

public:
    MlflowRegistryRoutes(Database &db, BlobStore &blobs, AuditLog &audit);
    ~MlflowRegistryRoutes();
    MlflowRegistryRoutes(const MlflowRegistryRoutes &) = delete;
    MlflowRegistryRoutes &operator=(const MlflowRegistryRoutes &) = delete;

    // Whether `endpoint` (the path after /api/2.0/mlflow/) is the registry's.
    static bool handles(const QString &endpoint);
    MlflowReply handle(const MlflowCall &call, const QString &endpoint);

private:
    std::unique_ptr<ModelRegistry> m_registry;
};

} // namespace atelier

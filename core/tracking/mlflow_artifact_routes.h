// MLflow artifact routes: ListArtifacts and the mlflow-artifacts proxy (upload, download, list, delete).
#pragma once

#include "core/tracking/mlflow_routes.h"

#include <QCoreApplication>

namespace atelier {

class ArtifactStore;
class MlflowRequest;
class TrackingStore;

// The client's HttpArtifactRepository talks to /api/2.0/mlflow-artifacts/artifacts/<path>, where
// <path> is a run's artifact_uri (mlflow-artifacts:/<experiment>/<run id>/artifacts) without its
// scheme, plus the file's path in the run.
class MlflowArtifactRoutes
{
    Q_DECLARE_TR_FUNCTIONS(MlflowArtifactRoutes)

public:
    MlflowArtifactRoutes(TrackingStore &tracking, ArtifactStore &artifacts);

    // GET /api/2.0/mlflow/artifacts/list: {"root_uri": ..., "files": [{"path", "is_dir", "file_size"}]}
    // with paths relative to the run's artifact root.
    MlflowReply listRunArtifacts(const MlflowRequest &request);

    // `subPath` is what follows /api/2.0/mlflow-artifacts/artifacts ("" or "/0/<run>/artifacts/f").
    // `changedRunId` receives the run an upload or delete wrote to.
    MlflowReply proxy(const MlflowCall &call, const QString &subPath, QString *changedRunId);

private:
    MlflowReply upload(const QString &path, const QByteArray &body, QString *changedRunId);
    MlflowReply download(const QString &path);
    MlflowReply listProxy(const QByteArray &encodedQuery);
    MlflowReply remove(const QString &path, QString *changedRunId);

    TrackingStore &m_tracking;
    ArtifactStore &m_artifacts;
};

} // namespace atelier

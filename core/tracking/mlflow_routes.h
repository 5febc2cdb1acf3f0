// MlflowRoutes: the MLflow REST API's endpoints, each a call into the tracking and artifact stores.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace atelier {

class AuditLog;
class BlobStore;
class Database;

// One HTTP request, as the server hands it over.
struct MlflowCall
{
    QByteArray method;       // "GET", "POST", "PUT", "DELETE"
    QString path;            // decoded, e.g. /api/2.0/mlflow/runs/get
    QByteArray encodedQuery; // as on the wire, without '?'
    QByteArray body;
};

// The answer: JSON (errors as {"error_code": ..., "message": ...}), or a file to stream.
struct MlflowReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QString filePath; // when set, the body is this file's content
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Serves /api/2.0/mlflow/... (and the same under /ajax-api/2.0/mlflow/, which MLflow's web UI
// uses) and the artifact proxy /api/2.0/mlflow-artifacts/artifacts/... on one connection, on the
// thread that calls handle(). Error codes map to HTTP statuses as MLflow's do (400 for
// INVALID_PARAMETER_VALUE, BAD_REQUEST and RESOURCE_ALREADY_EXISTS; 404 for
// RESOURCE_DOES_NOT_EXIST and unknown endpoints; 500 for INTERNAL_ERROR and INVALID_STATE).
class MlflowRoutes
{
    Q_DECLARE_TR_FUNCTIONS(MlflowRoutes)

public:
    MlflowRoutes(Database &db, AuditLog &audit, BlobStore &blobs);
    ~MlflowRoutes();
    MlflowRoutes(const MlflowRoutes &) = delete;
    MlflowRoutes &operator=(const MlflowRoutes &) = delete;

    MlflowReply handle(const MlflowCall &call);

    // What changed since the last call, for views that follow live runs: the MLflow ids of runs
    // written to, and whether experiments were created or changed.
    QStringList takeChangedRuns();
    bool takeExperimentsChanged();

    struct Context;

private:
    std::unique_ptr<Context> m_context;
};

} // namespace atelier

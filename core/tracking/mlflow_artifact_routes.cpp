// MLflow artifact routes: map mlflow-artifacts paths to (run, path) and answer as MLflow's server does.
#include "core/tracking/mlflow_artifact_routes.h"

#include "core/tracking/artifact_store.h"
#include "core/tracking/mlflow_json.h"
#include "core/tracking/mlflow_request.h"
#include "core/tracking/tracking_store.h"

#include <QFileInfo>
#include <QMimeDatabase>

namespace atelier {

using mlflowjson::errorReply;
using mlflowjson::Json;
using mlflowjson::jsonReply;
using mlflowjson::utf8;

namespace {

Json fileInfo(const ArtifactFile &file, const QString &shownPath)
{
    Json json = {{"path", utf8(shownPath)}, {"is_dir", file.isDir}};
    if (!file.isDir)
        json["file_size"] = file.size;
    return json;
}

QString baseName(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

} // namespace

MlflowArtifactRoutes::MlflowArtifactRoutes(TrackingStore &tracking, ArtifactStore &artifacts)
    : m_tracking(tracking)
    , m_artifacts(artifacts)
{}

MlflowReply MlflowArtifactRoutes::listRunArtifacts(const MlflowRequest &request)
{
    auto runId = request.runId();
    if (!runId)
        return errorReply(runId.error());
    auto folder = request.optionalString("path");
    if (!folder)
        return errorReply(folder.error());
    auto run = m_tracking.run(*runId);
    if (!run)
        return errorReply(run.error());
    auto rowId = m_tracking.runRowId(*runId);
    if (!rowId)
        return errorReply(rowId.error());
    auto files = m_artifacts.list(*rowId, folder->value_or(QString()));
    if (!files)
        return errorReply(files.error());

    Json reply = {{"root_uri", utf8(run->info.artifactUri)}};
    if (!files->isEmpty()) {
        Json list = Json::array();
        for (const ArtifactFile &file : *files)
            list.push_back(fileInfo(file, file.path));
        reply["files"] = std::move(list);
    }
    return jsonReply(reply);
}

MlflowReply MlflowArtifactRoutes::proxy(const MlflowCall &call, const QString &subPath, QString *changedRunId)
{
    if (subPath.isEmpty() || subPath == QStringLiteral("/")) {
        if (call.method == "GET")
            return listProxy(call.encodedQuery);
    } else if (subPath.startsWith(u'/')) {
        const QString path = subPath.mid(1);
        if (call.method == "PUT")
            return upload(path, call.body, changedRunId);
        if (call.method == "GET")
            return download(path);
        if (call.method == "DELETE")
            return remove(path, changedRunId);
    }
    return errorReply({tr("%1 %2 is not an endpoint of this server's artifact proxy.")
                           .arg(QString::fromLatin1(call.method), call.path),
                       {}, QStringLiteral("ENDPOINT_NOT_FOUND")});
}

MlflowReply MlflowArtifactRoutes::upload(const QString &path, const QByteArray &body, QString *changedRunId)
{
    auto location = ArtifactStore::parseProxyPath(path);
    if (!location)
        return errorReply(location.error());
    auto rowId = m_tracking.runRowId(location->runId);
    if (!rowId)
        return errorReply(rowId.error());
    auto stored = m_artifacts.put(*rowId, location->relativePath, body);
    if (!stored)
        return errorReply(stored.error());
    *changedRunId = location->runId;
    return jsonReply(Json::object());
}

MlflowReply MlflowArtifactRoutes::download(const QString &path)
{
    auto location = ArtifactStore::parseProxyPath(path);
    if (!location)
        return errorReply(location.error());
    auto rowId = m_tracking.runRowId(location->runId);
    if (!rowId)
        return errorReply(rowId.error());
    auto stored = m_artifacts.find(*rowId, location->relativePath);
    if (!stored)
        return errorReply(stored.error());
    if (!QFileInfo(stored->blobPath).isFile())
        return errorReply({tr("The content of the artifact \"%1\" is missing from the project's blobs "
                              "folder. Restore the folder from a backup.").arg(location->relativePath),
                           stored->blobPath, TrackingError::InternalError});

    // Always an attachment, as MLflow sends it, so that a browser never renders it on this origin.
    MlflowReply reply;
    reply.contentType = QMimeDatabase().mimeTypeForFile(location->relativePath, QMimeDatabase::MatchExtension)
                            .name().toUtf8();
    reply.filePath = stored->blobPath;
    reply.headers = {{QByteArrayLiteral("Content-Disposition"),
                      QByteArrayLiteral("attachment; filename=") + baseName(location->relativePath).toUtf8()},
                     {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")}};
    return reply;
}

MlflowReply MlflowArtifactRoutes::listProxy(const QByteArray &encodedQuery)
{
    auto request = MlflowRequest::fromQuery(encodedQuery, {});
    if (!request)
        return errorReply(request.error());
    auto path = request->optionalString("path");
    if (!path)
        return errorReply(path.error());
    auto checked = ArtifactStore::checkRelativePath(path->value_or(QString()), true);
    if (!checked)
        return errorReply(checked.error());
    // Above a run's artifact root ("", "<experiment>", "<experiment>/<run>") nothing is listed:
    // artifacts live only inside runs here.
    if (checked->count(u'/') < 2)
        return jsonReply(Json::object());
    auto location = ArtifactStore::parseProxyPath(*checked);
    if (!location)
        return errorReply(location.error());
    auto rowId = m_tracking.runRowId(location->runId);
    if (!rowId) // as for a folder that does not exist: an empty listing
        return jsonReply(Json::object());
    auto files = m_artifacts.list(*rowId, location->relativePath);
    if (!files)
        return errorReply(files.error());
    if (files->isEmpty())
        return jsonReply(Json::object());
    Json list = Json::array();
    for (const ArtifactFile &file : *files)
        list.push_back(fileInfo(file, baseName(file.path)));
    return jsonReply({{"files", std::move(list)}});
}

MlflowReply MlflowArtifactRoutes::remove(const QString &path, QString *changedRunId)
{
    auto location = ArtifactStore::parseProxyPath(path);
    if (!location)
        return errorReply(location.error());
    auto rowId = m_tracking.runRowId(location->runId);
    if (!rowId)
        return errorReply(rowId.error());
    if (auto ok = m_artifacts.remove(*rowId, location->relativePath); !ok)
        return errorReply(ok.error());
    *changedRunId = location->runId;
    return jsonReply(Json::object());
}

} // namespace atelier

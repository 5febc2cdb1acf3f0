// DeploymentBundle: the folder a deployment's server runs in (its model and the demo server) and its command with the placeholders filled in.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace atelier {

class BlobStore;
struct ServedModel;

// <project>/deployments/<id>/ is the server's working folder: the model version's file (a hard
// link to its blob where the file system allows, else a copy) or folder, and the demo inference
// server. A local target runs the server there; an SSH target uploads the folder first (as it
// does a job's code), so the relative {model_path} holds on both.
class DeploymentBundle
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentBundle)

public:
    static QString folder(const QString &projectFolder, std::int64_t deploymentId);
    // "model.json" for a version registered from model.json; "model" for a folder or no suffix.
    static QString modelFileName(const ServedModel &model);

    // A template needs a program and {port} (the probes find the server there); only the
    // placeholders {model_path}, {port} and {name} exist.
    [[nodiscard]] static Status validate(const QStringList &command);
    static QStringList expand(const QStringList &command, const QString &modelPath, int port, const QString &name);

    // Fills the folder (blocking file work: call it on a worker thread); returns the model's path
    // relative to the folder.
    [[nodiscard]] static Result<QString> prepare(const QString &folder, const ServedModel &model, BlobStore &blobs);
};

} // namespace atelier

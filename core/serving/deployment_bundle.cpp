// DeploymentBundle: hard links (or copies) a model version out of blobs/ next to the demo server, and fills in serve commands.
#include "core/serving/deployment_bundle.h"

#include "core/models/model_packager.h"
#include "core/project/blob_store.h"
#include "core/serving/demo_serving.h"
#include "core/serving/deployment_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace atelier {

namespace {

const QStringList Placeholders = {QStringLiteral("{model_path}"), QStringLiteral("{port}"), QStringLiteral("{name}")};

// A hard link shares the blob's bytes (no copy of a large model); across file systems, a copy.
Status placeFile(const QString &blob, const QString &target)
{
    QFile::remove(target);
    if (::link(QFile::encodeName(blob).constData(), QFile::encodeName(target).constData()) == 0)
        return {};
    const QString linkError = QString::fromLocal8Bit(std::strerror(errno));
    if (!QFile::copy(blob, target))
        return fail(DeploymentBundle::tr("Could not place the model file at %1. Check the free space and permissions of "
                                         "the project folder.").arg(target),
                    linkError);
    return {};
}

} // namespace

QString DeploymentBundle::folder(const QString &projectFolder, std::int64_t deploymentId)
{
    return projectFolder + QStringLiteral("/deployments/") + QString::number(deploymentId);
}

QString DeploymentBundle::modelFileName(const ServedModel &model)
{
    const QString suffix = QFileInfo(model.sourcePath).suffix();
    return model.folder || suffix.isEmpty() ? QStringLiteral("model") : QStringLiteral("model.") + suffix;
}

Status DeploymentBundle::validate(const QStringList &command)
{
    if (command.isEmpty() || command.constFirst().trimmed().isEmpty())
        return fail(tr("The serve command is empty. Give the program and its arguments, such as python3 serve.py "
                       "--port {port}."));
    if (!command.join(u' ').contains(QStringLiteral("{port}")))
        return fail(tr("The serve command \"%1\" has no {port}: the server must listen on the port Atelier gives it, "
                       "where the health probes look.").arg(command.join(u' ')));
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z_]+\\}"));
    for (const QString &word : command) {
        for (auto match = placeholder.globalMatch(word); match.hasNext();) {
            const QString found = match.next().captured();
            if (!Placeholders.contains(found))
                return fail(tr("The serve command has the placeholder %1; the ones there are: %2.")
                                .arg(found, Placeholders.join(QStringLiteral(", "))));
        }
    }
    return {};
}

QStringList DeploymentBundle::expand(const QStringList &command, const QString &modelPath, int port, const QString &name)
{
    QStringList words;
    for (QString word : command) {
        word.replace(QStringLiteral("{model_path}"), modelPath);
        word.replace(QStringLiteral("{port}"), QString::number(port));
        word.replace(QStringLiteral("{name}"), name);
        words.append(word);
    }
    return words;
}

Result<QString> DeploymentBundle::prepare(const QString &folder, const ServedModel &model, BlobStore &blobs)
{
    if (!QDir().mkpath(folder))
        return fail(tr("Could not make the deployment folder %1. Check that the project folder is writable.").arg(folder));
    if (auto server = DemoServing::writeServer(folder); !server)
        return fail(server.error());
    const QString name = modelFileName(model);
    const QString target = QDir(folder).filePath(name);
    if (model.folder) {
        QDir(target).removeRecursively();
        auto exported = ModelPackager(blobs).exportTo(ModelContent::Folder, model.sha256, name, folder);
        if (!exported)
            return fail(exported.error());
        return name;
    }
    if (!blobs.contains(model.sha256))
        return fail(tr("The file of %1 version %2 is missing from the project's blobs folder. Register the version "
                       "again, or restore the blobs folder from a backup.")
                        .arg(model.modelName)
                        .arg(model.version));
    if (auto ok = placeFile(blobs.pathOf(model.sha256), target); !ok)
        return fail(ok.error());
    return name;
}

} // namespace atelier

// ModelPackager: turns a model file or folder (a run's artifacts, or a local path) into blobs, and back.
#pragma once

#include "core/models/model_types.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace atelier {

class BlobStore;

// One file of a model: its path inside the model folder ("MLmodel", "data/model.pth"), or the
// file's own name for a single-file model, and its blob.
struct PackageFile
{
    QString path;
    QString sha256;
    std::int64_t size = 0;
};

// What the registry records of a model's content. A folder is kept as a manifest blob,
// {"format": "atelier-model-folder/1", "files": [{"path", "sha256", "size"}]}, whose hash
// names the whole folder.
struct ModelPackage
{
    ModelContent content = ModelContent::File;
    QString name;            // the file's or the folder's name, used again on export
    QList<PackageFile> files; // sorted by path
    QString sha256;          // the file's, or the manifest's
    std::int64_t size = 0;   // all files together
    QString framework;       // from MLmodel's flavors, else from a file extension; empty if unknown
    QJsonObject signature;   // {"inputs": ..., "outputs": ...} from MLmodel; empty if none
};

class ModelPackager
{
    Q_DECLARE_TR_FUNCTIONS(ModelPackager)

public:
    explicit ModelPackager(BlobStore &blobs);

    // "onnx" for model.onnx, "pytorch" for .pt/.pth ...; empty for an extension it does not know.
    static QString frameworkOfFile(const QString &fileName);

    // Files already in blobs/ (a run's artifacts): one file, or the files of the folder `name`
    // with paths relative to it. Fails when a blob is missing.
    [[nodiscard]] Result<ModelPackage> fromBlobs(const QString &name, ModelContent content,
                                                 const QList<PackageFile> &files);
    // Copies a local file, or every file under a local folder, into blobs/.
    [[nodiscard]] Result<ModelPackage> fromLocalPath(const QString &path);

    // Writes the content named `sha256` into `folder` as `name` (a file, or a folder of files);
    // returns the path written. An existing file or folder of that name is refused.
    [[nodiscard]] Result<QString> exportTo(ModelContent content, const QString &sha256, const QString &name,
                                           const QString &folder);

private:
    [[nodiscard]] Result<ModelPackage> describe(ModelPackage package);
    [[nodiscard]] Status readMlmodel(ModelPackage &package, const PackageFile &mlmodel);
    [[nodiscard]] Result<QList<PackageFile>> manifestFiles(const QString &sha256);

    BlobStore &m_blobs;
};

} // namespace atelier

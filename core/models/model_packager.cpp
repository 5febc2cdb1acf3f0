// ModelPackager: files into blobs (a folder as a manifest blob), framework and signature detection, export.
#include "core/models/model_packager.h"

#include "core/models/mlmodel_file.h"
#include "core/project/blob_store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <utility>

namespace atelier {

namespace {

const QString ManifestFormat = QStringLiteral("atelier-model-folder/1");
const QString MlmodelName = QStringLiteral("MLmodel");

// File extensions of the usual model formats, and the framework a user knows each by.
constexpr std::pair<const char *, const char *> Frameworks[] = {
    {"onnx", "onnx"},         {"pt", "pytorch"},        {"pth", "pytorch"},     {"torchscript", "pytorch"},
    {"pkl", "pickle"},        {"pickle", "pickle"},     {"joblib", "joblib"},   {"safetensors", "safetensors"},
    {"json", "json"},         {"h5", "keras"},          {"keras", "keras"},     {"pb", "tensorflow"},
    {"tflite", "tflite"},     {"gguf", "gguf"},         {"engine", "tensorrt"}, {"plan", "tensorrt"},
    {"xgb", "xgboost"},       {"ubj", "xgboost"},       {"cbm", "catboost"},    {"pmml", "pmml"},
    {"mlmodel", "coreml"},    {"ckpt", "checkpoint"},   {"npz", "numpy"},
};

QJsonObject manifestOf(const QList<PackageFile> &files)
{
    QJsonArray list;
    for (const PackageFile &file : files)
        list.append(QJsonObject{{QStringLiteral("path"), file.path},
                                {QStringLiteral("sha256"), file.sha256},
                                {QStringLiteral("size"), qint64(file.size)}});
    return {{QStringLiteral("format"), ManifestFormat}, {QStringLiteral("files"), list}};
}

// MLmodel keeps the signature's parts as JSON text; they are stored parsed where they parse.
QJsonValue signaturePart(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return document.object();
    return text;
}

} // namespace

ModelPackager::ModelPackager(BlobStore &blobs)
    : m_blobs(blobs)
{}

QString ModelPackager::frameworkOfFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto &[extension, framework] : Frameworks) {
        if (suffix == QLatin1String(extension))
            return QString::fromLatin1(framework);
    }
    return {};
}

Result<ModelPackage> ModelPackager::fromBlobs(const QString &name, ModelContent content,
                                              const QList<PackageFile> &files)
{
    for (const PackageFile &file : files) {
        if (!m_blobs.contains(file.sha256))
            return fail(tr("The content of \"%1\" is missing from the project's blobs folder (%2). Restore "
                           "the blobs folder from a backup.").arg(file.path, m_blobs.pathOf(file.sha256)));
    }
    ModelPackage package;
    package.content = content;
    package.name = name;
    package.files = files;
    return describe(std::move(package));
}

Result<ModelPackage> ModelPackager::fromLocalPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("There is no file or folder %1. Give the path of a model file (model.onnx) or of "
                       "an MLflow model folder.").arg(path));
    ModelPackage package;
    package.name = info.fileName();
    QStringList sources;
    if (info.isDir()) {
        package.content = ModelContent::Folder;
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources.append(it.next());
        if (sources.isEmpty())
            return fail(tr("The folder %1 holds no file to register.").arg(path));
    } else {
        sources.append(info.absoluteFilePath());
    }
    const QDir root(info.absoluteFilePath());
    for (const QString &source : std::as_const(sources)) {
        auto sha = m_blobs.putFile(source);
        if (!sha)
            return fail(sha.error());
        const QString relative = info.isDir() ? root.relativeFilePath(source) : package.name;
        package.files.append({relative, *sha, QFileInfo(source).size()});
    }
    return describe(std::move(package));
}

Result<ModelPackage> ModelPackager::describe(ModelPackage package)
{
    std::sort(package.files.begin(), package.files.end(),
              [](const PackageFile &a, const PackageFile &b) { return a.path < b.path; });
    package.size = 0;
    for (const PackageFile &file : std::as_const(package.files))
        package.size += file.size;
    if (package.content == ModelContent::File) {
        package.sha256 = package.files.value(0).sha256;
        package.framework = frameworkOfFile(package.name);
        return package;
    }
    auto manifest = m_blobs.put(QJsonDocument(manifestOf(package.files)).toJson(QJsonDocument::Compact));
    if (!manifest)
        return fail(manifest.error());
    package.sha256 = *manifest;
    for (const PackageFile &file : std::as_const(package.files)) {
        if (file.path == MlmodelName) {
            if (auto ok = readMlmodel(package, file); !ok)
                return fail(ok.error());
            return package;
        }
    }
    for (const PackageFile &file : std::as_const(package.files)) {
        package.framework = frameworkOfFile(file.path);
        if (!package.framework.isEmpty())
            break;
    }
    return package;
}

Status ModelPackager::readMlmodel(ModelPackage &package, const PackageFile &mlmodel)
{
    auto text = m_blobs.get(mlmodel.sha256);
    if (!text)
        return fail(text.error());
    auto parsed = MlmodelFile::parse(*text, package.name + u'/' + MlmodelName);
    if (!parsed)
        return fail(withContext(tr("The model folder \"%1\" has an MLmodel file that cannot be read")
                                    .arg(package.name), parsed.error()));
    package.framework = parsed->framework();
    for (const char *part : {"inputs", "outputs", "params"}) {
        const QString value = parsed->text(QStringLiteral("signature.") + QLatin1String(part));
        if (!value.isEmpty())
            package.signature.insert(QLatin1String(part), signaturePart(value));
    }
    return {};
}

Result<QList<PackageFile>> ModelPackager::manifestFiles(const QString &sha256)
{
    auto manifest = m_blobs.get(sha256);
    if (!manifest)
        return fail(manifest.error());
    const QJsonObject json = QJsonDocument::fromJson(*manifest).object();
    if (json.value(QStringLiteral("format")).toString() != ManifestFormat)
        return fail(tr("The blob %1 is not a model folder's manifest.").arg(sha256));
    QList<PackageFile> files;
    for (const QJsonValue &file : json.value(QStringLiteral("files")).toArray())
        files.append({file[QStringLiteral("path")].toString(), file[QStringLiteral("sha256")].toString(),
                      file[QStringLiteral("size")].toInteger()});
    return files;
}

Result<QString> ModelPackager::exportTo(ModelContent content, const QString &sha256, const QString &name,
                                        const QString &folder)
{
    const QString target = QDir(folder).filePath(name);
    if (QFileInfo::exists(target))
        return fail(tr("%1 exists already. Export the model into another folder.").arg(target));
    QList<PackageFile> files{{name, sha256, 0}};
    QDir base(folder);
    if (content == ModelContent::Folder) {
        auto listed = manifestFiles(sha256);
        if (!listed)
            return fail(listed.error());
        files = *listed;
        base.setPath(target);
    }
    for (const PackageFile &file : std::as_const(files)) {
        const QString path = base.filePath(file.path);
        if (!m_blobs.contains(file.sha256))
            return fail(tr("The content of \"%1\" is missing from the project's blobs folder. Restore the "
                           "blobs folder from a backup.").arg(file.path));
        if (!QDir().mkpath(QFileInfo(path).path()) || !QFile::copy(m_blobs.pathOf(file.sha256), path))
            return fail(tr("Could not write %1. Check the free space and permissions of %2.").arg(path, folder));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                        | QFileDevice::ReadOther);
    }
    return target;
}

} // namespace atelier

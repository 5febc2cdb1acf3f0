// RequestBodies: a dataset version's images are read through ExportSource, the reader exports use, so a
// load test sends exactly the images that version holds.
#include "core/serving/request_bodies.h"

#include "core/datasets/formats/export_source.h"
#include "core/serving/demo_serving.h"
#include "core/tasks/task_context.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

#include <algorithm>

namespace atelier {

Result<QByteArray> RequestBodies::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read the request body file \"%1\": %2.").arg(QDir::toNativeSeparators(path),
                                                                                  file.errorString()));
    if (file.size() > MaxFileBytes)
        return fail(tr("The request body file \"%1\" holds %2 MiB; a load test keeps its bodies in memory, so "
                       "choose a file of at most %3 MiB.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(file.size() / (1024 * 1024))
                        .arg(MaxFileBytes / (1024 * 1024)));
    return file.readAll();
}

Result<QList<QByteArray>> RequestBodies::fromDatasetVersion(Database &db, BlobStore &blobs, const QString &datasetName,
                                                            std::int64_t version, ImageEncoding encoding, int limit,
                                                            TaskContext *context)
{
    auto source = ExportSource::openVersion(db, blobs, datasetName, version);
    if (!source)
        return fail(source.error());
    const std::int64_t total = std::min<std::int64_t>(source->imageCount(), limit);
    const QDir root(source->rootPath());
    QList<QByteArray> bodies;
    int skipped = 0;
    auto read = source->forEachImage([&](const StoredImage &image) -> Status {
        if (bodies.size() >= limit)
            return {};
        if (context && context->isCanceled())
            return fail(tr("Reading the images was cancelled."));
        QFile file(root.filePath(image.path));
        QByteArray bytes = file.open(QIODevice::ReadOnly) && file.size() <= MaxFileBytes ? file.readAll() : QByteArray();
        if (!bytes.isEmpty() && encoding == ImageEncoding::DemoInferRequest) {
            const QImage decoded = QImage::fromData(bytes);
            bytes = decoded.isNull() ? QByteArray() : DemoServing::inferRequest({DemoServing::meanRgb(decoded)});
        }
        if (bytes.isEmpty())
            ++skipped;
        else
            bodies.append(std::move(bytes));
        if (context)
            context->setProgress(bodies.size() + skipped, total, tr("Reading images"));
        return {};
    });
    if (!read)
        return fail(read.error());
    if (bodies.isEmpty())
        return fail(tr("None of the %1 images of %2 version %3 could be read from %4; check that the image folder "
                       "is still there.")
                        .arg(skipped)
                        .arg(datasetName)
                        .arg(version)
                        .arg(QDir::toNativeSeparators(source->rootPath())));
    return bodies;
}

} // namespace atelier

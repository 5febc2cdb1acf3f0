// RequestBodies: load-test request bodies from a file or from the images of a dataset version.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>

namespace atelier {

class BlobStore;
class Database;
class TaskContext;

class RequestBodies
{
    Q_DECLARE_TR_FUNCTIONS(RequestBodies)

public:
    enum class ImageEncoding {
        FileBytes,        // the image file as it is on disk
        DemoInferRequest, // a KServe v2 infer request of the demo model: the image's mean colour
    };

    // Bodies are held in memory while a test runs: a file larger than this is refused.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    [[nodiscard]] static Result<QByteArray> fromFile(const QString &path);

    // The first `limit` images of version `version` of `datasetName`, in the version's order.
    // Images whose file is missing or unreadable are skipped; none at all is an error. Checks
    // `context` for cancellation between images and reports progress to it.
    [[nodiscard]] static Result<QList<QByteArray>> fromDatasetVersion(Database &db, BlobStore &blobs,
                                                                      const QString &datasetName, std::int64_t version,
                                                                      ImageEncoding encoding, int limit,
                                                                      TaskContext *context = nullptr);
};

} // namespace atelier

// VersionCatalog: a dataset's versions a page at a time, newest first, for views that fill lazily.
#pragma once

#include "core/datasets/dataset_versions.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <cstdint>

namespace atelier {

class BlobStore;
class Database;

class VersionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(VersionCatalog)

public:
    [[nodiscard]] static Result<std::int64_t> count(Database &db, std::int64_t datasetId);
    // Every version's number, message and creation time, newest first, without reading a blob.
    [[nodiscard]] static Result<QList<VersionInfo>> headers(Database &db, std::int64_t datasetId);
    // Up to `limit` versions after the newest `offset`, newest first, each with the statistics
    // of its manifest's root (one small blob read a version).
    [[nodiscard]] static Result<QList<VersionInfo>> page(Database &db, BlobStore &blobs, std::int64_t datasetId,
                                                         std::int64_t offset, std::int64_t limit);
};

} // namespace atelier

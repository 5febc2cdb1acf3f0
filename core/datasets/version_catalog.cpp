// VersionCatalog: pages of dataset_version rows, with the statistics that each version's root blob holds.
#include "core/datasets/version_catalog.h"

#include "core/datasets/version_manifest.h"
#include "core/store/database.h"

namespace atelier {

Result<std::int64_t> VersionCatalog::count(Database &db, std::int64_t datasetId)
{
    return db.queryInt("SELECT count(*) FROM dataset_version WHERE dataset_id = ?", datasetId);
}

namespace {

// Newest first; a negative `limit` lists them all.
Result<QList<VersionInfo>> versionRows(Database &db, std::int64_t datasetId, std::int64_t offset, std::int64_t limit)
{
    auto st = db.statement("SELECT number, message, manifest_sha256, created_at FROM dataset_version "
                           "WHERE dataset_id = ? ORDER BY number DESC LIMIT ? OFFSET ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(datasetId, limit, offset);
    QList<VersionInfo> versions;
    auto ok = (*st)->forEachRow([&](const Statement &r) {
        versions.append({r.int64(0), r.text(1), r.text(2), r.text(3), {}});
    });
    if (!ok)
        return fail(withContext(VersionCatalog::tr("Could not list the versions of the dataset"), ok.error()));
    return versions;
}

} // namespace

Result<QList<VersionInfo>> VersionCatalog::headers(Database &db, std::int64_t datasetId)
{
    return versionRows(db, datasetId, 0, -1);
}

Result<QList<VersionInfo>> VersionCatalog::page(Database &db, BlobStore &blobs, std::int64_t datasetId,
                                                std::int64_t offset, std::int64_t limit)
{
    auto versions = versionRows(db, datasetId, offset, limit);
    if (!versions)
        return versions;
    for (VersionInfo &version : *versions) {
        auto root = VersionManifest::readRoot(blobs, version.manifestSha256);
        if (!root)
            return fail(withContext(tr("Could not read version %1").arg(version.number), root.error()));
        version.statistics = VersionManifest::statisticsOf(*root);
    }
    return versions;
}

} // namespace atelier

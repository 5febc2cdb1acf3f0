// DatasetVersions: immutable, content-addressed snapshots of a dataset's annotations (create, list, diff, restore).
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace atelier {

class AuditLog;
class BlobStore;
class Database;
class TaskContext;
struct ImageShapeDiff;

struct VersionStatistics
{
    std::int64_t images = 0;
    std::int64_t shapes = 0;
    QMap<QString, std::int64_t> shapesPerLabel;  // label name -> shapes
    QMap<QString, std::int64_t> imagesPerStatus; // image status -> images
};

struct VersionInfo
{
    std::int64_t number = 0;
    QString message;
    QString manifestSha256; // the root blob
    QString createdAt;      // ISO 8601 UTC
    VersionStatistics statistics;

    QJsonObject toJson() const;
};

struct ImageDifference
{
    enum class Kind { Added, Removed, Changed };
    QString path;
    Kind kind = Kind::Changed;
    // Shapes only on the "to" side, only on the "from" side, and edited in place (same label
    // and kind, other geometry, attributes or flags).
    int shapesAdded = 0;
    int shapesRemoved = 0;
    int shapesChanged = 0;
    bool statusChanged = false;

    QJsonObject toJson() const;
};

// A version's manifest is a two-level tree of blobs: the root lists the label classes, the
// statistics and the chunk hashes; each chunk holds the canonical JSON of a run of images
// (sorted by path). Chunk boundaries depend on the paths only, so an edit, an added or a
// removed image rewrites one chunk and the root, and BlobStore::put shares everything else.
class DatasetVersions
{
    Q_DECLARE_TR_FUNCTIONS(DatasetVersions)

public:
    // Stands for the working annotations (what the annotation pane edits) where a version number
    // is asked for: diff(d, 3, WorkingCopy) is what changed since version 3. Versions count from 1.
    static constexpr std::int64_t WorkingCopy = 0;

    DatasetVersions(Database &db, AuditLog &audit, BlobStore &blobs);

    // create() and restore() run in one transaction: a cancel through `task` (checked image by
    // image) rolls it back and leaves the store as it was; `task` also hears the progress.
    [[nodiscard]] Result<VersionInfo> create(std::int64_t datasetId, const QString &message,
                                             TaskContext *task = nullptr);
    // Oldest first.
    [[nodiscard]] Result<QList<VersionInfo>> list(std::int64_t datasetId);
    // Images that differ, sorted by path; empty when the versions hold the same annotations.
    // Either side may be WorkingCopy.
    [[nodiscard]] Result<QList<ImageDifference>> diff(std::int64_t datasetId, std::int64_t fromVersion,
                                                      std::int64_t toVersion);
    // The shapes of one image on both sides, paired as diff() counts them (see ShapePairing).
    // Either side may be WorkingCopy; an image that neither side holds gives an error.
    [[nodiscard]] Result<ImageShapeDiff> diffImage(std::int64_t datasetId, std::int64_t fromVersion,
                                                   std::int64_t toVersion, const QString &path);
    // Makes the working images, statuses, labels and shapes equal to the version's. Working
    // images that the version does not hold are removed; freeze a version first to keep them.
    [[nodiscard]] Status restore(std::int64_t datasetId, std::int64_t version, TaskContext *task = nullptr);

private:
    // One side of a comparison: a version's manifest, or the working copy (no chunks).
    struct Side
    {
        bool working = false;
        QStringList chunks;
        QJsonArray labels;
    };

    [[nodiscard]] Result<QString> manifestOf(std::int64_t datasetId, std::int64_t version);
    [[nodiscard]] Result<Side> sideOf(std::int64_t datasetId, std::int64_t version);

    Database &m_db;
    AuditLog &m_audit;
    BlobStore &m_blobs;
};

} // namespace atelier

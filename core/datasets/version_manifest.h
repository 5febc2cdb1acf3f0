// VersionManifest: writes and reads the blob tree of a dataset version (root -> chunks -> image entries).
#pragma once

#include "core/datasets/dataset_versions.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace atelier {

class BlobStore;

// An image entry is a JSON object {path, status, width, height, shapes: [{label, kind, geometry,
// attributes, z, hidden, locked, group_id}]}; QJsonObject sorts keys and QJsonDocument writes
// numbers in their shortest exact form, so equal annotations serialize to equal bytes.
class VersionManifest
{
    Q_DECLARE_TR_FUNCTIONS(VersionManifest)

public:
    explicit VersionManifest(BlobStore &blobs);

    // Entries must come sorted by path. Writes a chunk blob whenever a chunk closes.
    [[nodiscard]] Status append(const QJsonObject &image);
    // Writes the last chunk and the root blob; returns the root's hash.
    [[nodiscard]] Result<QString> finish(const QJsonArray &labels);
    const VersionStatistics &statistics() const { return m_statistics; }

    [[nodiscard]] static Result<QJsonObject> readRoot(BlobStore &blobs, const QString &sha256);
    [[nodiscard]] static Result<QList<QJsonObject>> readChunk(BlobStore &blobs, const QString &sha256);
    static QStringList chunkHashes(const QJsonObject &root);
    static VersionStatistics statisticsOf(const QJsonObject &root);

private:
    [[nodiscard]] Status closeChunk();
    void count(const QJsonObject &image);

    BlobStore &m_blobs;
    QJsonArray m_chunk;
    QJsonArray m_chunkHashes;
    VersionStatistics m_statistics;
};

} // namespace atelier

// VersionManifest: content-defined chunks of canonical image entries, stored through BlobStore.
#include "core/datasets/version_manifest.h"

#include "core/project/blob_store.h"

#include <QJsonDocument>

namespace atelier {

namespace {

const QString RootFormat = QStringLiteral("atelier.dataset-version/1");
const QString ChunkFormat = QStringLiteral("atelier.dataset-version-chunk/1");

// A chunk ends after an image whose path hashes to 0 mod 32 (about 32 images a chunk), so the
// boundaries move with the paths, not with positions: adding or removing one image changes one
// chunk instead of shifting every chunk after it. The cap bounds the cost of an unlucky run.
// The size balances the two costs of a new version: each changed image rewrites its chunk
// (~32 entries of ~250 bytes) and the root lists every chunk (67 bytes each); for 10 changed
// images of 100,000 that is ~80 KB of chunks and ~210 KB of root.
constexpr quint32 BoundaryMask = 31;
constexpr qsizetype MaxChunkImages = 128;

// FNV-1a: a stable hash (qHash is seeded per process, so it would move the boundaries).
quint32 pathHash(const QString &path)
{
    quint32 hash = 2166136261u;
    for (char byte : path.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject countsToJson(const QMap<QString, std::int64_t> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), qint64(it.value()));
    return object;
}

QMap<QString, std::int64_t> countsFromJson(const QJsonObject &object)
{
    QMap<QString, std::int64_t> counts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        counts.insert(it.key(), it.value().toInteger());
    return counts;
}

} // namespace

VersionManifest::VersionManifest(BlobStore &blobs)
    : m_blobs(blobs)
{}

Status VersionManifest::append(const QJsonObject &image)
{
    count(image);
    m_chunk.append(image);
    const bool boundary = (pathHash(image.value(u"path").toString()) & BoundaryMask) == 0;
    if (boundary || m_chunk.size() >= MaxChunkImages)
        return closeChunk();
    return {};
}

void VersionManifest::count(const QJsonObject &image)
{
    ++m_statistics.images;
    ++m_statistics.imagesPerStatus[image.value(u"status").toString()];
    const QJsonArray shapes = image.value(u"shapes").toArray();
    m_statistics.shapes += shapes.size();
    for (const QJsonValue &shape : shapes)
        ++m_statistics.shapesPerLabel[shape.toObject().value(u"label").toString()];
}

Status VersionManifest::closeChunk()
{
    if (m_chunk.isEmpty())
        return {};
    auto sha = m_blobs.put(compact({{QStringLiteral("format"), ChunkFormat},
                                    {QStringLiteral("images"), m_chunk}}));
    if (!sha)
        return fail(sha.error());
    m_chunkHashes.append(*sha);
    m_chunk = QJsonArray();
    return {};
}

Result<QString> VersionManifest::finish(const QJsonArray &labels)
{
    if (auto ok = closeChunk(); !ok)
        return fail(ok.error());
    const QJsonObject statistics{
        {QStringLiteral("images"), qint64(m_statistics.images)},
        {QStringLiteral("shapes"), qint64(m_statistics.shapes)},
        {QStringLiteral("shapes_per_label"), countsToJson(m_statistics.shapesPerLabel)},
        {QStringLiteral("images_per_status"), countsToJson(m_statistics.imagesPerStatus)}};
    return m_blobs.put(compact({{QStringLiteral("format"), RootFormat},
                                {QStringLiteral("labels"), labels},
                                {QStringLiteral("statistics"), statistics},
                                {QStringLiteral("chunks"), m_chunkHashes}}));
}

Result<QJsonObject> VersionManifest::readRoot(BlobStore &blobs, const QString &sha256)
{
    auto content = blobs.get(sha256);
    if (!content)
        return fail(content.error());
    const QJsonObject root = QJsonDocument::fromJson(*content).object();
    if (root.value(u"format").toString() != RootFormat)
        return fail(tr("The version manifest %1 is not one this program can read.").arg(sha256));
    return root;
}

Result<QList<QJsonObject>> VersionManifest::readChunk(BlobStore &blobs, const QString &sha256)
{
    auto content = blobs.get(sha256);
    if (!content)
        return fail(content.error());
    const QJsonObject chunk = QJsonDocument::fromJson(*content).object();
    if (chunk.value(u"format").toString() != ChunkFormat)
        return fail(tr("The version manifest %1 is not one this program can read.").arg(sha256));
    QList<QJsonObject> images;
    for (const QJsonValue &image : chunk.value(u"images").toArray())
        images.append(image.toObject());
    return images;
}

QStringList VersionManifest::chunkHashes(const QJsonObject &root)
{
    QStringList hashes;
    for (const QJsonValue &hash : root.value(u"chunks").toArray())
        hashes.append(hash.toString());
    return hashes;
}

VersionStatistics VersionManifest::statisticsOf(const QJsonObject &root)
{
    const QJsonObject object = root.value(u"statistics").toObject();
    return {object.value(u"images").toInteger(), object.value(u"shapes").toInteger(),
            countsFromJson(object.value(u"shapes_per_label").toObject()),
            countsFromJson(object.value(u"images_per_status").toObject())};
}

} // namespace atelier

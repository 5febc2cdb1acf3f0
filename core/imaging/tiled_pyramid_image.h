// TiledPyramidImage: a PyramidImage too large to hold whole, its tiles kept in a cache folder on disk.
#pragma once

#include "core/imaging/pyramid_image.h"
#include "core/result.h"

#include <QCache>
#include <QCoreApplication>
#include <QMutex>
#include <QString>

#include <memory>

namespace atelier {

class TaskContext;

// open() streams a PNG (libpng, row by row) or a TIFF (libtiff, a band of rows at a time) once
// and writes every level's tiles as raw 32-bit pixels (the QImage format's bytes) into a folder
// of `cacheFolder` named after the file; only one band of 512 rows a level is in memory, so the
// memory used depends on the width, never on the height. The folder is reused while the file's
// size and modification time are unchanged. tile() then reads tiles from disk through a small
// in-memory LRU. Levels are halved with the same box filter as DecodedPyramidImage, so both give
// the same pixels for the same file.
class TiledPyramidImage final : public PyramidImage
{
    Q_DECLARE_TR_FUNCTIONS(TiledPyramidImage)

public:
    // Tiles held in memory (4 bytes a pixel: at most 1 MiB each).
    static constexpr int MemoryTiles = 96;

    // Builds the tile cache (progress: rows read of the height; cancelling removes what was
    // written) or reuses a complete one. Fails on a file that is missing, not PNG or TIFF,
    // interlaced PNG, damaged or truncated, or when the cache folder cannot be written.
    [[nodiscard]] static Result<std::shared_ptr<const TiledPyramidImage>>
    open(const QString &path, const QString &cacheFolder, TaskContext &context);

    QSize size() const override;
    int levelCount() const override;
    // True when the tile is in the in-memory LRU.
    bool hasTile(int level, int column, int row) const override;
    // Reads the tile from the cache folder when it is not in memory; null outside the pyramid
    // or when the cached file is gone or short.
    QImage tile(int level, int column, int row) const override;

    QImage::Format format() const { return m_format; }
    // The folder that holds this image's tiles.
    QString cacheFolder() const { return m_folder; }
    // Whether open() reused a cache built earlier instead of reading the file.
    bool reusedCache() const { return m_reused; }

    // The file that holds a tile inside a cache folder.
    static QString tileFileName(int level, int column, int row);

private:
    TiledPyramidImage(QString folder, QSize size, QImage::Format format, bool reused);

    QString m_folder;
    QSize m_size;
    int m_levelCount = 0;
    QImage::Format m_format;
    bool m_reused = false;
    mutable QMutex m_mutex;
    mutable QCache<quint64, QImage> m_tiles;
};

} // namespace atelier

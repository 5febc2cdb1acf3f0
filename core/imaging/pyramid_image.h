// PyramidImage: an image as levels of square tiles, so that a view draws only what it shows at the
// resolution it shows it. Level 0 is full resolution; each next level halves width and height
// (rounding up) until the image fits one tile. Tiles are TileSize x TileSize pixels, the last
// column and row smaller.
#pragma once

#include <QImage>
#include <QSize>

namespace atelier {

class PyramidImage
{
public:
    static constexpr int TileSize = 512;

    virtual ~PyramidImage() = default;

    virtual QSize size() const = 0;
    virtual int levelCount() const = 0;
    // The size of `level` (level 0: size()).
    QSize levelSize(int level) const
    {
        QSize s = size();
        for (int i = 0; i < level; ++i)
            s = QSize((s.width() + 1) / 2, (s.height() + 1) / 2);
        return s;
    }
    // Whether tile() answers at once (decoded and in memory). Thread-safe.
    virtual bool hasTile(int level, int column, int row) const = 0;
    // The tile, decoding it when it is not in memory: call from a worker unless hasTile().
    // Thread-safe. A null image means the tile could not be read.
    virtual QImage tile(int level, int column, int row) const = 0;
};

} // namespace atelier

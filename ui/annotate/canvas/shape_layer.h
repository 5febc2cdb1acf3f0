// ShapeLayer: the shapes that are not being edited, drawn from cached tiles of device pixels so
// that panning is a blit. Tiles belong to one zoom; a shape's change redraws only the tiles its
// extent touches, found through a uniform grid of shape keys.
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QPoint>
#include <QRectF>
#include <QSet>
#include <QSize>

#include <cstdint>
#include <vector>

class QPainter;

namespace atelier {

class ImageDocument;
class ShapePainter;
struct Shape;

class ShapeLayer
{
public:
    // Device pixels a side of a cached tile.
    static constexpr int TileSize = 256;

    explicit ShapeLayer(ShapePainter *painter);

    // Indexes every shape of `document` (may be null) and forgets all tiles.
    void reset(const ImageDocument *document);
    // After the document inserted or changed the shape: reindexes it and returns the image area
    // to repaint (where it was and where it is now).
    QRectF updateShape(std::int64_t key);
    QRectF removeShape(std::int64_t key);
    // Shapes drawn live by the canvas (selected, being edited) are left out of the tiles.
    QRectF setExcluded(const QSet<std::int64_t> &keys);
    // Forgets every tile (colours or opacity changed).
    void invalidateAll();

    // Draws the tiles that cover `deviceRect`; `painter` has no transform. `scale` is device
    // pixels per image pixel and `offset` the device position of image point (0, 0).
    void paint(QPainter &painter, const QRect &deviceRect, double scale, QPoint offset, qreal devicePixelRatio);

    // The document's shape with `key` without the document's linear search; null if none.
    const Shape *shape(std::int64_t key) const;
    // Keys of the shapes whose extent meets `imageRect`, back to front.
    QList<std::int64_t> keysIn(const QRectF &imageRect) const;
    int cachedTileCount() const { return int(m_tiles.size()); }

private:
    struct Entry
    {
        QRectF extent;
        QRect cells;
        int order = 0;
    };

    QRect cellsOf(const QRectF &extent) const;
    void addToGrid(std::int64_t key, const QRect &cells);
    void removeFromGrid(std::int64_t key, const QRect &cells);
    void refreshOrder() const;
    void invalidate(const QRectF &imageRect);
    QImage renderTile(QPoint tile, double scale, qreal devicePixelRatio);

    ShapePainter *m_painter;
    const ImageDocument *m_document = nullptr;
    QSize m_imageSize;
    int m_cellSize = 128;
    QSize m_gridSize;
    std::vector<QList<std::int64_t>> m_grid;
    QHash<std::int64_t, Entry> m_entries;
    mutable bool m_orderDirty = false;
    QSet<std::int64_t> m_excluded;

    double m_tileScale = 0;
    qreal m_tileRatio = 0;
    QHash<QPoint, QImage> m_tiles; // a null image: a tile with nothing to draw
};

} // namespace atelier

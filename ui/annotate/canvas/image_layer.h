// ImageLayer: draws a PyramidImage from the level that matches the zoom, only the tiles in view.
// A tile that is not in memory is drawn from a coarser level meanwhile and loaded on a worker;
// tileLoaded() then asks the view to repaint.
#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPoint>
#include <QRectF>
#include <QSet>

#include <memory>

class QPainter;

namespace atelier {

class PyramidImage;

class ImageLayer : public QObject
{
    Q_OBJECT

public:
    explicit ImageLayer(QObject *parent = nullptr);
    ~ImageLayer() override;

    void setImage(std::shared_ptr<const PyramidImage> image);
    const std::shared_ptr<const PyramidImage> &image() const { return m_image; }

    // Draws the image over `deviceRect` from device-pixel tiles cached for the current zoom (so
    // that a frame is a blit, however the level is scaled); `painter` has no transform, `offset` is
    // the device position of image point (0, 0). `background` fills what the image leaves.
    void paintCached(QPainter &painter, const QRect &deviceRect, double scale, QPoint offset, qreal devicePixelRatio,
                     const QColor &background);
    // `painter` maps image pixels to the device; `exposed` is in image pixels; `scale` is device
    // pixels per image pixel. Nearest-neighbour above 1:1 (crisp pixels), smooth below. False
    // when some tile was not ready and a coarser level stood in for it.
    bool paint(QPainter &painter, const QRectF &exposed, double scale);
    // The level drawn at `scale`: the coarsest one that still has a pixel per device pixel.
    int levelFor(double scale) const;

Q_SIGNALS:
    // A tile came back from a worker; the image rectangle it covers needs repainting.
    void tileLoaded(const QRectF &imageRect);

private:
    struct TileKey
    {
        int level;
        int column;
        int row;
        bool operator==(const TileKey &) const = default;
    };
    friend size_t qHash(const TileKey &key, size_t seed) { return qHashMulti(seed, key.level, key.column, key.row); }

    QImage readyTile(const TileKey &key);
    void requestTile(const TileKey &key);
    QRectF imageRectOf(const TileKey &key) const;
    bool drawFallback(QPainter &painter, const TileKey &key);

    static constexpr int DeviceTileSize = 256;

    std::shared_ptr<const PyramidImage> m_image;
    double m_deviceScale = 0;
    qreal m_deviceRatio = 0;
    QHash<QPoint, QImage> m_deviceTiles; // complete tiles only
    int m_generation = 0; // tiles that come back for an earlier image are dropped
    QHash<TileKey, QImage> m_tiles;
    QList<TileKey> m_recent; // least recently drawn first, for eviction
    QSet<TileKey> m_pending;
};

} // namespace atelier

// ImageLayer: draws a PyramidImage level by level, tile by tile, loading missing tiles on workers.
#include "ui/annotate/canvas/image_layer.h"

#include "core/imaging/pyramid_image.h"

#include <QFutureWatcher>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace atelier {

namespace {

// Decoded tiles kept here (1 MiB each at most), beyond what the pyramid keeps itself.
constexpr int MaximumTiles = 160;

} // namespace

ImageLayer::ImageLayer(QObject *parent) : QObject(parent) {}

ImageLayer::~ImageLayer() = default;

void ImageLayer::setImage(std::shared_ptr<const PyramidImage> image)
{
    m_image = std::move(image);
    ++m_generation;
    m_tiles.clear();
    m_recent.clear();
    m_pending.clear();
    m_deviceTiles.clear();
}

int ImageLayer::levelFor(double scale) const
{
    if (!m_image || scale <= 0)
        return 0;
    const int level = int(std::floor(std::log2(1.0 / scale) + 1e-9));
    return std::clamp(level, 0, m_image->levelCount() - 1);
}

QRectF ImageLayer::imageRectOf(const TileKey &key) const
{
    const QSize full = m_image->size();
    const QSize level = m_image->levelSize(key.level);
    const double sx = double(full.width()) / level.width();
    const double sy = double(full.height()) / level.height();
    const int x = key.column * PyramidImage::TileSize;
    const int y = key.row * PyramidImage::TileSize;
    const int w = std::min(PyramidImage::TileSize, level.width() - x);
    const int h = std::min(PyramidImage::TileSize, level.height() - y);
    return QRectF(x * sx, y * sy, w * sx, h * sy);
}

QImage ImageLayer::readyTile(const TileKey &key)
{
    auto it = m_tiles.constFind(key);
    if (it == m_tiles.constEnd()) {
        if (!m_image->hasTile(key.level, key.column, key.row))
            return {};
        it = m_tiles.insert(key, m_image->tile(key.level, key.column, key.row));
    }
    m_recent.removeOne(key);
    m_recent.append(key);
    while (m_recent.size() > MaximumTiles)
        m_tiles.remove(m_recent.takeFirst());
    return *it;
}

void ImageLayer::requestTile(const TileKey &key)
{
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    // The worker holds the image alive; the watcher, a child of this layer, reports back only
    // while the layer exists and only for the image it was asked about.
    auto *watcher = new QFutureWatcher<QImage>(this);
    const int generation = m_generation;
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, key, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_pending.remove(key);
        const QImage tile = watcher->result();
        if (tile.isNull())
            return;
        m_tiles.insert(key, tile);
        m_recent.append(key);
        Q_EMIT tileLoaded(imageRectOf(key));
    });
    const std::shared_ptr<const PyramidImage> image = m_image;
    watcher->setFuture(QtConcurrent::run([image, key] { return image->tile(key.level, key.column, key.row); }));
}

bool ImageLayer::drawFallback(QPainter &painter, const TileKey &key)
{
    for (int level = key.level + 1; level < m_image->levelCount(); ++level) {
        const int shift = level - key.level;
        // The tile's pixels at `level`, and the tile of that level holding them.
        const double x = double(key.column * PyramidImage::TileSize) / (1 << shift);
        const double y = double(key.row * PyramidImage::TileSize) / (1 << shift);
        const TileKey coarse{level, int(x) / PyramidImage::TileSize, int(y) / PyramidImage::TileSize};
        const QImage tile = readyTile(coarse);
        if (tile.isNull())
            continue;
        const QRectF target = imageRectOf(key);
        const QRectF coarseRect = imageRectOf(coarse);
        // Map the target from image pixels into the coarse tile's pixels.
        const double sx = tile.width() / coarseRect.width();
        const double sy = tile.height() / coarseRect.height();
        const QRectF source((target.left() - coarseRect.left()) * sx, (target.top() - coarseRect.top()) * sy,
                            target.width() * sx, target.height() * sy);
        painter.drawImage(target, tile, source);
        return true;
    }
    return false;
}

void ImageLayer::paintCached(QPainter &painter, const QRect &deviceRect, double scale, QPoint offset,
                             qreal devicePixelRatio, const QColor &background)
{
    painter.fillRect(deviceRect, background);
    if (!m_image || m_image->levelCount() <= 0 || scale <= 0)
        return;
    if (scale != m_deviceScale || devicePixelRatio != m_deviceRatio) {
        m_deviceTiles.clear();
        m_deviceScale = scale;
        m_deviceRatio = devicePixelRatio;
    }
    const QSize size = m_image->size();
    const QRect zoomed = deviceRect.translated(-offset).intersected(
        QRect(0, 0, int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale))));
    if (zoomed.isEmpty())
        return;
    const auto tileOf = [](int v) { return int(std::floor(double(v) / DeviceTileSize)); };
    const QRect tiles(QPoint(tileOf(zoomed.left()), tileOf(zoomed.top())),
                      QPoint(tileOf(zoomed.right()), tileOf(zoomed.bottom())));
    for (int y = tiles.top(); y <= tiles.bottom(); ++y) {
        for (int x = tiles.left(); x <= tiles.right(); ++x) {
            const QPoint tile(x, y);
            auto it = m_deviceTiles.constFind(tile);
            if (it == m_deviceTiles.constEnd()) {
                const int side = int(std::ceil(DeviceTileSize * devicePixelRatio));
                QImage image(side, side, QImage::Format_RGB32);
                image.setDevicePixelRatio(devicePixelRatio);
                image.fill(background);
                QPainter tilePainter(&image);
                tilePainter.translate(-x * DeviceTileSize, -y * DeviceTileSize);
                tilePainter.scale(scale, scale);
                const QRectF exposed(x * DeviceTileSize / scale, y * DeviceTileSize / scale, DeviceTileSize / scale,
                                     DeviceTileSize / scale);
                const bool complete = paint(tilePainter, exposed, scale);
                tilePainter.end();
                if (!complete) { // drawn from a coarser level: draw it again once the tile is in
                    painter.drawImage(QPoint(x * DeviceTileSize, y * DeviceTileSize) + offset, image);
                    continue;
                }
                it = m_deviceTiles.insert(tile, std::move(image));
            }
            painter.drawImage(QPoint(x * DeviceTileSize, y * DeviceTileSize) + offset, *it);
        }
    }
    if (m_deviceTiles.size() > MaximumTiles * 4) {
        const QRect keep = tiles.adjusted(-2, -2, 2, 2);
        for (auto it = m_deviceTiles.begin(); it != m_deviceTiles.end();)
            it = keep.contains(it.key()) ? std::next(it) : m_deviceTiles.erase(it);
    }
}

bool ImageLayer::paint(QPainter &painter, const QRectF &exposed, double scale)
{
    if (!m_image || m_image->levelCount() <= 0)
        return true;
    const QRectF visible = exposed.intersected(QRectF(QPointF(0, 0), QSizeF(m_image->size())));
    if (visible.isEmpty())
        return true;
    bool complete = true;
    const int level = levelFor(scale);
    const QSize full = m_image->size();
    const QSize levelSize = m_image->levelSize(level);
    const double sx = double(levelSize.width()) / full.width();
    const double sy = double(levelSize.height()) / full.height();
    const int lastColumn = (levelSize.width() - 1) / PyramidImage::TileSize;
    const int lastRow = (levelSize.height() - 1) / PyramidImage::TileSize;
    const int c0 = std::clamp(int(visible.left() * sx) / PyramidImage::TileSize, 0, lastColumn);
    const int c1 = std::clamp(int(visible.right() * sx) / PyramidImage::TileSize, 0, lastColumn);
    const int r0 = std::clamp(int(visible.top() * sy) / PyramidImage::TileSize, 0, lastRow);
    const int r1 = std::clamp(int(visible.bottom() * sy) / PyramidImage::TileSize, 0, lastRow);

    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1);
    for (int row = r0; row <= r1; ++row) {
        for (int column = c0; column <= c1; ++column) {
            const TileKey key{level, column, row};
            const QImage tile = readyTile(key);
            if (!tile.isNull()) {
                painter.drawImage(imageRectOf(key), tile);
                continue;
            }
            complete = false;
            requestTile(key);
            if (!drawFallback(painter, key))
                requestTile(TileKey{m_image->levelCount() - 1, 0, 0});
        }
    }
    painter.restore();
    return complete;
}

} // namespace atelier

// ShapeLayer: the shapes that are not being edited, drawn from cached device-pixel tiles.
#include "ui/annotate/canvas/shape_layer.h"

#include "core/annotation/image_document.h"
#include "ui/annotate/canvas/shape_painter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace atelier {

namespace {

// Cached tiles beyond this count are dropped, farthest from the view first.
constexpr int MaximumTiles = 600;

} // namespace

ShapeLayer::ShapeLayer(ShapePainter *painter) : m_painter(painter) {}

void ShapeLayer::reset(const ImageDocument *document)
{
    m_document = document;
    m_entries.clear();
    m_tiles.clear();
    m_imageSize = document ? document->imageSize() : QSize();
    // About 128 x 128 cells at most, so that huge images keep a small grid.
    m_cellSize = std::max(64, int(std::ceil(std::max(m_imageSize.width(), m_imageSize.height()) / 128.0)));
    m_gridSize = QSize((m_imageSize.width() + m_cellSize - 1) / m_cellSize + 1,
                       (m_imageSize.height() + m_cellSize - 1) / m_cellSize + 1);
    m_grid.assign(std::size_t(m_gridSize.width()) * m_gridSize.height(), {});
    if (!document)
        return;
    m_entries.reserve(document->shapes().size());
    int order = 0;
    for (const Shape &shape : document->shapes()) {
        Entry entry{shape.boundingRect(), {}, order++};
        entry.cells = cellsOf(entry.extent);
        addToGrid(shape.key, entry.cells);
        m_entries.insert(shape.key, entry);
    }
    m_orderDirty = false;
}

QRect ShapeLayer::cellsOf(const QRectF &extent) const
{
    const auto cell = [this](double v, int count) {
        return std::clamp(int(std::floor(v / m_cellSize)), 0, count - 1);
    };
    return QRect(QPoint(cell(extent.left(), m_gridSize.width()), cell(extent.top(), m_gridSize.height())),
                 QPoint(cell(extent.right(), m_gridSize.width()), cell(extent.bottom(), m_gridSize.height())));
}

void ShapeLayer::addToGrid(std::int64_t key, const QRect &cells)
{
    for (int y = cells.top(); y <= cells.bottom(); ++y) {
        for (int x = cells.left(); x <= cells.right(); ++x)
            m_grid[std::size_t(y) * m_gridSize.width() + x].append(key);
    }
}

void ShapeLayer::removeFromGrid(std::int64_t key, const QRect &cells)
{
    for (int y = cells.top(); y <= cells.bottom(); ++y) {
        for (int x = cells.left(); x <= cells.right(); ++x)
            m_grid[std::size_t(y) * m_gridSize.width() + x].removeOne(key);
    }
}

QRectF ShapeLayer::updateShape(std::int64_t key)
{
    const Shape *shape = m_document ? m_document->shape(key) : nullptr;
    QRectF dirty;
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        dirty = it->extent;
        removeFromGrid(key, it->cells);
    } else {
        it = m_entries.insert(key, Entry{});
        m_orderDirty = true; // a new shape: its place in the z order is known to the document
    }
    if (!shape) {
        m_entries.erase(it);
        invalidate(dirty);
        return dirty;
    }
    it->extent = shape->boundingRect();
    it->cells = cellsOf(it->extent);
    addToGrid(key, it->cells);
    m_orderDirty = true; // a change may be a change of z order
    dirty = dirty.isNull() ? it->extent : dirty.united(it->extent);
    invalidate(dirty);
    return dirty;
}

QRectF ShapeLayer::removeShape(std::int64_t key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return {};
    const QRectF dirty = it->extent;
    removeFromGrid(key, it->cells);
    m_entries.erase(it);
    m_orderDirty = true;
    invalidate(dirty);
    return dirty;
}

QRectF ShapeLayer::setExcluded(const QSet<std::int64_t> &keys)
{
    QRectF dirty;
    const QSet<std::int64_t> changed = (keys - m_excluded) + (m_excluded - keys);
    for (const std::int64_t key : changed) {
        const auto it = m_entries.constFind(key);
        if (it != m_entries.constEnd()) {
            invalidate(it->extent);
            dirty = dirty.isNull() ? it->extent : dirty.united(it->extent);
        }
    }
    m_excluded = keys;
    return dirty;
}

void ShapeLayer::invalidateAll()
{
    m_tiles.clear();
}

void ShapeLayer::invalidate(const QRectF &imageRect)
{
    if (imageRect.isNull() || m_tiles.isEmpty())
        return;
    const double pad = ShapePainter::DevicePadding;
    const QRectF zoomed(imageRect.left() * m_tileScale - pad, imageRect.top() * m_tileScale - pad,
                        imageRect.width() * m_tileScale + 2 * pad, imageRect.height() * m_tileScale + 2 * pad);
    const int x0 = int(std::floor(zoomed.left() / TileSize));
    const int x1 = int(std::floor(zoomed.right() / TileSize));
    const int y0 = int(std::floor(zoomed.top() / TileSize));
    const int y1 = int(std::floor(zoomed.bottom() / TileSize));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x)
            m_tiles.remove(QPoint(x, y));
    }
}

void ShapeLayer::refreshOrder() const
{
    if (!m_orderDirty || !m_document)
        return;
    auto &entries = const_cast<QHash<std::int64_t, Entry> &>(m_entries);
    int order = 0;
    for (const Shape &shape : m_document->shapes()) {
        const auto it = entries.find(shape.key);
        if (it != entries.end())
            it->order = order;
        ++order;
    }
    m_orderDirty = false;
}

const Shape *ShapeLayer::shape(std::int64_t key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || !m_document)
        return nullptr;
    refreshOrder();
    const QList<Shape> &shapes = m_document->shapes();
    return it->order < shapes.size() && shapes[it->order].key == key ? &shapes[it->order] : m_document->shape(key);
}

QList<std::int64_t> ShapeLayer::keysIn(const QRectF &imageRect) const
{
    QList<std::int64_t> keys;
    if (m_entries.isEmpty())
        return keys;
    refreshOrder();
    const QRect cells = cellsOf(imageRect);
    QSet<std::int64_t> seen;
    for (int y = cells.top(); y <= cells.bottom(); ++y) {
        for (int x = cells.left(); x <= cells.right(); ++x) {
            for (const std::int64_t key : m_grid[std::size_t(y) * m_gridSize.width() + x]) {
                // Inclusive on every side, so that points and straight lines (no area) are found.
                const QRectF extent = m_entries.value(key).extent;
                if (extent.left() <= imageRect.right() && extent.right() >= imageRect.left()
                    && extent.top() <= imageRect.bottom() && extent.bottom() >= imageRect.top()) {
                    if (!seen.contains(key)) {
                        seen.insert(key);
                        keys.append(key);
                    }
                }
            }
        }
    }
    std::sort(keys.begin(), keys.end(), [this](std::int64_t a, std::int64_t b) {
        return m_entries.value(a).order < m_entries.value(b).order;
    });
    return keys;
}

QImage ShapeLayer::renderTile(QPoint tile, double scale, qreal devicePixelRatio)
{
    const double pad = ShapePainter::DevicePadding;
    const QRectF imageRect((tile.x() * TileSize - pad) / scale, (tile.y() * TileSize - pad) / scale,
                           (TileSize + 2 * pad) / scale, (TileSize + 2 * pad) / scale);
    const QList<std::int64_t> keys = keysIn(imageRect);
    QList<const Shape *> shapes;
    shapes.reserve(keys.size());
    for (const std::int64_t key : keys) {
        const Shape *shape = m_excluded.contains(key) ? nullptr : this->shape(key);
        if (shape && !shape->hidden)
            shapes.append(shape);
    }
    if (shapes.isEmpty())
        return {};
    const int side = int(std::ceil(TileSize * devicePixelRatio));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1);
    painter.translate(-tile.x() * TileSize, -tile.y() * TileSize);
    painter.scale(scale, scale);
    for (const Shape *shape : std::as_const(shapes))
        m_painter->paint(painter, *shape, scale);
    return image;
}

void ShapeLayer::paint(QPainter &painter, const QRect &deviceRect, double scale, QPoint offset, qreal devicePixelRatio)
{
    if (!m_document || m_entries.isEmpty() || scale <= 0)
        return;
    if (scale != m_tileScale || devicePixelRatio != m_tileRatio) {
        m_tiles.clear();
        m_tileScale = scale;
        m_tileRatio = devicePixelRatio;
    }
    // Tiles that the image covers and the exposed rectangle shows, in zoomed coordinates.
    const QRect zoomed = deviceRect.translated(-offset).intersected(
        QRect(0, 0, int(std::ceil(m_imageSize.width() * scale)) + 1, int(std::ceil(m_imageSize.height() * scale)) + 1)
            .adjusted(-ShapePainter::DevicePadding, -ShapePainter::DevicePadding, ShapePainter::DevicePadding,
                      ShapePainter::DevicePadding));
    if (zoomed.isEmpty())
        return;
    const auto tileOf = [](int v) { return int(std::floor(double(v) / TileSize)); };
    const QRect tiles(QPoint(tileOf(zoomed.left()), tileOf(zoomed.top())),
                      QPoint(tileOf(zoomed.right()), tileOf(zoomed.bottom())));
    for (int y = tiles.top(); y <= tiles.bottom(); ++y) {
        for (int x = tiles.left(); x <= tiles.right(); ++x) {
            const QPoint tile(x, y);
            auto it = m_tiles.constFind(tile);
            if (it == m_tiles.constEnd())
                it = m_tiles.insert(tile, renderTile(tile, scale, devicePixelRatio));
            if (!it->isNull())
                painter.drawImage(QPoint(x * TileSize, y * TileSize) + offset, *it);
        }
    }
    if (m_tiles.size() > MaximumTiles) {
        const QRect keep = tiles.adjusted(-2, -2, 2, 2);
        for (auto it = m_tiles.begin(); it != m_tiles.end();)
            it = keep.contains(it.key()) ? std::next(it) : m_tiles.erase(it);
    }
}

} // namespace atelier

// CanvasGeometry: shared geometric helpers of the canvas and its tools.
#include "ui/annotate/canvas/canvas_geometry.h"

#include <QCoreApplication>
#include <QLineF>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace atelier {

namespace {

// Appends runs of 0s and 1s, alternating, starting with 0s, as COCO's RLE counts are.
class RunBuilder
{
public:
    void push(bool value, qint64 length)
    {
        if (length <= 0)
            return;
        if (value != m_value) {
            m_counts.push_back(m_length);
            m_value = value;
            m_length = 0;
        }
        m_length += length;
    }
    std::vector<qint64> finish()
    {
        m_counts.push_back(m_length);
        return std::move(m_counts);
    }

private:
    std::vector<qint64> m_counts;
    bool m_value = false;
    qint64 m_length = 0;
};

// Reads a mask's runs one value at a time, skipping runs of length 0.
class RunReader
{
public:
    explicit RunReader(const MaskRle &mask) : m_counts(mask.counts()) { skipEmpty(); }
    bool value() const { return m_index % 2 == 1; }
    qint64 remaining() const { return m_remaining; }
    bool atEnd() const { return m_index >= m_counts.size(); }
    void advance(qint64 length)
    {
        m_remaining -= length;
        if (m_remaining == 0) {
            ++m_index;
            skipEmpty();
        }
    }

private:
    void skipEmpty()
    {
        while (m_index < m_counts.size() && m_counts[m_index] == 0)
            ++m_index;
        m_remaining = m_index < m_counts.size() ? qint64(m_counts[m_index]) : 0;
    }

    const std::vector<std::uint32_t> &m_counts;
    std::size_t m_index = 0;
    qint64 m_remaining = 0;
};

} // namespace

QPointF CanvasGeometry::boxCentre(const Shape &shape)
{
    if (shape.points.size() < 2)
        return shape.points.value(0);
    return (shape.points[0] + shape.points[1]) / 2.0;
}

QPolygonF CanvasGeometry::boxCorners(const Shape &shape)
{
    if (shape.points.size() < 2)
        return {};
    const QRectF rect = QRectF(shape.points[0], shape.points[1]).normalized();
    QPolygonF corners{rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()};
    if (shape.kind != ShapeKind::RotatedBox || shape.rotation == 0)
        return corners;
    // With y pointing down, a positive QTransform rotation turns clockwise on screen.
    const QPointF c = rect.center();
    QTransform rotate;
    rotate.translate(c.x(), c.y());
    rotate.rotate(shape.rotation);
    rotate.translate(-c.x(), -c.y());
    return rotate.map(corners);
}

QPointF CanvasGeometry::clampToImage(QPointF point, QSize imageSize)
{
    return QPointF(std::clamp(point.x(), 0.0, double(imageSize.width())),
                   std::clamp(point.y(), 0.0, double(imageSize.height())));
}

QPointF CanvasGeometry::projectOnSegment(QPointF point, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    if (lengthSquared == 0)
        return a;
    const double t = std::clamp(QPointF::dotProduct(point - a, ab) / lengthSquared, 0.0, 1.0);
    return a + t * ab;
}

double CanvasGeometry::distanceToSegment(QPointF point, QPointF a, QPointF b)
{
    return QLineF(point, projectOnSegment(point, a, b)).length();
}

namespace {

bool nearOutline(const QPolygonF &points, bool closed, QPointF point, double tolerance)
{
    const qsizetype n = points.size();
    if (n == 1)
        return QLineF(points[0], point).length() <= tolerance;
    const qsizetype segments = closed ? n : n - 1;
    for (qsizetype i = 0; i < segments; ++i) {
        if (CanvasGeometry::distanceToSegment(point, points[i], points[(i + 1) % n]) <= tolerance)
            return true;
    }
    return false;
}

} // namespace

bool CanvasGeometry::hitsShape(const Shape &shape, QPointF point, double tolerance)
{
    switch (shape.kind) {
    case ShapeKind::Box:
    case ShapeKind::RotatedBox: {
        const QPolygonF corners = boxCorners(shape);
        return corners.containsPoint(point, Qt::OddEvenFill) || nearOutline(corners, true, point, tolerance);
    }
    case ShapeKind::Polygon:
        return shape.points.containsPoint(point, Qt::OddEvenFill)
               || nearOutline(shape.points, true, point, tolerance);
    case ShapeKind::Polyline:
    case ShapeKind::Point:
        return !shape.points.isEmpty() && nearOutline(shape.points, false, point, tolerance);
    case ShapeKind::Mask:
        return maskContains(shape.mask, int(std::floor(point.x())), int(std::floor(point.y())));
    }
    return false;
}

bool CanvasGeometry::maskContains(const MaskRle &mask, int x, int y)
{
    if (x < 0 || y < 0 || x >= mask.width() || y >= mask.height())
        return false;
    const qint64 index = qint64(x) * mask.height() + y; // column-major
    qint64 start = 0;
    const std::vector<std::uint32_t> &counts = mask.counts();
    for (std::size_t i = 0; i < counts.size(); ++i) {
        start += counts[i];
        if (index < start)
            return i % 2 == 1;
    }
    return false;
}

QImage CanvasGeometry::maskToImage(const MaskRle &mask, QRect box, QRgb premultipliedColour)
{
    QImage image(box.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const qint64 height = mask.height();
    if (height == 0 || box.isEmpty())
        return image;
    const std::vector<std::uint32_t> &counts = mask.counts();
    qint64 position = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const qint64 end = position + counts[i];
        if (i % 2 == 1) {
            // A run of set pixels, column-major: split it at column boundaries.
            for (qint64 p = position; p < end;) {
                const int x = int(p / height);
                const int y0 = int(p % height);
                const int y1 = int(std::min<qint64>(height, y0 + (end - p)));
                if (x >= box.left() && x <= box.right()) {
                    for (int y = std::max(y0, box.top()); y < std::min(y1, box.bottom() + 1); ++y)
                        reinterpret_cast<QRgb *>(image.scanLine(y - box.top()))[x - box.left()] = premultipliedColour;
                }
                p += y1 - y0;
            }
        }
        position = end;
    }
    return image;
}

Result<MaskRle> CanvasGeometry::maskFromRegion(const QImage &region, QPoint origin, QSize imageSize)
{
    const QImage pixels = region.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QRect rect = QRect(origin, pixels.size()).intersected(QRect(QPoint(0, 0), imageSize));
    const qint64 height = imageSize.height();
    RunBuilder runs;
    runs.push(false, qint64(rect.left()) * height);
    for (int x = rect.left(); x <= rect.right(); ++x) {
        runs.push(false, rect.top());
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            const QRgb pixel = reinterpret_cast<const QRgb *>(pixels.constScanLine(y - origin.y()))[x - origin.x()];
            runs.push(qAlpha(pixel) != 0, 1);
        }
        runs.push(false, height - 1 - rect.bottom());
    }
    runs.push(false, qint64(imageSize.width() - 1 - rect.right()) * height);
    if (rect.isEmpty()) {
        runs = RunBuilder();
        runs.push(false, qint64(imageSize.width()) * height);
    }
    const std::vector<qint64> counts = runs.finish();
    return MaskRle::fromUncompressedCounts(counts, imageSize.height(), imageSize.width());
}

Result<MaskRle> CanvasGeometry::maskSubtract(const MaskRle &a, const MaskRle &b)
{
    if (a.height() != b.height() || a.width() != b.width()) {
        return fail(tr("Could not erase from the mask: the masks differ in size."),
                    QStringLiteral("%1x%2 vs %3x%4").arg(a.width()).arg(a.height()).arg(b.width()).arg(b.height()));
    }
    RunReader left(a);
    RunReader right(b);
    RunBuilder runs;
    while (!left.atEnd() && !right.atEnd()) {
        const qint64 step = std::min(left.remaining(), right.remaining());
        runs.push(left.value() && !right.value(), step);
        left.advance(step);
        right.advance(step);
    }
    const std::vector<qint64> counts = runs.finish();
    return MaskRle::fromUncompressedCounts(counts, a.height(), a.width());
}

} // namespace atelier

// CanvasGeometry: the geometric helpers that the canvas and its tools share (rotated corners,
// extents, hit tests, clamping, mask rasters), all in image pixel coordinates.
#pragma once

#include "core/annotation/shape.h"

#include <QCoreApplication>
#include <QImage>
#include <QPolygonF>
#include <QRect>
#include <QRectF>

#include <cstdint>
#include <vector>

namespace atelier {

class CanvasGeometry
{
    Q_DECLARE_TR_FUNCTIONS(CanvasGeometry)

public:
    // The four corners of a box or rotated box after rotation, clockwise from the top-left one.
    static QPolygonF boxCorners(const Shape &shape);
    // The centre of a box or rotated box.
    static QPointF boxCentre(const Shape &shape);

    // `point` moved into the image rectangle [0, width] x [0, height].
    static QPointF clampToImage(QPointF point, QSize imageSize);

    // The distance from `point` to the segment a-b.
    static double distanceToSegment(QPointF point, QPointF a, QPointF b);
    // The point of segment a-b nearest to `point`.
    static QPointF projectOnSegment(QPointF point, QPointF a, QPointF b);

    // Whether `point` hits `shape`: inside its area, or within `tolerance` of its outline (polylines
    // and points only have outlines). Masks are hit on their set pixels.
    static bool hitsShape(const Shape &shape, QPointF point, double tolerance);
    // Whether pixel (x, y) of the mask is set.
    static bool maskContains(const MaskRle &mask, int x, int y);

    // The set pixels of `mask` inside `box` (image pixels) as an image of box's size in `colour`
    // (premultiplied ARGB), other pixels transparent. Walks the runs: no full-size buffer.
    static QImage maskToImage(const MaskRle &mask, QRect box, QRgb premultipliedColour);

    // A mask of `imageSize` whose set pixels are the non-transparent pixels of `region`, an image
    // whose top-left pixel is `origin`. Built from the runs directly: no full-size buffer.
    [[nodiscard]] static Result<MaskRle> maskFromRegion(const QImage &region, QPoint origin, QSize imageSize);
    // The pixels of `a` that are not in `b` (both of the same size).
    [[nodiscard]] static Result<MaskRle> maskSubtract(const MaskRle &a, const MaskRle &b);
};

} // namespace atelier

// ShapeHandles: the grips of an editable shape and what dragging one does.
#include "ui/annotate/canvas/shape_handles.h"

#include "ui/annotate/canvas/canvas_geometry.h"

#include <QRectF>
#include <QTransform>

#include <cmath>
#include <numbers>

namespace atelier {

namespace {

// Turns image points into the box's own frame (unrotated, origin at its centre) and back.
QTransform boxFrame(const Shape &shape)
{
    const QPointF c = CanvasGeometry::boxCentre(shape);
    QTransform frame;
    frame.translate(c.x(), c.y());
    frame.rotate(shape.kind == ShapeKind::RotatedBox ? shape.rotation : 0);
    return frame;
}

Shape rotated(const Shape &shape, QPointF pos)
{
    const QPointF d = pos - CanvasGeometry::boxCentre(shape);
    if (d.isNull())
        return shape;
    // The handle sits above the centre (-90 degrees), so pointing straight up is no rotation.
    double degrees = std::atan2(d.y(), d.x()) * 180 / std::numbers::pi + 90;
    degrees = std::fmod(degrees + 360, 360);
    Shape result = shape;
    result.rotation = degrees;
    return result;
}

Shape resizedBox(const Shape &shape, int grip, QPointF pos, QSize imageSize)
{
    const QTransform frame = boxFrame(shape);
    const QPointF local = frame.inverted().map(CanvasGeometry::clampToImage(pos, imageSize));
    const QRectF box = QRectF(shape.points[0], shape.points[1]).normalized();
    double left = -box.width() / 2, right = box.width() / 2;
    double top = -box.height() / 2, bottom = box.height() / 2;
    if (grip == 0 || grip == 3 || grip == 7)
        left = local.x();
    if (grip == 1 || grip == 2 || grip == 5)
        right = local.x();
    if (grip == 0 || grip == 1 || grip == 4)
        top = local.y();
    if (grip == 2 || grip == 3 || grip == 6)
        bottom = local.y();
    const QRectF resized = QRectF(QPointF(left, top), QPointF(right, bottom)).normalized();
    // The new centre, back in image pixels; the corners are stored before rotation about it.
    const QPointF centre = frame.map(resized.center());
    const QPointF half(resized.width() / 2, resized.height() / 2);
    Shape result = shape;
    result.points = QPolygonF{centre - half, centre + half};
    return result;
}

} // namespace

QList<ShapeHandle> ShapeHandles::handlesOf(const Shape &shape, double scale)
{
    QList<ShapeHandle> handles;
    switch (shape.kind) {
    case ShapeKind::Box:
    case ShapeKind::RotatedBox: {
        if (shape.points.size() < 2)
            break;
        const QTransform frame = boxFrame(shape);
        const QRectF box = QRectF(shape.points[0], shape.points[1]).normalized();
        const double w = box.width() / 2, h = box.height() / 2;
        const QPointF grips[] = {{-w, -h}, {w, -h}, {w, h}, {-w, h}, {0, -h}, {w, 0}, {0, h}, {-w, 0}};
        for (int i = 0; i < 8; ++i)
            handles.append({ShapeHandle::Kind::BoxGrip, i, frame.map(grips[i])});
        if (shape.kind == ShapeKind::RotatedBox)
            handles.append({ShapeHandle::Kind::Rotation, 0, frame.map(QPointF(0, -h - RotationHandleDistance / scale))});
        break;
    }
    case ShapeKind::Polygon:
    case ShapeKind::Polyline:
    case ShapeKind::Point:
        for (int i = 0; i < shape.points.size(); ++i)
            handles.append({ShapeHandle::Kind::Vertex, i, shape.points[i]});
        break;
    case ShapeKind::Mask:
        break;
    }
    return handles;
}

Shape ShapeHandles::dragged(const Shape &shape, const ShapeHandle &handle, QPointF pos, QSize imageSize)
{
    switch (handle.kind) {
    case ShapeHandle::Kind::Vertex: {
        Shape result = shape;
        if (handle.index >= 0 && handle.index < result.points.size())
            result.points[handle.index] = CanvasGeometry::clampToImage(pos, imageSize);
        return result;
    }
    case ShapeHandle::Kind::BoxGrip:
        return shape.points.size() < 2 ? shape : resizedBox(shape, handle.index, pos, imageSize);
    case ShapeHandle::Kind::Rotation:
        return rotated(shape, pos);
    }
    return shape;
}

} // namespace atelier

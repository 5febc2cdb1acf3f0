// ShapeHandles: the grips of an editable shape (vertices, box corners and edges, the rotation
// handle) and what dragging one does to the shape. Shared by the select and rotated box tools.
#pragma once

#include "core/annotation/shape.h"

#include <QList>
#include <QPointF>
#include <QSize>

namespace atelier {

struct ShapeHandle
{
    enum class Kind { Vertex, BoxGrip, Rotation };
    Kind kind = Kind::Vertex;
    // Vertex: the index into Shape::points. BoxGrip: 0-3 the corners clockwise from the top-left,
    // 4-7 the middles of the top, right, bottom and left edges (before rotation).
    int index = 0;
    QPointF pos; // image pixels
};

class ShapeHandles
{
public:
    // Device pixels from a rotated box's top edge to its rotation handle.
    static constexpr double RotationHandleDistance = 24;

    // The handles of `shape` at `scale` (device pixels per image pixel). Masks have none.
    static QList<ShapeHandle> handlesOf(const Shape &shape, double scale);
    // `shape` with `handle` dragged to `pos` (image pixels), kept inside the image.
    static Shape dragged(const Shape &shape, const ShapeHandle &handle, QPointF pos, QSize imageSize);
};

} // namespace atelier

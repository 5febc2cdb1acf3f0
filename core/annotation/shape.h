// Shape: one annotation on an image, as the annotation pane edits it (the in-memory form of a
// shape row; see dataset_store.h for the geometry convention it shares with the store).
#pragma once

#include "core/annotation/mask_rle.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPolygonF>
#include <QString>

#include <cstdint>
#include <optional>

namespace atelier {

enum class ShapeKind { Box, RotatedBox, Polygon, Polyline, Point, Mask };

// The store's names: box, rotated_box, polygon, polyline, point, mask.
QString shapeKindName(ShapeKind kind);
std::optional<ShapeKind> shapeKindFromName(QStringView name);
// What a user reads: "Rotated box" for rotated_box.
QString shapeKindDisplayName(ShapeKind kind);

struct Shape
{
    // Identifies the shape within its image document. A shape loaded from the store has its row
    // id; one made in the pane has a negative key until the writer has inserted it, and keeps that
    // key for its lifetime in the document (the writer maps it to the row id).
    std::int64_t key = 0;
    std::int64_t labelClassId = 0;
    ShapeKind kind = ShapeKind::Polygon;
    // Image pixel coordinates. Box and rotated box: two corners (top-left, bottom-right) of the
    // box before rotation; polygon: the ring, implicitly closed; polyline: the open line;
    // point: one point; mask: empty.
    QPolygonF points;
    double rotation = 0; // degrees, clockwise about the box centre (rotated boxes only)
    MaskRle mask;        // masks only: height x width of the image
    // occluded, truncated, difficult (booleans) and the free key/values of the label class.
    QJsonObject attributes;
    int z = 0;
    bool hidden = false;
    bool locked = false;
    std::optional<std::int64_t> groupId;

    bool operator==(const Shape &) const = default;

    // The shape's extent in image pixel coordinates (a mask's tight box).
    QRectF boundingRect() const;
};

// shape.geometry as stored, e.g. {"points":[x1,y1,x2,y2]} or {"rle":"...","size":[h,w]}.
QByteArray shapeGeometryJson(const Shape &shape);
// Fills kind-dependent fields of `shape` (points, rotation, mask) from stored geometry JSON.
[[nodiscard]] Status readShapeGeometry(Shape &shape, QByteArrayView geometryJson);

} // namespace atelier

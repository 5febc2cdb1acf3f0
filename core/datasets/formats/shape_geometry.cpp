// ShapeGeometry: shape.geometry read by readShapeGeometry (core/annotation/shape.h), and the rings and extents derived from it.
#include "core/datasets/formats/shape_geometry.h"

#include "core/annotation/shape.h"
#include "core/datasets/dataset_reader.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atelier {

namespace {

// How many coordinates an export needs at least: more than the annotation pane keeps for a
// polygon (a ring of 3) and a polyline (a line of 2 points).
qsizetype minimumCoordinates(ShapeKind kind)
{
    switch (kind) {
    case ShapeKind::Polygon: return 6;
    case ShapeKind::Polyline:
    case ShapeKind::Box:
    case ShapeKind::RotatedBox: return 4;
    case ShapeKind::Point:
    case ShapeKind::Mask: break;
    }
    return 2;
}

} // namespace

Result<ShapeGeometry> ShapeGeometry::parse(const StoredShape &shape)
{
    const std::optional<ShapeKind> kind = shapeKindFromName(shape.kind);
    if (!kind)
        return fail(tr("the shape kind %1 is unknown").arg(shape.kind));
    // The one parser of stored geometry, which the annotation pane reads shapes with too.
    Shape read;
    read.kind = *kind;
    if (auto ok = readShapeGeometry(read, shape.geometry); !ok)
        return fail(*kind == ShapeKind::Mask ? tr("its mask could not be read: %1").arg(ok.error().message)
                                             : tr("its geometry could not be read: %1").arg(ok.error().message));
    ShapeGeometry parsed;
    parsed.kind = shape.kind;
    parsed.attributes = QJsonDocument::fromJson(shape.attributes).object();
    if (*kind == ShapeKind::Mask) {
        parsed.mask = std::move(read.mask);
        return parsed;
    }
    const qsizetype needed = minimumCoordinates(*kind);
    if (read.points.size() * 2 < needed)
        return fail(tr("its geometry is not a list of at least %1 coordinates").arg(needed));
    parsed.points.reserve(std::size_t(read.points.size()) * 2);
    for (const QPointF &point : std::as_const(read.points)) {
        if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
            return fail(tr("its geometry holds a number that is not finite"));
        parsed.points.push_back(point.x());
        parsed.points.push_back(point.y());
    }
    parsed.rotation = read.rotation;
    return parsed;
}

std::vector<double> ShapeGeometry::rotatedCorners(std::span<const double> box, double degrees)
{
    const double cx = (box[0] + box[2]) / 2, cy = (box[1] + box[3]) / 2;
    const double hw = (box[2] - box[0]) / 2, hh = (box[3] - box[1]) / 2;
    const double angle = degrees * std::numbers::pi / 180;
    const double c = std::cos(angle), s = std::sin(angle);
    std::vector<double> ring;
    for (const auto &[dx, dy] : {std::pair(-hw, -hh), std::pair(hw, -hh), std::pair(hw, hh), std::pair(-hw, hh)}) {
        ring.push_back(cx + c * dx - s * dy); // y points down, so this turns clockwise on screen
        ring.push_back(cy + s * dx + c * dy);
    }
    return ring;
}

std::vector<double> ShapeGeometry::ring() const
{
    if (kind == QLatin1String("polygon"))
        return points;
    if (kind == QLatin1String("rotated_box"))
        return rotatedCorners(points, rotation);
    if (kind == QLatin1String("box")) {
        const double x1 = std::min(points[0], points[2]), x2 = std::max(points[0], points[2]);
        const double y1 = std::min(points[1], points[3]), y2 = std::max(points[1], points[3]);
        return {x1, y1, x1, y2, x2, y2, x2, y1}; // rleFrBbox's order
    }
    return {};
}

ShapeGeometry::Extent ShapeGeometry::extent() const
{
    if (mask) {
        const MaskRle::BoundingBox box = mask->boundingBox();
        return {box.x, box.y, box.x + box.width, box.y + box.height};
    }
    const std::vector<double> corners = kind == QLatin1String("rotated_box") ? ring() : points;
    Extent e{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (std::size_t i = 0; i + 1 < corners.size(); i += 2) {
        e.x1 = std::min(e.x1, corners[i]), e.x2 = std::max(e.x2, corners[i]);
        e.y1 = std::min(e.y1, corners[i + 1]), e.y2 = std::max(e.y2, corners[i + 1]);
    }
    return e;
}

} // namespace atelier

// ShapeGeometry: parsing of shape.geometry and the rings and extents derived from it.
#include "core/datasets/formats/shape_geometry.h"

#include "core/datasets/dataset_reader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atelier {

namespace {

// How many coordinates each kind needs at least.
qsizetype minimumCoordinates(const QString &kind)
{
    if (kind == QLatin1String("polygon"))
        return 6;
    if (kind == QLatin1String("polyline") || kind == QLatin1String("box") || kind == QLatin1String("rotated_box"))
        return 4;
    return 2;
}

} // namespace

Result<ShapeGeometry> ShapeGeometry::parse(const StoredShape &shape)
{
    const QJsonObject geometry = QJsonDocument::fromJson(shape.geometry).object();
    ShapeGeometry parsed;
    parsed.kind = shape.kind;
    parsed.attributes = QJsonDocument::fromJson(shape.attributes).object();
    if (shape.kind == QLatin1String("mask")) {
        const QJsonArray size = geometry.value(u"size").toArray();
        const QJsonValue rle = geometry.value(u"rle");
        if (size.size() != 2 || !rle.isString())
            return fail(tr("its mask has no RLE or no size"));
        auto mask = MaskRle::fromCompressedString(rle.toString().toLatin1(), size[0].toInt(-1), size[1].toInt(-1));
        if (!mask)
            return fail(tr("its mask could not be read: %1").arg(mask.error().message));
        parsed.mask = std::move(*mask);
        return parsed;
    }
    const QJsonArray points = geometry.value(u"points").toArray();
    const bool numbers = std::all_of(points.begin(), points.end(), [](const QJsonValue &v) { return v.isDouble(); });
    const qsizetype needed = minimumCoordinates(shape.kind);
    if (!numbers || points.size() < needed || points.size() % 2
        || ((shape.kind == QLatin1String("box") || shape.kind == QLatin1String("rotated_box")) && points.size() != 4))
        return fail(tr("its geometry is not a list of at least %1 coordinates").arg(needed));
    for (const QJsonValue &v : points) {
        if (!std::isfinite(v.toDouble()))
            return fail(tr("its geometry holds a number that is not finite"));
        parsed.points.push_back(v.toDouble());
    }
    parsed.rotation = geometry.value(u"rotation").toDouble(0);
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

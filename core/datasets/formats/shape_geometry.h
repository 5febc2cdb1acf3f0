// ShapeGeometry: a stored shape's geometry and attributes, parsed and checked once, with the conversions that exports share.
#pragma once

#include "core/annotation/mask_rle.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace atelier {

struct StoredShape;

// See the geometry convention in dataset_store.h.
class ShapeGeometry
{
    Q_DECLARE_TR_FUNCTIONS(ShapeGeometry)

public:
    // The tight extent of a shape: its vertices (or, for a mask, its set pixels' edges).
    struct Extent
    {
        double x1 = 0;
        double y1 = 0;
        double x2 = 0;
        double y2 = 0;
    };

    QString kind;
    std::vector<double> points; // x0, y0, x1, y1, ...; empty for a mask
    double rotation = 0;        // rotated_box: degrees clockwise
    std::optional<MaskRle> mask;
    QJsonObject attributes;

    // Reads the geometry with readShapeGeometry (core/annotation/shape.h), the one parser of
    // stored geometry, and refuses what an export cannot write besides: polygons of fewer than
    // 3 points, polylines of fewer than 2, coordinates that are not finite. The message says
    // what is wrong, for an export's report.
    [[nodiscard]] static Result<ShapeGeometry> parse(const StoredShape &shape);

    // The 4 corners of the box (x1, y1, x2, y2) turned `degrees` clockwise (y down) about its
    // centre, starting at the top-left corner before the turn.
    static std::vector<double> rotatedCorners(std::span<const double> box, double degrees);

    // A closed ring standing for the shape's area: a polygon's own points, a box's corners in
    // the order pycocotools' rleFrBbox rasterises them, a rotated box's 4 corners; empty for
    // masks, polylines and points.
    std::vector<double> ring() const;

    Extent extent() const;
};

} // namespace atelier

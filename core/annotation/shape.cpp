// Shape: kind names, extents and the geometry JSON that shape rows hold (see dataset_store.h).
#include "core/annotation/shape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTransform>

#include <array>
#include <cmath>

namespace atelier {

namespace {

struct KindName
{
    ShapeKind kind;
    QLatin1StringView name;
};

constexpr std::array<KindName, 6> KindNames = {{
    {ShapeKind::Box, QLatin1StringView("box")},
    {ShapeKind::RotatedBox, QLatin1StringView("rotated_box")},
    {ShapeKind::Polygon, QLatin1StringView("polygon")},
    {ShapeKind::Polyline, QLatin1StringView("polyline")},
    {ShapeKind::Point, QLatin1StringView("point")},
    {ShapeKind::Mask, QLatin1StringView("mask")},
}};

// Reads geometry JSON; the class gives its messages a translation context.
class GeometryJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(Shape)

public:
    static Status read(Shape &shape, QByteArrayView json)
    {
        QJsonParseError error;
        // The parse ends before `json` may go away, so its bytes need no copy.
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
        if (error.error != QJsonParseError::NoError)
            return fail(tr("The geometry of a %1 shape is not valid JSON.").arg(shapeKindName(shape.kind)),
                        error.errorString() + QStringLiteral(" at offset %1").arg(error.offset));
        if (!document.isObject())
            return fail(tr("The geometry of a %1 shape is not a JSON object.").arg(shapeKindName(shape.kind)));
        const QJsonObject object = document.object();
        return shape.kind == ShapeKind::Mask ? readMask(shape, object) : readPoints(shape, object);
    }

private:
    // How many points (x, y pairs) each point-based kind takes: exactly `minimum` when `exact`.
    static std::pair<int, bool> pointCount(ShapeKind kind)
    {
        switch (kind) {
        case ShapeKind::Box:
        case ShapeKind::RotatedBox: return {2, true};
        case ShapeKind::Point: return {1, true};
        case ShapeKind::Polygon:
        case ShapeKind::Polyline:
        case ShapeKind::Mask: break;
        }
        return {1, false};
    }

    static Status readPoints(Shape &shape, const QJsonObject &object)
    {
        const QString kind = shapeKindName(shape.kind);
        const QJsonValue pointsValue = object.value(QLatin1String("points"));
        if (!pointsValue.isArray())
            return fail(tr("The geometry of a %1 shape has no \"points\" list.").arg(kind));
        const QJsonArray values = pointsValue.toArray();
        const auto [count, exact] = pointCount(shape.kind);
        if (values.size() % 2 != 0 || values.size() < 2 * count || (exact && values.size() != 2 * count))
            return fail(exact ? tr("A %1 shape needs exactly %2 coordinates; its geometry has %3.")
                                    .arg(kind).arg(2 * count).arg(values.size())
                              : tr("A %1 shape needs an even number of coordinates, at least 2; its "
                                   "geometry has %2.").arg(kind).arg(values.size()));
        QPolygonF points;
        points.reserve(values.size() / 2);
        for (qsizetype i = 0; i < values.size(); i += 2) {
            const QJsonValue x = values.at(i), y = values.at(i + 1);
            if (!x.isDouble() || !y.isDouble())
                return fail(tr("The points of a %1 shape must all be numbers.").arg(kind));
            points.append(QPointF(x.toDouble(), y.toDouble()));
        }
        double rotation = 0;
        if (shape.kind == ShapeKind::RotatedBox && object.contains(QLatin1String("rotation"))) {
            const QJsonValue value = object.value(QLatin1String("rotation"));
            if (!value.isDouble())
                return fail(tr("The rotation of a rotated box must be a number of degrees."));
            rotation = value.toDouble();
        }
        shape.points = std::move(points);
        shape.rotation = rotation;
        shape.mask = MaskRle();
        return {};
    }

    static Status readMask(Shape &shape, const QJsonObject &object)
    {
        const QJsonValue rle = object.value(QLatin1String("rle"));
        const QJsonArray size = object.value(QLatin1String("size")).toArray();
        if (!rle.isString())
            return fail(tr("The geometry of a mask has no \"rle\" string."));
        const auto isDimension = [](const QJsonValue &v) {
            return v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1e9 && v.toDouble() == std::floor(v.toDouble());
        };
        if (size.size() != 2 || !isDimension(size.at(0)) || !isDimension(size.at(1)))
            return fail(tr("The geometry of a mask needs \"size\": [height, width] in whole pixels."));
        auto mask = MaskRle::fromCompressedString(rle.toString().toLatin1(), size.at(0).toInt(), size.at(1).toInt());
        if (!mask)
            return fail(withContext(tr("The run lengths of a mask cannot be read"), mask.error()));
        shape.points.clear();
        shape.rotation = 0;
        shape.mask = std::move(*mask);
        return {};
    }
};

QJsonArray flatPoints(const QPolygonF &points)
{
    QJsonArray flat;
    for (const QPointF &point : points) {
        flat.append(point.x());
        flat.append(point.y());
    }
    return flat;
}

} // namespace

QString shapeKindDisplayName(ShapeKind kind)
{
    switch (kind) {
    case ShapeKind::Box:
        return QCoreApplication::translate("Shape", "Box");
    case ShapeKind::RotatedBox:
        return QCoreApplication::translate("Shape", "Rotated box");
    case ShapeKind::Polygon:
        return QCoreApplication::translate("Shape", "Polygon");
    case ShapeKind::Polyline:
        return QCoreApplication::translate("Shape", "Polyline");
    case ShapeKind::Point:
        return QCoreApplication::translate("Shape", "Point");
    case ShapeKind::Mask:
        return QCoreApplication::translate("Shape", "Mask");
    }
    return {};
}

QString shapeKindName(ShapeKind kind)
{
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return {};
}

std::optional<ShapeKind> shapeKindFromName(QStringView name)
{
    for (const KindName &entry : KindNames) {
        if (name == entry.name)
            return entry.kind;
    }
    return std::nullopt;
}

QRectF Shape::boundingRect() const
{
    switch (kind) {
    case ShapeKind::Box:
        return points.size() == 2 ? QRectF(points[0], points[1]).normalized() : points.boundingRect();
    case ShapeKind::RotatedBox: {
        if (points.size() != 2)
            return points.boundingRect();
        const QRectF box = QRectF(points[0], points[1]).normalized();
        const QPointF centre = box.center();
        // Clockwise on screen (y down) is a positive angle for QTransform::rotate as well.
        const QTransform turn = QTransform::fromTranslate(centre.x(), centre.y())
                                    .rotate(rotation)
                                    .translate(-centre.x(), -centre.y());
        return turn.map(QPolygonF(box)).boundingRect();
    }
    case ShapeKind::Polygon:
    case ShapeKind::Polyline:
    case ShapeKind::Point: return points.boundingRect();
    case ShapeKind::Mask: {
        const MaskRle::BoundingBox box = mask.boundingBox();
        return QRectF(box.x, box.y, box.width, box.height);
    }
    }
    return {};
}

QByteArray shapeGeometryJson(const Shape &shape)
{
    // QJsonDocument writes doubles in their shortest form that reads back to the same value, as
    // DatasetStore does for imported shapes.
    QJsonObject geometry;
    if (shape.kind == ShapeKind::Mask) {
        geometry.insert(QLatin1String("rle"), QString::fromLatin1(shape.mask.toCompressedString()));
        geometry.insert(QLatin1String("size"), QJsonArray{shape.mask.height(), shape.mask.width()});
    } else {
        geometry.insert(QLatin1String("points"), flatPoints(shape.points));
        if (shape.kind == ShapeKind::RotatedBox)
            geometry.insert(QLatin1String("rotation"), shape.rotation);
    }
    return QJsonDocument(geometry).toJson(QJsonDocument::Compact);
}

Status readShapeGeometry(Shape &shape, QByteArrayView geometryJson)
{
    return GeometryJsonReader::read(shape, geometryJson);
}

} // namespace atelier

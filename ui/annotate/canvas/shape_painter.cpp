// ShapePainter: draws one shape in its label colour.
#include "ui/annotate/canvas/shape_painter.h"

#include "ui/annotate/canvas/canvas_geometry.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace atelier {

void ShapePainter::setLabelColors(const QHash<std::int64_t, QColor> &colors)
{
    m_colors = colors;
    m_styles.clear();
}

QColor ShapePainter::labelColor(std::int64_t labelClassId) const
{
    const auto it = m_colors.constFind(labelClassId);
    if (it != m_colors.constEnd())
        return *it;
    // A label without a colour still gets a stable, distinct hue.
    return QColor::fromHsv(int((labelClassId * 137) % 360 + 360) % 360, 200, 230);
}

void ShapePainter::setFillOpacity(double opacity)
{
    m_fillOpacity = std::clamp(opacity, 0.0, 1.0);
    m_styles.clear();
}

const ShapePainter::Style &ShapePainter::styleOf(std::int64_t labelClassId)
{
    auto it = m_styles.find(labelClassId);
    if (it != m_styles.end())
        return *it;
    const QColor colour = labelColor(labelClassId);
    Style style;
    style.pen = QPen(colour, OutlineWidth);
    style.pen.setCosmetic(true);
    style.pen.setJoinStyle(Qt::RoundJoin);
    style.thickPen = QPen(colour, OutlineWidth * 2);
    style.thickPen.setCosmetic(true);
    style.thickPen.setJoinStyle(Qt::RoundJoin);
    QColor fill = colour;
    fill.setAlphaF(float(m_fillOpacity));
    style.fill = m_fillOpacity > 0 ? QBrush(fill) : QBrush(Qt::NoBrush);
    QColor mask = colour;
    mask.setAlphaF(float(std::max(m_fillOpacity, MinimumMaskOpacity)));
    style.maskColour = qPremultiply(mask.rgba());
    return *m_styles.insert(labelClassId, style);
}

const ShapePainter::MaskImage &ShapePainter::maskImage(const Shape &shape, QRgb colour)
{
    auto it = m_masks.find(shape.key);
    if (it != m_masks.end() && it->colour == colour && it->mask == shape.mask)
        return *it;
    MaskImage entry;
    entry.mask = shape.mask;
    entry.colour = colour;
    const MaskRle::BoundingBox box = shape.mask.boundingBox();
    entry.box = QRect(int(box.x), int(box.y), int(box.width), int(box.height));
    entry.image = CanvasGeometry::maskToImage(shape.mask, entry.box, colour);
    return *m_masks.insert(shape.key, std::move(entry));
}

void ShapePainter::paint(QPainter &painter, const Shape &shape, double scale, bool emphasised)
{
    const Style &style = styleOf(shape.labelClassId);
    painter.setPen(emphasised ? style.thickPen : style.pen);
    switch (shape.kind) {
    case ShapeKind::Box:
    case ShapeKind::RotatedBox:
        painter.setBrush(style.fill);
        painter.drawPolygon(CanvasGeometry::boxCorners(shape));
        break;
    case ShapeKind::Polygon:
        painter.setBrush(style.fill);
        painter.drawPolygon(shape.points);
        break;
    case ShapeKind::Polyline:
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(shape.points);
        break;
    case ShapeKind::Point: {
        if (shape.points.isEmpty())
            break;
        painter.setBrush(style.pen.color());
        const double radius = PointRadius / scale;
        painter.drawEllipse(shape.points[0], radius, radius);
        break;
    }
    case ShapeKind::Mask: {
        const MaskImage &mask = maskImage(shape, style.maskColour);
        if (!mask.image.isNull())
            painter.drawImage(QRectF(mask.box), mask.image);
        break;
    }
    }
}

} // namespace atelier

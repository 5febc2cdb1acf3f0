// MaskBrushTool: paints into or erases from the current label's mask, one command a stroke.
#include "ui/annotate/canvas/mask_brush_tool.h"

#include "core/annotation/annotation_commands.h"
#include "core/annotation/image_document.h"
#include "ui/annotate/canvas/annotation_canvas.h"
#include "ui/annotate/canvas/canvas_geometry.h"
#include "ui/annotate/canvas/shape_painter.h"

#include <QPainter>
#include <QScopeGuard>

#include <algorithm>
#include <cmath>

namespace atelier {

namespace {

// The working image grows by at least this much (image pixels) so that a stroke reallocates rarely.
constexpr int GrowthMargin = 64;

} // namespace

MaskBrushTool::MaskBrushTool(AnnotationCanvas *canvas, Mode mode) : AbstractTool(canvas), m_mode(mode)
{
    setCursor(Qt::CrossCursor);
}

void MaskBrushTool::activate()
{
    setStatusText(m_mode == Mode::Paint ? tr("Paint the mask of the current label; [ and ] change the brush size.")
                                        : tr("Erase from the mask of the current label; [ and ] change the brush size."));
}

void MaskBrushTool::deactivate()
{
    m_stroking = false;
    m_stroke = QImage();
    m_region = QRect();
    m_maskImage = QImage();
    canvas()->setToolOwnedKeys({});
}

void MaskBrushTool::growTo(const QRect &rect)
{
    if (m_region.contains(rect))
        return;
    const QRect image(QPoint(0, 0), canvas()->imageSize());
    const QRect grown = m_region.united(rect).adjusted(-GrowthMargin, -GrowthMargin, GrowthMargin, GrowthMargin).intersected(image);
    QImage stroke(grown.size(), QImage::Format_ARGB32_Premultiplied);
    stroke.fill(Qt::transparent);
    if (!m_stroke.isNull()) {
        QPainter painter(&stroke);
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.drawImage(m_region.topLeft() - grown.topLeft(), m_stroke);
    }
    m_stroke = std::move(stroke);
    m_region = grown;
}

void MaskBrushTool::paintSegment(QPointF a, QPointF b)
{
    const double radius = canvas()->brushSize() / 2.0;
    const QRect image(QPoint(0, 0), canvas()->imageSize());
    const QRect bounds = QRect(QPoint(int(std::floor(std::min(a.x(), b.x()) - radius)), int(std::floor(std::min(a.y(), b.y()) - radius))),
                               QPoint(int(std::ceil(std::max(a.x(), b.x()) + radius)), int(std::ceil(std::max(a.y(), b.y()) + radius))))
                             .intersected(image);
    if (bounds.isEmpty())
        return;
    growTo(bounds);
    for (int y = bounds.top(); y <= bounds.bottom(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(m_stroke.scanLine(y - m_region.top()));
        for (int x = bounds.left(); x <= bounds.right(); ++x) {
            if (CanvasGeometry::distanceToSegment(QPointF(x + 0.5, y + 0.5), a, b) > radius)
                continue;
            line[x - m_region.left()] = m_strokeColour;
            if (m_maskBox.contains(x, y))
                reinterpret_cast<QRgb *>(m_maskImage.scanLine(y - m_maskBox.top()))[x - m_maskBox.left()] = 0;
        }
    }
    canvas()->updateOverlay();
}

void MaskBrushTool::mousePressed(const ToolMouseEvent &event)
{
    if (event.button != Qt::LeftButton)
        return;
    const Shape *target = canvas()->currentLabelMask();
    QColor colour = canvas()->labelColor(canvas()->currentLabel());
    colour.setAlphaF(float(std::max(canvas()->fillOpacity(), ShapePainter::MinimumMaskOpacity)));
    m_maskImage = QImage();
    m_maskBox = QRect();
    if (m_mode == Mode::Erase) {
        if (!target)
            return; // nothing to erase from
        const MaskRle::BoundingBox box = target->mask.boundingBox();
        m_maskBox = QRect(int(box.x), int(box.y), int(box.width), int(box.height));
        m_maskImage = CanvasGeometry::maskToImage(target->mask, m_maskBox, qPremultiply(colour.rgba()));
        canvas()->setToolOwnedKeys({target->key});
        // The eraser's own stroke is not drawn (the live mask loses its pixels instead), but it
        // must not be transparent: the stroke's pixels are those that are not.
        colour = QColor(255, 255, 255, 128);
    }
    m_strokeColour = qPremultiply(colour.rgba());
    m_stroking = true;
    m_region = QRect();
    m_stroke = QImage();
    m_last = event.pos;
    paintSegment(event.pos, event.pos);
}

void MaskBrushTool::mouseMoved(const ToolMouseEvent &event)
{
    m_hover = event.pos;
    if (!m_stroking) {
        canvas()->updateOverlay(); // the brush outline follows the pointer
        return;
    }
    paintSegment(m_last, event.pos);
    m_last = event.pos;
}

void MaskBrushTool::mouseReleased(const ToolMouseEvent &event)
{
    if (!m_stroking || event.button != Qt::LeftButton)
        return;
    if (event.pos != m_last)
        paintSegment(m_last, event.pos);
    finishStroke();
}

void MaskBrushTool::finishStroke()
{
    m_stroking = false;
    const QImage stroke = std::exchange(m_stroke, QImage());
    const QRect region = std::exchange(m_region, QRect());
    m_maskImage = QImage();
    canvas()->updateOverlay();
    // The command is pushed before the mask goes back to the tiles, so they draw the new one.
    const auto giveBack = qScopeGuard([this] { canvas()->setToolOwnedKeys({}); });
    ImageDocument *document = canvas()->document();
    if (stroke.isNull() || !document)
        return;
    Result<MaskRle> strokeMask = CanvasGeometry::maskFromRegion(stroke, region.topLeft(), canvas()->imageSize());
    if (!strokeMask) {
        setStatusText(strokeMask.error().message);
        return;
    }
    const Shape *target = canvas()->currentLabelMask();
    if (!target) {
        if (m_mode == Mode::Erase || strokeMask->area() == 0)
            return;
        Shape mask = newShape(ShapeKind::Mask, {});
        mask.mask = std::move(*strokeMask);
        addShape(mask);
        return;
    }
    Result<MaskRle> combined = m_mode == Mode::Paint
                                   ? MaskRle::merge(std::vector<MaskRle>{target->mask, *strokeMask})
                                   : CanvasGeometry::maskSubtract(target->mask, *strokeMask);
    if (!combined) {
        setStatusText(combined.error().message);
        return;
    }
    if (*combined == target->mask)
        return;
    if (combined->area() == 0) {
        canvas()->pushCommand(new RemoveShapesCommand(document, {target->key}));
        return;
    }
    Shape after = *target;
    after.mask = std::move(*combined);
    canvas()->pushCommand(new ChangeShapesCommand(document, {*target}, {after},
                                                  m_mode == Mode::Paint ? tr("Paint mask") : tr("Erase mask")));
}

void MaskBrushTool::paintOverlay(QPainter &painter)
{
    if (!m_maskImage.isNull())
        painter.drawImage(QRectF(m_maskBox), m_maskImage);
    else if (!m_stroke.isNull())
        painter.drawImage(QRectF(m_region), m_stroke);
    const double radius = canvas()->brushSize() / 2.0;
    QPen pen(QColor(255, 255, 255, 200), 1);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(m_hover, radius, radius);
}

} // namespace atelier

// PolygonTool: draws a polygon point by point.
#include "ui/annotate/canvas/polygon_tool.h"

#include "ui/annotate/canvas/annotation_canvas.h"
#include "ui/annotate/canvas/canvas_geometry.h"

#include <QKeyEvent>
#include <QLineF>
#include <QPainter>

namespace atelier {

namespace {

constexpr double CloseDistance = 8; // device pixels from the first point
constexpr double DotRadius = 3;     // device pixels

} // namespace

PolygonTool::PolygonTool(AnnotationCanvas *canvas) : AbstractTool(canvas)
{
    setCursor(Qt::CrossCursor);
}

void PolygonTool::activate()
{
    setStatusText(tr("Click to add points; click the first point or press Enter to close. "
                     "Backspace removes the last point, Esc cancels."));
}

void PolygonTool::deactivate()
{
    cancel();
}

bool PolygonTool::nearFirstPoint(QPointF pos) const
{
    return !m_points.isEmpty() && QLineF(m_points.first(), pos).length() <= imageDistance(CloseDistance);
}

void PolygonTool::mousePressed(const ToolMouseEvent &event)
{
    if (event.button != Qt::LeftButton)
        return;
    const QPointF pos = CanvasGeometry::clampToImage(event.pos, canvas()->imageSize());
    if (closesOnFirstPoint() && m_points.size() >= minimumPoints() && nearFirstPoint(pos)) {
        finish();
        return;
    }
    m_points.append(pos);
    m_hover = pos;
    canvas()->updateOverlay();
}

void PolygonTool::mouseMoved(const ToolMouseEvent &event)
{
    m_hover = CanvasGeometry::clampToImage(event.pos, canvas()->imageSize());
    if (!m_points.isEmpty())
        canvas()->updateOverlay();
}

void PolygonTool::mouseDoubleClicked(const ToolMouseEvent &event)
{
    Q_UNUSED(event)
    // The first click of the double click added the last point already.
    if (m_points.size() >= minimumPoints())
        finish();
}

bool PolygonTool::keyPressed(QKeyEvent *event)
{
    if (m_points.isEmpty())
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_points.size() >= minimumPoints())
            finish();
        return true;
    case Qt::Key_Backspace:
        m_points.removeLast();
        canvas()->updateOverlay();
        return true;
    case Qt::Key_Escape:
        cancel();
        return true;
    default:
        return false;
    }
}

void PolygonTool::finish()
{
    const Shape shape = newShape(shapeKind(), m_points);
    cancel();
    addShape(shape);
}

void PolygonTool::cancel()
{
    m_points.clear();
    canvas()->updateOverlay();
}

void PolygonTool::paintOverlay(QPainter &painter)
{
    if (m_points.isEmpty())
        return;
    const QColor colour = canvas()->labelColor(canvas()->currentLabel());
    QPen pen(colour, 1.5);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(m_points);
    pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.drawLine(m_points.last(), m_hover);
    painter.setBrush(colour);
    const double r = imageDistance(DotRadius);
    for (const QPointF &p : m_points)
        painter.drawEllipse(p, r, r);
    if (closesOnFirstPoint() && m_points.size() >= minimumPoints() && nearFirstPoint(m_hover)) {
        painter.setBrush(Qt::white);
        painter.drawEllipse(m_points.first(), 2 * r, 2 * r);
    }
}

} // namespace atelier

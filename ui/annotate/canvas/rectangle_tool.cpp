// RectangleTool: draws a box, by press-drag-release or by two clicks.
#include "ui/annotate/canvas/rectangle_tool.h"

#include "core/annotation/image_document.h"
#include "ui/annotate/canvas/annotation_canvas.h"
#include "ui/annotate/canvas/canvas_geometry.h"

#include <QKeyEvent>
#include <QLineF>

namespace atelier {

namespace {

// A press and release closer than this (device pixels) is a click: the second click ends the box.
constexpr double ClickDistance = 3;

} // namespace

RectangleTool::RectangleTool(AnnotationCanvas *canvas) : AbstractTool(canvas)
{
    setCursor(Qt::CrossCursor);
}

void RectangleTool::activate()
{
    setStatusText(tr("Drag from corner to corner, or click two corners. Esc cancels."));
}

void RectangleTool::deactivate()
{
    cancel();
}

Shape RectangleTool::draft() const
{
    const QRectF box = QRectF(m_start, m_end).normalized();
    Shape shape = newShape(shapeKind(), QPolygonF{box.topLeft(), box.bottomRight()});
    shape.key = DraftKey;
    return shape;
}

void RectangleTool::mousePressed(const ToolMouseEvent &event)
{
    if (event.button != Qt::LeftButton)
        return;
    const QPointF pos = CanvasGeometry::clampToImage(event.pos, canvas()->imageSize());
    if (m_drawing) { // the second click of a two-click box
        m_end = pos;
        finish();
        return;
    }
    m_drawing = true;
    m_pressed = true;
    m_start = m_end = pos;
    canvas()->setPreviewShapes({draft()});
}

void RectangleTool::mouseMoved(const ToolMouseEvent &event)
{
    if (!m_drawing)
        return;
    m_end = CanvasGeometry::clampToImage(event.pos, canvas()->imageSize());
    canvas()->setPreviewShapes({draft()});
}

void RectangleTool::mouseReleased(const ToolMouseEvent &event)
{
    if (!m_drawing || !m_pressed || event.button != Qt::LeftButton)
        return;
    m_pressed = false;
    m_end = CanvasGeometry::clampToImage(event.pos, canvas()->imageSize());
    if (QLineF(m_start, m_end).length() > imageDistance(ClickDistance))
        finish();
}

bool RectangleTool::keyPressed(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drawing) {
        cancel();
        return true;
    }
    return false;
}

void RectangleTool::finish()
{
    Shape shape = draft();
    cancel();
    const QRectF box(shape.points[0], shape.points[1]);
    if (box.width() <= 0 || box.height() <= 0)
        return;
    shape.key = ImageDocument::newKey();
    addShape(shape);
    boxAdded(shape);
}

void RectangleTool::cancel()
{
    m_drawing = false;
    m_pressed = false;
    canvas()->clearPreviewShapes();
}

} // namespace atelier

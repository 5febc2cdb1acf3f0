// PointTool: a click adds a point.
#include "ui/annotate/canvas/point_tool.h"

#include "ui/annotate/canvas/annotation_canvas.h"
#include "ui/annotate/canvas/canvas_geometry.h"

namespace atelier {

PointTool::PointTool(AnnotationCanvas *canvas) : AbstractTool(canvas)
{
    setCursor(Qt::CrossCursor);
}

void PointTool::activate()
{
    setStatusText(tr("Click to add a point."));
}

void PointTool::mousePressed(const ToolMouseEvent &event)
{
    if (event.button != Qt::LeftButton)
        return;
    addShape(newShape(ShapeKind::Point, QPolygonF{CanvasGeometry::clampToImage(event.pos, canvas()->imageSize())}));
}

} // namespace atelier

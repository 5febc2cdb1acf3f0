// PolylineTool: draws an open line point by point.
#include "ui/annotate/canvas/polyline_tool.h"

namespace atelier {

PolylineTool::PolylineTool(AnnotationCanvas *canvas) : PolygonTool(canvas) {}

void PolylineTool::activate()
{
    setStatusText(tr("Click to add points; double-click or press Enter to end the line. "
                     "Backspace removes the last point, Esc cancels."));
}

} // namespace atelier

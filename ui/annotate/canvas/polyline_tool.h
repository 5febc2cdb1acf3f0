// PolylineTool: draws an open line point by point (2 points at least); Enter or a double click
// ends it, Backspace takes the last point back, Esc cancels.
#pragma once

#include "ui/annotate/canvas/polygon_tool.h"

namespace atelier {

class PolylineTool : public PolygonTool
{
    Q_OBJECT

public:
    explicit PolylineTool(AnnotationCanvas *canvas);

    ToolId id() const override { return ToolId::Polyline; }
    void activate() override;

protected:
    ShapeKind shapeKind() const override { return ShapeKind::Polyline; }
    int minimumPoints() const override { return 2; }
    bool closesOnFirstPoint() const override { return false; }
};

} // namespace atelier

// RotatedRectangleTool: draws a box as RectangleTool does, selects it, then turns it with the
// rotation handle above it (one undo command a turn).
#pragma once

#include "ui/annotate/canvas/rectangle_tool.h"

#include <optional>

namespace atelier {

class RotatedRectangleTool : public RectangleTool
{
    Q_OBJECT

public:
    explicit RotatedRectangleTool(AnnotationCanvas *canvas);

    ToolId id() const override { return ToolId::RotatedRectangle; }
    void activate() override;
    void deactivate() override;
    void mousePressed(const ToolMouseEvent &event) override;
    void mouseMoved(const ToolMouseEvent &event) override;
    void mouseReleased(const ToolMouseEvent &event) override;
    bool isBusy() const override { return m_turning.has_value() || RectangleTool::isBusy(); }

protected:
    ShapeKind shapeKind() const override { return ShapeKind::RotatedBox; }
    void boxAdded(const Shape &shape) override;

private:
    std::optional<Shape> m_turning; // the box as it was when the turn began
    Shape m_turned;
};

} // namespace atelier

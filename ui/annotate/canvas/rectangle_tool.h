// RectangleTool: draws a box, by press-drag-release or by two clicks on opposite corners.
#pragma once

#include "ui/annotate/canvas/abstract_tool.h"

namespace atelier {

class RectangleTool : public AbstractTool
{
    Q_OBJECT

public:
    explicit RectangleTool(AnnotationCanvas *canvas);

    ToolId id() const override { return ToolId::Rectangle; }
    void activate() override;
    void deactivate() override;
    void mousePressed(const ToolMouseEvent &event) override;
    void mouseMoved(const ToolMouseEvent &event) override;
    void mouseReleased(const ToolMouseEvent &event) override;
    bool keyPressed(QKeyEvent *event) override;
    bool isBusy() const override { return m_drawing; }

protected:
    virtual ShapeKind shapeKind() const { return ShapeKind::Box; }
    // Called once the box is in the document.
    virtual void boxAdded(const Shape &shape) { Q_UNUSED(shape) }

private:
    Shape draft() const;
    void finish();
    void cancel();

    bool m_drawing = false;
    bool m_pressed = false;
    QPointF m_start;
    QPointF m_end;
};

} // namespace atelier

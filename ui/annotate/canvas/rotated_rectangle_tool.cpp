// RotatedRectangleTool: draws a box, then turns it with its rotation handle.
#include "ui/annotate/canvas/rotated_rectangle_tool.h"

#include "core/annotation/annotation_commands.h"
#include "core/annotation/image_document.h"
#include "ui/annotate/canvas/annotation_canvas.h"
#include "ui/annotate/canvas/shape_handles.h"

#include <QLineF>

namespace atelier {

namespace {

constexpr double GripDistance = 6; // device pixels

} // namespace

RotatedRectangleTool::RotatedRectangleTool(AnnotationCanvas *canvas) : RectangleTool(canvas) {}

void RotatedRectangleTool::activate()
{
    setStatusText(tr("Drag a box, then turn it with the handle above it. Esc cancels."));
}

void RotatedRectangleTool::deactivate()
{
    m_turning.reset();
    RectangleTool::deactivate();
}

void RotatedRectangleTool::boxAdded(const Shape &shape)
{
    canvas()->setSelectedKeys({shape.key});
}

void RotatedRectangleTool::mousePressed(const ToolMouseEvent &event)
{
    if (event.button == Qt::LeftButton && !RectangleTool::isBusy()) {
        for (const std::int64_t key : canvas()->selectedKeys()) {
            const Shape *shape = canvas()->shape(key);
            if (!shape || shape->kind != ShapeKind::RotatedBox || !canvas()->isEditable(key))
                continue;
            for (const ShapeHandle &handle : ShapeHandles::handlesOf(*shape, canvas()->zoom())) {
                if (handle.kind == ShapeHandle::Kind::Rotation
                    && QLineF(handle.pos, event.pos).length() <= imageDistance(GripDistance)) {
                    m_turning = *shape;
                    m_turned = *shape;
                    return;
                }
            }
        }
    }
    RectangleTool::mousePressed(event);
}

void RotatedRectangleTool::mouseMoved(const ToolMouseEvent &event)
{
    if (!m_turning) {
        RectangleTool::mouseMoved(event);
        return;
    }
    m_turned = ShapeHandles::dragged(*m_turning, ShapeHandle{ShapeHandle::Kind::Rotation, 0, {}}, event.pos,
                                     canvas()->imageSize());
    canvas()->setPreviewShapes({m_turned});
}

void RotatedRectangleTool::mouseReleased(const ToolMouseEvent &event)
{
    if (!m_turning) {
        RectangleTool::mouseReleased(event);
        return;
    }
    const Shape before = *m_turning;
    m_turning.reset();
    canvas()->clearPreviewShapes();
    if (m_turned != before)
        canvas()->pushCommand(new ChangeShapesCommand(canvas()->document(), {before}, {m_turned}, tr("Rotate box")));
}

} // namespace atelier

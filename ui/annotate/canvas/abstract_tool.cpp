// AbstractTool: the base of the canvas's tools.
#include "ui/annotate/canvas/abstract_tool.h"

#include "core/annotation/annotation_commands.h"
#include "core/annotation/image_document.h"
#include "ui/annotate/canvas/annotation_canvas.h"

namespace atelier {

AbstractTool::AbstractTool(AnnotationCanvas *canvas) : QObject(canvas), m_canvas(canvas), m_cursor(Qt::ArrowCursor) {}

Shape AbstractTool::newShape(ShapeKind kind, const QPolygonF &points) const
{
    Shape shape;
    shape.key = ImageDocument::newKey();
    shape.labelClassId = m_canvas->currentLabel();
    shape.kind = kind;
    shape.points = points;
    return shape;
}

void AbstractTool::addShape(const Shape &shape)
{
    if (m_canvas->document())
        m_canvas->pushCommand(new AddShapesCommand(m_canvas->document(), {shape}));
}

double AbstractTool::imageDistance(double devicePixels) const
{
    return devicePixels / m_canvas->zoom();
}

void AbstractTool::setCursor(const QCursor &cursor)
{
    m_cursor = cursor;
    Q_EMIT cursorChanged(cursor);
}

void AbstractTool::setStatusText(const QString &text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged(text);
}

} // namespace atelier

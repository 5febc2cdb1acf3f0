// SelectTool: selects shapes and edits them, one undo command a drag.
#include "ui/annotate/canvas/select_tool.h"

#include "core/annotation/annotation_commands.h"
#include "core/annotation/image_document.h"
#include "ui/annotate/canvas/annotation_canvas.h"
#include "ui/annotate/canvas/canvas_geometry.h"

#include <QKeyEvent>
#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <limits>

namespace atelier {

namespace {

constexpr double GripDistance = 6; // device pixels
constexpr double EdgeDistance = 5; // device pixels
constexpr double DragDistance = 2; // device pixels before a press becomes a drag

int minimumVertices(ShapeKind kind)
{
    return kind == ShapeKind::Polygon ? 3 : kind == ShapeKind::Polyline ? 2 : std::numeric_limits<int>::max();
}

Shape translated(const Shape &shape, QPointF delta)
{
    Shape moved = shape;
    moved.points.translate(delta);
    return moved;
}

} // namespace

SelectTool::SelectTool(AnnotationCanvas *canvas) : AbstractTool(canvas) {}

void SelectTool::activate()
{
    setStatusText(tr("Click to select (Ctrl adds), drag to move or to select by area. "
                     "Click an edge to add a vertex, Shift+click a vertex to remove it."));
}

void SelectTool::deactivate()
{
    reset();
}

void SelectTool::reset()
{
    m_drag = Drag::None;
    m_before.clear();
    m_after.clear();
    m_grip.reset();
    canvas()->clearPreviewShapes();
    canvas()->updateOverlay();
}

std::optional<SelectTool::Grip> SelectTool::gripAt(QPointF pos) const
{
    const double reach = imageDistance(GripDistance);
    for (const std::int64_t key : canvas()->selectedKeys()) {
        if (!canvas()->isEditable(key))
            continue;
        const Shape &shape = *canvas()->shape(key);
        for (const ShapeHandle &handle : ShapeHandles::handlesOf(shape, canvas()->zoom())) {
            if (QLineF(handle.pos, pos).length() <= reach)
                return Grip{key, handle};
        }
    }
    return std::nullopt;
}

std::optional<SelectTool::EdgeHit> SelectTool::edgeAt(QPointF pos) const
{
    const double reach = imageDistance(EdgeDistance);
    for (const std::int64_t key : canvas()->selectedKeys()) {
        if (!canvas()->isEditable(key))
            continue;
        const Shape &shape = *canvas()->shape(key);
        if (shape.kind != ShapeKind::Polygon && shape.kind != ShapeKind::Polyline)
            continue;
        const int n = int(shape.points.size());
        const int segments = shape.kind == ShapeKind::Polygon ? n : n - 1;
        for (int i = 0; i < segments; ++i) {
            const QPointF a = shape.points[i];
            const QPointF b = shape.points[(i + 1) % n];
            if (CanvasGeometry::distanceToSegment(pos, a, b) <= reach)
                return EdgeHit{key, i + 1, CanvasGeometry::projectOnSegment(pos, a, b)};
        }
    }
    return std::nullopt;
}

void SelectTool::mousePressed(const ToolMouseEvent &event)
{
    if (event.button != Qt::LeftButton)
        return;
    m_pressPos = event.pos;
    ImageDocument *document = canvas()->document();

    if (const std::optional<Grip> grip = gripAt(event.pos)) {
        if (event.modifiers & Qt::ShiftModifier && grip->handle.kind == ShapeHandle::Kind::Vertex) {
            removeVertex(*grip);
            return;
        }
        m_drag = Drag::Handle;
        m_grip = grip;
        m_before = {*document->shape(grip->key)};
        m_after = m_before;
        return;
    }
    if (const std::optional<EdgeHit> edge = edgeAt(event.pos)) {
        // A new vertex on the edge, dragged from where it was made; the insertion and the drag
        // are one command.
        Shape shape = *document->shape(edge->key);
        m_before = {shape};
        shape.points.insert(edge->insertAt, CanvasGeometry::clampToImage(edge->pos, canvas()->imageSize()));
        m_after = {shape};
        m_drag = Drag::Handle;
        m_grip = Grip{edge->key, ShapeHandle{ShapeHandle::Kind::Vertex, edge->insertAt, shape.points[edge->insertAt]}};
        canvas()->setPreviewShapes(m_after);
        return;
    }

    const QList<std::int64_t> hits = canvas()->editableShapesAt(event.pos);
    const bool additive = event.modifiers & Qt::ControlModifier;
    if (hits.isEmpty()) {
        m_drag = Drag::RubberBand;
        m_additive = additive;
        m_rubberBand = QRectF(event.pos, event.pos);
        if (!additive)
            canvas()->setSelectedKeys({});
        return;
    }
    const std::int64_t key = hits.first();
    QList<std::int64_t> selection = canvas()->selectedKeys();
    if (additive) {
        if (selection.contains(key)) {
            selection.removeAll(key);
            canvas()->setSelectedKeys(selection);
            return;
        }
        selection.append(key);
    } else if (!selection.contains(key)) {
        selection = {key};
    }
    canvas()->setSelectedKeys(selection);
    beginMove();
}

void SelectTool::beginMove()
{
    m_drag = Drag::Move;
    m_before.clear();
    for (const std::int64_t key : canvas()->selectedKeys()) {
        const Shape *shape = canvas()->shape(key);
        // Masks stay where they are: moving one is an edit of its pixels, not of its outline.
        if (shape && canvas()->isEditable(key) && shape->kind != ShapeKind::Mask)
            m_before.append(*shape);
    }
    m_after = m_before;
}

void SelectTool::mouseMoved(const ToolMouseEvent &event)
{
    switch (m_drag) {
    case Drag::None: {
        const std::optional<Grip> grip = gripAt(event.pos);
        const bool vertex = grip && grip->handle.kind == ShapeHandle::Kind::Vertex;
        m_hover = vertex ? grip : std::nullopt;
        setCursor(grip ? Qt::CrossCursor : edgeAt(event.pos) ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    case Drag::Handle:
        m_after = {ShapeHandles::dragged(m_after.first(), m_grip->handle, event.pos, canvas()->imageSize())};
        canvas()->setPreviewShapes(m_after);
        return;
    case Drag::Move: {
        if (m_before.isEmpty() || QLineF(m_pressPos, event.pos).length() < imageDistance(DragDistance))
            return;
        // Keep every moved shape inside the image.
        QRectF extent;
        for (const Shape &shape : std::as_const(m_before))
            extent = extent.united(shape.boundingRect());
        const QSize size = canvas()->imageSize();
        QPointF delta = event.pos - m_pressPos;
        delta.setX(std::clamp(delta.x(), -extent.left(), std::max(-extent.left(), size.width() - extent.right())));
        delta.setY(std::clamp(delta.y(), -extent.top(), std::max(-extent.top(), size.height() - extent.bottom())));
        m_after.clear();
        for (const Shape &shape : std::as_const(m_before))
            m_after.append(translated(shape, delta));
        canvas()->setPreviewShapes(m_after);
        return;
    }
    case Drag::RubberBand:
        m_rubberBand = QRectF(m_pressPos, event.pos).normalized();
        canvas()->updateOverlay();
        return;
    }
}

void SelectTool::mouseReleased(const ToolMouseEvent &event)
{
    if (event.button != Qt::LeftButton)
        return;
    switch (m_drag) {
    case Drag::None:
        return;
    case Drag::Handle:
        commitDrag(tr("Edit shape"));
        return;
    case Drag::Move:
        commitDrag(tr("Move shapes"));
        return;
    case Drag::RubberBand: {
        QList<std::int64_t> selection = m_additive ? canvas()->selectedKeys() : QList<std::int64_t>();
        for (const std::int64_t key : canvas()->editableShapesIn(m_rubberBand)) {
            if (!selection.contains(key))
                selection.append(key);
        }
        m_drag = Drag::None;
        canvas()->setSelectedKeys(selection);
        canvas()->updateOverlay();
        return;
    }
    }
}

void SelectTool::mouseDoubleClicked(const ToolMouseEvent &event)
{
    // A double click on an edge inserts a vertex, as a click does; elsewhere it selects.
    mousePressed(ToolMouseEvent{event.pos, Qt::LeftButton, event.buttons, event.modifiers});
    mouseReleased(ToolMouseEvent{event.pos, Qt::LeftButton, event.buttons, event.modifiers});
}

void SelectTool::commitDrag(const QString &text)
{
    const QList<Shape> before = m_before;
    const QList<Shape> after = m_after;
    reset();
    if (!before.isEmpty() && before != after)
        canvas()->pushCommand(new ChangeShapesCommand(canvas()->document(), before, after, text));
}

void SelectTool::removeVertex(const Grip &grip)
{
    const Shape &shape = *canvas()->shape(grip.key);
    if (shape.points.size() <= minimumVertices(shape.kind))
        return;
    Shape after = shape;
    after.points.remove(grip.handle.index);
    m_hover.reset();
    canvas()->pushCommand(new ChangeShapesCommand(canvas()->document(), {shape}, {after}, tr("Remove vertex")));
}

bool SelectTool::keyPressed(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_drag != Drag::None)
            return true;
        if (m_hover && canvas()->shape(m_hover->key)) {
            removeVertex(*m_hover);
            return true;
        }
        if (canvas()->selectedKeys().isEmpty())
            return false;
        canvas()->pushCommand(new RemoveShapesCommand(canvas()->document(), canvas()->selectedKeys()));
        return true;
    case Qt::Key_Escape:
        if (m_drag != Drag::None)
            reset();
        else
            canvas()->setSelectedKeys({});
        return true;
    default:
        return false;
    }
}

void SelectTool::paintOverlay(QPainter &painter)
{
    if (m_drag != Drag::RubberBand)
        return;
    QPen pen(QColor(255, 255, 255, 220), 1, Qt::DashLine);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(QColor(255, 255, 255, 40));
    painter.drawRect(m_rubberBand);
}

} // namespace atelier

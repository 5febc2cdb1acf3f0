// SelectTool: selects shapes and edits them. A click selects (Ctrl adds or removes), a drag on
// empty canvas selects by rubber band, a drag on a shape moves the selection, a drag on a handle
// resizes a box, turns a rotated box or moves a vertex; a click on a selected polygon's edge
// inserts a vertex there, Shift+click or Delete on a hovered vertex removes it; Delete removes
// the selected shapes. One drag is one undo command, pushed on release.
#pragma once

#include "ui/annotate/canvas/abstract_tool.h"
#include "ui/annotate/canvas/shape_handles.h"

#include <QList>
#include <QRectF>

#include <optional>

namespace atelier {

class SelectTool : public AbstractTool
{
    Q_OBJECT

public:
    explicit SelectTool(AnnotationCanvas *canvas);

    ToolId id() const override { return ToolId::Select; }
    void activate() override;
    void deactivate() override;
    void mousePressed(const ToolMouseEvent &event) override;
    void mouseMoved(const ToolMouseEvent &event) override;
    void mouseReleased(const ToolMouseEvent &event) override;
    void mouseDoubleClicked(const ToolMouseEvent &event) override;
    bool keyPressed(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter) override;
    bool isBusy() const override { return m_drag != Drag::None; }

private:
    enum class Drag { None, Move, Handle, RubberBand };
    struct Grip
    {
        std::int64_t key;
        ShapeHandle handle;
    };
    struct EdgeHit
    {
        std::int64_t key;
        int insertAt;
        QPointF pos;
    };

    std::optional<Grip> gripAt(QPointF pos) const;
    std::optional<EdgeHit> edgeAt(QPointF pos) const;
    void beginMove();
    void removeVertex(const Grip &grip);
    void commitDrag(const QString &text);
    void reset();

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    bool m_additive = false;
    QList<Shape> m_before;
    QList<Shape> m_after;
    std::optional<Grip> m_grip;
    std::optional<Grip> m_hover; // the vertex under the pointer, for Delete
    QRectF m_rubberBand;
};

} // namespace atelier

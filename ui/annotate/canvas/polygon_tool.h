// PolygonTool: draws a polygon point by point. A click adds a point; clicking the first point or
// Enter closes it (3 points at least), Backspace takes the last point back, Esc cancels.
#pragma once

#include "ui/annotate/canvas/abstract_tool.h"

#include <QPolygonF>

namespace atelier {

class PolygonTool : public AbstractTool
{
    Q_OBJECT

public:
    explicit PolygonTool(AnnotationCanvas *canvas);

    ToolId id() const override { return ToolId::Polygon; }
    void activate() override;
    void deactivate() override;
    void mousePressed(const ToolMouseEvent &event) override;
    void mouseMoved(const ToolMouseEvent &event) override;
    void mouseDoubleClicked(const ToolMouseEvent &event) override;
    bool keyPressed(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter) override;
    bool isBusy() const override { return !m_points.isEmpty(); }
    const QPolygonF &points() const { return m_points; }

protected:
    virtual ShapeKind shapeKind() const { return ShapeKind::Polygon; }
    virtual int minimumPoints() const { return 3; }
    // Whether a click on the first point closes the shape.
    virtual bool closesOnFirstPoint() const { return true; }
    bool nearFirstPoint(QPointF pos) const;
    void finish();
    void cancel();

private:
    QPolygonF m_points;
    QPointF m_hover;
};

} // namespace atelier

// LineageEdgeItem: one edge of the lineage graph on the scene: its spline, arrowhead and relation.
#pragma once

#include "core/models/lineage_graph.h"
#include "ui/models/lineage_layout.h"

#include <QGraphicsItem>

namespace atelier {

class LineageNodeStyle;

class LineageEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 42 };

    // `style` outlives the item (the scene owns both).
    LineageEdgeItem(const LineageEdge &edge, const LineagePlacement::Route &route, const LineageNodeStyle *style);

    const LineageEdge &edge() const { return m_edge; }
    const LineagePlacement::Route &route() const { return m_route; }
    void setStyle(const LineageNodeStyle *style);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF captionRect() const;
    QPolygonF arrowhead() const;

    LineageEdge m_edge;
    LineagePlacement::Route m_route;
    const LineageNodeStyle *m_style;
    QRectF m_bounds;
};

} // namespace atelier

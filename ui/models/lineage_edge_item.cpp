// LineageEdgeItem: draws the route Graphviz computed as it is; only the arrowhead's width is ours.
#include "ui/models/lineage_edge_item.h"

#include "ui/models/lineage_node_style.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>

#include <algorithm>

namespace atelier {

namespace {

constexpr double ArrowHalfWidth = 4;
constexpr double PenWidth = 1.3;

} // namespace

LineageEdgeItem::LineageEdgeItem(const LineageEdge &edge, const LineagePlacement::Route &route,
                                 const LineageNodeStyle *style)
    : m_edge(edge)
    , m_route(route)
    , m_style(style)
{
    setStyle(style);
}

void LineageEdgeItem::setStyle(const LineageNodeStyle *style)
{
    prepareGeometryChange();
    m_style = style;
    m_bounds = m_route.path.boundingRect()
                   .united(arrowhead().boundingRect())
                   .united(captionRect())
                   .adjusted(-PenWidth, -PenWidth, PenWidth, PenWidth);
    update();
}

QRectF LineageEdgeItem::captionRect() const
{
    if (m_edge.relation.isEmpty())
        return {};
    const QFontMetricsF metrics(m_style->edgeFont());
    const QSizeF size(metrics.horizontalAdvance(m_edge.relation) + 4, metrics.height());
    return {m_route.captionCenter - QPointF(size.width() / 2, size.height() / 2), size};
}

QPolygonF LineageEdgeItem::arrowhead() const
{
    const QLineF shaft(m_route.arrowBase, m_route.arrowTip);
    if (shaft.length() <= 0)
        return {};
    QLineF across = shaft.normalVector().unitVector();
    const QPointF offset = (across.p2() - across.p1()) * ArrowHalfWidth;
    return QPolygonF{m_route.arrowTip, m_route.arrowBase + offset, m_route.arrowBase - offset};
}

QRectF LineageEdgeItem::boundingRect() const
{
    return m_bounds;
}

void LineageEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor color = m_style->edgeColor();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, PenWidth));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_route.path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(arrowhead());
    if (const QRectF caption = captionRect(); !caption.isEmpty()) {
        // The caption sits on a patch of background, so an edge passing behind it stays readable.
        painter->fillRect(caption, m_style->backgroundColor());
        painter->setFont(m_style->edgeFont());
        QColor text = color;
        text.setAlphaF(std::min(1.0, color.alphaF() * 1.6));
        painter->setPen(text);
        painter->drawText(caption, Qt::AlignCenter, m_edge.relation);
    }
    painter->restore();
}

} // namespace atelier

// LineageNodeItem: one node of the lineage graph on the scene: a box that can be selected.
#pragma once

#include "core/models/lineage_graph.h"

#include <QGraphicsItem>

namespace atelier {

class LineageNodeStyle;

class LineageNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 41 };

    // Centred on the item's position; `style` outlives the item (the scene owns both).
    LineageNodeItem(const LineageNode &node, QSizeF size, const LineageNodeStyle *style, bool root);

    const LineageNode &node() const { return m_node; }
    QString key() const { return m_node.key(); }
    bool isRoot() const { return m_root; }
    void setStyle(const LineageNodeStyle *style);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF box() const;

    LineageNode m_node;
    QSizeF m_size;
    const LineageNodeStyle *m_style;
    bool m_root;
};

} // namespace atelier

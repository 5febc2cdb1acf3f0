// LineageScene: a laid-out lineage graph as scene items, one a node and one an edge.
#pragma once

#include "core/models/lineage_graph.h"
#include "ui/models/lineage_layout.h"
#include "ui/models/lineage_node_style.h"

#include <QGraphicsScene>
#include <QHash>

#include <memory>

namespace atelier {

class LineageEdgeItem;
class LineageNodeItem;

class LineageScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit LineageScene(const LineageNodeStyle &style, QObject *parent = nullptr);
    ~LineageScene() override;

    // Replaces what is shown; `sizes` are the boxes' sizes the placement was computed for.
    void showGraph(const LineageGraph &graph, const LineagePlacement &placement, const QHash<QString, QSizeF> &sizes);
    // Repaints everything in another style (the theme changed); the sizes stay.
    void setStyle(const LineageNodeStyle &style);
    const LineageNodeStyle &style() const { return *m_style; }

    // In the graph's order.
    const QList<LineageNodeItem *> &nodeItems() const { return m_nodes; }
    const QList<LineageEdgeItem *> &edgeItems() const { return m_edges; }
    LineageNodeItem *nodeItem(const QString &key) const { return m_byKey.value(key); }
    // Empty when no node is selected.
    QString selectedKey() const;
    void selectNode(const QString &key);
    // The graph with a margin around it: what a fit or an export frames.
    QRectF contentRect() const;

private:
    std::unique_ptr<LineageNodeStyle> m_style;
    QList<LineageNodeItem *> m_nodes;
    QList<LineageEdgeItem *> m_edges;
    QHash<QString, LineageNodeItem *> m_byKey;
};

} // namespace atelier

// LineageScene: positions come from the placement as they are; the scene only builds and keeps items.
#include "ui/models/lineage_scene.h"

#include "ui/models/lineage_edge_item.h"
#include "ui/models/lineage_node_item.h"

namespace atelier {

namespace {

constexpr double Margin = 24;

} // namespace

LineageScene::LineageScene(const LineageNodeStyle &style, QObject *parent)
    : QGraphicsScene(parent)
    , m_style(std::make_unique<LineageNodeStyle>(style))
{
    setBackgroundBrush(m_style->backgroundColor());
}

LineageScene::~LineageScene()
{
    // The items refer to the style: they go first.
    clear();
}

void LineageScene::showGraph(const LineageGraph &graph, const LineagePlacement &placement,
                             const QHash<QString, QSizeF> &sizes)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_byKey.clear();
    for (const LineageNode &node : graph.nodes()) {
        auto *item = new LineageNodeItem(node, sizes.value(node.key()), m_style.get(), node.key() == graph.rootKey());
        item->setPos(placement.centers.value(node.key()));
        addItem(item);
        m_nodes.append(item);
        m_byKey.insert(node.key(), item);
    }
    for (qsizetype i = 0; i < graph.edges().size() && i < placement.routes.size(); ++i) {
        auto *item = new LineageEdgeItem(graph.edges().at(i), placement.routes.at(i), m_style.get());
        addItem(item);
        m_edges.append(item);
    }
    setSceneRect(contentRect());
}

void LineageScene::setStyle(const LineageNodeStyle &style)
{
    auto next = std::make_unique<LineageNodeStyle>(style);
    for (LineageNodeItem *item : std::as_const(m_nodes))
        item->setStyle(next.get());
    for (LineageEdgeItem *item : std::as_const(m_edges))
        item->setStyle(next.get());
    m_style = std::move(next);
    setBackgroundBrush(m_style->backgroundColor());
}

QString LineageScene::selectedKey() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == LineageNodeItem::Type)
            return static_cast<LineageNodeItem *>(item)->key();
    }
    return {};
}

void LineageScene::selectNode(const QString &key)
{
    clearSelection();
    if (LineageNodeItem *item = m_byKey.value(key))
        item->setSelected(true);
}

QRectF LineageScene::contentRect() const
{
    return itemsBoundingRect().adjusted(-Margin, -Margin, Margin, Margin);
}

} // namespace atelier

// LineageLayout: the only file that sees Graphviz. The context and the graph are owned by
// unique_ptrs with Graphviz's own free functions, so every early return releases them.
#include "ui/models/lineage_layout.h"

#include <graphviz/gvc.h>

#include <QLineF>

#include <memory>
#include <mutex>

namespace atelier {

namespace {

// Graphviz keeps global state (its error level, its plugin and text caches): one layout at a time.
std::mutex graphvizMutex;

struct ContextFree
{
    void operator()(GVC_t *gvc) const { gvFreeContext(gvc); }
};
using Context = std::unique_ptr<GVC_t, ContextFree>;

struct GraphClose
{
    void operator()(Agraph_t *graph) const { agclose(graph); }
};
using Graph = std::unique_ptr<Agraph_t, GraphClose>;

// Frees the positions and splines that gvLayout attached to the graph, before the graph closes.
class LaidOut
{
public:
    LaidOut(GVC_t *gvc, Agraph_t *graph) : m_gvc(gvc), m_graph(graph) {}
    ~LaidOut() { gvFreeLayout(m_gvc, m_graph); }
    LaidOut(const LaidOut &) = delete;
    LaidOut &operator=(const LaidOut &) = delete;

private:
    GVC_t *m_gvc;
    Agraph_t *m_graph;
};

// Graphviz's API predates const; it copies every name and value it is given into its own
// string pool and never writes through these pointers.
char *text(const char *value)
{
    return const_cast<char *>(value);
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, text(name), text(value.constData()), text(""));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 4);
}

Graph makeGraph(const LineageLayoutInput &input, QList<Agedge_t *> &edges)
{
    Graph graph(agopen(text("lineage"), Agdirected, nullptr));
    if (!graph)
        return graph;
    Agraph_t *g = graph.get();
    set(g, "rankdir", "LR");
    set(g, "nodesep", "0.25");
    set(g, "ranksep", "0.35");
    set(g, "splines", "spline");
    set(g, "pad", "0.1");
    QHash<QString, Agnode_t *> nodes;
    for (const LineageLayoutInput::Node &node : input.nodes) {
        Agnode_t *n = agnode(g, text(node.key.toUtf8().constData()), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "label", "");
        set(n, "width", inches(node.size.width()));
        set(n, "height", inches(node.size.height()));
        nodes.insert(node.key, n);
    }
    // A font sized in pixels has no point size (-1): Graphviz then measures at its usual 8 points.
    const QByteArray fontSize = QByteArray::number(input.captionPointSize > 0 ? input.captionPointSize : 8.0, 'f', 1);
    for (const LineageLayoutInput::Edge &edge : input.edges) {
        Agnode_t *from = nodes.value(edge.from);
        Agnode_t *to = nodes.value(edge.to);
        // An edge to a node that is not laid out is left without a route.
        Agedge_t *e = from && to ? agedge(g, from, to, nullptr, 1) : nullptr;
        if (e) {
            set(e, "label", edge.caption.toUtf8());
            set(e, "fontsize", fontSize);
        }
        edges.append(e);
    }
    return graph;
}

LineagePlacement::Route routeOf(Agedge_t *edge, double top)
{
    const auto point = [top](pointf p) { return QPointF(p.x, top - p.y); };
    LineagePlacement::Route route;
    const splines *spl = ED_spl(edge);
    if (!spl)
        return route;
    for (int i = 0; i < spl->size; ++i) {
        const bezier &bz = spl->list[i];
        if (bz.size == 0)
            continue;
        route.path.moveTo(point(bz.list[0]));
        for (int j = 1; j + 2 < bz.size; j += 3)
            route.path.cubicTo(point(bz.list[j]), point(bz.list[j + 1]), point(bz.list[j + 2]));
        if (bz.eflag) {
            route.arrowBase = point(bz.list[bz.size - 1]);
            route.arrowTip = point(bz.ep);
        }
    }
    if (route.arrowTip.isNull() && !route.path.isEmpty()) {
        // No arrowhead of Graphviz's: the last stretch of the spline carries ours.
        route.arrowTip = route.path.currentPosition();
        route.arrowBase = route.path.pointAtPercent(0.95);
    }
    if (const textlabel_t *label = ED_label(edge))
        route.captionCenter = point(label->pos);
    else
        route.captionCenter = route.path.pointAtPercent(0.5);
    return route;
}

} // namespace

Result<LineagePlacement> LineageLayout::compute(const LineageLayoutInput &input)
{
    const std::lock_guard lock(graphvizMutex);
    agseterr(AGERR); // warnings (a font not found) would only clutter the log
    Context gvc(gvContext());
    if (!gvc)
        return fail(tr("The graph layout library (Graphviz) could not start."));
    QList<Agedge_t *> edges;
    Graph graph = makeGraph(input, edges);
    if (!graph)
        return fail(tr("The lineage graph could not be handed to Graphviz."));
    if (gvLayout(gvc.get(), graph.get(), "dot") != 0)
        return fail(tr("Graphviz could not lay out the lineage graph."),
                    tr("gvLayout(dot) failed: is the dot layout plugin of Graphviz installed "
                       "(libgvc6, its config6a)?"));
    const LaidOut laidOut(gvc.get(), graph.get());

    const boxf bb = GD_bb(graph.get());
    const double top = bb.UR.y;
    LineagePlacement placement;
    placement.bounds = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, bb.UR.y - bb.LL.y));
    for (const LineageLayoutInput::Node &node : input.nodes) {
        Agnode_t *n = agnode(graph.get(), text(node.key.toUtf8().constData()), 0);
        placement.centers.insert(node.key, QPointF(ND_coord(n).x, top - ND_coord(n).y));
    }
    for (Agedge_t *edge : edges)
        placement.routes.append(edge ? routeOf(edge, top) : LineagePlacement::Route{});
    return placement;
}

} // namespace atelier

// LineageLayout: places a lineage graph's boxes and routes its edges in layers, by Graphviz's dot.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace atelier {

// What is laid out: boxes of a given size (scene units, which Graphviz takes as points) and the
// edges between them, each with a caption that gets room of its own beside its edge.
struct LineageLayoutInput
{
    struct Node
    {
        QString key;
        QSizeF size;
    };
    struct Edge
    {
        QString from;
        QString to;
        QString caption;
    };
    QList<Node> nodes;
    QList<Edge> edges;
    double captionPointSize = 8; // what Graphviz measures the captions with
};

// Where everything went, with y growing downwards as in a QGraphicsScene; bounds holds it all.
struct LineagePlacement
{
    struct Route
    {
        QPainterPath path;  // the spline, ending where the arrowhead begins
        QPointF arrowBase;  // the arrowhead runs from here ...
        QPointF arrowTip;   // ... to the box it points at
        QPointF captionCenter;
    };
    QRectF bounds;
    QHash<QString, QPointF> centers; // by node key
    QList<Route> routes;             // in the order of the input's edges
};

class LineageLayout
{
    Q_DECLARE_TR_FUNCTIONS(LineageLayout)

public:
    // Layers from left to right (rankdir LR), the first stage of a pipeline leftmost. Safe on any
    // thread: calls into Graphviz, which keeps global state, take turns.
    [[nodiscard]] static Result<LineagePlacement> compute(const LineageLayoutInput &input);
};

} // namespace atelier

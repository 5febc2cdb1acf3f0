// LineageCanvas: zoom stays between MinZoom and MaxZoom; a press on a box selects it, on the
// background starts a pan (QGraphicsView's hand drag only takes presses no item accepted).
#include "ui/models/lineage_canvas.h"

#include "ui/models/lineage_node_item.h"
#include "ui/models/lineage_scene.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace atelier {

namespace {

constexpr double MinZoom = 0.1;
constexpr double MaxZoom = 4.0;
constexpr double MaxFitZoom = 1.25;
constexpr double StepFactor = 1.25;

} // namespace

LineageCanvas::LineageCanvas(LineageScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("lineageCanvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    // Panning is by dragging; without scroll bars the viewport keeps its size, so a fit is stable.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
}

double LineageCanvas::zoom() const
{
    return transform().m11();
}

void LineageCanvas::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    m_fitting = false;
    if (std::abs(next - zoom()) < 1e-9)
        return;
    scale(next / zoom(), next / zoom());
    Q_EMIT zoomChanged(zoom());
}

void LineageCanvas::zoomIn()
{
    zoomBy(StepFactor);
}

void LineageCanvas::zoomOut()
{
    zoomBy(1 / StepFactor);
}

void LineageCanvas::fitAll()
{
    const QRectF content = m_scene->contentRect();
    if (content.isEmpty())
        return;
    const QRectF room = viewport()->rect();
    const double fit = std::min(room.width() / content.width(), room.height() / content.height());
    const double next = std::clamp(fit, MinZoom, MaxFitZoom);
    setTransform(QTransform::fromScale(next, next));
    centerOn(content.center());
    m_fitting = true;
    Q_EMIT zoomChanged(zoom());
}

void LineageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_fitting = false; // a pan
    QGraphicsView::mouseMoveEvent(event);
}

void LineageCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        fitAll();
}

void LineageCanvas::wheelEvent(QWheelEvent *event)
{
    // One notch (120) zooms by about 20 %; touchpads send smaller steps, zooming smoothly.
    zoomBy(std::pow(1.2, event->angleDelta().y() / 120.0));
    event->accept();
}

QString LineageCanvas::nodeAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        if (item->type() == LineageNodeItem::Type)
            return static_cast<LineageNodeItem *>(item)->key();
    }
    return {};
}

void LineageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString key = event->button() == Qt::LeftButton ? nodeAt(event->position().toPoint()) : QString();
    if (key.isEmpty()) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    m_scene->selectNode(key);
    event->accept();
    Q_EMIT nodeDoubleClicked(key);
}

void LineageCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    const QString key = nodeAt(event->pos());
    if (!key.isEmpty())
        m_scene->selectNode(key);
    event->accept();
    Q_EMIT menuRequested(event->globalPos(), key);
}

} // namespace atelier

// VersionDiffCanvas: the image from ImageLayer's tiles, the two sides' shapes drawn live on top.
#include "ui/datasets/version_diff_canvas.h"

#include "core/imaging/pyramid_image.h"
#include "ui/annotate/canvas/canvas_geometry.h"
#include "ui/annotate/canvas/image_layer.h"
#include "ui/annotate/canvas/shape_painter.h"

#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace atelier {

namespace {

const QColor CanvasBackground(0x2b, 0x2b, 0x2b);
constexpr double ZoomStep = 1.25;
constexpr double UnchangedOpacity = 0.35;
constexpr double DiffOutlineWidth = 2; // device pixels
constexpr double AreaFillAlpha = 0.16;
constexpr double MaskAlpha = 0.45;

} // namespace

VersionDiffCanvas::VersionDiffCanvas(QWidget *parent)
    : QGraphicsView(parent)
    , m_shapePainter(std::make_unique<ShapePainter>())
    , m_imageLayer(new ImageLayer(this))
{
    setScene(new QGraphicsScene(this));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::NoAnchor);
    setOptimizationFlags(QGraphicsView::DontAdjustForAntialiasing | QGraphicsView::DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(CanvasBackground);
    viewport()->setCursor(Qt::OpenHandCursor);
    m_shapePainter->setFillOpacity(0.2);
    connect(m_imageLayer, &ImageLayer::tileLoaded, viewport(), qOverload<>(&QWidget::update));
}

VersionDiffCanvas::~VersionDiffCanvas() = default;

QColor VersionDiffCanvas::colorOf(ShapeDifference::Kind kind)
{
    switch (kind) {
    case ShapeDifference::Kind::Removed:
        return QColor(0xe5, 0x48, 0x4d);
    case ShapeDifference::Kind::Added:
        return QColor(0x3d, 0xd6, 0x8c);
    case ShapeDifference::Kind::Changed:
        return QColor(0xff, 0x8b, 0x3e);
    case ShapeDifference::Kind::Unchanged:
        break;
    }
    return QColor(0xb4, 0xb4, 0xb4);
}

QColor VersionDiffCanvas::oldColor()
{
    return QColor(0xc8, 0xb4, 0x9c); // a greyed orange: the same shape, before
}

// ---- Content --------------------------------------------------------------------------------

void VersionDiffCanvas::setDiff(const ImageShapeDiff &diff)
{
    m_diff = diff;
    m_shapes.clear();
    m_maskImages.clear();
    for (const ShapeDifference &shape : std::as_const(m_diff.shapes)) {
        if (shape.from)
            m_shapes.insert(shape.from->key, &*shape.from);
        if (shape.to)
            m_shapes.insert(shape.to->key, &*shape.to);
    }
    QHash<std::int64_t, QColor> colors;
    for (const DiffLabel &label : std::as_const(m_diff.labels)) {
        if (QColor color = QColor::fromString(label.color); color.isValid())
            colors.insert(label.id, color);
    }
    m_shapePainter->setLabelColors(colors);
    resetScene();
    viewport()->update();
}

void VersionDiffCanvas::setImage(std::shared_ptr<const PyramidImage> image)
{
    m_imageLayer->setImage(std::move(image));
    resetScene();
    viewport()->update();
}

void VersionDiffCanvas::clear()
{
    setImage(nullptr);
    setDiff(ImageShapeDiff());
}

void VersionDiffCanvas::setKindVisible(ShapeDifference::Kind kind, bool visible)
{
    if (visible == isKindVisible(kind))
        return;
    if (visible)
        m_hiddenKinds.remove(int(kind));
    else
        m_hiddenKinds.insert(int(kind));
    viewport()->update();
}

QList<VersionDiffCanvas::DrawnShape> VersionDiffCanvas::drawnShapes() const
{
    using Kind = ShapeDifference::Kind;
    QList<DrawnShape> drawn;
    for (const ShapeDifference &shape : m_diff.shapes) {
        if (!isKindVisible(shape.kind))
            continue;
        switch (shape.kind) {
        case Kind::Unchanged:
            drawn.append({shape.kind, false, shape.to->key, m_shapePainter->labelColor(shape.to->labelClassId),
                          Qt::SolidLine});
            break;
        case Kind::Removed:
            drawn.append({shape.kind, true, shape.from->key, colorOf(Kind::Removed), Qt::DashLine});
            break;
        case Kind::Changed:
            drawn.append({shape.kind, true, shape.from->key, oldColor(), Qt::DashLine});
            drawn.append({shape.kind, false, shape.to->key, colorOf(Kind::Changed), Qt::SolidLine});
            break;
        case Kind::Added:
            drawn.append({shape.kind, false, shape.to->key, colorOf(Kind::Added), Qt::SolidLine});
            break;
        }
    }
    return drawn;
}

const atelier::Shape *VersionDiffCanvas::shapeOf(const DrawnShape &drawn) const
{
    return m_shapes.value(drawn.key, nullptr);
}

QSize VersionDiffCanvas::imageSize() const
{
    if (m_imageLayer->image())
        return m_imageLayer->image()->size();
    return m_diff.size;
}

// A new image of another size is laid out afresh; one of the same size keeps the zoom and the
// part in view, so that stepping through images compares the same place.
void VersionDiffCanvas::resetScene()
{
    const QSize size = imageSize();
    if (size == m_shownSize)
        return;
    const QPointF centre = mapToImage(QRectF(viewport()->rect()).center());
    m_shownSize = size;
    const double margin = 10.0 * std::max({size.width(), size.height(), 1});
    scene()->setSceneRect(QRectF(-margin, -margin, size.width() + 2 * margin, size.height() + 2 * margin));
    if (m_fitMode) {
        fitToWindow();
        return;
    }
    const QPointF moved = viewportTransform().map(centre) - QRectF(viewport()->rect()).center();
    scrollBy(QPoint(int(std::lround(moved.x())), int(std::lround(moved.y()))));
}

// ---- Zoom and pan ---------------------------------------------------------------------------

QPointF VersionDiffCanvas::mapToImage(QPointF viewportPos) const
{
    return viewportTransform().inverted().map(viewportPos);
}

void VersionDiffCanvas::scrollBy(QPoint delta)
{
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + delta.y());
}

void VersionDiffCanvas::setZoom(double zoom, QPointF viewportAnchor)
{
    zoom = std::clamp(zoom, MinimumZoom, MaximumZoom);
    const QPointF anchor = mapToImage(viewportAnchor);
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    // Whole device pixels, so that the image's cached tiles land on whole pixels.
    const QPointF moved = viewportTransform().map(anchor) - viewportAnchor;
    scrollBy(QPoint(int(std::lround(moved.x())), int(std::lround(moved.y()))));
    viewport()->update();
    Q_EMIT zoomChanged(zoom);
}

void VersionDiffCanvas::fitToWindow()
{
    m_fitMode = true;
    const QSize size = imageSize();
    const QSize view = viewport()->size();
    if (size.isEmpty() || view.isEmpty())
        return;
    const double zoom = std::min(double(view.width()) / size.width(), double(view.height()) / size.height());
    setZoom(zoom, QPointF(0, 0));
    horizontalScrollBar()->setValue(int(std::lround(zoom * size.width() / 2 - view.width() / 2.0)));
    verticalScrollBar()->setValue(int(std::lround(zoom * size.height() / 2 - view.height() / 2.0)));
}

void VersionDiffCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitMode)
        fitToWindow();
}

void VersionDiffCanvas::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0)
        return;
    m_fitMode = false;
    setZoom(m_zoom * std::pow(ZoomStep, steps / 120.0), event->position());
    event->accept();
}

void VersionDiffCanvas::mousePressEvent(QMouseEvent *event)
{
    // Nothing here is editable: any button drags the view.
    m_panning = true;
    m_fitMode = false;
    m_panLast = event->position().toPoint();
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void VersionDiffCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        scrollBy(m_panLast - pos);
        m_panLast = pos;
    }
    event->accept();
}

void VersionDiffCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!event->buttons()) {
        m_panning = false;
        viewport()->setCursor(Qt::OpenHandCursor);
    }
    event->accept();
}

void VersionDiffCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    fitToWindow();
    event->accept();
}

void VersionDiffCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_fitMode = false;
        setZoom(m_zoom * ZoomStep, QRectF(viewport()->rect()).center());
        break;
    case Qt::Key_Minus:
        m_fitMode = false;
        setZoom(m_zoom / ZoomStep, QRectF(viewport()->rect()).center());
        break;
    case Qt::Key_0:
        fitToWindow();
        break;
    default:
        // Up, Down, Page Up and Page Down step through the images: they belong to the view.
        event->ignore();
        return;
    }
    event->accept();
}

// ---- Painting -------------------------------------------------------------------------------

void VersionDiffCanvas::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QTransform toDevice = painter->worldTransform();
    const QRect deviceRect = toDevice.mapRect(rect).toAlignedRect();
    const QPoint offset(int(std::lround(toDevice.dx())), int(std::lround(toDevice.dy())));
    painter->save();
    painter->resetTransform();
    m_imageLayer->paintCached(*painter, deviceRect, m_zoom, offset, viewport()->devicePixelRatioF(), CanvasBackground);
    painter->restore();
}

void VersionDiffCanvas::paintOutline(QPainter &painter, const atelier::Shape &shape, const DrawnShape &style)
{
    QPen pen(style.color, DiffOutlineWidth, style.penStyle);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    QColor fill = style.color;
    fill.setAlphaF(float(style.oldSide ? AreaFillAlpha / 2 : AreaFillAlpha));
    painter.setPen(pen);
    painter.setBrush(fill);
    switch (shape.kind) {
    case ShapeKind::Box:
    case ShapeKind::RotatedBox:
        painter.drawPolygon(CanvasGeometry::boxCorners(shape));
        break;
    case ShapeKind::Polygon:
        painter.drawPolygon(shape.points);
        break;
    case ShapeKind::Polyline:
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(shape.points);
        break;
    case ShapeKind::Point: {
        if (shape.points.isEmpty())
            break;
        const double radius = (ShapePainter::PointRadius + 1) / m_zoom;
        painter.drawEllipse(shape.points.first(), radius, radius);
        break;
    }
    case ShapeKind::Mask: {
        auto it = m_maskImages.constFind(shape.key);
        if (it == m_maskImages.constEnd()) {
            QColor tint = style.color;
            tint.setAlphaF(float(style.oldSide ? MaskAlpha / 2 : MaskAlpha));
            const MaskRle::BoundingBox box = shape.mask.boundingBox();
            const QRect rect(int(box.x), int(box.y), int(box.width), int(box.height));
            it = m_maskImages.insert(shape.key, CanvasGeometry::maskToImage(shape.mask, rect, qPremultiply(tint.rgba())));
        }
        const MaskRle::BoundingBox box = shape.mask.boundingBox();
        if (!it->isNull())
            painter.drawImage(QRectF(box.x, box.y, box.width, box.height), *it);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(box.x, box.y, box.width, box.height));
        break;
    }
    }
}

void VersionDiffCanvas::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    painter->setRenderHint(QPainter::Antialiasing);
    for (const DrawnShape &drawn : drawnShapes()) {
        const atelier::Shape *shape = shapeOf(drawn);
        if (!shape)
            continue;
        if (drawn.kind == ShapeDifference::Kind::Unchanged) {
            painter->save();
            painter->setOpacity(UnchangedOpacity);
            m_shapePainter->paint(*painter, *shape, m_zoom);
            painter->restore();
        } else {
            paintOutline(*painter, *shape, drawn);
        }
    }
}

} // namespace atelier

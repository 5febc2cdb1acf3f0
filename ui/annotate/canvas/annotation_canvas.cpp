// AnnotationCanvas: the view on which labelers draw and edit an image's shapes.
#include "ui/annotate/canvas/annotation_canvas.h"

#include "core/annotation/annotation_commands.h"
#include "core/annotation/image_document.h"
#include "core/imaging/pyramid_image.h"
#include "ui/annotate/canvas/canvas_geometry.h"
#include "ui/annotate/canvas/image_layer.h"
#include "ui/annotate/canvas/mask_brush_tool.h"
#include "ui/annotate/canvas/point_tool.h"
#include "ui/annotate/canvas/polygon_tool.h"
#include "ui/annotate/canvas/polyline_tool.h"
#include "ui/annotate/canvas/rectangle_tool.h"
#include "ui/annotate/canvas/rotated_rectangle_tool.h"
#include "ui/annotate/canvas/select_tool.h"
#include "ui/annotate/canvas/shape_handles.h"
#include "ui/annotate/canvas/shape_layer.h"
#include "ui/annotate/canvas/shape_painter.h"

#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace atelier {

namespace {

const QColor CanvasBackground(0x2b, 0x2b, 0x2b);
constexpr double ZoomStep = 1.25;
constexpr double HandleSize = 7; // device pixels

} // namespace

AnnotationCanvas::AnnotationCanvas(QWidget *parent)
    : QGraphicsView(parent),
      m_shapePainter(std::make_unique<ShapePainter>()),
      m_shapeLayer(std::make_unique<ShapeLayer>(m_shapePainter.get())),
      m_imageLayer(new ImageLayer(this))
{
    setScene(new QGraphicsScene(this));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::NoAnchor);
    setOptimizationFlags(QGraphicsView::DontAdjustForAntialiasing | QGraphicsView::DontSavePainterState);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(CanvasBackground);

    connect(m_imageLayer, &ImageLayer::tileLoaded, this, &AnnotationCanvas::updateImageRect);

    const QList<AbstractTool *> tools{
        new SelectTool(this), new RectangleTool(this), new RotatedRectangleTool(this), new PolygonTool(this),
        new PolylineTool(this), new PointTool(this), new MaskBrushTool(this, MaskBrushTool::Mode::Paint),
        new MaskBrushTool(this, MaskBrushTool::Mode::Erase)};
    for (AbstractTool *tool : tools) {
        m_tools[tool->id()] = tool;
        connect(tool, &AbstractTool::cursorChanged, this, [this, tool] {
            if (tool == m_tool)
                updateCursor();
        });
        connect(tool, &AbstractTool::statusTextChanged, this, [this, tool](const QString &text) {
            if (tool == m_tool)
                Q_EMIT statusTextChanged(text);
        });
    }
    m_tool = m_tools[ToolId::Select];
    m_tool->activate();
    updateCursor();
}

AnnotationCanvas::~AnnotationCanvas() = default;

// ---- Document, image and style --------------------------------------------------------------

void AnnotationCanvas::setDocument(ImageDocument *document)
{
    if (document == m_document)
        return;
    m_tool->deactivate();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_preview.clear();
    m_toolOwned.clear();
    if (document) {
        connect(document, &ImageDocument::shapeInserted, this, &AnnotationCanvas::onShapeChanged);
        connect(document, &ImageDocument::shapeChanged, this, &AnnotationCanvas::onShapeChanged);
        connect(document, &ImageDocument::shapeRemoved, this, &AnnotationCanvas::onShapeRemoved);
        // A document destroyed under the canvas: the layers must not keep pointing into it.
        connect(document, &QObject::destroyed, this, [this] {
            m_shapeLayer->reset(nullptr);
            m_preview.clear();
            m_toolOwned.clear();
            if (!m_selection.isEmpty()) {
                m_selection.clear();
                m_shapeLayer->setExcluded({});
                Q_EMIT selectionChanged();
            }
            viewport()->update();
        });
    }
    m_shapeLayer->reset(document);
    const bool hadSelection = !m_selection.isEmpty();
    m_selection.clear();
    m_shapeLayer->setExcluded({});
    resetScene();
    m_tool->activate();
    if (hadSelection)
        Q_EMIT selectionChanged();
}

ImageDocument *AnnotationCanvas::document() const
{
    return m_document;
}

void AnnotationCanvas::setImage(std::shared_ptr<const PyramidImage> image)
{
    m_imageLayer->setImage(std::move(image));
    resetScene();
}

QSize AnnotationCanvas::imageSize() const
{
    if (m_document)
        return m_document->imageSize();
    return m_imageLayer->image() ? m_imageLayer->image()->size() : QSize();
}

void AnnotationCanvas::resetScene()
{
    // Wide margins around the image, so that any corner of it can be panned to the middle.
    const QSize size = imageSize();
    const double margin = 10.0 * std::max({size.width(), size.height(), 1});
    scene()->setSceneRect(QRectF(-margin, -margin, size.width() + 2 * margin, size.height() + 2 * margin));
    m_fitMode = true;
    fitToWindow();
}

void AnnotationCanvas::setLabelColors(const QHash<std::int64_t, QColor> &colors)
{
    m_shapePainter->setLabelColors(colors);
    m_shapeLayer->invalidateAll();
    viewport()->update();
}

QColor AnnotationCanvas::labelColor(std::int64_t labelClassId) const
{
    return m_shapePainter->labelColor(labelClassId);
}

void AnnotationCanvas::setFillOpacity(double opacity)
{
    m_shapePainter->setFillOpacity(opacity);
    m_shapeLayer->invalidateAll();
    viewport()->update();
}

double AnnotationCanvas::fillOpacity() const
{
    return m_shapePainter->fillOpacity();
}

void AnnotationCanvas::onShapeChanged(std::int64_t key)
{
    m_preview.remove(key);
    updateImageRect(m_shapeLayer->updateShape(key));
    updateOverlay();
}

void AnnotationCanvas::onShapeRemoved(std::int64_t key)
{
    m_preview.remove(key);
    updateImageRect(m_shapeLayer->removeShape(key));
    if (m_selection.removeAll(key) > 0) {
        refreshLiveKeys();
        Q_EMIT selectionChanged();
    }
    updateOverlay();
}

void AnnotationCanvas::updateImageRect(const QRectF &imageRect)
{
    if (imageRect.isNull())
        return;
    const double pad = ShapePainter::DevicePadding + 1;
    viewport()->update(viewportTransform().mapRect(imageRect).adjusted(-pad, -pad, pad, pad).toAlignedRect());
}

// ---- Selection and tools --------------------------------------------------------------------

void AnnotationCanvas::setSelectedKeys(const QList<std::int64_t> &keys)
{
    QList<std::int64_t> selection;
    for (const std::int64_t key : keys) {
        if (shape(key) && !selection.contains(key))
            selection.append(key);
    }
    if (selection == m_selection)
        return;
    m_selection = selection;
    refreshLiveKeys();
    updateOverlay();
    Q_EMIT selectionChanged();
}

void AnnotationCanvas::refreshLiveKeys()
{
    QSet<std::int64_t> live(m_selection.cbegin(), m_selection.cend());
    live.unite(m_toolOwned);
    updateImageRect(m_shapeLayer->setExcluded(live));
}

void AnnotationCanvas::setToolOwnedKeys(const QSet<std::int64_t> &keys)
{
    m_toolOwned = keys;
    refreshLiveKeys();
}

void AnnotationCanvas::setTool(ToolId id)
{
    AbstractTool *tool = toolFor(id);
    if (!tool || tool == m_tool)
        return;
    m_tool->deactivate();
    clearPreviewShapes();
    setToolOwnedKeys({});
    m_tool = tool;
    m_tool->activate();
    updateCursor();
    updateOverlay();
    Q_EMIT statusTextChanged(m_tool->statusText());
    Q_EMIT toolChanged(id);
}

AbstractTool *AnnotationCanvas::toolFor(ToolId id) const
{
    const auto it = m_tools.find(id);
    return it == m_tools.end() ? nullptr : it->second;
}

void AnnotationCanvas::setBrushSize(int pixels)
{
    pixels = std::clamp(pixels, 1, 1000);
    if (pixels == m_brushSize)
        return;
    m_brushSize = pixels;
    updateOverlay();
    Q_EMIT brushSizeChanged(pixels);
}

const atelier::Shape *AnnotationCanvas::shape(std::int64_t key) const
{
    return m_document ? m_shapeLayer->shape(key) : nullptr;
}

bool AnnotationCanvas::isEditable(std::int64_t key) const
{
    const atelier::Shape *shape = m_document ? m_shapeLayer->shape(key) : nullptr;
    return shape && !shape->hidden && !shape->locked;
}

QList<std::int64_t> AnnotationCanvas::editableShapesAt(QPointF imagePos, double devicePixels) const
{
    const double tolerance = devicePixels / m_zoom;
    QList<std::int64_t> keys = m_shapeLayer->keysIn(
        QRectF(imagePos.x() - tolerance, imagePos.y() - tolerance, 2 * tolerance, 2 * tolerance));
    std::reverse(keys.begin(), keys.end()); // topmost first
    QList<std::int64_t> hits;
    for (const std::int64_t key : std::as_const(keys)) {
        if (isEditable(key) && CanvasGeometry::hitsShape(*m_shapeLayer->shape(key), imagePos, tolerance))
            hits.append(key);
    }
    return hits;
}

QList<std::int64_t> AnnotationCanvas::editableShapesIn(const QRectF &imageRect) const
{
    QList<std::int64_t> keys;
    for (const std::int64_t key : m_shapeLayer->keysIn(imageRect)) {
        if (isEditable(key) && imageRect.contains(m_shapeLayer->shape(key)->boundingRect()))
            keys.append(key);
    }
    return keys;
}

const atelier::Shape *AnnotationCanvas::currentLabelMask() const
{
    if (!m_document)
        return nullptr;
    const QList<atelier::Shape> &shapes = m_document->shapes();
    for (auto it = shapes.crbegin(); it != shapes.crend(); ++it) {
        if (it->kind == ShapeKind::Mask && it->labelClassId == m_currentLabel && !it->locked && !it->hidden)
            return &*it;
    }
    return nullptr;
}

void AnnotationCanvas::setPreviewShapes(const QList<atelier::Shape> &shapes)
{
    if (shapes.isEmpty() && m_preview.isEmpty())
        return;
    m_preview.clear();
    for (const atelier::Shape &shape : shapes)
        m_preview.insert(shape.key, shape);
    updateOverlay();
}

void AnnotationCanvas::pushCommand(QUndoCommand *command)
{
    if (!m_document) {
        delete command;
        return;
    }
    m_document->undoStack()->push(command);
}

void AnnotationCanvas::updateOverlay()
{
    viewport()->update();
}

Status AnnotationCanvas::fillSelectionIntoMask()
{
    if (!m_document)
        return fail(tr("Could not fill into the mask: no image is open."));
    const QSize size = imageSize();
    std::vector<MaskRle> masks;
    const atelier::Shape *target = currentLabelMask();
    if (target)
        masks.push_back(target->mask);
    for (const std::int64_t key : std::as_const(m_selection)) {
        const atelier::Shape *shape = m_document->shape(key);
        if (!shape || (shape->kind != ShapeKind::Polygon && shape->kind != ShapeKind::Box
                       && shape->kind != ShapeKind::RotatedBox))
            continue;
        const QPolygonF ring = shape->kind == ShapeKind::Polygon ? shape->points : CanvasGeometry::boxCorners(*shape);
        std::vector<double> xy;
        for (const QPointF &p : ring) {
            xy.push_back(p.x());
            xy.push_back(p.y());
        }
        Result<MaskRle> mask = MaskRle::fromPolygon(xy, size.height(), size.width());
        if (!mask)
            return fail(withContext(tr("Could not fill the polygon into the mask"), mask.error()));
        masks.push_back(std::move(*mask));
    }
    if (masks.size() == (target ? 1u : 0u))
        return fail(tr("Could not fill into the mask: select a polygon or a box first."));
    Result<MaskRle> merged = MaskRle::merge(masks);
    if (!merged)
        return fail(withContext(tr("Could not fill the polygon into the mask"), merged.error()));
    if (target) {
        atelier::Shape after = *target;
        after.mask = std::move(*merged);
        pushCommand(new ChangeShapesCommand(m_document, {*target}, {after}, tr("Fill into mask")));
    } else {
        atelier::Shape mask;
        mask.key = ImageDocument::newKey();
        mask.labelClassId = m_currentLabel;
        mask.kind = ShapeKind::Mask;
        mask.mask = std::move(*merged);
        pushCommand(new AddShapesCommand(m_document, {mask}));
    }
    return {};
}

// ---- Zoom and pan ---------------------------------------------------------------------------

QPointF AnnotationCanvas::mapToImage(QPointF viewportPos) const
{
    return viewportTransform().inverted().map(viewportPos);
}

QPointF AnnotationCanvas::mapFromImage(QPointF imagePos) const
{
    return viewportTransform().map(imagePos);
}

void AnnotationCanvas::scrollBy(QPoint delta)
{
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + delta.y());
}

void AnnotationCanvas::setZoom(double zoom, QPointF viewportAnchor)
{
    zoom = std::clamp(zoom, MinimumZoom, MaximumZoom);
    const QPointF anchor = mapToImage(viewportAnchor);
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    // Scroll by whole device pixels, so that cached tiles land on whole pixels.
    const QPointF moved = mapFromImage(anchor) - viewportAnchor;
    scrollBy(QPoint(int(std::lround(moved.x())), int(std::lround(moved.y()))));
    viewport()->update();
    Q_EMIT zoomChanged(zoom);
}

void AnnotationCanvas::fitToWindow()
{
    const QSize size = imageSize();
    const QSize view = viewport()->size();
    if (size.isEmpty() || view.isEmpty())
        return;
    const double zoom = std::min(double(view.width()) / size.width(), double(view.height()) / size.height());
    setZoom(zoom, QPointF(0, 0));
    // Centre the image: device x = zoom * image x - scroll value.
    horizontalScrollBar()->setValue(int(std::lround(zoom * size.width() / 2 - view.width() / 2.0)));
    verticalScrollBar()->setValue(int(std::lround(zoom * size.height() / 2 - view.height() / 2.0)));
    m_fitMode = true;
}

void AnnotationCanvas::zoomToActualSize()
{
    m_fitMode = false;
    setZoom(1, QRectF(viewport()->rect()).center());
}

void AnnotationCanvas::zoomIn()
{
    m_fitMode = false;
    setZoom(m_zoom * ZoomStep, QRectF(viewport()->rect()).center());
}

void AnnotationCanvas::zoomOut()
{
    m_fitMode = false;
    setZoom(m_zoom / ZoomStep, QRectF(viewport()->rect()).center());
}

void AnnotationCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitMode)
        fitToWindow();
}

void AnnotationCanvas::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0)
        return;
    m_fitMode = false;
    setZoom(m_zoom * std::pow(ZoomStep, steps / 120.0), event->position());
    event->accept();
}

// ---- Painting -------------------------------------------------------------------------------

void AnnotationCanvas::drawBackground(QPainter *painter, const QRectF &rect)
{
    // Both layers draw from tiles of device pixels at whole-pixel positions: a frame is a blit.
    const QTransform toDevice = painter->worldTransform();
    const QRect deviceRect = toDevice.mapRect(rect).toAlignedRect();
    const QPoint offset(int(std::lround(toDevice.dx())), int(std::lround(toDevice.dy())));
    const qreal ratio = viewport()->devicePixelRatioF();
    painter->save();
    painter->resetTransform();
    m_imageLayer->paintCached(*painter, deviceRect, m_zoom, offset, ratio, CanvasBackground);
    if (m_document)
        m_shapeLayer->paint(*painter, deviceRect, m_zoom, offset, ratio);
    painter->restore();
}

void AnnotationCanvas::paintLiveShape(QPainter &painter, const atelier::Shape &shape)
{
    if (shape.hidden)
        return;
    m_shapePainter->paint(painter, shape, m_zoom, true);
}

void AnnotationCanvas::paintHandles(QPainter &painter, const atelier::Shape &shape)
{
    const QList<ShapeHandle> handles = ShapeHandles::handlesOf(shape, m_zoom);
    if (handles.isEmpty())
        return;
    const QTransform toDevice = painter.worldTransform();
    painter.save();
    painter.resetTransform();
    painter.setPen(QPen(labelColor(shape.labelClassId).darker(150), 1));
    painter.setBrush(Qt::white);
    for (const ShapeHandle &handle : handles) {
        const QPointF p = toDevice.map(handle.pos);
        if (handle.kind == ShapeHandle::Kind::Rotation) {
            const QPointF top = toDevice.map(ShapeHandles::handlesOf(shape, m_zoom).value(4).pos);
            painter.drawLine(top, p);
            painter.drawEllipse(p, HandleSize / 2 + 1, HandleSize / 2 + 1);
        } else {
            painter.drawRect(QRectF(p.x() - HandleSize / 2, p.y() - HandleSize / 2, HandleSize, HandleSize));
        }
    }
    painter.restore();
}

void AnnotationCanvas::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_document) {
        for (const std::int64_t key : std::as_const(m_selection)) {
            const atelier::Shape *shape = m_shapeLayer->shape(key);
            if (!shape)
                continue;
            const atelier::Shape &live = m_preview.contains(key) ? m_preview[key] : *shape;
            paintLiveShape(*painter, live);
            if (!live.hidden && !live.locked)
                paintHandles(*painter, live);
        }
        // Previews of shapes that are not selected: new shapes, or edits of unselected ones.
        for (const atelier::Shape &shape : std::as_const(m_preview)) {
            if (!m_selection.contains(shape.key))
                paintLiveShape(*painter, shape);
        }
    }
    m_tool->paintOverlay(*painter);
}

// ---- Input ----------------------------------------------------------------------------------

ToolMouseEvent AnnotationCanvas::toolEvent(QMouseEvent *event) const
{
    return ToolMouseEvent{mapToImage(event->position()), event->button(), event->buttons(), event->modifiers()};
}

void AnnotationCanvas::updateCursor()
{
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->setCursor(m_tool->cursor());
}

void AnnotationCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_fitMode = false;
        m_panLast = event->position().toPoint();
        updateCursor();
        event->accept();
        return;
    }
    if (m_document)
        m_tool->mousePressed(toolEvent(event));
    event->accept();
}

void AnnotationCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        scrollBy(m_panLast - pos);
        m_panLast = pos;
        event->accept();
        return;
    }
    if (m_document)
        m_tool->mouseMoved(toolEvent(event));
    Q_EMIT pointerMoved(mapToImage(event->position()));
    event->accept();
}

void AnnotationCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        if (!(event->buttons() & (Qt::MiddleButton | Qt::LeftButton))) {
            m_panning = false;
            updateCursor();
        }
        event->accept();
        return;
    }
    if (m_document)
        m_tool->mouseReleased(toolEvent(event));
    event->accept();
}

void AnnotationCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_panning || m_spaceHeld || event->button() != Qt::LeftButton)
        return;
    if (m_document)
        m_tool->mouseDoubleClicked(toolEvent(event));
    event->accept();
}

void AnnotationCanvas::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Space) {
        // Space hands the mouse over to panning until it is released, as in Krita.
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            updateCursor();
        }
        event->accept();
        return;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && !(event->modifiers() & ~Qt::KeypadModifier)) {
        Q_EMIT labelKeyPressed(key - Qt::Key_0);
        event->accept();
        return;
    }
    if (key == Qt::Key_BracketLeft || key == Qt::Key_BracketRight) {
        const int step = std::max(1, m_brushSize / 5);
        setBrushSize(m_brushSize + (key == Qt::Key_BracketRight ? step : -step));
        event->accept();
        return;
    }
    if (m_document && m_tool->keyPressed(event)) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void AnnotationCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        m_panning = false;
        updateCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void AnnotationCanvas::focusOutEvent(QFocusEvent *event)
{
    // A Space released in another window never reaches us: give the mouse back to the tool.
    m_spaceHeld = false;
    m_panning = false;
    updateCursor();
    QGraphicsView::focusOutEvent(event);
}

} // namespace atelier

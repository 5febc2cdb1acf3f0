// AnnotationCanvas: the view on which labelers draw and edit an image's shapes. The scene is in
// image pixel coordinates (pixel (i, j) covers [i, i+1) x [j, j+1)); the image is drawn from its
// pyramid, the shapes at rest from cached tiles (ShapeLayer), and only the selected shapes and
// the active tool's work in progress live on top. Tools (AbstractTool) get the mouse and keys.
#pragma once

#include "core/annotation/shape.h"
#include "core/result.h"
#include "ui/annotate/canvas/abstract_tool.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <cstdint>
#include <map>
#include <memory>

class QUndoCommand;

namespace atelier {

class ImageDocument;
class ImageLayer;
class PyramidImage;
class ShapeLayer;
class ShapePainter;

class AnnotationCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double MinimumZoom = 0.01;
    static constexpr double MaximumZoom = 64;

    explicit AnnotationCanvas(QWidget *parent = nullptr);
    ~AnnotationCanvas() override;

    // The shapes to show and edit; the canvas follows the document's signals. May be null.
    void setDocument(ImageDocument *document);
    ImageDocument *document() const;
    void setImage(std::shared_ptr<const PyramidImage> image);
    // The document's image size (the image's when there is no document).
    QSize imageSize() const;

    void setLabelColors(const QHash<std::int64_t, QColor> &colors);
    QColor labelColor(std::int64_t labelClassId) const;
    // The label that new shapes, brush strokes and fills get.
    void setCurrentLabel(std::int64_t labelClassId) { m_currentLabel = labelClassId; }
    std::int64_t currentLabel() const { return m_currentLabel; }
    void setFillOpacity(double opacity);
    double fillOpacity() const;

    // The selection, in the order selected. setSelectedKeys() ignores keys the document lacks
    // and emits selectionChanged() only when the selection changes.
    QList<std::int64_t> selectedKeys() const { return m_selection; }
    void setSelectedKeys(const QList<std::int64_t> &keys);

    void setTool(ToolId id);
    ToolId tool() const { return m_tool->id(); }
    AbstractTool *currentTool() const { return m_tool; }
    AbstractTool *toolFor(ToolId id) const;
    // The mask brush and eraser's diameter in image pixels (1 to 1000); [ and ] change it.
    void setBrushSize(int pixels);
    int brushSize() const { return m_brushSize; }

    // Device pixels per image pixel.
    double zoom() const { return m_zoom; }
    // Zooms keeping the image point under `viewportAnchor` where it is.
    void setZoom(double zoom, QPointF viewportAnchor);
    void fitToWindow();
    void zoomToActualSize();
    void zoomIn();
    void zoomOut();
    QPointF mapToImage(QPointF viewportPos) const;
    QPointF mapFromImage(QPointF imagePos) const;

    // Rasterises the selected polygons (and boxes) into the current label's mask, creating it
    // when the image has none: one undo command.
    [[nodiscard]] Status fillSelectionIntoMask();

    // For tools. Editable (shown, unlocked) shapes under `imagePos`, topmost first, within
    // `devicePixels` of their outline.
    QList<std::int64_t> editableShapesAt(QPointF imagePos, double devicePixels = 4) const;
    QList<std::int64_t> editableShapesIn(const QRectF &imageRect) const;
    bool isEditable(std::int64_t key) const;
    // The document's shape with `key` (null if none), found through the canvas's index.
    const atelier::Shape *shape(std::int64_t key) const;
    // The mask that brush strokes and fills of the current label go into: the topmost shown and
    // unlocked mask of that label; null when there is none yet.
    const atelier::Shape *currentLabelMask() const;
    // Shapes drawn instead of the document's while a gesture is in progress (same keys), or
    // new shapes being drawn (keys the document lacks).
    void setPreviewShapes(const QList<atelier::Shape> &shapes);
    void clearPreviewShapes() { setPreviewShapes({}); }
    // Keys the active tool draws itself (e.g. the mask being erased): left out of the tiles.
    void setToolOwnedKeys(const QSet<std::int64_t> &keys);
    void pushCommand(QUndoCommand *command);
    void updateOverlay();

Q_SIGNALS:
    void selectionChanged();
    // A digit key 1-9 was pressed: the pane picks the label with that number.
    void labelKeyPressed(int digit);
    void zoomChanged(double zoom);
    void toolChanged(ToolId id);
    void brushSizeChanged(int pixels);
    void statusTextChanged(const QString &text);
    // The pointer moved over the image (image pixel coordinates).
    void pointerMoved(QPointF imagePos);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void resetScene();
    void onShapeChanged(std::int64_t key);
    void onShapeRemoved(std::int64_t key);
    void refreshLiveKeys();
    void updateImageRect(const QRectF &imageRect);
    void scrollBy(QPoint delta);
    ToolMouseEvent toolEvent(QMouseEvent *event) const;
    void updateCursor();
    void paintLiveShape(QPainter &painter, const atelier::Shape &shape);
    void paintHandles(QPainter &painter, const atelier::Shape &shape);

    QPointer<ImageDocument> m_document;
    std::unique_ptr<ShapePainter> m_shapePainter;
    std::unique_ptr<ShapeLayer> m_shapeLayer;
    ImageLayer *m_imageLayer;
    std::map<ToolId, AbstractTool *> m_tools;
    AbstractTool *m_tool = nullptr;

    std::int64_t m_currentLabel = 0;
    QList<std::int64_t> m_selection;
    QHash<std::int64_t, atelier::Shape> m_preview;
    QSet<std::int64_t> m_toolOwned;
    int m_brushSize = 20;

    double m_zoom = 1;
    bool m_fitMode = true; // refit on resize until the user zooms or pans
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace atelier

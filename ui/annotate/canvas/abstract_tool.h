// AbstractTool: the base of the canvas's tools (after Tiled's AbstractTool). The canvas hands the
// active tool its mouse and key events in image pixel coordinates; a tool shows its work in
// progress on the overlay and changes the document only by pushing undo commands.
#pragma once

#include "core/annotation/shape.h"

#include <QCursor>
#include <QObject>
#include <QPointF>
#include <QString>

#include <cstdint>
#include <limits>

class QKeyEvent;
class QPainter;

namespace atelier {

class AnnotationCanvas;

enum class ToolId { Select, Rectangle, RotatedRectangle, Polygon, Polyline, Point, MaskBrush, MaskEraser };

// A mouse event as a tool sees it. `pos` is in image pixel coordinates, continuous: pixel (i, j)
// covers [i, i+1) x [j, j+1), so the centre of the top-left pixel is (0.5, 0.5).
struct ToolMouseEvent
{
    QPointF pos;
    Qt::MouseButton button = Qt::NoButton; // the button that changed (none for a move)
    Qt::MouseButtons buttons;              // the buttons held
    Qt::KeyboardModifiers modifiers;
};

class AbstractTool : public QObject
{
    Q_OBJECT

public:
    explicit AbstractTool(AnnotationCanvas *canvas);

    virtual ToolId id() const = 0;
    // The tool became the canvas's tool / stops being it (drop any shape in progress).
    virtual void activate() {}
    virtual void deactivate() {}

    virtual void mousePressed(const ToolMouseEvent &event) { Q_UNUSED(event) }
    virtual void mouseMoved(const ToolMouseEvent &event) { Q_UNUSED(event) }
    virtual void mouseReleased(const ToolMouseEvent &event) { Q_UNUSED(event) }
    virtual void mouseDoubleClicked(const ToolMouseEvent &event) { Q_UNUSED(event) }
    // True when the tool used the key.
    virtual bool keyPressed(QKeyEvent *event) { Q_UNUSED(event) return false; }
    // Draws the tool's work in progress; `painter` maps image pixels to device pixels.
    virtual void paintOverlay(QPainter &painter) { Q_UNUSED(painter) }
    // Whether the tool is in the middle of something (a shape half drawn, a drag).
    virtual bool isBusy() const { return false; }

    QCursor cursor() const { return m_cursor; }
    QString statusText() const { return m_statusText; }

Q_SIGNALS:
    void cursorChanged(const QCursor &cursor);
    void statusTextChanged(const QString &text);

protected:
    // The key of a shape shown while it is being drawn, before it is added with a key of its own.
    static constexpr std::int64_t DraftKey = std::numeric_limits<std::int64_t>::min();

    AnnotationCanvas *canvas() const { return m_canvas; }
    // A new shape of the current label with a fresh key.
    Shape newShape(ShapeKind kind, const QPolygonF &points) const;
    // Adds `shape` to the document (one undo command).
    void addShape(const Shape &shape);
    // Image pixels that make `devicePixels` on screen at the current zoom.
    double imageDistance(double devicePixels) const;
    void setCursor(const QCursor &cursor);
    void setStatusText(const QString &text);

private:
    AnnotationCanvas *m_canvas;
    QCursor m_cursor;
    QString m_statusText;
};

} // namespace atelier

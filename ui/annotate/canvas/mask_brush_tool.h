// MaskBrushTool: paints into (or erases from) the current label's mask with a round brush of
// canvas->brushSize() image pixels. A pixel is painted when its centre lies within half the
// brush size of the stroke's path. While the mouse is down the stroke lives in a working image of
// its bounding region only (the eraser also cuts it from a live picture of the mask); on release it is encoded as RLE and merged into the mask (or cut from
// it): one stroke, one undo command. The brush creates the mask when the label has none.
#pragma once

#include "ui/annotate/canvas/abstract_tool.h"

#include <QImage>
#include <QRect>

namespace atelier {

class MaskBrushTool : public AbstractTool
{
    Q_OBJECT

public:
    enum class Mode { Paint, Erase };

    MaskBrushTool(AnnotationCanvas *canvas, Mode mode);

    ToolId id() const override { return m_mode == Mode::Paint ? ToolId::MaskBrush : ToolId::MaskEraser; }
    void activate() override;
    void deactivate() override;
    void mousePressed(const ToolMouseEvent &event) override;
    void mouseMoved(const ToolMouseEvent &event) override;
    void mouseReleased(const ToolMouseEvent &event) override;
    void paintOverlay(QPainter &painter) override;
    bool isBusy() const override { return m_stroking; }

private:
    // Marks the pixels within the brush's radius of segment a-b, growing the working image.
    void paintSegment(QPointF a, QPointF b);
    void growTo(const QRect &rect);
    void finishStroke();

    Mode m_mode;
    bool m_stroking = false;
    QPointF m_last;
    QPointF m_hover;
    QRect m_region;  // image pixels covered by m_stroke
    QImage m_stroke; // premultiplied ARGB: a pixel is part of the stroke when not transparent
    QRgb m_strokeColour = 0;
    // Erasing: the mask being erased, drawn by the tool (not from the tiles) with the stroke cut
    // out of it as it goes, over m_maskBox.
    QImage m_maskImage;
    QRect m_maskBox;
};

} // namespace atelier

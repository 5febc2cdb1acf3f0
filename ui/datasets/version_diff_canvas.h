// VersionDiffCanvas: a read-only view of one image with the shapes of two versions drawn over it:
// removed shapes red and dashed, added ones green, changed ones twice (the old state dashed, the new
// one solid orange) and unchanged ones faint in their label colour. The image comes from the same
// ImageLayer as the annotation canvas, and unchanged shapes from its ShapePainter.
#pragma once

#include "core/datasets/image_shape_diff.h"

#include <QColor>
#include <QGraphicsView>
#include <QHash>
#include <QSet>

#include <cstdint>
#include <memory>

namespace atelier {

class ImageLayer;
class PyramidImage;
class ShapePainter;

class VersionDiffCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    // One outline on the canvas, as drawn: what tests and the legend read.
    struct DrawnShape
    {
        ShapeDifference::Kind kind = ShapeDifference::Kind::Unchanged;
        bool oldSide = false; // the "from" state of a removed or changed shape
        std::int64_t key = 0;
        QColor color;
        Qt::PenStyle penStyle = Qt::SolidLine;
    };

    static constexpr double MinimumZoom = 0.01;
    static constexpr double MaximumZoom = 64;

    explicit VersionDiffCanvas(QWidget *parent = nullptr);
    ~VersionDiffCanvas() override;

    static QColor colorOf(ShapeDifference::Kind kind);
    // The colour of a changed shape's old state (its new state has colorOf(Changed)).
    static QColor oldColor();

    // Either may come first; the diff's size places the image when the pixels are not in yet.
    void setDiff(const ImageShapeDiff &diff);
    void setImage(std::shared_ptr<const PyramidImage> image);
    void clear();
    const ImageShapeDiff &diff() const { return m_diff; }

    void setKindVisible(ShapeDifference::Kind kind, bool visible);
    bool isKindVisible(ShapeDifference::Kind kind) const { return !m_hiddenKinds.contains(int(kind)); }
    // What the next paint draws, back to front.
    QList<DrawnShape> drawnShapes() const;

    double zoom() const { return m_zoom; }
    // Zooms keeping the image point under `viewportAnchor` where it is. The zoom then stays as
    // the images change, until fitToWindow().
    void setZoom(double zoom, QPointF viewportAnchor);
    void fitToWindow();
    bool isFitMode() const { return m_fitMode; }
    QPointF mapToImage(QPointF viewportPos) const;

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QSize imageSize() const;
    void resetScene();
    void scrollBy(QPoint delta);
    void paintOutline(QPainter &painter, const atelier::Shape &shape, const DrawnShape &style);
    const atelier::Shape *shapeOf(const DrawnShape &drawn) const;

    std::unique_ptr<ShapePainter> m_shapePainter;
    ImageLayer *m_imageLayer;
    ImageShapeDiff m_diff;
    QHash<std::int64_t, const atelier::Shape *> m_shapes; // by key, into m_diff
    QSet<int> m_hiddenKinds;
    QHash<std::int64_t, QImage> m_maskImages; // by key: the tinted pixels of mask shapes
    QSize m_shownSize; // the image size the scene was laid out for

    double m_zoom = 1;
    bool m_fitMode = true;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace atelier

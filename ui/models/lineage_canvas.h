// LineageCanvas: the view onto a LineageScene: drag to pan, wheel or +/- to zoom, fit to window.
#pragma once

#include <QGraphicsView>

namespace atelier {

class LineageScene;

class LineageCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    explicit LineageCanvas(LineageScene *scene, QWidget *parent = nullptr);

    // 1 is one scene unit a pixel.
    double zoom() const;
    void zoomBy(double factor);
    void zoomIn();
    void zoomOut();
    // Frames the whole graph, magnifying a small one no more than a little; it stays framed as
    // the canvas is resized until the user zooms or pans.
    void fitAll();

Q_SIGNALS:
    void nodeDoubleClicked(const QString &key);
    // `key` is the node under the pointer (now selected), empty over the background.
    void menuRequested(const QPoint &globalPos, const QString &key);
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString nodeAt(const QPoint &viewPos) const;

    LineageScene *m_scene;
    bool m_fitting = false;
};

} // namespace atelier

// Tests of AnnotationCanvas and its tools: the real widget, offscreen, driven with QTest mouse and
// key events. A 400 x 300 image fitted into an 800 x 600 canvas is drawn at zoom 2 with image
// point (0, 0) at viewport (0, 0), so viewport (x, y) is image (x / 2, y / 2).
#include "core/annotation/annotation_commands.h"
#include "core/annotation/image_document.h"
#include "core/imaging/pyramid_image.h"
#include "ui/annotate/canvas/annotation_canvas.h"
#include "ui/annotate/canvas/canvas_geometry.h"

#include <QPainter>
#include <QUndoStack>
#include <QtTest>

using namespace atelier;

namespace {

// A PyramidImage made from a QImage, every level scaled from it; tiles can be held back until
// asked for from a worker, as a pyramid that decodes on demand does.
class TestPyramid : public PyramidImage
{
public:
    TestPyramid(const QImage &image, bool tilesReady) : m_tilesReady(tilesReady)
    {
        m_levels.append(image);
        while (m_levels.last().width() > TileSize || m_levels.last().height() > TileSize) {
            const QSize next((m_levels.last().width() + 1) / 2, (m_levels.last().height() + 1) / 2);
            m_levels.append(image.scaled(next, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        }
    }
    QSize size() const override { return m_levels.first().size(); }
    int levelCount() const override { return int(m_levels.size()); }
    bool hasTile(int, int, int) const override { return m_tilesReady.load(); }
    QImage tile(int level, int column, int row) const override
    {
        m_tilesReady = true;
        return m_levels[level].copy(column * TileSize, row * TileSize, TileSize, TileSize);
    }

private:
    QList<QImage> m_levels;
    mutable std::atomic<bool> m_tilesReady;
};

constexpr std::int64_t Label = 7;
const QColor LabelColour(255, 0, 0);

// Viewport position of image point (x, y) at zoom 2.
QPoint at(double x, double y)
{
    return QPoint(int(x * 2), int(y * 2));
}

Shape polygon(QPolygonF points)
{
    Shape shape;
    shape.key = ImageDocument::newKey();
    shape.labelClassId = Label;
    shape.kind = ShapeKind::Polygon;
    shape.points = std::move(points);
    return shape;
}

void sendHover(QWidget *viewport, QPoint pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
}

} // namespace

class TestAnnotationCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fitsKnownTransform();
    void drawsBoxByDrag();
    void drawsBoxByTwoClicks();
    void drawsAndRotatesRotatedBox();
    void drawsPolygonClosedWithEnter();
    void drawsPolygonClosedOnFirstPointWithBackspace();
    void escapeCancelsPolygon();
    void drawsPolylineEndedByDoubleClick();
    void drawsPoint();
    void paintsAndErasesMask();
    void fillsPolygonIntoMask();
    void movesEditsAndRemovesVertices();
    void movesShapeAndUndoes();
    void resizesBoxByItsGrips();
    void deletesSelectionAndRubberBandSelects();
    void lockedShapesAreNotSelected();
    void spacePansAndGivesControlBack();
    void wheelZoomsAroundCursor();
    void drawsShapesFromTilesAndRedrawsChanges();
    void loadsMissingTilesOnWorker();
    void digitKeysRequestLabels();

private:
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {});
    QWidget *viewport() const { return m_canvas->viewport(); }
    const Shape &lastShape() const { return m_document->shapes().last(); }

    std::unique_ptr<ImageDocument> m_document;
    std::unique_ptr<AnnotationCanvas> m_canvas;
};

void TestAnnotationCanvas::init()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor(0, 0, 255));
    m_document = std::make_unique<ImageDocument>(1, QSize(400, 300), QList<Shape>{}, nullptr);
    m_canvas = std::make_unique<AnnotationCanvas>();
    m_canvas->resize(800, 600);
    m_canvas->setLabelColors({{Label, LabelColour}});
    m_canvas->setCurrentLabel(Label);
    m_canvas->setImage(std::make_shared<TestPyramid>(image, true));
    m_canvas->setDocument(m_document.get());
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    m_canvas->activateWindow();
    m_canvas->setFocus();
    m_canvas->fitToWindow();
}

void TestAnnotationCanvas::cleanup()
{
    m_canvas.reset();
    m_document.reset();
}

void TestAnnotationCanvas::drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers)
{
    QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
    const QPoint middle = (from + to) / 2;
    QTest::mouseMove(viewport(), middle);
    QTest::mouseMove(viewport(), to);
    QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
}

void TestAnnotationCanvas::fitsKnownTransform()
{
    QCOMPARE(viewport()->size(), QSize(800, 600));
    QCOMPARE(m_canvas->zoom(), 2.0);
    QCOMPARE(m_canvas->mapFromImage(QPointF(0, 0)), QPointF(0, 0));
    QCOMPARE(m_canvas->mapToImage(QPointF(101, 43)), QPointF(50.5, 21.5));
}

void TestAnnotationCanvas::drawsBoxByDrag()
{
    m_canvas->setTool(ToolId::Rectangle);
    drag(QPoint(300, 200), QPoint(100, 61));
    QCOMPARE(m_document->shapes().size(), 1);
    QCOMPARE(lastShape().kind, ShapeKind::Box);
    QCOMPARE(lastShape().labelClassId, Label);
    QCOMPARE(lastShape().points, (QPolygonF{{50, 30.5}, {150, 100}}));
    QVERIFY(lastShape().key < 0);

    // Clamped to the image rectangle.
    drag(QPoint(700, 500), QPoint(900, 700));
    QCOMPARE(lastShape().points, (QPolygonF{{350, 250}, {400, 300}}));

    m_document->undoStack()->undo();
    QCOMPARE(m_document->shapes().size(), 1);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->shapes().size(), 2);
}

void TestAnnotationCanvas::drawsBoxByTwoClicks()
{
    m_canvas->setTool(ToolId::Rectangle);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(100, 100));
    QCOMPARE(m_document->shapes().size(), 0);
    QTest::mouseMove(viewport(), QPoint(150, 150));
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(200, 300));
    QCOMPARE(m_document->shapes().size(), 1);
    QCOMPARE(lastShape().points, (QPolygonF{{50, 50}, {100, 150}}));
}

void TestAnnotationCanvas::drawsAndRotatesRotatedBox()
{
    m_canvas->setTool(ToolId::RotatedRectangle);
    drag(QPoint(200, 200), QPoint(400, 300));
    QCOMPARE(m_document->shapes().size(), 1);
    const Shape box = lastShape();
    QCOMPARE(box.kind, ShapeKind::RotatedBox);
    QCOMPARE(box.points, (QPolygonF{{100, 100}, {200, 150}}));
    QCOMPARE(box.rotation, 0.0);
    QCOMPARE(m_canvas->selectedKeys(), QList<std::int64_t>{box.key});

    // The rotation handle: 24 device pixels (12 image pixels) above the top edge's middle.
    // Dragging it to the right of the centre (150, 125) turns the box 90 degrees clockwise.
    drag(at(150, 88), at(250, 125));
    QCOMPARE(m_document->shapes().size(), 1);
    QCOMPARE(lastShape().rotation, 90.0);
    QCOMPARE(lastShape().points, box.points);
    m_document->undoStack()->undo();
    QCOMPARE(lastShape().rotation, 0.0);
}

void TestAnnotationCanvas::drawsPolygonClosedWithEnter()
{
    m_canvas->setTool(ToolId::Polygon);
    for (const QPoint p : {QPoint(100, 100), QPoint(300, 100), QPoint(301, 301)})
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, p);
    QCOMPARE(m_document->shapes().size(), 0);
    QTest::keyClick(m_canvas.get(), Qt::Key_Return);
    QCOMPARE(m_document->shapes().size(), 1);
    QCOMPARE(lastShape().kind, ShapeKind::Polygon);
    QCOMPARE(lastShape().points, (QPolygonF{{50, 50}, {150, 50}, {150.5, 150.5}}));
}

void TestAnnotationCanvas::drawsPolygonClosedOnFirstPointWithBackspace()
{
    m_canvas->setTool(ToolId::Polygon);
    for (const QPoint p : {QPoint(100, 100), QPoint(300, 100), QPoint(500, 500)})
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, p);
    QTest::keyClick(m_canvas.get(), Qt::Key_Backspace);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(300, 300));
    // Within 8 device pixels of the first point: closes without adding a point.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(104, 103));
    QCOMPARE(m_document->shapes().size(), 1);
    QCOMPARE(lastShape().points, (QPolygonF{{50, 50}, {150, 50}, {150, 150}}));
}

void TestAnnotationCanvas::escapeCancelsPolygon()
{
    m_canvas->setTool(ToolId::Polygon);
    for (const QPoint p : {QPoint(100, 100), QPoint(300, 100), QPoint(300, 300)})
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, p);
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    QTest::keyClick(m_canvas.get(), Qt::Key_Return);
    QCOMPARE(m_document->shapes().size(), 0);
}

void TestAnnotationCanvas::drawsPolylineEndedByDoubleClick()
{
    m_canvas->setTool(ToolId::Polyline);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(200, 200));
    // A double click: press and release, then the double-click event and its release.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(300, 100));
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, QPoint(300, 100));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, QPoint(300, 100));
    QCOMPARE(m_document->shapes().size(), 1);
    QCOMPARE(lastShape().kind, ShapeKind::Polyline);
    QCOMPARE(lastShape().points, (QPolygonF{{50, 50}, {100, 100}, {150, 50}}));

    // And with Enter; two points are enough for a line.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(10, 10));
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(20, 30));
    QTest::keyClick(m_canvas.get(), Qt::Key_Enter);
    QCOMPARE(m_document->shapes().size(), 2);
    QCOMPARE(lastShape().points, (QPolygonF{{5, 5}, {10, 15}}));
}

void TestAnnotationCanvas::drawsPoint()
{
    m_canvas->setTool(ToolId::Point);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(81, 43));
    QCOMPARE(m_document->shapes().size(), 1);
    QCOMPARE(lastShape().kind, ShapeKind::Point);
    QCOMPARE(lastShape().points, QPolygonF{QPointF(40.5, 21.5)});
}

void TestAnnotationCanvas::paintsAndErasesMask()
{
    // Brush 3: pixels whose centres lie within 1.5 of the path from (10.5, 20.5) to (30.5, 20.5):
    // rows 19 to 21, columns 9 to 31.
    m_canvas->setTool(ToolId::MaskBrush);
    m_canvas->setBrushSize(3);
    drag(at(10.5, 20.5), at(30.5, 20.5));
    QCOMPARE(m_document->shapes().size(), 1);
    const Shape painted = lastShape();
    QCOMPARE(painted.kind, ShapeKind::Mask);
    QCOMPARE(painted.labelClassId, Label);
    std::vector<std::uint8_t> expected(400 * 300, 0);
    for (int y = 19; y <= 21; ++y) {
        for (int x = 9; x <= 31; ++x)
            expected[std::size_t(y) * 400 + x] = 1;
    }
    QCOMPARE(painted.mask, MaskRle::fromMask(expected.data(), 300, 400));

    // A second stroke goes into the same mask: one shape, one more command.
    drag(at(100.5, 100.5), at(100.5, 100.5));
    QCOMPARE(m_document->shapes().size(), 1);
    QCOMPARE(lastShape().mask.area(), 23u * 3 + 9);
    m_document->undoStack()->undo();
    QCOMPARE(lastShape().mask, painted.mask);

    // The eraser, brush 1: row 20, columns 15 to 20. While the stroke is in progress, the mask is
    // drawn (opaque at fill opacity 1) without the erased pixels.
    m_canvas->setTool(ToolId::MaskEraser);
    m_canvas->setBrushSize(1);
    m_canvas->setFillOpacity(1);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, at(15.5, 20.5));
    QTest::mouseMove(viewport(), at(20.5, 20.5));
    const QImage frame = viewport()->grab().toImage();
    QCOMPARE(frame.pixelColor(at(17.5, 20.5)), QColor(0, 0, 255));
    QCOMPARE(frame.pixelColor(at(25.5, 20.5)), LabelColour);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, at(20.5, 20.5));
    for (int x = 15; x <= 20; ++x)
        expected[20 * 400 + x] = 0;
    QCOMPARE(lastShape().mask, MaskRle::fromMask(expected.data(), 300, 400));
    m_document->undoStack()->undo();
    QCOMPARE(lastShape().mask, painted.mask);

    // [ and ] change the brush size.
    m_canvas->setBrushSize(10);
    QTest::keyClick(m_canvas.get(), Qt::Key_BracketRight);
    QCOMPARE(m_canvas->brushSize(), 12);
    QTest::keyClick(m_canvas.get(), Qt::Key_BracketLeft);
    QCOMPARE(m_canvas->brushSize(), 10);
}

void TestAnnotationCanvas::fillsPolygonIntoMask()
{
    const Shape square = polygon({{10, 10}, {20, 10}, {20, 20}, {10, 20}});
    m_document->undoStack()->push(new AddShapesCommand(m_document.get(), {square}));
    m_canvas->setSelectedKeys({square.key});
    QVERIFY(m_canvas->fillSelectionIntoMask().has_value());
    QCOMPARE(m_document->shapes().size(), 2);
    const std::vector<double> xy{10, 10, 20, 10, 20, 20, 10, 20};
    QCOMPARE(lastShape().mask, *MaskRle::fromPolygon(xy, 300, 400));
    QCOMPARE(lastShape().labelClassId, Label);
}

void TestAnnotationCanvas::movesEditsAndRemovesVertices()
{
    const Shape square = polygon({{50, 50}, {150, 50}, {150, 150}, {50, 150}});
    m_document->undoStack()->push(new AddShapesCommand(m_document.get(), {square}));
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(100, 100));
    QCOMPARE(m_canvas->selectedKeys(), QList<std::int64_t>{square.key});

    // Drag vertex 1 from (150, 50) to (170, 40).
    drag(at(150, 50), at(170, 40));
    QCOMPARE(lastShape().points, (QPolygonF{{50, 50}, {170, 40}, {150, 150}, {50, 150}}));
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    QCOMPARE(lastShape().points, square.points);

    // A click on the left edge inserts a vertex there.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(50, 100));
    QCOMPARE(lastShape().points, (QPolygonF{{50, 50}, {150, 50}, {150, 150}, {50, 150}, {50, 100}}));

    // Shift+click removes it again.
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ShiftModifier, at(50, 100));
    QCOMPARE(lastShape().points, square.points);

    // Delete on a hovered vertex removes it; never below 3 vertices.
    sendHover(viewport(), at(150, 150));
    QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
    QCOMPARE(lastShape().points, (QPolygonF{{50, 50}, {150, 50}, {50, 150}}));
    sendHover(viewport(), at(150, 50));
    QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
    QCOMPARE(lastShape().points.size(), 3);
    QCOMPARE(m_document->shapes().size(), 1);
}

void TestAnnotationCanvas::movesShapeAndUndoes()
{
    const Shape square = polygon({{50, 50}, {150, 50}, {150, 150}, {50, 150}});
    m_document->undoStack()->push(new AddShapesCommand(m_document.get(), {square}));
    drag(at(100, 100), at(120, 130));
    QCOMPARE(m_canvas->selectedKeys(), QList<std::int64_t>{square.key});
    QCOMPARE(lastShape().points, (QPolygonF{{70, 80}, {170, 80}, {170, 180}, {70, 180}}));
    QCOMPARE(m_document->undoStack()->count(), 2);

    // Kept inside the image: a drag far to the right stops at the right edge.
    drag(at(100, 100), at(399, 100));
    QCOMPARE(lastShape().points.boundingRect(), QRectF(300, 80, 100, 100));

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(lastShape().points, square.points);
    m_document->undoStack()->redo();
    QCOMPARE(lastShape().points, (QPolygonF{{70, 80}, {170, 80}, {170, 180}, {70, 180}}));
}

void TestAnnotationCanvas::resizesBoxByItsGrips()
{
    Shape box;
    box.key = ImageDocument::newKey();
    box.labelClassId = Label;
    box.kind = ShapeKind::Box;
    box.points = {{50, 50}, {150, 100}};
    m_document->undoStack()->push(new AddShapesCommand(m_document.get(), {box}));
    m_canvas->setSelectedKeys({box.key});
    // The bottom-right corner moves two sides, the right edge's middle one.
    drag(at(150, 100), at(170, 120));
    QCOMPARE(lastShape().points, (QPolygonF{{50, 50}, {170, 120}}));
    drag(at(170, 85), at(160, 10));
    QCOMPARE(lastShape().points, (QPolygonF{{50, 50}, {160, 120}}));
    // Dragged past the opposite side, the box turns over and stays a top-left/bottom-right pair.
    drag(at(50, 50), at(200, 130));
    QCOMPARE(lastShape().points, (QPolygonF{{160, 120}, {200, 130}}));
    QCOMPARE(m_document->undoStack()->count(), 4);
}

void TestAnnotationCanvas::deletesSelectionAndRubberBandSelects()
{
    const Shape a = polygon({{10, 10}, {30, 10}, {30, 30}});
    const Shape b = polygon({{50, 10}, {70, 10}, {70, 30}});
    const Shape c = polygon({{200, 200}, {220, 200}, {220, 220}});
    m_document->undoStack()->push(new AddShapesCommand(m_document.get(), {a, b, c}));
    QSignalSpy changed(m_canvas.get(), &AnnotationCanvas::selectionChanged);
    drag(at(5, 5), at(80, 40));
    QCOMPARE(m_canvas->selectedKeys(), (QList<std::int64_t>{a.key, b.key}));
    QVERIFY(changed.count() >= 1);
    // Ctrl+click adds c.
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, at(215, 205));
    QCOMPARE(m_canvas->selectedKeys(), (QList<std::int64_t>{a.key, b.key, c.key}));
    // Ctrl+click on a selected one removes it.
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, at(65, 15));
    QCOMPARE(m_canvas->selectedKeys(), (QList<std::int64_t>{a.key, c.key}));
    QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
    QCOMPARE(m_document->shapes().size(), 1);
    QCOMPARE(m_document->shapes().first().key, b.key);
    QVERIFY(m_canvas->selectedKeys().isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->shapes().size(), 3);
}

void TestAnnotationCanvas::lockedShapesAreNotSelected()
{
    Shape locked = polygon({{50, 50}, {150, 50}, {150, 150}});
    locked.locked = true;
    Shape hidden = polygon({{200, 50}, {300, 50}, {300, 150}});
    hidden.hidden = true;
    m_document->undoStack()->push(new AddShapesCommand(m_document.get(), {locked, hidden}));
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(140, 60));
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(290, 60));
    QVERIFY(m_canvas->selectedKeys().isEmpty());
    drag(at(140, 60), at(160, 80));
    QCOMPARE(m_document->shapes().first().points, locked.points);
}

void TestAnnotationCanvas::spacePansAndGivesControlBack()
{
    m_canvas->setTool(ToolId::Point);
    QTest::keyPress(m_canvas.get(), Qt::Key_Space);
    drag(QPoint(400, 300), QPoint(300, 250));
    QCOMPARE(m_document->shapes().size(), 0);
    QCOMPARE(m_canvas->mapFromImage(QPointF(0, 0)), QPointF(-100, -50));
    QTest::keyRelease(m_canvas.get(), Qt::Key_Space);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(100, 50));
    QCOMPARE(m_document->shapes().size(), 1);
    QCOMPARE(lastShape().points, QPolygonF{QPointF(100, 50)});

    // Middle-button drag pans too.
    QTest::mousePress(viewport(), Qt::MiddleButton, {}, QPoint(300, 300));
    QTest::mouseMove(viewport(), QPoint(400, 350));
    QTest::mouseRelease(viewport(), Qt::MiddleButton, {}, QPoint(400, 350));
    QCOMPARE(m_canvas->mapFromImage(QPointF(0, 0)), QPointF(0, 0));
    QCOMPARE(m_document->shapes().size(), 1);
}

void TestAnnotationCanvas::wheelZoomsAroundCursor()
{
    const QPoint cursor(300, 200);
    const QPointF under = m_canvas->mapToImage(cursor);
    QWheelEvent wheel(cursor, m_canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &wheel);
    QCOMPARE(m_canvas->zoom(), 2.5);
    QVERIFY(QLineF(m_canvas->mapFromImage(under), cursor).length() <= 0.5);
    m_canvas->zoomToActualSize();
    QCOMPARE(m_canvas->zoom(), 1.0);
    m_canvas->fitToWindow();
    QCOMPARE(m_canvas->zoom(), 2.0);
}

void TestAnnotationCanvas::drawsShapesFromTilesAndRedrawsChanges()
{
    m_canvas->setFillOpacity(1);
    const Shape square = polygon({{50, 50}, {150, 50}, {150, 150}, {50, 150}});
    m_document->undoStack()->push(new AddShapesCommand(m_document.get(), {square}));
    QImage frame = viewport()->grab().toImage();
    QCOMPARE(frame.pixelColor(at(100, 100)), LabelColour);
    QCOMPARE(frame.pixelColor(at(300, 100)), QColor(0, 0, 255));

    Shape moved = square;
    moved.points.translate(200, 0);
    m_document->undoStack()->push(new ChangeShapesCommand(m_document.get(), {square}, {moved}));
    frame = viewport()->grab().toImage();
    QCOMPARE(frame.pixelColor(at(100, 100)), QColor(0, 0, 255));
    QCOMPARE(frame.pixelColor(at(300, 100)), LabelColour);

    Shape hidden = moved;
    hidden.hidden = true;
    m_document->undoStack()->push(new ChangeShapesCommand(m_document.get(), {moved}, {hidden}));
    frame = viewport()->grab().toImage();
    QCOMPARE(frame.pixelColor(at(300, 100)), QColor(0, 0, 255));
}

void TestAnnotationCanvas::loadsMissingTilesOnWorker()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor(0, 200, 0));
    m_canvas->setImage(std::make_shared<TestPyramid>(image, false));
    // The first frame has no tile at all and asks a worker for it; the view repaints once it is in.
    viewport()->grab();
    QTRY_COMPARE(viewport()->grab().toImage().pixelColor(at(100, 100)), QColor(0, 200, 0));
}

void TestAnnotationCanvas::digitKeysRequestLabels()
{
    QSignalSpy spy(m_canvas.get(), &AnnotationCanvas::labelKeyPressed);
    QTest::keyClick(m_canvas.get(), Qt::Key_3);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toInt(), 3);
}

QTEST_MAIN(TestAnnotationCanvas)
#include "tst_annotation_canvas.moc"

// Benchmark: the annotation canvas opening and panning a 4000 x 3000 image with 10,000 eight-point
// polygons in a 1600 x 1000 view (offscreen), beside a QGraphicsView holding one antialiased
// QGraphicsPolygonItem per shape (the naive way), and beside labelme 5.1.1 (Debian's, through its
// own MainWindow.loadFile and canvas.repaint, offscreen) on the same image and shapes written as a
// labelme file, all measured in the same run.
#include "core/annotation/image_document.h"
#include "core/imaging/decoded_pyramid_image.h"
#include "core/imaging/image_loader.h"
#include "core/tasks/task_context.h"
#include "ui/annotate/canvas/annotation_canvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsPixmapItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QPainter>
#include <QScrollBar>

#include <cmath>
#include <cstdio>
#include <numbers>
#include <optional>
#include <random>

using namespace atelier;

namespace {

constexpr QSize ImageSize(4000, 3000);
constexpr QSize ViewSize(1600, 1000);
constexpr int ShapeCount = 10000;
constexpr int LabelCount = 20;
constexpr int PanSteps = 60;
constexpr int PanStep = 37; // device pixels a frame

QImage makeImage()
{
    QImage image(ImageSize, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, ImageSize.width(), ImageSize.height());
    gradient.setColorAt(0, QColor(40, 60, 90));
    gradient.setColorAt(1, QColor(150, 130, 90));
    painter.fillRect(image.rect(), gradient);
    return image;
}

QList<Shape> makeShapes()
{
    std::mt19937 random(4242);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    QList<Shape> shapes;
    shapes.reserve(ShapeCount);
    for (int i = 0; i < ShapeCount; ++i) {
        Shape shape;
        shape.key = i + 1;
        shape.labelClassId = 1 + i % LabelCount;
        shape.kind = ShapeKind::Polygon;
        const double r = 8 + unit(random) * 30;
        const double cx = r + unit(random) * (ImageSize.width() - 2 * r);
        const double cy = r + unit(random) * (ImageSize.height() - 2 * r);
        for (int k = 0; k < 8; ++k) {
            const double angle = k * std::numbers::pi / 4;
            const double radius = r * (0.7 + 0.3 * unit(random));
            shape.points.append(QPointF(cx + radius * std::cos(angle), cy + radius * std::sin(angle)));
        }
        shapes.append(shape);
    }
    return shapes;
}

QHash<std::int64_t, QColor> labelColours()
{
    QHash<std::int64_t, QColor> colours;
    for (int label = 1; label <= LabelCount; ++label)
        colours.insert(label, QColor::fromHsv(label * 360 / (LabelCount + 1), 220, 240));
    return colours;
}

struct Figures
{
    double openMs = 0;
    double fittedFrameMs = 0;
    double panFrameMs = 0;
};

// Renders the viewport into an image, as a paint of the whole window would.
void frame(QGraphicsView &view, QImage &target)
{
    QPainter painter(&target);
    view.viewport()->render(&painter);
}

double panFrames(QGraphicsView &view, QImage &target)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < PanSteps; ++i) {
        QScrollBar *bar = i % 20 < 10 ? view.horizontalScrollBar() : view.verticalScrollBar();
        bar->setValue(bar->value() + PanStep);
        frame(view, target);
    }
    return double(timer.nsecsElapsed()) / 1e6 / PanSteps;
}

Figures measureCanvas(const QImage &image, const QList<Shape> &shapes)
{
    Figures figures;
    const auto pyramid = DecodedPyramidImage::fromImage(image);
    ImageDocument document(1, ImageSize, shapes, nullptr);
    AnnotationCanvas canvas;
    canvas.resize(ViewSize);
    canvas.setLabelColors(labelColours());
    canvas.show();
    QImage target(ViewSize, QImage::Format_ARGB32_Premultiplied);

    QElapsedTimer timer;
    timer.start();
    canvas.setImage(pyramid);
    canvas.setDocument(&document);
    frame(canvas, target);
    figures.openMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    for (int i = 0; i < 10; ++i)
        frame(canvas, target);
    figures.fittedFrameMs = double(timer.nsecsElapsed()) / 1e6 / 10;

    canvas.zoomToActualSize();
    frame(canvas, target);
    figures.panFrameMs = panFrames(canvas, target);
    return figures;
}

Figures measureItems(const QImage &image, const QList<Shape> &shapes)
{
    Figures figures;
    QGraphicsScene scene;
    QGraphicsView view(&scene);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(ViewSize);
    view.show();
    QImage target(ViewSize, QImage::Format_ARGB32_Premultiplied);
    const QHash<std::int64_t, QColor> colours = labelColours();

    QElapsedTimer timer;
    timer.start();
    scene.addPixmap(QPixmap::fromImage(image));
    for (const Shape &shape : shapes) {
        QColor fill = colours.value(shape.labelClassId);
        QPen pen(fill, 1.5);
        pen.setCosmetic(true);
        fill.setAlphaF(0.4f);
        scene.addPolygon(shape.points, pen, fill);
    }
    view.fitInView(QRectF(QPointF(0, 0), QSizeF(ImageSize)), Qt::KeepAspectRatio);
    frame(view, target);
    figures.openMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    for (int i = 0; i < 10; ++i)
        frame(view, target);
    figures.fittedFrameMs = double(timer.nsecsElapsed()) / 1e6 / 10;

    view.resetTransform();
    view.centerOn(ImageSize.width() / 2.0, ImageSize.height() / 2.0);
    frame(view, target);
    figures.panFrameMs = panFrames(view, target);
    return figures;
}

} // namespace

// From the file on disk: decode the PNG, then set and paint as above (what labelme's open does).
double measureCanvasOpenFromDisk(const QString &imagePath, const QList<Shape> &shapes)
{
    AnnotationCanvas canvas;
    canvas.resize(ViewSize);
    canvas.setLabelColors(labelColours());
    canvas.show();
    QImage target(ViewSize, QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    TaskContext context;
    auto pyramid = ImageLoader::load(imagePath, {}, context);
    if (!pyramid) {
        std::fprintf(stderr, "%s\n", qPrintable(pyramid.error().toString()));
        return 0;
    }
    ImageDocument document(1, ImageSize, shapes, nullptr);
    canvas.setImage(*pyramid);
    canvas.setDocument(&document);
    frame(canvas, target);
    return double(timer.nsecsElapsed()) / 1e6;
}

struct LabelmeFigures
{
    double openMs = 0;
    double frameMs = 0;
};

// Writes the image and shapes as labelme would save them, then times labelme on them.
std::optional<LabelmeFigures> measureLabelme(const QString &folder, const QList<Shape> &shapes)
{
    QJsonArray labelmeShapes;
    for (const Shape &shape : shapes) {
        QJsonArray points;
        for (const QPointF &point : shape.points)
            points.append(QJsonArray{point.x(), point.y()});
        labelmeShapes.append(QJsonObject{{QStringLiteral("label"), QStringLiteral("label%1").arg(shape.labelClassId)},
                                         {QStringLiteral("points"), points},
                                         {QStringLiteral("group_id"), QJsonValue::Null},
                                         {QStringLiteral("shape_type"), QStringLiteral("polygon")},
                                         {QStringLiteral("flags"), QJsonObject{}}});
    }
    const QJsonObject file{{QStringLiteral("version"), QStringLiteral("5.1.1")},
                           {QStringLiteral("flags"), QJsonObject{}},
                           {QStringLiteral("shapes"), labelmeShapes},
                           {QStringLiteral("imagePath"), QStringLiteral("canvas.png")},
                           {QStringLiteral("imageData"), QJsonValue::Null},
                           {QStringLiteral("imageHeight"), ImageSize.height()},
                           {QStringLiteral("imageWidth"), ImageSize.width()}};
    QFile json(folder + QStringLiteral("/canvas.json"));
    if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(file).toJson()) < 0)
        return std::nullopt;
    json.close();

    const QString script = qEnvironmentVariable("ATELIER_SOURCE_DIR") + QStringLiteral("/tests/bench/labelme_canvas.py");
    QProcess labelme;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), folder); // labelme writes ~/.labelmerc
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    labelme.setProcessEnvironment(environment);
    labelme.start(QStringLiteral("/usr/bin/python3"), {script, json.fileName(), QStringLiteral("3")});
    if (!labelme.waitForFinished(600'000) || labelme.exitCode() != 0) {
        std::printf("labelme: could not be run (%s)\n", labelme.readAllStandardError().right(300).constData());
        return std::nullopt;
    }
    const QJsonObject result = QJsonDocument::fromJson(labelme.readAllStandardOutput().trimmed()).object();
    return LabelmeFigures{result.value(QStringLiteral("open_ms")).toDouble(),
                          result.value(QStringLiteral("frame_ms")).toDouble()};
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QImage image = makeImage();
    const QList<Shape> shapes = makeShapes();
    const Figures items = measureItems(image, shapes);
    const Figures canvas = measureCanvas(image, shapes);
    std::printf("annotation canvas, %dx%d image, %d eight-point polygons, %dx%d view\n", ImageSize.width(),
                ImageSize.height(), ShapeCount, ViewSize.width(), ViewSize.height());
    std::printf("%-28s %12s %22s %8s\n", "", "canvas", "item-per-shape view", "ratio");
    const auto row = [](const char *name, double ours, double theirs) {
        std::printf("%-28s %9.1f ms %19.1f ms %7.1fx\n", name, ours, theirs, theirs / ours);
    };
    row("open (set + first frame)", canvas.openMs, items.openMs);
    row("frame, fitted", canvas.fittedFrameMs, items.fittedFrameMs);
    row("frame while panning at 1:1", canvas.panFrameMs, items.panFrameMs);

    QTemporaryDir folder;
    const QString imagePath = folder.filePath(QStringLiteral("canvas.png"));
    if (!folder.isValid() || !image.save(imagePath)) {
        std::printf("could not write %s\n", qPrintable(imagePath));
        return 1;
    }
    const double openFromDisk = measureCanvasOpenFromDisk(imagePath, shapes);
    if (const auto labelme = measureLabelme(folder.path(), shapes)) {
        std::printf("\n%-28s %12s %22s %8s\n", "", "canvas", "labelme 5.1.1", "ratio");
        row("open the file (PNG + shapes)", openFromDisk, labelme->openMs);
        row("repaint one frame, fitted", canvas.fittedFrameMs, labelme->frameMs);
    }
    return 0;
}

// DemoImagePainter: a noisy gradient background with 1 to 4 filled shapes that do not overlap.
#include "core/project/demo_image_painter.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>
#include <random>

namespace atelier {

namespace {

constexpr int CirclePoints = 32;
constexpr int MaxObjects = 4;
constexpr int PlacementTries = 20;

QPolygonF regularPolygon(QPointF centre, double radius, int corners, double rotation)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double angle = rotation + 2 * std::numbers::pi * i / corners;
        polygon << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return polygon;
}

QPolygonF outlineFor(const QString &label, QPointF centre, double radius, double rotation)
{
    if (label == QLatin1String("circle"))
        return regularPolygon(centre, radius, CirclePoints, 0);
    if (label == QLatin1String("square"))
        return regularPolygon(centre, radius, 4, rotation);
    return regularPolygon(centre, radius, 3, rotation);
}

void paintBackground(QImage &image, std::mt19937 &random)
{
    std::uniform_int_distribution<int> tone(40, 200);
    const QColor from(tone(random), tone(random), tone(random));
    const QColor to(tone(random), tone(random), tone(random));
    const int width = image.width();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const double t = double(x + y) / double(width + image.height());
            // Uniform noise in [-12, 12]: cheap, and enough to make the task non-trivial.
            auto channel = [&](int a, int b) {
                return std::clamp(int(a + (b - a) * t) + int(random() % 25) - 12, 0, 255);
            };
            line[x] = qRgb(channel(from.red(), to.red()), channel(from.green(), to.green()),
                           channel(from.blue(), to.blue()));
        }
    }
}

} // namespace

QStringList DemoImagePainter::labels()
{
    return {QStringLiteral("circle"), QStringLiteral("square"), QStringLiteral("triangle")};
}

DemoImage DemoImagePainter::paint(std::uint32_t seed, int width, int height)
{
    std::mt19937 random(seed);
    DemoImage demo{QImage(width, height, QImage::Format_RGB32), {}};
    paintBackground(demo.image, random);

    const QStringList names = labels();
    const double shortSide = std::min(width, height);
    std::uniform_int_distribution<int> objectCount(1, MaxObjects);
    std::uniform_int_distribution<int> labelIndex(0, int(names.size()) - 1);
    std::uniform_real_distribution<double> radiusOf(shortSide * 0.08, shortSide * 0.2);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> colour(0, 359);

    QPainter painter(&demo.image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    QList<QRectF> taken;
    const int wanted = objectCount(random);
    for (int tries = 0; demo.objects.size() < wanted && tries < PlacementTries * MaxObjects; ++tries) {
        const QString label = names.at(labelIndex(random));
        const double radius = radiusOf(random);
        const QPointF centre(radius + unit(random) * (width - 2 * radius),
                             radius + unit(random) * (height - 2 * radius));
        const QPolygonF outline = outlineFor(label, centre, radius, unit(random) * std::numbers::pi);
        const QRectF bounds = outline.boundingRect().adjusted(-3, -3, 3, 3);
        if (std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(bounds); }))
            continue;
        taken << bounds;
        painter.setBrush(QColor::fromHsv(colour(random), 170, 230));
        painter.drawPolygon(outline);
        demo.objects.append({label, outline});
    }
    return demo;
}

} // namespace atelier

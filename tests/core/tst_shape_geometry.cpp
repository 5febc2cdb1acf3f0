// Tests Shape's geometry JSON: every kind reads back exactly what was written; malformed JSON is refused, by the pane and by exports (ShapeGeometry) alike.
#include "core/annotation/shape.h"
#include "core/datasets/dataset_reader.h"
#include "core/datasets/formats/shape_geometry.h"

#include <QRandomGenerator>
#include <QtTest>

#include <bit>
#include <cmath>

using namespace atelier;

namespace {

constexpr int Iterations = 3000;

double uniform(QRandomGenerator &random, double lowest, double highest)
{
    return lowest + random.bounded(highest - lowest);
}

// A coordinate: mostly pixel positions with fractions, sometimes any finite double at all.
double randomCoordinate(QRandomGenerator &random)
{
    if (random.bounded(4) != 0)
        return uniform(random, -1000.0, 20000.0);
    for (;;) {
        const double value = std::bit_cast<double>(random.generate64());
        if (std::isfinite(value) && value != 0)
            return value;
    }
}

QPolygonF randomPoints(QRandomGenerator &random, int count)
{
    QPolygonF points;
    for (int i = 0; i < count; ++i)
        points.append(QPointF(randomCoordinate(random), randomCoordinate(random)));
    return points;
}

MaskRle randomMask(QRandomGenerator &random)
{
    const int height = random.bounded(0, 40), width = random.bounded(0, 40);
    std::vector<std::uint8_t> pixels(std::size_t(height) * std::size_t(width));
    const int density = random.bounded(1, 10);
    for (auto &pixel : pixels)
        pixel = random.bounded(10) < density ? 1 : 0;
    return MaskRle::fromMask(pixels.data(), height, width);
}

Shape randomShape(QRandomGenerator &random, ShapeKind kind)
{
    Shape shape;
    shape.kind = kind;
    switch (kind) {
    case ShapeKind::Box: shape.points = randomPoints(random, 2); break;
    case ShapeKind::RotatedBox:
        shape.points = randomPoints(random, 2);
        shape.rotation = random.bounded(3) == 0 ? 0.0 : uniform(random, -360.0, 360.0);
        break;
    case ShapeKind::Polygon: shape.points = randomPoints(random, random.bounded(3, 40)); break;
    case ShapeKind::Polyline: shape.points = randomPoints(random, random.bounded(2, 40)); break;
    case ShapeKind::Point: shape.points = randomPoints(random, 1); break;
    case ShapeKind::Mask: shape.mask = randomMask(random); break;
    }
    return shape;
}

// Exact equality of the geometry (QPointF's operator== is fuzzy, this is not).
bool sameGeometry(const Shape &a, const Shape &b)
{
    if (a.points.size() != b.points.size() || a.rotation != b.rotation || !(a.mask == b.mask))
        return false;
    for (qsizetype i = 0; i < a.points.size(); ++i) {
        if (a.points[i].x() != b.points[i].x() || a.points[i].y() != b.points[i].y())
            return false;
    }
    return true;
}

} // namespace

class TestShapeGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindNamesRoundTrip_data()
    {
        QTest::addColumn<ShapeKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("box") << ShapeKind::Box << QStringLiteral("box");
        QTest::newRow("rotated_box") << ShapeKind::RotatedBox << QStringLiteral("rotated_box");
        QTest::newRow("polygon") << ShapeKind::Polygon << QStringLiteral("polygon");
        QTest::newRow("polyline") << ShapeKind::Polyline << QStringLiteral("polyline");
        QTest::newRow("point") << ShapeKind::Point << QStringLiteral("point");
        QTest::newRow("mask") << ShapeKind::Mask << QStringLiteral("mask");
    }

    void kindNamesRoundTrip()
    {
        QFETCH(ShapeKind, kind);
        QFETCH(QString, name);
        QCOMPARE(shapeKindName(kind), name);
        QCOMPARE(shapeKindFromName(name), std::optional(kind));
    }

    void unknownKindNameIsRefused()
    {
        QVERIFY(!shapeKindFromName(u"ellipse"));
        QVERIFY(!shapeKindFromName(u"Box"));
    }

    void geometryIsTheStoreConvention()
    {
        Shape box;
        box.kind = ShapeKind::Box;
        box.points = {QPointF(1.5, 2), QPointF(10.25, 20)};
        QCOMPARE(shapeGeometryJson(box), QByteArray(R"({"points":[1.5,2,10.25,20]})"));
        Shape rotated = box;
        rotated.kind = ShapeKind::RotatedBox;
        rotated.rotation = 30.5;
        QCOMPARE(shapeGeometryJson(rotated), QByteArray(R"({"points":[1.5,2,10.25,20],"rotation":30.5})"));
        Shape point;
        point.kind = ShapeKind::Point;
        point.points = {QPointF(0.1, 0.2)};
        QCOMPARE(shapeGeometryJson(point), QByteArray(R"({"points":[0.1,0.2]})"));
        Shape mask;
        mask.kind = ShapeKind::Mask;
        const std::uint8_t pixels[] = {0, 1, 1, 1};
        mask.mask = MaskRle::fromMask(pixels, 2, 2);
        QCOMPARE(shapeGeometryJson(mask), QByteArray(R"({"rle":")") + mask.mask.toCompressedString()
                                              + QByteArray(R"(","size":[2,2]})"));
    }

    void everyKindRoundTripsExactly_data()
    {
        QTest::addColumn<ShapeKind>("kind");
        QTest::newRow("box") << ShapeKind::Box;
        QTest::newRow("rotated_box") << ShapeKind::RotatedBox;
        QTest::newRow("polygon") << ShapeKind::Polygon;
        QTest::newRow("polyline") << ShapeKind::Polyline;
        QTest::newRow("point") << ShapeKind::Point;
        QTest::newRow("mask") << ShapeKind::Mask;
    }

    void everyKindRoundTripsExactly()
    {
        QFETCH(ShapeKind, kind);
        QRandomGenerator random(20240611u + quint32(kind));
        for (int i = 0; i < Iterations; ++i) {
            const Shape written = randomShape(random, kind);
            const QByteArray json = shapeGeometryJson(written);
            Shape read;
            read.kind = kind;
            const Status ok = readShapeGeometry(read, json);
            QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
            QVERIFY2(sameGeometry(written, read), json.constData());
            QCOMPARE(shapeGeometryJson(read), json);
        }
    }

    void readingReplacesTheOtherKindsFields()
    {
        Shape shape;
        shape.kind = ShapeKind::Mask;
        const std::uint8_t pixels[] = {1};
        shape.mask = MaskRle::fromMask(pixels, 1, 1);
        shape.rotation = 12;
        shape.kind = ShapeKind::Polygon;
        QVERIFY(readShapeGeometry(shape, R"({"points":[0,0,4,0,4,3]})"));
        QCOMPARE(shape.points, QPolygonF({QPointF(0, 0), QPointF(4, 0), QPointF(4, 3)}));
        QCOMPARE(shape.mask, MaskRle());
        QCOMPARE(shape.rotation, 0.0);
    }

    void malformedGeometryIsRefused_data()
    {
        QTest::addColumn<ShapeKind>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << ShapeKind::Box << QByteArray("{points: [1, 2") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << ShapeKind::Box << QByteArray("[1, 2, 3, 4]") << QStringLiteral("not a JSON object");
        QTest::newRow("no points") << ShapeKind::Polygon << QByteArray("{}") << QStringLiteral("no \"points\" list");
        QTest::newRow("points not a list") << ShapeKind::Polygon << QByteArray(R"({"points": 4})") << QStringLiteral("no \"points\" list");
        QTest::newRow("box of 3") << ShapeKind::Box << QByteArray(R"({"points": [1, 2, 3]})") << QStringLiteral("exactly 4 coordinates");
        QTest::newRow("box of 6") << ShapeKind::Box << QByteArray(R"({"points": [1, 2, 3, 4, 5, 6]})") << QStringLiteral("exactly 4 coordinates");
        QTest::newRow("point of 4") << ShapeKind::Point << QByteArray(R"({"points": [1, 2, 3, 4]})") << QStringLiteral("exactly 2 coordinates");
        QTest::newRow("odd polygon") << ShapeKind::Polygon << QByteArray(R"({"points": [1, 2, 3]})") << QStringLiteral("even number");
        QTest::newRow("empty polyline") << ShapeKind::Polyline << QByteArray(R"({"points": []})") << QStringLiteral("even number");
        QTest::newRow("text coordinate") << ShapeKind::Box << QByteArray(R"({"points": [1, 2, 3, "4"]})") << QStringLiteral("must all be numbers");
        QTest::newRow("null coordinate") << ShapeKind::Polyline << QByteArray(R"({"points": [1, null]})") << QStringLiteral("must all be numbers");
        QTest::newRow("text rotation") << ShapeKind::RotatedBox << QByteArray(R"({"points": [1, 2, 3, 4], "rotation": "30"})") << QStringLiteral("rotation");
        QTest::newRow("mask without rle") << ShapeKind::Mask << QByteArray(R"({"size": [2, 2]})") << QStringLiteral("no \"rle\" string");
        QTest::newRow("mask without size") << ShapeKind::Mask << QByteArray(R"({"rle": "04"})") << QStringLiteral("\"size\"");
        QTest::newRow("mask negative size") << ShapeKind::Mask << QByteArray(R"({"rle": "04", "size": [-2, 2]})") << QStringLiteral("\"size\"");
        QTest::newRow("mask fractional size") << ShapeKind::Mask << QByteArray(R"({"rle": "04", "size": [2.5, 2]})") << QStringLiteral("\"size\"");
        QTest::newRow("mask bad counts") << ShapeKind::Mask << QByteArray(R"({"rle": "~~", "size": [2, 2]})") << QStringLiteral("run lengths");
        QTest::newRow("mask wrong total") << ShapeKind::Mask << QByteArray(R"({"rle": "03", "size": [2, 2]})") << QStringLiteral("run lengths");
    }

    void malformedGeometryIsRefused()
    {
        QFETCH(ShapeKind, kind);
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        Shape shape;
        shape.kind = kind;
        shape.points = {QPointF(7, 7)};
        const Shape before = shape;
        const Status read = readShapeGeometry(shape, json);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
        QVERIFY(sameGeometry(shape, before)); // a refused read leaves the shape as it was
    }

    // Exports read geometry through the same parser: the same numbers, the same refusals.
    void exportsReadTheSameGeometry_data() { everyKindRoundTripsExactly_data(); }
    void exportsReadTheSameGeometry()
    {
        QFETCH(ShapeKind, kind);
        QRandomGenerator random(20251125u + quint32(kind));
        for (int i = 0; i < Iterations / 10; ++i) {
            const Shape written = randomShape(random, kind);
            const StoredShape stored{1, 1, shapeKindName(kind), shapeGeometryJson(written), QByteArray("{\"difficult\":true}"), {}};
            auto parsed = ShapeGeometry::parse(stored);
            QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
            std::vector<double> xy;
            for (const QPointF &point : written.points)
                xy.push_back(point.x()), xy.push_back(point.y());
            QVERIFY(parsed->points == xy);
            QCOMPARE(parsed->rotation, written.rotation);
            QCOMPARE(parsed->mask.has_value(), kind == ShapeKind::Mask);
            if (parsed->mask)
                QCOMPARE(*parsed->mask, written.mask);
            QCOMPARE(parsed->attributes.value(u"difficult").toBool(), true);
        }
    }

    void exportsRefuseMalformedGeometry_data()
    {
        malformedGeometryIsRefused_data();
        // What the pane keeps but an export cannot write.
        QTest::newRow("polygon of 2 points") << ShapeKind::Polygon << QByteArray(R"({"points": [1, 2, 3, 4]})") << QStringLiteral("at least 6");
        QTest::newRow("polyline of 1 point") << ShapeKind::Polyline << QByteArray(R"({"points": [1, 2]})") << QStringLiteral("at least 4");
    }

    void exportsRefuseMalformedGeometry()
    {
        QFETCH(ShapeKind, kind);
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto parsed = ShapeGeometry::parse({1, 1, shapeKindName(kind), json, QByteArray("{}"), {}});
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    void boundingRectCoversTheShape()
    {
        Shape box;
        box.kind = ShapeKind::Box;
        box.points = {QPointF(10, 8), QPointF(2, 4)};
        QCOMPARE(box.boundingRect(), QRectF(2, 4, 8, 4));
        Shape rotated = box;
        rotated.kind = ShapeKind::RotatedBox;
        rotated.points = {QPointF(0, 0), QPointF(4, 2)};
        rotated.rotation = 90;
        QCOMPARE(rotated.boundingRect(), QRectF(1, -1, 2, 4));
        Shape polygon;
        polygon.points = {QPointF(1, 5), QPointF(3, -2), QPointF(-4, 0)};
        QCOMPARE(polygon.boundingRect(), QRectF(-4, -2, 7, 7));
        Shape mask;
        mask.kind = ShapeKind::Mask;
        const std::uint8_t pixels[] = {0, 0, 0, 0, 1, 1, 0, 1, 0}; // 3 x 3, row-major
        mask.mask = MaskRle::fromMask(pixels, 3, 3);
        QCOMPARE(mask.boundingRect(), QRectF(1, 1, 2, 2));
    }
};

QTEST_GUILESS_MAIN(TestShapeGeometry)
#include "tst_shape_geometry.moc"

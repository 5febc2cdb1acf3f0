// Tests MaskRle against pycocotools: its reference vectors, cases computed with cocoapi's maskApi.c,
// round trips over random masks, and malformed input that must fail cleanly.
#include "core/annotation/mask_rle.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <limits>

using namespace atelier;

using Polygons = QList<QList<double>>;
using Counts = QList<qint64>;

namespace {

// A mask as "0110..." (row-major), so that a failed comparison prints something readable.
QByteArray digits(const std::vector<std::uint8_t> &mask)
{
    QByteArray text;
    for (const std::uint8_t value : mask)
        text.append(value ? '1' : '0');
    return text;
}

std::vector<std::uint8_t> fromDigits(const QByteArray &text)
{
    std::vector<std::uint8_t> mask;
    for (const char digit : text)
        mask.push_back(digit == '1' ? 1 : 0);
    return mask;
}

// The reference file's "mask_rows": one string of 0/1 a row, top row first.
QByteArray joinedRows(const QJsonArray &rows)
{
    QByteArray text;
    for (const QJsonValue &row : rows)
        text += row.toString().toLatin1();
    return text;
}

QList<double> toDoubles(const QJsonArray &array)
{
    QList<double> values;
    for (const QJsonValue &value : array)
        values.append(value.toDouble());
    return values;
}

// What pycocotools' annToRLE does with a polygon segmentation: frPyObjects, then merge.
Result<MaskRle> rasterise(const Polygons &parts, int height, int width)
{
    std::vector<MaskRle> masks;
    for (const QList<double> &part : parts) {
        const Result<MaskRle> mask = MaskRle::fromPolygon(part, height, width);
        if (!mask)
            return mask;
        masks.push_back(*mask);
    }
    return MaskRle::merge(masks);
}

// The tight box of the set pixels, found by looking at every pixel, as a second opinion on rleToBbox.
MaskRle::BoundingBox tightBox(const std::vector<std::uint8_t> &mask, int height, int width)
{
    int left = width, top = height, right = -1, bottom = -1;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            if (!mask[std::size_t(y) * width + x])
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    if (right < 0)
        return {};
    return {double(left), double(top), double(right - left + 1), double(bottom - top + 1)};
}

// Noise, a disc or stripes: runs short and long, so that counts need one to four characters.
std::vector<std::uint8_t> randomMask(QRandomGenerator &random, int height, int width)
{
    const int style = int(random.bounded(3));
    const double density = random.generateDouble();
    const int cx = int(random.bounded(width + 1)), cy = int(random.bounded(height + 1));
    const int radius = int(random.bounded(std::max(height, width) + 1));
    const int period = 1 + int(random.bounded(9));
    std::vector<std::uint8_t> mask(std::size_t(height) * width);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            bool set = false;
            if (style == 0)
                set = random.generateDouble() < density;
            else if (style == 1)
                set = (x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius;
            else
                set = (x + 2 * y) / period % 2 == 0;
            mask[std::size_t(y) * width + x] = set ? 1 : 0;
        }
    }
    return mask;
}

QString errorOf(const Result<MaskRle> &result)
{
    return result ? QStringLiteral("(no error)") : result.error().toString();
}

} // namespace

class TestMaskRle : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_vectors;

private Q_SLOTS:
    void initTestCase()
    {
        const QString root = qEnvironmentVariable("ATELIER_SOURCE_DIR");
        QVERIFY2(!root.isEmpty(), "ATELIER_SOURCE_DIR is not set; run the test through ctest.");
        QFile file(root + QStringLiteral("/tests/data/coco-eval/rle_vectors.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName() + QLatin1Char(' ') + file.errorString()));
        QJsonParseError error;
        m_vectors = QJsonDocument::fromJson(file.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(!m_vectors.value(QLatin1String("masks")).toArray().isEmpty());
        QVERIFY(!m_vectors.value(QLatin1String("polygons")).toArray().isEmpty());
    }

    // pycocotools' mask.encode, area and toBbox on each reference mask.
    void referenceMasks_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::addColumn<QByteArray>("mask");
        QTest::addColumn<QByteArray>("counts");
        QTest::addColumn<qint64>("area");
        QTest::addColumn<QList<double>>("bbox");
        const QJsonArray masks = m_vectors.value(QLatin1String("masks")).toArray();
        for (qsizetype i = 0; i < masks.size(); ++i) {
            const QJsonObject mask = masks[i].toObject();
            const int height = mask.value(QLatin1String("height")).toInt();
            const int width = mask.value(QLatin1String("width")).toInt();
            QTest::addRow("mask %d (%dx%d)", int(i), height, width)
                << height << width << joinedRows(mask.value(QLatin1String("mask_rows")).toArray())
                << mask.value(QLatin1String("counts")).toString().toLatin1()
                << mask.value(QLatin1String("area")).toInteger()
                << toDoubles(mask.value(QLatin1String("bbox")).toArray());
        }
    }

    void referenceMasks()
    {
        QFETCH(int, height);
        QFETCH(int, width);
        QFETCH(QByteArray, mask);
        QFETCH(QByteArray, counts);
        QFETCH(qint64, area);
        QFETCH(QList<double>, bbox);
        QCOMPARE(mask.size(), qsizetype(height) * width);
        const MaskRle encoded = MaskRle::fromMask(fromDigits(mask).data(), height, width);
        QCOMPARE(encoded.toCompressedString(), counts);
        QCOMPARE(qint64(encoded.area()), area);
        const MaskRle::BoundingBox box = encoded.boundingBox();
        QCOMPARE((QList<double>{box.x, box.y, box.width, box.height}), bbox); // exact, as pycocotools'

        const Result<MaskRle> decoded = MaskRle::fromCompressedString(counts, height, width);
        QVERIFY2(decoded, qPrintable(errorOf(decoded)));
        QCOMPARE(digits(decoded->toMask()), mask);
        QVERIFY(*decoded == encoded);
    }

    // pycocotools' frPyObjects + merge on each reference polygon.
    void referencePolygons_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::addColumn<QList<double>>("polygon");
        QTest::addColumn<QByteArray>("mask");
        QTest::addColumn<QByteArray>("counts");
        QTest::addColumn<qint64>("area");
        const QJsonArray polygons = m_vectors.value(QLatin1String("polygons")).toArray();
        for (qsizetype i = 0; i < polygons.size(); ++i) {
            const QJsonObject polygon = polygons[i].toObject();
            QTest::addRow("polygon %d", int(i))
                << polygon.value(QLatin1String("height")).toInt() << polygon.value(QLatin1String("width")).toInt()
                << toDoubles(polygon.value(QLatin1String("polygon")).toArray())
                << joinedRows(polygon.value(QLatin1String("mask_rows")).toArray())
                << polygon.value(QLatin1String("counts")).toString().toLatin1()
                << polygon.value(QLatin1String("area")).toInteger();
        }
    }

    void referencePolygons()
    {
        QFETCH(int, height);
        QFETCH(int, width);
        QFETCH(QList<double>, polygon);
        QFETCH(QByteArray, mask);
        QFETCH(QByteArray, counts);
        QFETCH(qint64, area);
        const Result<MaskRle> rasterised = MaskRle::fromPolygon(polygon, height, width);
        QVERIFY2(rasterised, qPrintable(errorOf(rasterised)));
        QCOMPARE(rasterised->toCompressedString(), counts);
        QCOMPARE(qint64(rasterised->area()), area);
        QCOMPARE(digits(rasterised->toMask()), mask);
        const Result<MaskRle> merged = MaskRle::merge(std::span(&*rasterised, 1));
        QVERIFY(merged && *merged == *rasterised);
    }

    // Expected strings computed with cocoapi's common/maskApi.c (commit 8c9bcc3): rleFrPoly on
    // each part, rleMerge (union), rleToString. They cover what the reference file does not:
    // several parts, vertices outside the image, repeated vertices, negative fractions (where C's
    // truncating cast differs from rounding), degenerate polygons and far vertices.
    void polygonEdgeCases_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::addColumn<Polygons>("parts");
        QTest::addColumn<QByteArray>("counts");
        QTest::addColumn<qint64>("area");
        QTest::newRow("two disjoint squares") << 20 << 30
            << Polygons{{2, 2, 10, 2, 10, 10, 2, 10}, {15, 4, 25, 4, 25, 12, 15, 12}}
            << QByteArray("Z18<0000000000000V30jL00000000000000000P3") << qint64(144);
        QTest::newRow("overlapping triangles") << 20 << 30 << Polygons{{1, 1, 20, 3, 6, 18}, {4, 15, 28, 2, 26, 19}}
            << QByteArray("e02b03M3M4L3N0OO1000000001O0001FK35LK55JL64IL970O1O100O2O0O10L3H_1") << qint64(334);
        QTest::newRow("three overlapping parts") << 20 << 30
            << Polygons{{1, 1, 12, 1, 12, 9}, {8, 5, 20, 5, 14, 16}, {0, 19, 29, 19, 15, 10.5}}
            << QByteArray("V1120>0B1<0D0;1E0:0F180H17OI160J24NL32NN40L48000000000FM33LO31K158O001O1O001O001Of0")
            << qint64(209);
        QTest::newRow("crossing the borders") << 20 << 30 << Polygons{{-5, -3, 12, -1, 35, 10, 8, 25}}
            << QByteArray("09;2N2N2N2N2NQ50oJ001O0O2O0O2N101N100O2O0O2O0OJ") << qint64(456);
        QTest::newRow("repeated vertices") << 20 << 30 << Polygons{{3, 3, 3, 3, 15, 4, 15, 4, 15, 4, 9, 14, 3, 3}}
            << QByteArray("o11c02N1O2N2N2OO0N2O1N2N2OY9") << qint64(61);
        QTest::newRow("negative fractions near 0") << 20 << 30
            << Polygons{{-0.3, -0.2, -0.1, 10.4, 6.6, -0.5, 12.1, 7.9}}
            << QByteArray("09<N2M2Od00\\O110001N10f;") << qint64(42);
        QTest::newRow("odd coordinate count") << 20 << 30 << Polygons{{2, 2, 12, 3, 7, 11, 99}}
            << QByteArray("Z11c02N1O2N2OO0O1N2N2OV;") << qint64(42);
        QTest::newRow("segment only") << 20 << 30 << Polygons{{4, 4, 20, 15}} << QByteArray("hb0") << qint64(0);
        QTest::newRow("single point") << 20 << 30 << Polygons{{5, 5}} << QByteArray("hb0") << qint64(0);
        QTest::newRow("no points") << 20 << 30 << Polygons{{}} << QByteArray("hb0") << qint64(0);
        // A pixel is in when its centre is inside; the right and bottom edges are not.
        QTest::newRow("through pixel centres") << 20 << 30 << Polygons{{0, 0, 29, 0, 29, 19, 0, 19}}
            << QByteArray("0c010000000000000000000000000000000000000000000000000000000d0") << qint64(551);
        QTest::newRow("along pixel corners") << 20 << 30 << Polygons{{-0.5, -0.5, 29.5, -0.5, 29.5, 19.5, -0.5, 19.5}}
            << QByteArray("0hb0") << qint64(600);
        QTest::newRow("far vertex") << 20 << 30 << Polygons{{2, 2, 1e7, 8, 3, 15}}
            << QByteArray("Z16>7I000000000000000000000000000000000000000000000000000N") << qint64(357);
        QTest::newRow("far negative vertex") << 20 << 30 << Polygons{{-2e6, -1e6, 10, 5, 12, 12}}
            << QByteArray("06?0O010O010O010O0101N3Nm:") << qint64(66);
        QTest::newRow("one-pixel image") << 1 << 1 << Polygons{{0, 0, 1, 0, 1, 1, 0, 1}} << QByteArray("01")
                                         << qint64(1);
    }

    void polygonEdgeCases()
    {
        QFETCH(int, height);
        QFETCH(int, width);
        QFETCH(Polygons, parts);
        QFETCH(QByteArray, counts);
        QFETCH(qint64, area);
        const Result<MaskRle> mask = rasterise(parts, height, width);
        QVERIFY2(mask, qPrintable(errorOf(mask)));
        QCOMPARE(mask->toCompressedString(), counts);
        QCOMPARE(qint64(mask->area()), area);

        // The union is the pixelwise OR of the parts.
        std::vector<std::uint8_t> united(std::size_t(height) * width, 0);
        for (const QList<double> &part : parts) {
            const std::vector<std::uint8_t> pixels = MaskRle::fromPolygon(part, height, width)->toMask();
            std::transform(united.begin(), united.end(), pixels.begin(), united.begin(), std::bit_or<>());
        }
        QCOMPARE(digits(mask->toMask()), digits(united));
    }

    // Vertices at the largest distance allowed still rasterise at once: the walk skips the stretches
    // of an edge outside the image instead of visiting its 5e8 points.
    void farVerticesTakeNoTime()
    {
        QElapsedTimer timer;
        timer.start();
        const QList<double> polygon{-1e8, -1e8, 1e8, 3, 5, 1e8, 1e8, 1e8};
        const Result<MaskRle> mask = MaskRle::fromPolygon(polygon, 50, 60);
        QVERIFY2(mask, qPrintable(errorOf(mask)));
        QVERIFY(mask->area() > 0);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    // Uncompressed RLE keeps its counts as given, zero-length runs included, as pycocotools'
    // frUncompressedRLE does; strings, areas and boxes from maskApi.c. Counts near 2^32 need seven
    // characters, and deltas below -2^31, which rleFrString itself misreads (it shifts an int
    // past 31 bits and decodes 219 as 4294835995 in the fourth row); we read them back exactly.
    void uncompressedCounts_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::addColumn<Counts>("counts");
        QTest::addColumn<QByteArray>("string");
        QTest::addColumn<qint64>("area");
        QTest::addColumn<QList<double>>("bbox");
        QTest::newRow("zero-length runs") << 4 << 4 << Counts{5, 0, 0, 11} << QByteArray("500;") << qint64(11)
                                          << QList<double>{1, 0, 3, 4};
        // rleToBbox subtracts 1 from a sum of 0 in unsigned arithmetic: a nonsense box, kept.
        QTest::newRow("two zero-length runs first") << 4 << 4 << Counts{0, 0, 16} << QByteArray("00`0") << qint64(0)
                                                    << QList<double>{0, 0, 1073741824, 4};
        QTest::newRow("one run of 2^32 - 131071") << 65535 << 65535 << Counts{4294836225} << QByteArray("QPPloo3")
                                                  << qint64(0) << QList<double>{0, 0, 0, 0};
        QTest::newRow("large negative delta") << 65535 << 65535 << Counts{1, 2, 4294836000, 3, 219}
                                              << QByteArray("12Piokoo31k]PTPPL") << qint64(5)
                                              << QList<double>{0, 1, 65535, 65315};
        QTest::newRow("runs of 2^31") << 65535 << 65535 << Counts{2147483648, 1, 2147352575, 1}
                                      << QByteArray("PPPPPP21oookoo10") << qint64(2)
                                      << QList<double>{32768, 32768, 32767, 32767};
    }

    void uncompressedCounts()
    {
        QFETCH(int, height);
        QFETCH(int, width);
        QFETCH(Counts, counts);
        QFETCH(QByteArray, string);
        QFETCH(qint64, area);
        QFETCH(QList<double>, bbox);
        const Result<MaskRle> mask = MaskRle::fromUncompressedCounts(counts, height, width);
        QVERIFY2(mask, qPrintable(errorOf(mask)));
        QCOMPARE(mask->counts(), std::vector<std::uint32_t>(counts.begin(), counts.end()));
        QCOMPARE(mask->toCompressedString(), string);
        QCOMPARE(qint64(mask->area()), area);
        const MaskRle::BoundingBox box = mask->boundingBox();
        QCOMPARE((QList<double>{box.x, box.y, box.width, box.height}), bbox);
        const Result<MaskRle> decoded = MaskRle::fromCompressedString(string, height, width);
        QVERIFY2(decoded, qPrintable(errorOf(decoded)));
        QVERIFY(*decoded == *mask);
    }

    void roundTripsRandomMasks_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("maxSide");
        QTest::addColumn<int>("masks");
        QTest::newRow("tiny, empty sizes included") << 1u << 3 << 400;
        QTest::newRow("small") << 2u << 16 << 300;
        QTest::newRow("medium") << 3u << 64 << 100;
        QTest::newRow("large") << 4u << 300 << 10;
    }

    // encode, decode, the string and uncompressed forms, area, box and union agree with each
    // other and with the pixels, over masks of every shape the generator makes.
    void roundTripsRandomMasks()
    {
        QFETCH(quint32, seed);
        QFETCH(int, maxSide);
        QFETCH(int, masks);
        QRandomGenerator random(seed);
        for (int i = 0; i < masks; ++i) {
            const int height = int(random.bounded(maxSide + 1));
            const int width = int(random.bounded(maxSide + 1));
            const std::vector<std::uint8_t> pixels = randomMask(random, height, width);
            const MaskRle mask = MaskRle::fromMask(pixels.data(), height, width);
            QCOMPARE(digits(mask.toMask()), digits(pixels));
            QVERIFY(std::all_of(mask.counts().begin() + 1, mask.counts().end(), [](auto count) { return count > 0; }));

            const Result<MaskRle> fromString = MaskRle::fromCompressedString(mask.toCompressedString(), height, width);
            QVERIFY2(fromString && *fromString == mask, qPrintable(errorOf(fromString)));
            const std::vector<qint64> wide(mask.counts().begin(), mask.counts().end());
            const Result<MaskRle> fromCounts = MaskRle::fromUncompressedCounts(wide, height, width);
            QVERIFY2(fromCounts && *fromCounts == mask, qPrintable(errorOf(fromCounts)));

            QCOMPARE(mask.area(), std::uint64_t(std::count(pixels.begin(), pixels.end(), 1)));
            QVERIFY(mask.boundingBox() == tightBox(pixels, height, width));

            const std::vector<std::uint8_t> other = randomMask(random, height, width);
            std::vector<std::uint8_t> united(pixels.size());
            std::transform(pixels.begin(), pixels.end(), other.begin(), united.begin(), std::bit_or<>());
            const MaskRle parts[] = {mask, MaskRle::fromMask(other.data(), height, width)};
            const Result<MaskRle> merged = MaskRle::merge(parts);
            QVERIFY2(merged && *merged == MaskRle::fromMask(united.data(), height, width), qPrintable(errorOf(merged)));
        }
    }

    void acceptsTrivialMasks()
    {
        const MaskRle none;
        QCOMPARE(none.toCompressedString(), QByteArray("0"));
        QCOMPARE(none.area(), std::uint64_t(0));
        QVERIFY(none.boundingBox() == MaskRle::BoundingBox{});
        QVERIFY(none.toMask().empty());
        QVERIFY(MaskRle::fromMask(nullptr, 0, 0) == none);
        const Result<MaskRle> decoded = MaskRle::fromCompressedString("0", 0, 0);
        QVERIFY(decoded && *decoded == none);

        const Result<MaskRle> full = MaskRle::fromCompressedString("0`0", 4, 4);
        QVERIFY2(full, qPrintable(errorOf(full)));
        QCOMPARE(full->counts(), (std::vector<std::uint32_t>{0, 16}));
        QVERIFY((full->boundingBox() == MaskRle::BoundingBox{0, 0, 4, 4}));
        QVERIFY(MaskRle::fromCompressedString("`0", 4, 4)->boundingBox() == MaskRle::BoundingBox{});
    }

    // Each must fail with a message that says what is wrong and where, without reading past the
    // text or looping. A 4 x 4 mask has 16 pixels: "0`0" is [0, 16], all set.
    void rejectsMalformedStrings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << 4 << 4 << QStringLiteral("empty");
        QTest::newRow("cut inside a count") << QByteArray("0`") << 4 << 4 << QStringLiteral("starts at character 2");
        QTest::newRow("cut after one character") << QByteArray("P") << 4 << 4
                                                 << QStringLiteral("starts at character 1");
        QTest::newRow("space") << QByteArray("0 0") << 4 << 4 << QStringLiteral("character 2 is byte 0x20");
        QTest::newRow("below '0'") << QByteArray("0`/") << 4 << 4 << QStringLiteral("character 3 is '/'");
        QTest::newRow("above 'o'") << QByteArray("0p") << 4 << 4 << QStringLiteral("character 2 is 'p'");
        QTest::newRow("NUL byte") << QByteArray("0\0`0", 4) << 4 << 4 << QStringLiteral("character 2 is byte 0x00");
        QTest::newRow("non-ASCII") << QByteArray("0\xc3\xa9") << 4 << 4 << QStringLiteral("character 2 is byte 0xc3");
        QTest::newRow("count of 8 characters") << QByteArray("0PPPPPPPP0") << 4 << 4
                                               << QStringLiteral("starts at character 2 runs on past 7");
        QTest::newRow("count over 2^32 - 1") << QByteArray("PPPPPP4") << 4 << 4
                                             << QStringLiteral("count 1 (at character 1) comes to 4294967296");
        QTest::newRow("negative count") << QByteArray("O") << 4 << 4
                                        << QStringLiteral("count 1 (at character 1) comes to -1");
        QTest::newRow("negative after the delta") << QByteArray("011K") << 4 << 4
                                                  << QStringLiteral("count 4 (at character 4) comes to -4");
        QTest::newRow("too few pixels") << QByteArray("01") << 4 << 4 << QStringLiteral("add up to 1 pixels");
        QTest::newRow("too many pixels") << QByteArray("0a0") << 4 << 4 << QStringLiteral("add up to 17 pixels");
        QTest::newRow("negative height") << QByteArray("0`0") << -4 << -4 << QStringLiteral("-4 x -4");
        QTest::newRow("more pixels than counts hold") << QByteArray("0") << 70000 << 70000
                                                      << QStringLiteral("70000 x 70000");
    }

    void rejectsMalformedStrings()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, height);
        QFETCH(int, width);
        QFETCH(QString, expected);
        const Result<MaskRle> mask = MaskRle::fromCompressedString(text, height, width);
        QVERIFY(!mask);
        QVERIFY2(mask.error().message.contains(expected), qPrintable(mask.error().message));
    }

    void rejectsMalformedCounts_data()
    {
        QTest::addColumn<Counts>("counts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << Counts{} << QStringLiteral("empty");
        QTest::newRow("negative") << Counts{8, -1, 9} << QStringLiteral("Count 2 of the mask is -1");
        QTest::newRow("over 2^32 - 1") << Counts{0, 4294967296} << QStringLiteral("Count 2 of the mask is 4294967296");
        QTest::newRow("too few pixels") << Counts{3, 4} << QStringLiteral("add up to 7 pixels");
        QTest::newRow("too many pixels") << Counts{3, 4, 10} << QStringLiteral("add up to 17 pixels");
    }

    void rejectsMalformedCounts()
    {
        QFETCH(Counts, counts);
        QFETCH(QString, expected);
        const Result<MaskRle> mask = MaskRle::fromUncompressedCounts(counts, 4, 4);
        QVERIFY(!mask);
        QVERIFY2(mask.error().message.contains(expected), qPrintable(mask.error().message));
    }

    void rejectsBadPolygons_data()
    {
        QTest::addColumn<QList<double>>("polygon");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("expected");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double infinity = std::numeric_limits<double>::infinity();
        QTest::newRow("NaN") << QList<double>{1, 1, nan, 2, 3, 3} << 10 << QStringLiteral("coordinate 3 is nan");
        QTest::newRow("infinity") << QList<double>{1, 1, 2, infinity, 3, 3} << 10
                                  << QStringLiteral("coordinate 4 is inf");
        QTest::newRow("minus infinity") << QList<double>{-infinity, 1, 2, 2, 3, 3} << 10
                                        << QStringLiteral("coordinate 1 is -inf");
        QTest::newRow("too far") << QList<double>{1, 1, 2, 2, 3, 1.5e8} << 10 << QStringLiteral("coordinate 6");
        QTest::newRow("negative size") << QList<double>{1, 1, 2, 2, 3, 3} << -1 << QStringLiteral("-1 x 10");
    }

    void rejectsBadPolygons()
    {
        QFETCH(QList<double>, polygon);
        QFETCH(int, height);
        QFETCH(QString, expected);
        const Result<MaskRle> mask = MaskRle::fromPolygon(polygon, height, 10);
        QVERIFY(!mask);
        QVERIFY2(mask.error().message.contains(expected), qPrintable(mask.error().message));
    }

    // rleMerge on these returns [0] for 6 pixels (it stops when both lists stand on a run of
    // length 0), and a further merge never ends; merge() joins such runs first.
    void mergeJoinsZeroLengthRuns()
    {
        const Counts allSet{0, 0, 0, 4, 0, 2};
        const Counts lastColumn{0, 0, 0, 0, 4, 2};
        const MaskRle masks[] = {*MaskRle::fromUncompressedCounts(allSet, 2, 3),
                                 *MaskRle::fromUncompressedCounts(lastColumn, 2, 3),
                                 *MaskRle::fromUncompressedCounts(lastColumn, 2, 3)};
        for (const std::size_t count : {2, 3}) {
            const Result<MaskRle> merged = MaskRle::merge(std::span(masks, count));
            QVERIFY2(merged, qPrintable(errorOf(merged)));
            QCOMPARE(merged->counts(), (std::vector<std::uint32_t>{0, 6}));
        }
        const Result<MaskRle> alone = MaskRle::merge(std::span(masks, 1)); // kept as given
        QVERIFY(alone && alone->counts() == masks[0].counts());
    }

    void mergeRefusesWhatItCannotJoin()
    {
        QVERIFY(!MaskRle::merge({}));
        const std::uint8_t pixels[6] = {1, 0, 0, 1, 1, 0};
        const MaskRle masks[] = {MaskRle::fromMask(pixels, 2, 3), MaskRle::fromMask(pixels, 3, 2)};
        const Result<MaskRle> merged = MaskRle::merge(masks);
        QVERIFY(!merged);
        QVERIFY2(merged.error().message.contains(QLatin1String("2 x 3 and 3 x 2")), qPrintable(merged.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMaskRle)
#include "tst_mask_rle.moc"

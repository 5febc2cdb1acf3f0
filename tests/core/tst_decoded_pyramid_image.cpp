// Tests DecodedPyramidImage: level sizes, exact box-filter halving, tiles that view the level's pixels.
#include "core/imaging/decoded_pyramid_image.h"

#include <QtTest>

#include <random>

using namespace atelier;

namespace {

QImage noise(int w, int h, QImage::Format format, unsigned seed)
{
    QImage image(w, h, format);
    std::mt19937 rng(seed);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int a = format == QImage::Format_RGB32 ? 255 : int(rng() % 256);
            // Premultiplied: each colour channel at most alpha.
            line[x] = qRgba(int(rng() % (a + 1)), int(rng() % (a + 1)), int(rng() % (a + 1)), a);
        }
    }
    return image;
}

// The reference the fast path must equal: per channel (sum of the 2x2 block + 2) / 4, with the
// last row/column repeated at an odd edge.
QRgb referenceHalf(const QImage &image, int x, int y)
{
    const int x1 = std::min(2 * x + 1, image.width() - 1);
    const int y1 = std::min(2 * y + 1, image.height() - 1);
    const QRgb p[4] = {image.pixel(2 * x, 2 * y), image.pixel(x1, 2 * y), image.pixel(2 * x, y1),
                       image.pixel(x1, y1)};
    auto mean = [&](int (*channel)(QRgb)) {
        return (channel(p[0]) + channel(p[1]) + channel(p[2]) + channel(p[3]) + 2) / 4;
    };
    return qRgba(mean(qRed), mean(qGreen), mean(qBlue), mean(qAlpha));
}

} // namespace

class TestDecodedPyramidImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("levels");
        QTest::addColumn<QSize>("last");
        QTest::newRow("one tile") << QSize(512, 300) << 1 << QSize(512, 300);
        QTest::newRow("just over") << QSize(513, 10) << 2 << QSize(257, 5);
        QTest::newRow("odd sizes") << QSize(3001, 1999) << 4 << QSize(376, 250);
        QTest::newRow("tall") << QSize(7, 5000) << 5 << QSize(1, 313);
    }

    void levelSizes()
    {
        QFETCH(QSize, size);
        QFETCH(int, levels);
        QFETCH(QSize, last);
        QImage source(size, QImage::Format_RGB32);
        source.fill(Qt::gray);
        const auto pyramid = DecodedPyramidImage::fromImage(source);
        QCOMPARE(pyramid->size(), size);
        QCOMPARE(pyramid->levelCount(), levels);
        for (int level = 0; level < levels; ++level)
            QCOMPARE(pyramid->level(level).size(), pyramid->levelSize(level));
        QCOMPARE(pyramid->levelSize(levels - 1), last);
    }

    void nullImageGivesEmptyPyramid()
    {
        const auto pyramid = DecodedPyramidImage::fromImage(QImage());
        QCOMPARE(pyramid->levelCount(), 0);
        QCOMPARE(pyramid->size(), QSize(0, 0));
        QVERIFY(pyramid->tile(0, 0, 0).isNull());
    }

    void formatIsNormalised()
    {
        QImage rgb888(20, 10, QImage::Format_RGB888);
        rgb888.fill(QColor(10, 20, 30));
        QCOMPARE(DecodedPyramidImage::fromImage(rgb888)->level(0).format(), QImage::Format_RGB32);
        QImage argb(20, 10, QImage::Format_ARGB32);
        argb.fill(QColor(10, 20, 30, 40));
        const QImage level = DecodedPyramidImage::fromImage(argb)->level(0);
        QCOMPARE(level.format(), QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(level.pixel(0, 0), argb.convertToFormat(QImage::Format_ARGB32_Premultiplied).pixel(0, 0));
    }

    void halvingIsTheExactBoxFilter_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QSize>("size");
        QTest::newRow("rgb even") << int(QImage::Format_RGB32) << QSize(64, 32);
        QTest::newRow("rgb odd") << int(QImage::Format_RGB32) << QSize(33, 17);
        QTest::newRow("premultiplied odd") << int(QImage::Format_ARGB32_Premultiplied) << QSize(31, 9);
        QTest::newRow("one pixel") << int(QImage::Format_ARGB32_Premultiplied) << QSize(1, 1);
    }

    void halvingIsTheExactBoxFilter()
    {
        QFETCH(int, format);
        QFETCH(QSize, size);
        const QImage source = noise(size.width(), size.height(), QImage::Format(format), 7);
        const QImage half = DecodedPyramidImage::halved(source);
        QCOMPARE(half.size(), QSize((size.width() + 1) / 2, (size.height() + 1) / 2));
        QCOMPARE(half.format(), source.format());
        for (int y = 0; y < half.height(); ++y)
            for (int x = 0; x < half.width(); ++x)
                QCOMPARE(half.pixel(x, y), referenceHalf(source, x, y));
    }

    void whiteStaysWhite()
    {
        QImage source(1001, 777, QImage::Format_RGB32);
        source.fill(Qt::white);
        const auto pyramid = DecodedPyramidImage::fromImage(source);
        const QImage top = pyramid->level(pyramid->levelCount() - 1);
        QCOMPARE(top.pixel(top.width() - 1, top.height() - 1), qRgb(255, 255, 255));
    }

    void tilesAreTheLevelsRegions()
    {
        const QImage source = noise(1300, 700, QImage::Format_RGB32, 11);
        const auto pyramid = DecodedPyramidImage::fromImage(source);
        QCOMPARE(pyramid->levelCount(), 3);
        for (int level = 0; level < pyramid->levelCount(); ++level) {
            const QImage whole = pyramid->level(level);
            const int columns = (whole.width() + 511) / 512;
            const int rows = (whole.height() + 511) / 512;
            for (int row = 0; row < rows; ++row) {
                for (int column = 0; column < columns; ++column) {
                    QVERIFY(pyramid->hasTile(level, column, row));
                    const QImage tile = pyramid->tile(level, column, row);
                    const QRect region(column * 512, row * 512, std::min(512, whole.width() - column * 512),
                                       std::min(512, whole.height() - row * 512));
                    QCOMPARE(tile.size(), region.size());
                    QCOMPARE(tile, whole.copy(region));
                }
            }
            QVERIFY(pyramid->tile(level, columns, 0).isNull());
            QVERIFY(pyramid->tile(level, 0, rows).isNull());
        }
        QVERIFY(pyramid->tile(3, 0, 0).isNull());
        QVERIFY(pyramid->tile(-1, 0, 0).isNull());
    }

    void tileOutlivesPyramidAndWritingDetaches()
    {
        const QImage source = noise(600, 600, QImage::Format_RGB32, 3);
        auto pyramid = DecodedPyramidImage::fromImage(source);
        QImage tile = pyramid->tile(0, 1, 1);
        const QImage expected = source.copy(512, 512, 88, 88);
        // The tile views the level's memory: no pixel was copied.
        QCOMPARE(tile.constBits(), pyramid->level(0).constScanLine(512) + 512 * 4);
        pyramid.reset();
        QCOMPARE(tile, expected);
        auto again = DecodedPyramidImage::fromImage(source);
        QImage writable = again->tile(0, 0, 0);
        writable.setPixel(0, 0, qRgb(1, 2, 3));
        QCOMPARE(again->level(0).pixel(0, 0), source.pixel(0, 0));
    }
};

QTEST_GUILESS_MAIN(TestDecodedPyramidImage)
#include "tst_decoded_pyramid_image.moc"

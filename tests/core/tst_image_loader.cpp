// Tests ImageLoader and TiledPyramidImage: clear errors, EXIF orientation, and large PNG/TIFF files
// opened in tiles that equal the source pixels exactly while memory stays bounded.
#include "core/imaging/decoded_pyramid_image.h"
#include "core/imaging/image_loader.h"
#include "core/imaging/tiled_pyramid_image.h"
#include "core/tasks/task_context.h"

#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QtTest>

#include <png.h>
#include <tiffio.h>

#include <cstdio>
#include <vector>

using namespace atelier;

namespace {

// The source pattern: every pixel different enough from its neighbours that a misplaced tile,
// row or channel shows.
QRgb patternPixel(int x, int y, bool alpha)
{
    const int a = alpha ? (x * 5 + y * 11) % 256 : 255;
    const QRgb straight = qRgba((x * 7 + y * 3) & 255, (x ^ y) & 255, ((x * y) >> 4) & 255, a);
    return alpha ? qPremultiply(straight) : straight;
}

// Writes a W x H PNG of patternPixel row by row, so that making a huge file takes little memory.
bool writePatternPng(const QString &path, int w, int h, bool alpha)
{
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!file)
        return false;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    png_init_io(png, file);
    png_set_compression_level(png, 1);
    png_set_IHDR(png, info, png_uint_32(w), png_uint_32(h), 8, alpha ? PNG_COLOR_TYPE_RGBA : PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    const int channels = alpha ? 4 : 3;
    std::vector<png_byte> row(std::size_t(w) * channels);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const int a = alpha ? (x * 5 + y * 11) % 256 : 255;
            png_byte *p = &row[std::size_t(x) * channels];
            p[0] = png_byte((x * 7 + y * 3) & 255);
            p[1] = png_byte((x ^ y) & 255);
            p[2] = png_byte(((x * y) >> 4) & 255);
            if (alpha)
                p[3] = png_byte(a);
        }
        png_write_row(png, row.data());
    }
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return std::fclose(file) == 0;
}

// Writes an RGB TIFF of patternPixel, in 64-row strips or in 256 x 256 tiles.
bool writePatternTiff(const QString &path, int w, int h, bool tiled)
{
    TIFF *tiff = TIFFOpen(QFile::encodeName(path).constData(), "w");
    if (!tiff)
        return false;
    TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, w);
    TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, h);
    TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, 3);
    TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, 8);
    TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_RGB);
    TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tiff, TIFFTAG_COMPRESSION, COMPRESSION_LZW);
    auto fill = [](std::vector<unsigned char> &buffer, int x0, int y0, int bw, int bh) {
        for (int y = 0; y < bh; ++y)
            for (int x = 0; x < bw; ++x) {
                const QRgb p = patternPixel(x0 + x, y0 + y, false);
                unsigned char *dst = &buffer[(std::size_t(y) * bw + x) * 3];
                dst[0] = uchar(qRed(p));
                dst[1] = uchar(qGreen(p));
                dst[2] = uchar(qBlue(p));
            }
    };
    bool ok = true;
    if (tiled) {
        TIFFSetField(tiff, TIFFTAG_TILEWIDTH, 256);
        TIFFSetField(tiff, TIFFTAG_TILELENGTH, 256);
        std::vector<unsigned char> buffer(256 * 256 * 3);
        for (int y = 0; y < h && ok; y += 256)
            for (int x = 0; x < w && ok; x += 256) {
                // Tiles past the edge are padded: only the part inside the image matters.
                std::fill(buffer.begin(), buffer.end(), 0);
                for (int ty = 0; ty < 256 && y + ty < h; ++ty)
                    for (int tx = 0; tx < 256 && x + tx < w; ++tx) {
                        const QRgb p = patternPixel(x + tx, y + ty, false);
                        unsigned char *dst = &buffer[(std::size_t(ty) * 256 + tx) * 3];
                        dst[0] = uchar(qRed(p));
                        dst[1] = uchar(qGreen(p));
                        dst[2] = uchar(qBlue(p));
                    }
                ok = TIFFWriteTile(tiff, buffer.data(), std::uint32_t(x), std::uint32_t(y), 0, 0) >= 0;
            }
    } else {
        TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, 64);
        std::vector<unsigned char> buffer(std::size_t(w) * 3);
        for (int y = 0; y < h && ok; ++y) {
            fill(buffer, 0, y, w, 1);
            ok = TIFFWriteScanline(tiff, buffer.data(), std::uint32_t(y), 0) >= 0;
        }
    }
    TIFFClose(tiff);
    return ok;
}

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(std::strlen(field))).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Resets VmHWM to the current resident size (Linux: "5" to clear_refs).
bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// Every level-0 tile equals the pattern; every tile of a higher level equals the box-filtered
// 2 x 2 tiles below it. Returns an empty string or what differed.
QString checkPyramid(const PyramidImage &image, bool alpha)
{
    constexpr int T = PyramidImage::TileSize;
    for (int level = 0; level < image.levelCount(); ++level) {
        const QSize size = image.levelSize(level);
        for (int row = 0; row * T < size.height(); ++row) {
            for (int column = 0; column * T < size.width(); ++column) {
                const QImage tile = image.tile(level, column, row);
                const QSize expectedSize(std::min(T, size.width() - column * T), std::min(T, size.height() - row * T));
                if (tile.size() != expectedSize)
                    return QStringLiteral("tile %1/%2/%3 has the wrong size").arg(level).arg(column).arg(row);
                if (level == 0) {
                    for (int y = 0; y < tile.height(); ++y) {
                        const auto *line = reinterpret_cast<const QRgb *>(tile.constScanLine(y));
                        for (int x = 0; x < tile.width(); ++x)
                            if (line[x] != patternPixel(column * T + x, row * T + y, alpha))
                                return QStringLiteral("pixel %1,%2 differs").arg(column * T + x).arg(row * T + y);
                    }
                    continue;
                }
                const QSize below = image.levelSize(level - 1);
                QImage block(std::min(2 * T, below.width() - 2 * column * T),
                             std::min(2 * T, below.height() - 2 * row * T), tile.format());
                for (int dy = 0; dy < 2; ++dy)
                    for (int dx = 0; dx < 2; ++dx) {
                        const QImage part = image.tile(level - 1, 2 * column + dx, 2 * row + dy);
                        for (int y = 0; y < part.height(); ++y)
                            std::memcpy(block.scanLine(dy * T + y) + dx * T * 4, part.constScanLine(y),
                                        std::size_t(part.width()) * 4);
                    }
                if (tile != DecodedPyramidImage::halved(block))
                    return QStringLiteral("tile %1/%2/%3 is not the halved level below").arg(level).arg(column).arg(row);
            }
        }
    }
    return {};
}

} // namespace

class TestImageLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void largeImageCase(int w, int h, qint64 maxPeakKiB)
    {
        const QString file = path(QStringLiteral("large-%1x%2.png").arg(w).arg(h));
        QVERIFY(writePatternPng(file, w, h, false));
        ImageLoadOptions options;
        options.tileCacheFolder = path(QStringLiteral("cache-large"));
        options.tiledAbovePixels = 16'000'000;
        QVERIFY(resetPeakMemory());
        const qint64 before = statusKiB("VmRSS:");
        TaskContext context;
        auto image = ImageLoader::load(file, options, context);
        QVERIFY2(image.has_value(), image ? "" : qPrintable(image.error().toString()));
        const qint64 peak = statusKiB("VmHWM:") - before;
        qInfo("%dx%d: peak memory while tiling %lld MiB (the whole bitmap: %lld MiB)", w, h, peak / 1024,
              qint64(w) * h * 4 / (1024 * 1024));
        QVERIFY2(peak < maxPeakKiB, qPrintable(QStringLiteral("peak %1 KiB").arg(peak)));
        QVERIFY(dynamic_cast<const TiledPyramidImage *>(image->get()));
        QCOMPARE((*image)->size(), QSize(w, h));
        const QString mismatch = checkPyramid(**image, false);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

private Q_SLOTS:
    void errorsSayWhatAndWhere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("nothing-here.png") << QByteArray() << QStringLiteral("does not exist");
        QTest::newRow("not an image") << QStringLiteral("notes.png") << QByteArray("just some text\n")
                                      << QStringLiteral("not in a format");
        QTest::newRow("empty") << QStringLiteral("empty.jpg") << QByteArray("") << QStringLiteral("not in a format");
    }

    void errorsSayWhatAndWhere()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = path(name);
        if (!content.isNull() || name != QStringLiteral("nothing-here.png")) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        const auto image = ImageLoader::load(file);
        QVERIFY(!image);
        QVERIFY2(image.error().message.contains(expected), qPrintable(image.error().message));
        QVERIFY(image.error().message.contains(file));
    }

    void truncatedFilesFail_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("png") << QByteArray("png");
        QTest::newRow("tiff") << QByteArray("tiff");
    }

    void truncatedFilesFail()
    {
        QFETCH(QByteArray, format);
        QImage source(300, 200, QImage::Format_RGB32);
        for (int y = 0; y < 200; ++y)
            for (int x = 0; x < 300; ++x)
                source.setPixel(x, y, patternPixel(x, y, false));
        const QString file = path(QStringLiteral("truncated.") + QString::fromLatin1(format));
        QVERIFY(source.save(file, format.constData()));
        QFile cut(file);
        QVERIFY(cut.resize(cut.size() / 3));
        const auto image = ImageLoader::load(file);
        QVERIFY(!image);
        QVERIFY2(image.error().message.contains(QStringLiteral("damaged")), qPrintable(image.error().message));
    }

    void tooLargeToDecodeIsRefused()
    {
        const QString file = path(QStringLiteral("big.jpg"));
        QImage source(400, 300, QImage::Format_RGB32);
        source.fill(Qt::darkCyan);
        QVERIFY(source.save(file));
        ImageLoadOptions options;
        options.maxDecodedPixels = 100'000;
        const auto image = ImageLoader::load(file, options);
        QVERIFY(!image);
        QVERIFY2(image.error().message.contains(QStringLiteral("too large")), qPrintable(image.error().message));
        QVERIFY(image.error().message.contains(QStringLiteral("400 x 300")));
    }

    void smallImagesDecodeInMemory()
    {
        QImage source(700, 500, QImage::Format_ARGB32);
        for (int y = 0; y < 500; ++y)
            for (int x = 0; x < 700; ++x)
                source.setPixel(x, y, qUnpremultiply(patternPixel(x, y, true)));
        const QString file = path(QStringLiteral("small.png"));
        QVERIFY(source.save(file));
        const auto image = ImageLoader::load(file);
        QVERIFY2(image.has_value(), image ? "" : qPrintable(image.error().toString()));
        const auto *decoded = dynamic_cast<const DecodedPyramidImage *>(image->get());
        QVERIFY(decoded);
        QCOMPARE(decoded->levelCount(), 2);
        QCOMPARE(decoded->level(0), source.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }

    void exifOrientationIsApplied()
    {
        QImage source(60, 40, QImage::Format_RGB32);
        source.fill(Qt::white);
        const QString file = path(QStringLiteral("rotated.jpg"));
        QImageWriter writer(file);
        writer.setTransformation(QImageIOHandler::TransformationRotate90);
        QVERIFY(writer.write(source));
        const auto image = ImageLoader::load(file);
        QVERIFY(image);
        QCOMPARE((*image)->size(), QSize(40, 60));
    }

    void pngAndTiffOpenTiled_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("alpha");
        QTest::newRow("png rgb") << QStringLiteral("a.png") << QSize(1500, 1100) << false;
        QTest::newRow("png rgba") << QStringLiteral("b.png") << QSize(1025, 513) << true;
        QTest::newRow("tiff strips") << QStringLiteral("c.tif") << QSize(1300, 1030) << false;
        QTest::newRow("tiff tiles") << QStringLiteral("d.tiff") << QSize(1100, 700) << false;
    }

    void pngAndTiffOpenTiled()
    {
        QFETCH(QString, name);
        QFETCH(QSize, size);
        QFETCH(bool, alpha);
        const QString file = path(name);
        if (name.endsWith(QStringLiteral(".png")))
            QVERIFY(writePatternPng(file, size.width(), size.height(), alpha));
        else
            QVERIFY(writePatternTiff(file, size.width(), size.height(), name.endsWith(QStringLiteral(".tiff"))));
        ImageLoadOptions options;
        options.tileCacheFolder = path(QStringLiteral("cache"));
        options.tiledAbovePixels = 100'000;
        std::int64_t lastDone = 0;
        std::int64_t lastTotal = 0;
        TaskContext context([&](std::int64_t done, std::int64_t total, const QString &) {
            lastDone = done;
            lastTotal = total;
        });
        const auto image = ImageLoader::load(file, options, context);
        QVERIFY2(image.has_value(), image ? "" : qPrintable(image.error().toString()));
        const auto *tiled = dynamic_cast<const TiledPyramidImage *>(image->get());
        QVERIFY(tiled);
        QVERIFY(!tiled->reusedCache());
        QCOMPARE(lastDone, std::int64_t(size.height()));
        QCOMPARE(lastTotal, std::int64_t(size.height()));
        QCOMPARE(tiled->format(), alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
        QVERIFY(!tiled->hasTile(0, 0, 0));
        const QString mismatch = checkPyramid(*tiled, alpha);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY(tiled->hasTile(0, 0, 0));
        QVERIFY(tiled->tile(0, 99, 0).isNull());

        // Tiled and decoded give the same pixels at every level.
        QImageReader reader(file);
        reader.setAllocationLimit(0);
        const auto decoded = DecodedPyramidImage::fromImage(reader.read());
        QCOMPARE(decoded->levelCount(), tiled->levelCount());
        for (int level = 0; level < tiled->levelCount(); ++level)
            QCOMPARE(tiled->tile(level, 0, 0), decoded->tile(level, 0, 0));
    }

    void cacheIsReusedUntilTheFileChanges()
    {
        const QString file = path(QStringLiteral("reuse.png"));
        QVERIFY(writePatternPng(file, 900, 700, false));
        const QString cache = path(QStringLiteral("cache-reuse"));
        TaskContext context;
        auto first = TiledPyramidImage::open(file, cache, context);
        QVERIFY(first);
        QVERIFY(!(*first)->reusedCache());
        auto second = TiledPyramidImage::open(file, cache, context);
        QVERIFY(second);
        QVERIFY((*second)->reusedCache());
        QCOMPARE((*second)->tile(1, 0, 0), (*first)->tile(1, 0, 0));

        QVERIFY(writePatternPng(file, 901, 700, false));
        QFile touched(file);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        touched.close();
        auto third = TiledPyramidImage::open(file, cache, context);
        QVERIFY(third);
        QVERIFY(!(*third)->reusedCache());
        QCOMPARE((*third)->size(), QSize(901, 700));
    }

    void cancellingLeavesNoCache()
    {
        const QString file = path(QStringLiteral("cancel.png"));
        QVERIFY(writePatternPng(file, 800, 2000, false));
        const QString cache = path(QStringLiteral("cache-cancel"));
        TaskContext *self = nullptr;
        TaskContext context([&](std::int64_t done, std::int64_t, const QString &) {
            if (done >= 512)
                self->cancel();
        });
        self = &context;
        const auto image = TiledPyramidImage::open(file, cache, context);
        QVERIFY(!image);
        QVERIFY2(image.error().message.contains(QStringLiteral("cancelled")), qPrintable(image.error().message));
        QVERIFY(QDir(cache).isEmpty());
    }

    void interlacedPngIsExplained()
    {
        QImage source(300, 300, QImage::Format_RGB32);
        source.fill(Qt::red);
        const QString file = path(QStringLiteral("interlaced.png"));
        {
            std::FILE *out = std::fopen(QFile::encodeName(file).constData(), "wb");
            QVERIFY(out);
            png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
            png_infop info = png_create_info_struct(png);
            png_init_io(png, out);
            png_set_IHDR(png, info, 300, 300, 8, PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_ADAM7,
                         PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
            png_write_info(png, info);
            std::vector<png_byte> row(300, 128);
            std::vector<png_bytep> rows(300, row.data());
            png_write_image(png, rows.data());
            png_write_end(png, nullptr);
            png_destroy_write_struct(&png, &info);
            std::fclose(out);
        }
        TaskContext context;
        const auto image = TiledPyramidImage::open(file, path(QStringLiteral("cache-interlaced")), context);
        QVERIFY(!image);
        QVERIFY2(image.error().message.contains(QStringLiteral("interlaced")), qPrintable(image.error().message));
    }

    // 8000 x 6000 (a 183 MiB bitmap) tiles in well under half of that.
    void largePngStaysSmallInMemory() { largeImageCase(8000, 6000, 96 * 1024); }

    // The requirement, 20000 x 20000 (a 1.5 GiB bitmap; 2 GiB of tiles on disk, about a minute):
    // run with ATELIER_LARGE_IMAGE_TEST=1.
    void hugePngStaysSmallInMemory()
    {
        if (!qEnvironmentVariableIsSet("ATELIER_LARGE_IMAGE_TEST"))
            QSKIP("set ATELIER_LARGE_IMAGE_TEST=1 to tile a 20000 x 20000 PNG");
        largeImageCase(20000, 20000, 200 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_image_loader.moc"

// Benchmark: showing the next 12 MP photo with read-ahead (ImagePrefetcher decoded it already) beside decoding it on demand.
// Each figure is from request to a PyramidImage in hand plus one fitted draw of it into a 1600 x 1000
// view from the pyramid level just above the view's scale. Run: bench_next_image [IMAGES].
#include "core/imaging/image_loader.h"
#include "core/imaging/image_prefetcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace atelier;

namespace {

const QSize PhotoSize(4000, 3000);
const QSize ViewSize(1600, 1000);

// Smooth colour fields with sensor-like noise: compresses at quality 90 about as a photo does.
QImage photoLike(int seed)
{
    QImage image(PhotoSize, QImage::Format_RGB32);
    quint32 state = 2463534242u + quint32(seed) * 7919u;
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            const int noise = int(state % 25) - 12;
            const int r = (x * 255 / image.width() + seed * 40) % 256;
            const int g = (y * 255 / image.height() + seed * 70) % 256;
            const int b = ((x + y) / 40 + seed * 20) % 256;
            line[x] = qRgb(std::clamp(r + noise, 0, 255), std::clamp(g + noise, 0, 255), std::clamp(b + noise, 0, 255));
        }
    }
    return image;
}

// Draws the image fitted into the view, from the coarsest level that is still at least the view's scale.
QImage drawFitted(const PyramidImage &image)
{
    QImage view(ViewSize, QImage::Format_ARGB32_Premultiplied);
    view.fill(Qt::darkGray);
    const QSize size = image.size();
    const double scale = std::min(double(ViewSize.width()) / size.width(), double(ViewSize.height()) / size.height());
    int level = 0;
    while (level + 1 < image.levelCount() && scale <= 1.0 / double(1 << (level + 1)))
        ++level;
    const QSize levelSize = image.levelSize(level);
    const double levelScale = scale * size.width() / levelSize.width();
    QPainter painter(&view);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate((ViewSize.width() - size.width() * scale) / 2, (ViewSize.height() - size.height() * scale) / 2);
    painter.scale(levelScale, levelScale);
    constexpr int T = PyramidImage::TileSize;
    for (int row = 0; row * T < levelSize.height(); ++row)
        for (int column = 0; column * T < levelSize.width(); ++column)
            painter.drawImage(QPoint(column * T, row * T), image.tile(level, column, row));
    return view;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<std::shared_ptr<const PyramidImage>>();
    const int count = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 6;
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        paths.append(dir.filePath(QStringLiteral("photo%1.jpg").arg(i)));
        QImageWriter writer(paths.last(), "jpeg");
        writer.setQuality(90);
        if (!writer.write(photoLike(i)))
            return std::fprintf(stderr, "could not write %s\n", qPrintable(paths.last())), 1;
    }
    std::printf("%d JPEG photos of %dx%d at quality 90, %lld KB each; view %dx%d\n", count, PhotoSize.width(),
                PhotoSize.height(), QFileInfo(paths.first()).size() / 1024, ViewSize.width(), ViewSize.height());

    // Without read-ahead: decode on demand, then draw.
    QList<double> onDemand;
    for (int i = 1; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto image = ImageLoader::load(paths[i]);
        if (!image)
            return std::fprintf(stderr, "%s\n", qPrintable(image.error().toString())), 1;
        drawFitted(**image);
        onDemand.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // With read-ahead: the labeler looks at image i while the prefetcher decodes i+1, i+2 (and keeps i-1).
    ImagePrefetcher prefetcher;
    QList<double> readAhead;
    int misses = 0;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto image = prefetcher.request(paths[i]);
        if (!image) {
            ++misses;
            while (!(image = prefetcher.request(paths[i])))
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        drawFitted(*image);
        if (i > 0)
            readAhead.append(double(timer.nsecsElapsed()) / 1e6);
        QStringList next;
        for (int k : {i + 1, i + 2, i - 1})
            if (k >= 0 && k < count)
                next.append(paths[k]);
        prefetcher.prefetch(next);
        // The labeler's time on the image: until the next one is ready, at most 5 s.
        QElapsedTimer dwell;
        dwell.start();
        while (i + 1 < count && !prefetcher.isCached(paths[i + 1]) && dwell.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    const double with = median(readAhead);
    const double without = median(onDemand);
    std::printf("next image without read-ahead (decode + draw): median %.1f ms\n", without);
    std::printf("next image with read-ahead (in hand + draw):   median %.1f ms (target < 30 ms)%s\n", with,
                misses > 1 ? " [prefetch missed]" : "");
    std::printf("ratio: %.1fx faster with read-ahead\n", without / std::max(with, 0.001));
    return 0;
}

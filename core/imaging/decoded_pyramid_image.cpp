// DecodedPyramidImage: a PyramidImage whose levels are all decoded and held in memory.
#include "core/imaging/decoded_pyramid_image.h"

#include <cstdint>

namespace atelier {

namespace {

// The rounded mean of four 32-bit pixels, channel by channel.
inline std::uint32_t average4(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d)
{
    // Red and blue in one word, alpha and green in the other: each sum of four 8-bit channels
    // fits its 16-bit lane.
    constexpr std::uint32_t rb = 0x00ff00ffu;
    const std::uint32_t sumRb = (a & rb) + (b & rb) + (c & rb) + (d & rb) + 0x00020002u;
    const std::uint32_t sumAg =
        ((a >> 8) & rb) + ((b >> 8) & rb) + ((c >> 8) & rb) + ((d >> 8) & rb) + 0x00020002u;
    return ((sumRb >> 2) & rb) | (((sumAg >> 2) & rb) << 8);
}

void releaseSharedLevel(void *info)
{
    delete static_cast<QImage *>(info);
}

} // namespace

DecodedPyramidImage::DecodedPyramidImage(QList<QImage> levels) : m_levels(std::move(levels)) {}

std::shared_ptr<const DecodedPyramidImage> DecodedPyramidImage::fromImage(QImage image)
{
    QList<QImage> levels;
    if (!image.isNull()) {
        const QImage::Format format =
            image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
        if (image.format() != format)
            image.convertTo(format);
        levels.append(image);
        while (levels.last().width() > TileSize || levels.last().height() > TileSize)
            levels.append(halved(levels.last()));
    }
    return std::shared_ptr<const DecodedPyramidImage>(new DecodedPyramidImage(std::move(levels)));
}

QImage DecodedPyramidImage::halved(const QImage &image)
{
    const int w = image.width();
    const int h = image.height();
    QImage out((w + 1) / 2, (h + 1) / 2, image.format());
    for (int y = 0; y < out.height(); ++y) {
        const auto *top = reinterpret_cast<const std::uint32_t *>(image.constScanLine(2 * y));
        const auto *bottom =
            reinterpret_cast<const std::uint32_t *>(image.constScanLine(std::min(2 * y + 1, h - 1)));
        auto *dst = reinterpret_cast<std::uint32_t *>(out.scanLine(y));
        const int pairs = w / 2;
        for (int x = 0; x < pairs; ++x)
            dst[x] = average4(top[2 * x], top[2 * x + 1], bottom[2 * x], bottom[2 * x + 1]);
        if (w % 2)
            dst[pairs] = average4(top[w - 1], top[w - 1], bottom[w - 1], bottom[w - 1]);
    }
    return out;
}

QSize DecodedPyramidImage::size() const
{
    return m_levels.isEmpty() ? QSize(0, 0) : m_levels.first().size();
}

int DecodedPyramidImage::levelCount() const
{
    return int(m_levels.size());
}

bool DecodedPyramidImage::hasTile(int, int, int) const
{
    return true;
}

QImage DecodedPyramidImage::level(int level) const
{
    return level >= 0 && level < m_levels.size() ? m_levels.at(level) : QImage();
}

QImage DecodedPyramidImage::tile(int level, int column, int row) const
{
    if (level < 0 || level >= m_levels.size() || column < 0 || row < 0)
        return {};
    const QImage &image = m_levels.at(level);
    const int x = column * TileSize;
    const int y = row * TileSize;
    if (x >= image.width() || y >= image.height())
        return {};
    const int w = std::min(TileSize, image.width() - x);
    const int h = std::min(TileSize, image.height() - y);
    // A read-only view: a writer detaches (copies) first, so the shared level never changes.
    return QImage(image.constScanLine(y) + std::size_t(x) * 4, w, h, image.bytesPerLine(),
                  image.format(), releaseSharedLevel, new QImage(image));
}

} // namespace atelier

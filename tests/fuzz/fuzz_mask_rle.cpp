// Fuzz target: MaskRle's decoders (compressed string, polygon) and the invariants of what they return.
#include "core/annotation/mask_rle.h"
#include "tests/fuzz/fuzz_support.h"

#include <cstring>
#include <vector>

using namespace atelier;

namespace {

void checkInvariants(const MaskRle &rle)
{
    const std::uint64_t pixels = std::uint64_t(rle.height()) * std::uint64_t(rle.width());
    std::uint64_t sum = 0;
    for (std::uint32_t count : rle.counts())
        sum += count;
    fuzz::check(sum == pixels, "the counts sum to height * width");
    fuzz::check(rle.area() <= pixels, "the area fits the mask");
    const MaskRle::BoundingBox box = rle.boundingBox();
    fuzz::check(box.x >= 0 && box.y >= 0 && box.x + box.width <= rle.width() && box.y + box.height <= rle.height(),
                "the bounding box lies inside the mask");
    const auto reread = MaskRle::fromCompressedString(rle.toCompressedString(), rle.height(), rle.width());
    fuzz::check(reread.has_value() && *reread == rle, "toCompressedString() reads back the same");
    const std::vector<std::uint8_t> mask = rle.toMask();
    fuzz::check(mask.size() == pixels, "toMask() gives height * width bytes");
    fuzz::check(MaskRle::fromMask(mask.data(), rle.height(), rle.width()).area() == rle.area(),
                "fromMask(toMask()) keeps the area");
}

} // namespace

// Byte 0: the height, byte 1: the width (so masks stay small), byte 2: which decoder; the rest is
// the compressed string, or the polygon as int16 coordinates in quarter pixels.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;
    const int height = data[0], width = data[1];
    const QByteArrayView rest(data + 3, qsizetype(size - 3));
    if (data[2] % 2 == 0) {
        if (auto rle = MaskRle::fromCompressedString(rest, height, width))
            checkInvariants(*rle);
        return 0;
    }
    std::vector<double> xy;
    for (qsizetype i = 0; i + 1 < rest.size(); i += 2) {
        std::int16_t value;
        std::memcpy(&value, rest.data() + i, sizeof value);
        xy.push_back(value / 4.0);
    }
    if (auto rle = MaskRle::fromPolygon(xy, height, width)) {
        checkInvariants(*rle);
        const MaskRle masks[] = {*rle, *rle};
        const auto merged = MaskRle::merge(masks);
        fuzz::check(merged.has_value() && *merged == *rle, "a mask merged with itself is itself");
    }
    return 0;
}

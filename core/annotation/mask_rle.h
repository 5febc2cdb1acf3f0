// MaskRle: a binary mask as COCO run lengths, encoded, decoded and rasterised as pycocotools does.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <cstdint>
#include <span>
#include <vector>

namespace atelier {

// A height x width binary mask as COCO stores it: the lengths of alternating runs of 0s and 1s in
// column-major (Fortran) order, the first run being of 0s (length 0 when the first pixel is set).
// Every function mirrors one of pycocotools' (cocodataset/cocoapi, common/maskApi.c) so that
// strings, areas, boxes and rasterised polygons agree with it byte for byte. The counts always
// sum to height * width, and height * width fits the 32-bit counts that COCO uses.
class MaskRle
{
    Q_DECLARE_TR_FUNCTIONS(MaskRle)

public:
    // A box in COCO's convention (top-left corner, width, height), in whole pixels.
    struct BoundingBox
    {
        double x = 0;
        double y = 0;
        double width = 0;
        double height = 0;
        bool operator==(const BoundingBox &) const = default;
    };

    // A 0 x 0 mask, with the single count of 0 that fromMask() gives for it.
    MaskRle() = default;

    int height() const { return m_height; }
    int width() const { return m_width; }
    const std::vector<std::uint32_t> &counts() const { return m_counts; }

    // Encodes `data`: height * width bytes in row-major order (row after row, as an image is
    // stored), 0 for background and anything else for the mask. Requires height, width >= 0 and
    // height * width <= 2^32 - 1. Mirrors rleEncode on the Fortran-ordered array that
    // pycocotools' mask.encode() is given.
    static MaskRle fromMask(const std::uint8_t *data, int height, int width);

    // Decodes COCO's compressed RLE string (`counts` of {"size": [h, w], "counts": "..."}).
    // Mirrors rleFrString, but refuses what it would misread: characters outside '0'..'o', a
    // string that ends inside a count, counts out of 32-bit range, and counts that do not sum
    // to height * width.
    [[nodiscard]] static Result<MaskRle> fromCompressedString(QByteArrayView text, int height, int width);

    // COCO's uncompressed RLE ({"size": [h, w], "counts": [...]}), kept as given (zero-length
    // runs included) as pycocotools' frUncompressedRLE does. Takes qint64 (what
    // QJsonValue::toInteger() gives) so that negative or oversized counts are refused here.
    [[nodiscard]] static Result<MaskRle> fromUncompressedCounts(std::span<const qint64> counts, int height, int width);

    // Rasterises one polygon, x0 y0 x1 y1 ... in pixel coordinates (an odd last value is ignored,
    // as pycocotools does). Mirrors rleFrPoly, which frPyObjects() uses for COCO polygons.
    // Refuses coordinates that are not finite or farther than 1e8 pixels from the origin.
    [[nodiscard]] static Result<MaskRle> fromPolygon(std::span<const double> xy, int height, int width);

    // The union of masks of one size, e.g. the polygons of one object. Mirrors rleMerge with
    // intersect = 0, but first drops runs of length 0 (only uncompressed RLE has them), on which
    // rleMerge can lose pixels or never end. Refuses an empty list and masks of different sizes.
    [[nodiscard]] static Result<MaskRle> merge(std::span<const MaskRle> masks);

    // The mask as height * width bytes of 0 or 1, row-major (the layout fromMask() takes).
    std::vector<std::uint8_t> toMask() const;
    // COCO's compressed RLE string. Mirrors rleToString.
    QByteArray toCompressedString() const;
    // The number of pixels set. Mirrors rleArea.
    std::uint64_t area() const;
    // Mirrors rleToBbox: the tight box of the set pixels, and all zeros for an empty mask.
    BoundingBox boundingBox() const;

    bool operator==(const MaskRle &) const = default;

private:
    MaskRle(int height, int width, std::vector<std::uint32_t> counts);

    int m_height = 0;
    int m_width = 0;
    std::vector<std::uint32_t> m_counts{0};
};

} // namespace atelier

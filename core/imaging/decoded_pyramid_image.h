// DecodedPyramidImage: a PyramidImage whose levels are all decoded and held in memory.
#pragma once

#include "core/imaging/pyramid_image.h"

#include <QList>

#include <memory>

namespace atelier {

// Levels are made by box-filter halving (each pixel the rounded mean of a 2x2 block; at an odd
// edge the last row or column stands in for its missing neighbour), so they are exact and the
// same on every machine. The whole pyramid costs about 4/3 of the level-0 bitmap.
class DecodedPyramidImage final : public PyramidImage
{
public:
    // Converts `image` once to ARGB32_Premultiplied (when it has alpha) or RGB32. A null image
    // gives an empty pyramid (size 0x0, no levels).
    static std::shared_ptr<const DecodedPyramidImage> fromImage(QImage image);

    QSize size() const override;
    int levelCount() const override;
    bool hasTile(int level, int column, int row) const override;
    // A view into the level's pixels (no copy); the level stays alive as long as the tile does.
    // Null when the tile is outside the level.
    QImage tile(int level, int column, int row) const override;

    // The whole level as one image (shared, not copied). Null for a level outside the pyramid.
    QImage level(int level) const;

    // Half of `image` in each dimension (rounding up), by the box filter above. `image` must be
    // RGB32 or ARGB32_Premultiplied; the result has the same format.
    static QImage halved(const QImage &image);

private:
    explicit DecodedPyramidImage(QList<QImage> levels);

    QList<QImage> m_levels;
};

} // namespace atelier

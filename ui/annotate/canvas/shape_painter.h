// ShapePainter: draws one shape in its label colour (outline, translucent fill, mask pixels), for
// the canvas's cached shape tiles and for the shapes it draws live.
#pragma once

#include "core/annotation/shape.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QPen>

#include <cstdint>

class QPainter;

namespace atelier {

class ShapePainter
{
public:
    // Outline width in device pixels (1: Qt's fast cosmetic stroker; wider ones are stroked as
    // paths, several times slower), and the radius of a point's dot.
    static constexpr double OutlineWidth = 1;
    static constexpr double PointRadius = 4;
    // How far beyond its extent a shape's drawing reaches, in device pixels.
    static constexpr int DevicePadding = 6;
    // Masks are drawn at the fill opacity but never fainter than this, so they never vanish.
    static constexpr double MinimumMaskOpacity = 0.25;

    void setLabelColors(const QHash<std::int64_t, QColor> &colors);
    QColor labelColor(std::int64_t labelClassId) const;
    // 0 (outlines only) to 1 (opaque) for areas; masks keep at least MinimumMaskOpacity.
    void setFillOpacity(double opacity);
    double fillOpacity() const { return m_fillOpacity; }

    // `painter` maps image pixels to the device; `scale` is device pixels per image pixel.
    // `emphasised` draws the thicker outline of a selected shape.
    void paint(QPainter &painter, const Shape &shape, double scale, bool emphasised = false);

private:
    struct Style
    {
        QPen pen;
        QPen thickPen;
        QBrush fill;
        QRgb maskColour = 0;
    };
    struct MaskImage
    {
        MaskRle mask;
        QRgb colour = 0;
        QRect box;
        QImage image;
    };

    const Style &styleOf(std::int64_t labelClassId);
    const MaskImage &maskImage(const Shape &shape, QRgb colour);

    QHash<std::int64_t, QColor> m_colors;
    double m_fillOpacity = 0.4;
    QHash<std::int64_t, Style> m_styles;
    QHash<std::int64_t, MaskImage> m_masks; // by shape key; rebuilt when the mask differs
};

} // namespace atelier

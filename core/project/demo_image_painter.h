// DemoImagePainter: draws one synthetic image of circles, squares and triangles with its ground truth.
#pragma once

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QString>

#include <cstdint>

namespace atelier {

struct DemoObject
{
    QString label;     // circle, square or triangle
    QPolygonF outline; // image pixel coordinates; a circle as a 32-gon
};

struct DemoImage
{
    QImage image;
    QList<DemoObject> objects; // bottom to top
};

class DemoImagePainter
{
public:
    static QStringList labels();

    // The same seed always gives the same image and objects.
    static DemoImage paint(std::uint32_t seed, int width, int height);
};

} // namespace atelier

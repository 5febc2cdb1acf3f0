// Fuzz target: readShapeGeometry on the input as stored geometry JSON; what reads must write back the same.
#include "core/annotation/shape.h"
#include "tests/fuzz/fuzz_support.h"

using namespace atelier;

// Byte 0 picks the shape's kind; the rest is the geometry JSON.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    Shape shape;
    shape.kind = ShapeKind(data[0] % 6);
    if (!readShapeGeometry(shape, QByteArrayView(data + 1, qsizetype(size - 1))))
        return 0;
    (void)shape.boundingRect();
    Shape again;
    again.kind = shape.kind;
    fuzz::check(readShapeGeometry(again, shapeGeometryJson(shape)).has_value(), "shapeGeometryJson() reads back");
    fuzz::check(again == shape, "shapeGeometryJson() reads back the same");
    return 0;
}

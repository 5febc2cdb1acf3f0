// ShapeClipboard: geometry travels in the store's own JSON (shapeGeometryJson), so a pasted shape
// is exactly the copied one.
#include "core/annotation/shape_clipboard.h"

#include "core/annotation/image_document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atelier {

QByteArray ShapeClipboard::toJson(const QList<Shape> &shapes)
{
    QJsonArray array;
    for (const Shape &shape : shapes) {
        array.append(QJsonObject{
            {QStringLiteral("label"), QString::number(shape.labelClassId)},
            {QStringLiteral("kind"), shapeKindName(shape.kind)},
            {QStringLiteral("geometry"), QString::fromUtf8(shapeGeometryJson(shape))},
            {QStringLiteral("attributes"), shape.attributes},
            {QStringLiteral("hidden"), shape.hidden},
            {QStringLiteral("locked"), shape.locked},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<Shape> ShapeClipboard::fromJson(const QByteArray &json)
{
    QList<Shape> shapes;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const auto kind = shapeKindFromName(object.value(QStringLiteral("kind")).toString());
        if (!kind)
            continue;
        Shape shape;
        shape.kind = *kind;
        if (!readShapeGeometry(shape, object.value(QStringLiteral("geometry")).toString().toUtf8()))
            continue;
        shape.key = ImageDocument::newKey();
        shape.labelClassId = object.value(QStringLiteral("label")).toString().toLongLong();
        shape.attributes = object.value(QStringLiteral("attributes")).toObject();
        shape.hidden = object.value(QStringLiteral("hidden")).toBool();
        shape.locked = object.value(QStringLiteral("locked")).toBool();
        shapes.append(shape);
    }
    return shapes;
}

} // namespace atelier

// ShapeClipboard: shapes as the clipboard carries them between images (and between datasets):
// each with its label, kind, stored geometry, attributes and flags, as compact JSON.
#pragma once

#include "core/annotation/shape.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace atelier {

class ShapeClipboard
{
public:
    static QString mimeType() { return QStringLiteral("application/x-atelier-shapes"); }

    static QByteArray toJson(const QList<Shape> &shapes);
    // The shapes with new keys (ImageDocument::newKey()); entries that cannot be read are skipped.
    static QList<Shape> fromJson(const QByteArray &json);
};

} // namespace atelier

// ImageShapeDiff: pairs the manifest shape entries of one image's two sides and reads them as Shapes.
#include "core/datasets/image_shape_diff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace atelier {

namespace {

QString identityKey(const QJsonObject &shape)
{
    return shape.value(u"label").toString() + u'\n' + shape.value(u"kind").toString();
}

// The union of both sides' labels by name; the "to" side's colour wins.
QList<DiffLabel> mergeLabels(const QJsonArray &fromLabels, const QJsonArray &toLabels)
{
    QMap<QString, QString> colors;
    for (const QJsonArray *labels : {&fromLabels, &toLabels}) {
        for (const QJsonValue &value : *labels) {
            const QJsonObject label = value.toObject();
            colors.insert(label.value(u"name").toString(), label.value(u"color").toString());
        }
    }
    QList<DiffLabel> merged;
    for (auto it = colors.cbegin(); it != colors.cend(); ++it)
        merged.append({merged.size() + 1, it.key(), it.value()});
    return merged;
}

Result<Shape> shapeOf(const QJsonObject &entry, std::int64_t key, const QList<DiffLabel> &labels)
{
    Shape shape;
    shape.key = key;
    const QString kindName = entry.value(u"kind").toString();
    const std::optional<ShapeKind> kind = shapeKindFromName(kindName);
    if (!kind)
        return fail(ImageShapeDiff::tr("A shape of kind \"%1\" cannot be shown: this program does not know that kind.")
                        .arg(kindName));
    shape.kind = *kind;
    const QString label = entry.value(u"label").toString();
    const auto found = std::find_if(labels.cbegin(), labels.cend(),
                                    [&](const DiffLabel &candidate) { return candidate.name == label; });
    // A label that neither side defines (a damaged manifest) still gets an id of its own.
    shape.labelClassId = found == labels.cend() ? labels.size() + 1 : found->id;
    const QByteArray geometry = QJsonDocument(entry.value(u"geometry").toObject()).toJson(QJsonDocument::Compact);
    if (auto ok = readShapeGeometry(shape, geometry); !ok)
        return fail(ok.error());
    shape.attributes = entry.value(u"attributes").toObject();
    shape.z = int(entry.value(u"z").toInteger());
    shape.hidden = entry.value(u"hidden").toBool();
    shape.locked = entry.value(u"locked").toBool();
    const QJsonValue group = entry.value(u"group_id");
    if (group.isDouble())
        shape.groupId = group.toInteger();
    return shape;
}

} // namespace

ShapePairing ShapePairing::of(const QJsonArray &from, const QJsonArray &to)
{
    ShapePairing pairing;
    QList<bool> fromPaired(from.size(), false);
    QList<int> toLeft;
    for (int t = 0; t < to.size(); ++t) {
        const QJsonObject shape = to.at(t).toObject();
        int match = -1;
        for (int f = 0; f < from.size() && match < 0; ++f) {
            if (!fromPaired[f] && from.at(f).toObject() == shape)
                match = f;
        }
        if (match < 0) {
            toLeft.append(t);
            continue;
        }
        fromPaired[match] = true;
        pairing.unchanged.append({match, t});
    }
    for (const int t : std::as_const(toLeft)) {
        const QString key = identityKey(to.at(t).toObject());
        int match = -1;
        for (int f = 0; f < from.size() && match < 0; ++f) {
            if (!fromPaired[f] && identityKey(from.at(f).toObject()) == key)
                match = f;
        }
        if (match < 0) {
            pairing.added.append(t);
            continue;
        }
        fromPaired[match] = true;
        pairing.changed.append({match, t});
    }
    for (int f = 0; f < from.size(); ++f) {
        if (!fromPaired[f])
            pairing.removed.append(f);
    }
    return pairing;
}

int ImageShapeDiff::count(ShapeDifference::Kind kind) const
{
    return int(std::count_if(shapes.cbegin(), shapes.cend(),
                             [kind](const ShapeDifference &shape) { return shape.kind == kind; }));
}

const DiffLabel *ImageShapeDiff::label(std::int64_t id) const
{
    const auto it = std::find_if(labels.cbegin(), labels.cend(), [id](const DiffLabel &label) { return label.id == id; });
    return it == labels.cend() ? nullptr : &*it;
}

Result<ImageShapeDiff> ImageShapeDiff::compare(const QString &path, const QJsonObject *from, const QJsonObject *to,
                                               const QJsonArray &fromLabels, const QJsonArray &toLabels)
{
    ImageShapeDiff diff;
    diff.path = path;
    diff.inFrom = from != nullptr;
    diff.inTo = to != nullptr;
    diff.fromStatus = from ? from->value(u"status").toString() : QString();
    diff.toStatus = to ? to->value(u"status").toString() : QString();
    if (const QJsonObject *sized = to ? to : from)
        diff.size = QSize(sized->value(u"width").toInt(), sized->value(u"height").toInt());
    diff.labels = mergeLabels(fromLabels, toLabels);

    const QJsonArray fromShapes = from ? from->value(u"shapes").toArray() : QJsonArray();
    const QJsonArray toShapes = to ? to->value(u"shapes").toArray() : QJsonArray();
    const ShapePairing pairing = ShapePairing::of(fromShapes, toShapes);
    // Keys: "from" shape i is -(i + 1), "to" shape j is j + 1.
    const auto append = [&](ShapeDifference::Kind kind, int f, int t) -> Status {
        ShapeDifference difference;
        difference.kind = kind;
        if (f >= 0) {
            auto shape = shapeOf(fromShapes.at(f).toObject(), -(f + 1), diff.labels);
            if (!shape)
                return fail(withContext(tr("Could not read a shape of %1").arg(path), shape.error()));
            difference.from = std::move(*shape);
        }
        if (t >= 0) {
            auto shape = shapeOf(toShapes.at(t).toObject(), t + 1, diff.labels);
            if (!shape)
                return fail(withContext(tr("Could not read a shape of %1").arg(path), shape.error()));
            difference.to = std::move(*shape);
        }
        diff.shapes.append(std::move(difference));
        return {};
    };
    constexpr int None = -1;
    for (const auto &[f, t] : pairing.unchanged) {
        if (auto ok = append(ShapeDifference::Kind::Unchanged, f, t); !ok)
            return fail(ok.error());
    }
    for (const int f : pairing.removed) {
        if (auto ok = append(ShapeDifference::Kind::Removed, f, None); !ok)
            return fail(ok.error());
    }
    for (const auto &[f, t] : pairing.changed) {
        if (auto ok = append(ShapeDifference::Kind::Changed, f, t); !ok)
            return fail(ok.error());
    }
    for (const int t : pairing.added) {
        if (auto ok = append(ShapeDifference::Kind::Added, None, t); !ok)
            return fail(ok.error());
    }
    return diff;
}

} // namespace atelier

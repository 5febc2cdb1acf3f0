// ImageShapeDiff: one image's shapes on two sides of a comparison (two versions, or a version and the working copy), paired.
#pragma once

#include "core/annotation/shape.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

class QJsonArray;
class QJsonObject;

namespace atelier {

// How the shapes of the "from" side map onto those of the "to" side, as indices into the two
// lists of manifest shape entries. The identity rule is the one DatasetVersions::diff counts with:
// 1. a "to" shape equal in every field (label, kind, geometry, attributes, z, hidden, locked,
//    group) to a "from" shape not yet paired is that shape, unchanged (the first such, in order);
// 2. of the shapes left, each "to" shape in order takes the first unpaired "from" shape of the same
//    label and kind: the same shape, changed (an edit moved it, or changed its attributes or flags);
// 3. the "to" shapes still unpaired were added, the "from" shapes still unpaired were removed.
// A shape whose label or kind changed therefore reads as one removed and one added shape.
struct ShapePairing
{
    QList<std::pair<int, int>> unchanged; // (from, to), in "to" order
    QList<std::pair<int, int>> changed;   // (from, to), in "to" order
    QList<int> added;                     // "to" indices, ascending
    QList<int> removed;                   // "from" indices, ascending

    static ShapePairing of(const QJsonArray &from, const QJsonArray &to);
};

// A label as the comparison names it: the two sides' label classes merged by name. The shapes of
// an ImageShapeDiff carry these ids in Shape::labelClassId (not the store's label_class ids, which
// a version does not keep).
struct DiffLabel
{
    std::int64_t id = 0; // 1-based, in name order
    QString name;
    QString color; // #rrggbb, the "to" side's when both define the label
};

struct ShapeDifference
{
    enum class Kind { Unchanged, Removed, Changed, Added };
    Kind kind = Kind::Unchanged;
    std::optional<Shape> from; // absent when added
    std::optional<Shape> to;   // absent when removed
};

struct ImageShapeDiff
{
    Q_DECLARE_TR_FUNCTIONS(ImageShapeDiff)

public:
    QString path; // relative to the dataset's root folder
    bool inFrom = false;
    bool inTo = false;
    QString fromStatus; // empty where the side lacks the image
    QString toStatus;
    QSize size; // the "to" side's, or the "from" side's when the image was removed
    QList<DiffLabel> labels;
    // In drawing order: unchanged, removed, changed, added; each kind in its side's z order.
    // Shape keys are unique within the diff: "from" shapes have negative keys, "to" shapes positive.
    QList<ShapeDifference> shapes;

    int count(ShapeDifference::Kind kind) const;
    const DiffLabel *label(std::int64_t id) const;

    // Compares two manifest image entries (see version_manifest.h); either may be null where its
    // side lacks the image. `fromLabels` and `toLabels` are the sides' manifest label arrays.
    [[nodiscard]] static Result<ImageShapeDiff> compare(const QString &path, const QJsonObject *from,
                                                        const QJsonObject *to, const QJsonArray &fromLabels,
                                                        const QJsonArray &toLabels);
};

} // namespace atelier

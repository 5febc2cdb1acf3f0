// ImageAnnotations: reads an image row, its shapes in z order and its status history.
#include "core/annotation/image_annotations.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace atelier {

namespace {

// Gives the messages below their translation context.
class ImageAnnotationsReader
{
    Q_DECLARE_TR_FUNCTIONS(ImageAnnotations)

public:
    static Status readImage(Database &db, ImageAnnotations &image)
    {
        auto st = db.statement("SELECT dataset_id, path, width, height, status, tags, review_comment, "
                               "missing FROM image WHERE id = ?");
        if (!st)
            return fail(st.error());
        (*st)->bind(1, image.imageId);
        auto row = (*st)->step();
        if (!row)
            return fail(withContext(tr("Could not read image %1").arg(image.imageId), row.error()));
        if (!*row)
            return fail(tr("Image %1 is not in the project; it was probably deleted. Reopen the "
                           "dataset.").arg(image.imageId));
        const Statement &r = **st;
        image.datasetId = r.int64(0);
        image.path = r.text(1);
        image.size = QSize(int(r.int64(2)), int(r.int64(3)));
        image.status = r.text(4);
        const QJsonDocument tags = QJsonDocument::fromJson(r.text(5).toUtf8());
        for (const QJsonValue &tag : tags.array())
            image.tags.append(tag.toString());
        if (!tags.isArray())
            image.problems.append(tr("The tags of %1 could not be read; they are shown as none.").arg(image.path));
        image.reviewComment = r.text(6);
        image.missing = r.int64(7) != 0;
        return {};
    }

    static Status readShapes(Database &db, ImageAnnotations &image)
    {
        auto st = db.statement("SELECT id, label_class_id, kind, geometry, attributes, z, hidden, locked, "
                               "group_id FROM shape WHERE image_id = ? ORDER BY z, id");
        if (!st)
            return fail(st.error());
        (*st)->bind(1, image.imageId);
        return (*st)->forEachRow([&](const Statement &r) {
            Shape shape;
            shape.key = r.int64(0);
            shape.labelClassId = r.int64(1);
            const std::optional<ShapeKind> kind = shapeKindFromName(r.text(2));
            if (!kind) {
                image.problems.append(tr("Shape %1 has the unknown kind \"%2\" and is not shown.")
                                          .arg(shape.key).arg(r.text(2)));
                return;
            }
            shape.kind = *kind;
            if (auto geometry = readShapeGeometry(shape, r.blob(3)); !geometry) {
                image.problems.append(tr("Shape %1 is not shown: %2").arg(shape.key).arg(geometry.error().message));
                return;
            }
            shape.attributes = QJsonDocument::fromJson(r.blob(4)).object();
            shape.z = int(r.int64(5));
            shape.hidden = r.int64(6) != 0;
            shape.locked = r.int64(7) != 0;
            if (!r.isNull(8))
                shape.groupId = r.int64(8);
            image.shapes.append(std::move(shape));
        });
    }
};

} // namespace

Result<ImageAnnotations> loadImageAnnotations(Database &db, std::int64_t imageId)
{
    ImageAnnotations image;
    image.imageId = imageId;
    if (auto ok = ImageAnnotationsReader::readImage(db, image); !ok)
        return fail(ok.error());
    if (auto ok = ImageAnnotationsReader::readShapes(db, image); !ok)
        return fail(ok.error());
    return image;
}

Result<QList<StatusChange>> imageStatusHistory(Database &db, std::int64_t imageId)
{
    auto st = db.statement("SELECT at, actor, detail FROM audit WHERE object_kind = 'image' "
                           "AND object_id = ? AND action = 'image.status' ORDER BY id");
    if (!st)
        return fail(st.error());
    (*st)->bind(1, QString::number(imageId));
    QList<StatusChange> history;
    auto read = (*st)->forEachRow([&](const Statement &r) {
        const QJsonObject detail = QJsonDocument::fromJson(r.blob(2)).object();
        history.append({r.text(0), r.text(1), detail.value(QLatin1String("from")).toString(),
                        detail.value(QLatin1String("to")).toString(),
                        detail.value(QLatin1String("comment")).toString()});
    });
    if (!read)
        return fail(read.error());
    return history;
}

} // namespace atelier

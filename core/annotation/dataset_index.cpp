// DatasetIndex: three queries (dataset, labels, images) and one grouped pass over the shapes.
#include "core/annotation/dataset_index.h"

#include "core/store/database.h"

#include <QDir>
#include <QHash>

namespace atelier {

namespace {

Status readDataset(Database &db, const QString &projectFolder, DatasetIndex &index)
{
    auto st = db.statement("SELECT name, root_path FROM dataset WHERE id = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(index.datasetId);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(DatasetIndexReader::tr("Dataset %1 is no longer in this project. It may have been "
                                           "deleted in another window; refresh the navigator.")
                        .arg(index.datasetId));
    index.name = (*st)->text(0);
    index.rootPath = QDir(projectFolder).absoluteFilePath((*st)->text(1));
    return {};
}

Status readLabels(Database &db, DatasetIndex &index)
{
    auto st = db.statement("SELECT l.id, l.name, l.color, "
                           "(SELECT count(*) FROM shape s WHERE s.label_class_id = l.id) "
                           "FROM label_class l WHERE l.dataset_id = ? ORDER BY l.id");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(index.datasetId);
    return (*st)->forEachRow([&](const Statement &r) {
        index.labels.append({r.int64(0), r.text(1), r.text(2), int(r.int64(3))});
    });
}

Status readImages(Database &db, DatasetIndex &index)
{
    auto st = db.statement("SELECT id, path, status, width, height, missing FROM image "
                           "WHERE dataset_id = ? ORDER BY path");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(index.datasetId);
    return (*st)->forEachRow([&](const Statement &r) {
        index.images.append({r.int64(0), r.text(1), r.text(2), int(r.int64(3)), int(r.int64(4)),
                             r.int64(5) != 0, 0, {}});
    });
}

// Rows come grouped by image, then label, so each image's label list is built ascending.
Status readShapeCounts(Database &db, DatasetIndex &index)
{
    QHash<std::int64_t, qsizetype> position;
    position.reserve(index.images.size());
    for (qsizetype i = 0; i < index.images.size(); ++i)
        position.insert(index.images[i].id, i);
    auto st = db.statement("SELECT s.image_id, s.label_class_id, count(*) FROM shape s "
                           "JOIN image i ON i.id = s.image_id WHERE i.dataset_id = ? "
                           "GROUP BY s.image_id, s.label_class_id ORDER BY s.image_id, s.label_class_id");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(index.datasetId);
    return (*st)->forEachRow([&](const Statement &r) {
        const auto it = position.constFind(r.int64(0));
        if (it == position.constEnd())
            return;
        ImageEntry &image = index.images[*it];
        image.labelIds.append(r.int64(1));
        image.shapeCount += int(r.int64(2));
    });
}

} // namespace

Result<DatasetIndex> DatasetIndexReader::read(Database &db, const QString &projectFolder, std::int64_t datasetId)
{
    DatasetIndex index;
    index.datasetId = datasetId;
    if (auto ok = readDataset(db, projectFolder, index); !ok)
        return fail(ok.error());
    if (auto ok = readLabels(db, index); !ok)
        return fail(ok.error());
    if (auto ok = readImages(db, index); !ok)
        return fail(ok.error());
    if (auto ok = readShapeCounts(db, index); !ok)
        return fail(ok.error());
    return index;
}

} // namespace atelier

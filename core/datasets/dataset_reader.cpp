// DatasetReader: one joined query of images and shapes, grouped into images as the rows stream by.
#include "core/datasets/dataset_reader.h"

#include "core/store/database.h"

namespace atelier {

namespace {

std::optional<std::int64_t> optionalInt(const Statement &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional(row.int64(column));
}

} // namespace

DatasetReader::DatasetReader(Database &db)
    : m_db(db)
{}

Result<std::int64_t> DatasetReader::datasetId(const QString &name)
{
    auto st = m_db.statement("SELECT id FROM dataset WHERE name = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(name);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(tr("There is no dataset named \"%1\" in this project.").arg(name));
    return (*st)->int64(0);
}

Result<QList<StoredLabelClass>> DatasetReader::labelClasses(std::int64_t datasetId)
{
    auto st = m_db.statement("SELECT id, name, color, external_id FROM label_class WHERE dataset_id = ? ORDER BY id");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(datasetId);
    QList<StoredLabelClass> list;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return list;
        const Statement &r = **st;
        list.append({r.int64(0), r.text(1), r.text(2), optionalInt(r, 3)});
    }
}

Result<std::int64_t> DatasetReader::imageCount(std::int64_t datasetId)
{
    return m_db.queryInt("SELECT count(*) FROM image WHERE dataset_id = ?", datasetId);
}

Result<QString> DatasetReader::rootPath(std::int64_t datasetId)
{
    auto st = m_db.statement("SELECT root_path FROM dataset WHERE id = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(datasetId);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(tr("There is no dataset with id %1 in this project; it may have been deleted.").arg(datasetId));
    return (*st)->text(0);
}

Status DatasetReader::forEachImage(std::int64_t datasetId, const std::function<Status(const StoredImage &)> &visit)
{
    // `visit` must not run this same statement: it stays open from the first image to the last.
    auto st = m_db.statement("SELECT i.id, i.path, i.width, i.height, i.external_id, "
                             "s.id, s.label_class_id, s.kind, s.geometry, s.attributes, s.group_id, i.split "
                             "FROM image i LEFT JOIN shape s ON s.image_id = i.id "
                             "WHERE i.dataset_id = ? ORDER BY i.id, s.z, s.id");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(datasetId);
    std::optional<StoredImage> image;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return fail(row.error());
        const Statement &r = **st;
        if (image && (!*row || r.int64(0) != image->id)) {
            if (auto ok = visit(*image); !ok)
                return ok;
            image.reset();
        }
        if (!*row)
            return {};
        if (!image)
            image = StoredImage{r.int64(0), r.text(1), int(r.int64(2)), int(r.int64(3)), optionalInt(r, 4), {}, r.text(11)};
        if (!r.isNull(5))
            image->shapes.append({r.int64(5), r.int64(6), r.text(7), r.blob(8), r.blob(9), optionalInt(r, 10)});
    }
}

} // namespace atelier

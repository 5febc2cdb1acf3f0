// DatasetVersions: freezes the working annotations into a VersionManifest, and compares and restores versions.
#include "core/datasets/dataset_versions.h"

#include "core/datasets/image_shape_diff.h"
#include "core/datasets/version_manifest.h"
#include "core/project/blob_store.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tasks/task_context.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <optional>

namespace atelier {

namespace {

using ImageVisit = std::function<Status(std::int64_t imageId, const QJsonObject &entry)>;

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString compactText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject shapeEntry(const Statement &r)
{
    return {{QStringLiteral("label"), r.text(5)},
            {QStringLiteral("kind"), r.text(6)},
            {QStringLiteral("geometry"), parseObject(r.blob(7))},
            {QStringLiteral("attributes"), parseObject(r.blob(8))},
            {QStringLiteral("z"), qint64(r.int64(9))},
            {QStringLiteral("hidden"), r.int64(10) != 0},
            {QStringLiteral("locked"), r.int64(11) != 0},
            {QStringLiteral("group_id"), r.isNull(12) ? QJsonValue() : QJsonValue(qint64(r.int64(12)))}};
}

QJsonObject imageEntry(const Statement &r)
{
    QJsonObject entry{{QStringLiteral("path"), r.text(1)},
                      {QStringLiteral("status"), r.text(2)},
                      {QStringLiteral("width"), qint64(r.int64(3))},
                      {QStringLiteral("height"), qint64(r.int64(4))},
                      {QStringLiteral("shapes"), QJsonArray()}};
    if (!r.isNull(14)) // only when assigned, so that entries of images without a split keep their bytes
        entry.insert(QStringLiteral("split"), r.text(14));
    return entry;
}

// The working images of a dataset as manifest entries, sorted by path, one image in memory at a
// time; only the image at `onlyPath` when one is given.
Status forEachWorkingImage(Database &db, std::int64_t datasetId, const ImageVisit &visit,
                           const std::optional<QString> &onlyPath = std::nullopt)
{
    auto st = onlyPath ? db.statement("SELECT i.id, i.path, i.status, i.width, i.height, l.name, s.kind, s.geometry, "
                                      "s.attributes, s.z, s.hidden, s.locked, s.group_id, s.id, i.split "
                                      "FROM image i LEFT JOIN shape s ON s.image_id = i.id "
                                      "LEFT JOIN label_class l ON l.id = s.label_class_id "
                                      "WHERE i.dataset_id = ? AND i.path = ? ORDER BY i.path, i.id, s.z, s.id")
                       : db.statement("SELECT i.id, i.path, i.status, i.width, i.height, l.name, s.kind, s.geometry, "
                                      "s.attributes, s.z, s.hidden, s.locked, s.group_id, s.id, i.split "
                                      "FROM image i LEFT JOIN shape s ON s.image_id = i.id "
                                      "LEFT JOIN label_class l ON l.id = s.label_class_id "
                                      "WHERE i.dataset_id = ? ORDER BY i.path, i.id, s.z, s.id");
    if (!st)
        return fail(st.error());
    if (onlyPath)
        (*st)->bindAll(datasetId, *onlyPath);
    else
        (*st)->bindAll(datasetId);
    std::optional<std::int64_t> imageId;
    QJsonObject entry;
    QJsonArray shapes;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return fail(row.error());
        const Statement &r = **st;
        if (imageId && (!*row || r.int64(0) != *imageId)) {
            entry.insert(QStringLiteral("shapes"), shapes);
            if (auto ok = visit(*imageId, entry); !ok)
                return ok;
            imageId.reset();
        }
        if (!*row)
            return {};
        if (!imageId) {
            imageId = r.int64(0);
            entry = imageEntry(r);
            shapes = QJsonArray();
        }
        if (!r.isNull(13))
            shapes.append(shapeEntry(r));
    }
}

Result<QJsonArray> labelsOf(Database &db, std::int64_t datasetId)
{
    auto st = db.statement("SELECT name, color, external_id FROM label_class WHERE dataset_id = ? ORDER BY name");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(datasetId);
    QJsonArray labels;
    auto ok = (*st)->forEachRow([&](const Statement &r) {
        labels.append(QJsonObject{{QStringLiteral("name"), r.text(0)},
                                  {QStringLiteral("color"), r.text(1)},
                                  {QStringLiteral("external_id"),
                                   r.isNull(2) ? QJsonValue() : QJsonValue(qint64(r.int64(2)))}});
    });
    if (!ok)
        return fail(ok.error());
    return labels;
}

// Every image entry of a version, keyed by path; `skip` names chunks to leave out.
Result<QHash<QString, QJsonObject>> imagesOf(BlobStore &blobs, const QStringList &chunks,
                                             const QSet<QString> &skip = {})
{
    QHash<QString, QJsonObject> images;
    for (const QString &chunk : chunks) {
        if (skip.contains(chunk))
            continue;
        auto entries = VersionManifest::readChunk(blobs, chunk);
        if (!entries)
            return fail(entries.error());
        for (const QJsonObject &entry : *entries)
            images.insert(entry.value(u"path").toString(), entry);
    }
    return images;
}

// Counted with the pairing that ImageShapeDiff draws, so that a list of differences and the
// canvas that shows one of them always agree.
void countShapes(const QJsonArray &from, const QJsonArray &to, ImageDifference &difference)
{
    const ShapePairing pairing = ShapePairing::of(from, to);
    difference.shapesAdded = int(pairing.added.size());
    difference.shapesRemoved = int(pairing.removed.size());
    difference.shapesChanged = int(pairing.changed.size());
}

// The entry of `path` in a version's chunks, or none. Chunks hold runs of images in path order
// (SQLite's: by UTF-8 bytes), so a binary search over them reads a handful of chunks.
Result<std::optional<QJsonObject>> findEntry(BlobStore &blobs, const QStringList &chunks, const QString &path)
{
    const QByteArray key = path.toUtf8();
    const auto pathOf = [](const QJsonObject &entry) { return entry.value(u"path").toString().toUtf8(); };
    qsizetype low = 0;
    qsizetype high = chunks.size();
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        auto entries = VersionManifest::readChunk(blobs, chunks.at(middle));
        if (!entries)
            return fail(entries.error());
        if (entries->isEmpty())
            return fail(DatasetVersions::tr("The version manifest chunk %1 is empty; the version is damaged.")
                            .arg(chunks.at(middle)));
        if (key < pathOf(entries->constFirst())) {
            high = middle;
        } else if (key > pathOf(entries->constLast())) {
            low = middle + 1;
        } else {
            for (const QJsonObject &entry : std::as_const(*entries)) {
                if (entry.value(u"path").toString() == path)
                    return entry;
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

ImageDifference compareImages(const QString &path, const QJsonObject *from, const QJsonObject *to)
{
    ImageDifference difference;
    difference.path = path;
    difference.kind = !from ? ImageDifference::Kind::Added
                      : !to ? ImageDifference::Kind::Removed
                            : ImageDifference::Kind::Changed;
    const QJsonArray none;
    countShapes(from ? from->value(u"shapes").toArray() : none, to ? to->value(u"shapes").toArray() : none,
                difference);
    difference.statusChanged = from && to && from->value(u"status") != to->value(u"status");
    return difference;
}

// Reports progress every 256 steps, and fails once the task is canceled: the caller's
// transaction then rolls back.
Status checkpoint(TaskContext *task, std::int64_t done, std::int64_t total, const QString &what)
{
    if (!task || done % 256 != 0)
        return {};
    if (task->isCanceled())
        return fail(DatasetVersions::tr("Canceled; the dataset and its versions are as they were."));
    task->setProgress(done, total, what);
    return {};
}

QString kindName(ImageDifference::Kind kind)
{
    switch (kind) {
    case ImageDifference::Kind::Added:
        return QStringLiteral("added");
    case ImageDifference::Kind::Removed:
        return QStringLiteral("removed");
    case ImageDifference::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QJsonObject countsJson(const QMap<QString, std::int64_t> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), qint64(it.value()));
    return object;
}

// Creates or updates the version's label classes; returns their ids by name.
Result<QHash<QString, std::int64_t>> restoreLabels(Database &db, std::int64_t datasetId, const QJsonArray &labels)
{
    QHash<QString, std::int64_t> ids;
    for (const QJsonValue &value : labels) {
        const QJsonObject label = value.toObject();
        const QString name = label.value(u"name").toString();
        if (auto ok = db.execute("INSERT INTO label_class(dataset_id, name, color, external_id) "
                                 "VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(dataset_id, name) DO UPDATE SET color = excluded.color, "
                                 "external_id = excluded.external_id",
                                 datasetId, name, label.value(u"color").toString(), label.value(u"external_id"));
            !ok)
            return fail(ok.error());
        auto id = db.queryInt("SELECT id FROM label_class WHERE dataset_id = ? AND name = ?", datasetId, name);
        if (!id)
            return fail(id.error());
        ids.insert(name, *id);
    }
    return ids;
}

Status insertShapes(Database &db, std::int64_t imageId, const QJsonArray &shapes,
                    const QHash<QString, std::int64_t> &labelIds)
{
    for (const QJsonValue &value : shapes) {
        const QJsonObject shape = value.toObject();
        const QString label = shape.value(u"label").toString();
        if (!labelIds.contains(label))
            return fail(DatasetVersions::tr("The version names the label \"%1\" but does not define it.").arg(label));
        if (auto ok = db.execute("INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z, "
                                 "hidden, locked, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 imageId, labelIds.value(label), shape.value(u"kind").toString(),
                                 compactText(shape.value(u"geometry").toObject()),
                                 compactText(shape.value(u"attributes").toObject()),
                                 std::int64_t(shape.value(u"z").toInteger()), shape.value(u"hidden").toBool(),
                                 shape.value(u"locked").toBool(),
                                 shape.value(u"group_id"));
            !ok)
            return ok;
    }
    return {};
}

// Rewrites one working image as `entry`; `imageId` is empty when the image must be re-added.
Status restoreImage(Database &db, std::int64_t datasetId, std::optional<std::int64_t> imageId,
                    const QJsonObject &entry, const QHash<QString, std::int64_t> &labelIds)
{
    const QString path = entry.value(u"path").toString();
    const QString status = entry.value(u"status").toString();
    const auto width = std::int64_t(entry.value(u"width").toInteger());
    const auto height = std::int64_t(entry.value(u"height").toInteger());
    const QJsonValue splitValue = entry.value(u"split");
    const std::optional<QString> split = splitValue.isString() ? std::optional(splitValue.toString()) : std::nullopt;
    Status ok;
    if (imageId) {
        ok = db.execute("UPDATE image SET status = ?, width = ?, height = ?, split = ? WHERE id = ?", status, width, height,
                        split, *imageId);
        if (ok)
            ok = db.execute("DELETE FROM shape WHERE image_id = ?", *imageId);
    } else {
        ok = db.execute("INSERT INTO image(dataset_id, path, width, height, status, split) VALUES (?, ?, ?, ?, ?, ?)",
                        datasetId, path, width, height, status, split);
        imageId = db.lastInsertId();
    }
    if (ok)
        ok = insertShapes(db, *imageId, entry.value(u"shapes").toArray(), labelIds);
    if (!ok)
        return fail(withContext(DatasetVersions::tr("Could not restore the image %1").arg(path), ok.error()));
    return {};
}

// Label classes the version does not define; no shape refers to them once the images are restored.
Status removeOtherLabels(Database &db, std::int64_t datasetId, const QHash<QString, std::int64_t> &keep)
{
    auto st = db.statement("SELECT id FROM label_class WHERE dataset_id = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(datasetId);
    const QList<std::int64_t> kept = keep.values();
    const QSet<std::int64_t> keepIds(kept.cbegin(), kept.cend());
    QList<std::int64_t> others;
    auto listed = (*st)->forEachRow([&](const Statement &r) {
        if (!keepIds.contains(r.int64(0)))
            others.append(r.int64(0));
    });
    if (!listed)
        return listed;
    for (std::int64_t id : std::as_const(others)) {
        if (auto ok = db.execute("DELETE FROM label_class WHERE id = ?", id); !ok)
            return ok;
    }
    return {};
}

struct WorkingImage
{
    std::int64_t id = 0;
    QJsonObject entry;
};

} // namespace

QJsonObject VersionInfo::toJson() const
{
    return {{QStringLiteral("version"), qint64(number)},
            {QStringLiteral("message"), message},
            {QStringLiteral("manifest"), manifestSha256},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("images"), qint64(statistics.images)},
            {QStringLiteral("shapes"), qint64(statistics.shapes)},
            {QStringLiteral("shapes_per_label"), countsJson(statistics.shapesPerLabel)},
            {QStringLiteral("images_per_status"), countsJson(statistics.imagesPerStatus)}};
}

QJsonObject ImageDifference::toJson() const
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("change"), kindName(kind)},
            {QStringLiteral("shapes_added"), shapesAdded},
            {QStringLiteral("shapes_removed"), shapesRemoved},
            {QStringLiteral("shapes_changed"), shapesChanged},
            {QStringLiteral("status_changed"), statusChanged}};
}

DatasetVersions::DatasetVersions(Database &db, AuditLog &audit, BlobStore &blobs)
    : m_db(db)
    , m_audit(audit)
    , m_blobs(blobs)
{}

Result<VersionInfo> DatasetVersions::create(std::int64_t datasetId, const QString &message, TaskContext *task)
{
    // One transaction around the reads too, so that labels and images come from one state of
    // the dataset. Blobs written before a failure stay unreferenced, which is harmless: they are
    // immutable and named by their content.
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    VersionManifest manifest(m_blobs);
    auto labels = labelsOf(m_db, datasetId);
    if (!labels)
        return fail(labels.error());
    auto images = m_db.queryInt("SELECT count(*) FROM image WHERE dataset_id = ?", datasetId);
    if (!images)
        return fail(images.error());
    std::int64_t done = 0;
    auto walked = forEachWorkingImage(m_db, datasetId, [&](std::int64_t, const QJsonObject &entry) {
        if (auto stop = checkpoint(task, done++, *images, tr("Writing the version manifest")); !stop)
            return stop;
        return manifest.append(entry);
    });
    if (!walked)
        return fail(withContext(tr("Could not freeze the dataset as a version"), walked.error()));
    auto root = manifest.finish(*labels);
    if (!root)
        return fail(withContext(tr("Could not write the version manifest"), root.error()));

    auto number = m_db.queryInt("SELECT coalesce(max(number), 0) + 1 FROM dataset_version WHERE dataset_id = ?",
                                datasetId);
    if (!number)
        return fail(number.error());
    VersionInfo info{*number, message, *root,
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), manifest.statistics()};
    if (auto ok = m_db.execute("INSERT INTO dataset_version(dataset_id, number, message, manifest_sha256, "
                               "created_at) VALUES (?, ?, ?, ?, ?)",
                               datasetId, info.number, message, info.manifestSha256, info.createdAt);
        !ok)
        return fail(withContext(tr("Could not record the new version"), ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("dataset_version.create"), QStringLiteral("dataset"),
                                 QString::number(datasetId), info.toJson());
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return info;
}

Result<QList<VersionInfo>> DatasetVersions::list(std::int64_t datasetId)
{
    auto st = m_db.statement("SELECT number, message, manifest_sha256, created_at FROM dataset_version "
                             "WHERE dataset_id = ? ORDER BY number");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(datasetId);
    QList<VersionInfo> versions;
    auto ok = (*st)->forEachRow([&](const Statement &r) {
        versions.append({r.int64(0), r.text(1), r.text(2), r.text(3), {}});
    });
    if (!ok)
        return fail(ok.error());
    // The statistics live in the root blob, written once with the manifest they describe.
    for (VersionInfo &version : versions) {
        auto root = VersionManifest::readRoot(m_blobs, version.manifestSha256);
        if (!root)
            return fail(root.error());
        version.statistics = VersionManifest::statisticsOf(*root);
    }
    return versions;
}

Result<QString> DatasetVersions::manifestOf(std::int64_t datasetId, std::int64_t version)
{
    auto st = m_db.statement("SELECT manifest_sha256 FROM dataset_version WHERE dataset_id = ? AND number = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(datasetId, version);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(tr("The dataset has no version %1. List its versions to see which exist.").arg(version));
    return (*st)->text(0);
}

Result<DatasetVersions::Side> DatasetVersions::sideOf(std::int64_t datasetId, std::int64_t version)
{
    Side side;
    if (version == WorkingCopy) {
        auto labels = labelsOf(m_db, datasetId);
        if (!labels)
            return fail(labels.error());
        side.working = true;
        side.labels = *labels;
        return side;
    }
    auto sha = manifestOf(datasetId, version);
    if (!sha)
        return fail(sha.error());
    auto root = VersionManifest::readRoot(m_blobs, *sha);
    if (!root)
        return fail(root.error());
    side.chunks = VersionManifest::chunkHashes(*root);
    side.labels = root->value(u"labels").toArray();
    return side;
}

Result<QList<ImageDifference>> DatasetVersions::diff(std::int64_t datasetId, std::int64_t fromVersion,
                                                     std::int64_t toVersion)
{
    auto fromSide = sideOf(datasetId, fromVersion);
    if (!fromSide)
        return fail(fromSide.error());
    auto toSide = sideOf(datasetId, toVersion);
    if (!toSide)
        return fail(toSide.error());
    // A chunk in both versions holds the same entries in both, and a path lives in one chunk
    // of a version, so only the chunks that are not shared need reading. The working copy has no
    // chunks: all of it is read.
    const QSet<QString> shared = QSet<QString>(fromSide->chunks.cbegin(), fromSide->chunks.cend())
                                     .intersect(QSet<QString>(toSide->chunks.cbegin(), toSide->chunks.cend()));
    const auto imagesOfSide = [&](const Side &side) -> Result<QHash<QString, QJsonObject>> {
        if (!side.working)
            return imagesOf(m_blobs, side.chunks, shared);
        QHash<QString, QJsonObject> images;
        auto walked = forEachWorkingImage(m_db, datasetId, [&](std::int64_t, const QJsonObject &entry) {
            images.insert(entry.value(u"path").toString(), entry);
            return Status{};
        });
        if (!walked)
            return fail(walked.error());
        return images;
    };
    auto from = imagesOfSide(*fromSide);
    if (!from)
        return fail(from.error());
    auto to = imagesOfSide(*toSide);
    if (!to)
        return fail(to.error());
    QStringList paths = from->keys() + to->keys();
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    QList<ImageDifference> differences;
    for (const QString &path : std::as_const(paths)) {
        const auto a = from->constFind(path);
        const auto b = to->constFind(path);
        const QJsonObject *before = a == from->cend() ? nullptr : &*a;
        const QJsonObject *after = b == to->cend() ? nullptr : &*b;
        if (!before || !after || *before != *after)
            differences.append(compareImages(path, before, after));
    }
    return differences;
}

Result<ImageShapeDiff> DatasetVersions::diffImage(std::int64_t datasetId, std::int64_t fromVersion,
                                                  std::int64_t toVersion, const QString &path)
{
    std::optional<QJsonObject> entries[2];
    QJsonArray labels[2];
    const std::int64_t numbers[2] = {fromVersion, toVersion};
    for (int i = 0; i < 2; ++i) {
        auto side = sideOf(datasetId, numbers[i]);
        if (!side)
            return fail(side.error());
        labels[i] = side->labels;
        if (side->working) {
            auto walked = forEachWorkingImage(
                m_db, datasetId,
                [&](std::int64_t, const QJsonObject &entry) {
                    entries[i] = entry;
                    return Status{};
                },
                path);
            if (!walked)
                return fail(walked.error());
        } else {
            auto entry = findEntry(m_blobs, side->chunks, path);
            if (!entry)
                return fail(entry.error());
            entries[i] = std::move(*entry);
        }
    }
    if (!entries[0] && !entries[1])
        return fail(tr("Neither side of the comparison holds the image %1. List the differences again to see "
                       "which images changed.").arg(path));
    return ImageShapeDiff::compare(path, entries[0] ? &*entries[0] : nullptr, entries[1] ? &*entries[1] : nullptr,
                                   labels[0], labels[1]);
}

Status DatasetVersions::restore(std::int64_t datasetId, std::int64_t version, TaskContext *task)
{
    auto sha = manifestOf(datasetId, version);
    if (!sha)
        return fail(sha.error());
    auto root = VersionManifest::readRoot(m_blobs, *sha);
    if (!root)
        return fail(root.error());
    QHash<QString, WorkingImage> working;
    auto walked = forEachWorkingImage(m_db, datasetId, [&](std::int64_t imageId, const QJsonObject &entry) {
        working.insert(entry.value(u"path").toString(), {imageId, entry});
        return Status{};
    });
    if (!walked)
        return fail(walked.error());

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto labelIds = restoreLabels(m_db, datasetId, root->value(u"labels").toArray());
    if (!labelIds)
        return fail(withContext(tr("Could not restore the labels of version %1").arg(version), labelIds.error()));
    int rewritten = 0;
    const std::int64_t images = VersionManifest::statisticsOf(*root).images;
    std::int64_t done = 0;
    for (const QString &chunk : VersionManifest::chunkHashes(*root)) {
        auto entries = VersionManifest::readChunk(m_blobs, chunk);
        if (!entries)
            return fail(entries.error());
        for (const QJsonObject &entry : std::as_const(*entries)) {
            if (auto stop = checkpoint(task, done++, images, tr("Rewriting the images that differ")); !stop)
                return stop;
            // Images that already match the version are left alone, so a restore after a few
            // edits writes a few rows.
            const auto current = working.constFind(entry.value(u"path").toString());
            const bool present = current != working.cend();
            if (present && current->entry == entry) {
                working.erase(current);
                continue;
            }
            if (auto ok = restoreImage(m_db, datasetId, present ? std::optional(current->id) : std::nullopt,
                                       entry, *labelIds);
                !ok)
                return ok;
            if (present)
                working.erase(current);
            ++rewritten;
        }
    }
    // What is left in `working` is not in the version.
    for (const WorkingImage &image : std::as_const(working)) {
        if (auto ok = m_db.execute("DELETE FROM image WHERE id = ?", image.id); !ok)
            return ok;
    }
    if (auto ok = removeOtherLabels(m_db, datasetId, *labelIds); !ok)
        return ok;
    if (auto ok = m_audit.record(QStringLiteral("dataset_version.restore"), QStringLiteral("dataset"),
                                 QString::number(datasetId),
                                 {{QStringLiteral("version"), qint64(version)},
                                  {QStringLiteral("manifest"), *sha},
                                  {QStringLiteral("images_rewritten"), rewritten},
                                  {QStringLiteral("images_removed"), int(working.size())}});
        !ok)
        return ok;
    return transaction->commit();
}

} // namespace atelier

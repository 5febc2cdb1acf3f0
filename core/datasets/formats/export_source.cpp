// ExportSource: the working state through DatasetReader, or a version's manifest chunks turned into StoredImages.
#include "core/datasets/formats/export_source.h"

#include "core/datasets/version_manifest.h"
#include "core/project/blob_store.h"
#include "core/store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace atelier {

QJsonObject ExportSummary::toJson() const
{
    return {{QStringLiteral("images"), images},
            {QStringLiteral("files"), files},
            {QStringLiteral("shapes"), shapes},
            {QStringLiteral("report"), report.toJson()}};
}

Result<ExportSource> ExportSource::open(Database &db, const QString &datasetName)
{
    ExportSource source(db, nullptr);
    DatasetReader reader(db);
    auto id = reader.datasetId(datasetName);
    if (!id)
        return fail(id.error());
    auto labels = reader.labelClasses(*id);
    auto count = labels ? reader.imageCount(*id) : Result<std::int64_t>(fail(labels.error()));
    auto largest = count ? db.queryInt("SELECT coalesce(max(external_id), 0) FROM image WHERE dataset_id = ?", *id)
                         : Result<std::int64_t>(fail(count.error()));
    if (!largest)
        return fail(withContext(tr("Could not read the dataset \"%1\"").arg(datasetName), largest.error()));
    auto root = db.statement("SELECT root_path FROM dataset WHERE id = ?");
    if (!root)
        return fail(root.error());
    (*root)->bindAll(*id);
    if (auto row = (*root)->step(); row && *row) // a relative root is relative to the project folder
        source.m_root = QDir(QFileInfo(db.path()).absolutePath()).filePath((*root)->text(0));
    source.m_name = datasetName;
    source.m_datasetId = *id;
    source.m_labels = std::move(*labels);
    source.m_imageCount = *count;
    source.m_largestImageExternalId = *largest;
    source.sortLabels();
    return source;
}

Result<ExportSource> ExportSource::openVersion(Database &db, BlobStore &blobs, const QString &datasetName,
                                               std::int64_t version)
{
    auto working = open(db, datasetName);
    if (!working)
        return fail(working.error());
    ExportSource source(db, &blobs);
    source.m_name = datasetName;
    source.m_root = working->m_root;
    source.m_datasetId = working->m_datasetId;
    auto st = db.statement("SELECT manifest_sha256 FROM dataset_version WHERE dataset_id = ? AND number = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(source.m_datasetId, version);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(tr("The dataset \"%1\" has no version %2. List its versions to see which exist.").arg(datasetName).arg(version));
    source.m_manifest = (*st)->text(0);
    auto root = VersionManifest::readRoot(blobs, source.m_manifest);
    if (!root)
        return fail(withContext(tr("Could not read version %1 of \"%2\"").arg(version).arg(datasetName), root.error()));
    std::int64_t id = 0;
    for (const QJsonValue &value : root->value(u"labels").toArray()) {
        const QJsonObject label = value.toObject();
        const QJsonValue external = label.value(u"external_id");
        source.m_labels.append({++id, label.value(u"name").toString(), label.value(u"color").toString(),
                                external.isDouble() ? std::optional(external.toInteger()) : std::nullopt});
    }
    source.m_imageCount = VersionManifest::statisticsOf(*root).images;
    source.sortLabels();
    return source;
}

void ExportSource::sortLabels()
{
    std::stable_sort(m_labels.begin(), m_labels.end(), [](const StoredLabelClass &a, const StoredLabelClass &b) {
        return std::pair(!a.externalId.has_value(), a.externalId.value_or(0))
             < std::pair(!b.externalId.has_value(), b.externalId.value_or(0));
    });
}

Status ExportSource::forEachImage(const std::function<Status(const StoredImage &)> &visit)
{
    if (m_blobs)
        return forEachVersionImage(visit);
    return DatasetReader(*m_db).forEachImage(m_datasetId, visit);
}

Status ExportSource::forEachVersionImage(const std::function<Status(const StoredImage &)> &visit)
{
    auto root = VersionManifest::readRoot(*m_blobs, m_manifest);
    if (!root)
        return fail(root.error());
    QHash<QString, std::int64_t> labelIds;
    for (const StoredLabelClass &label : m_labels)
        labelIds.insert(label.name, label.id);
    std::int64_t imageId = 0, shapeId = 0;
    for (const QString &chunk : VersionManifest::chunkHashes(*root)) {
        auto entries = VersionManifest::readChunk(*m_blobs, chunk);
        if (!entries)
            return fail(entries.error());
        for (const QJsonObject &entry : *entries) {
            StoredImage image{++imageId, entry.value(u"path").toString(), entry.value(u"width").toInt(),
                              entry.value(u"height").toInt(), std::nullopt, {}, entry.value(u"split").toString()};
            QJsonArray shapes = entry.value(u"shapes").toArray();
            QList<QJsonObject> ordered;
            for (const QJsonValue &shape : shapes)
                ordered.append(shape.toObject());
            std::stable_sort(ordered.begin(), ordered.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(u"z").toInteger() < b.value(u"z").toInteger();
            });
            for (const QJsonObject &shape : ordered) {
                const QJsonValue group = shape.value(u"group_id");
                image.shapes.append({++shapeId, labelIds.value(shape.value(u"label").toString()), shape.value(u"kind").toString(),
                                     QJsonDocument(shape.value(u"geometry").toObject()).toJson(QJsonDocument::Compact),
                                     QJsonDocument(shape.value(u"attributes").toObject()).toJson(QJsonDocument::Compact),
                                     group.isDouble() ? std::optional(group.toInteger()) : std::nullopt});
            }
            if (auto ok = visit(image); !ok)
                return ok;
        }
    }
    return {};
}

} // namespace atelier

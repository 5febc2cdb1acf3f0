// DatasetStore: inserts for datasets, label classes, images and shapes, each with its audit row.
#include "core/datasets/dataset_store.h"

#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace atelier {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

DatasetStore::DatasetStore(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<std::int64_t> DatasetStore::createDataset(const QString &name, const QString &rootPath,
                                                 const QString &description)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto id = insertDataset(name, rootPath, description);
    if (!id)
        return fail(id.error());
    if (auto ok = recordDatasetCreated(*id, name, rootPath); !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return *id;
}

Result<std::int64_t> DatasetStore::insertDataset(const QString &name, const QString &rootPath,
                                                 const QString &description)
{
    if (name.trimmed().isEmpty())
        return fail(tr("A dataset needs a name."));
    if (auto ok = m_db.execute("INSERT INTO dataset(name, root_path, description, created_at) "
                               "VALUES (?, ?, ?, ?)",
                               name, rootPath, description, now());
        !ok)
        return fail(withContext(tr("Could not create the dataset \"%1\"").arg(name), ok.error()));
    return m_db.lastInsertId();
}

Status DatasetStore::recordDatasetCreated(std::int64_t id, const QString &name, const QString &rootPath)
{
    return m_audit.record(QStringLiteral("dataset.create"), QStringLiteral("dataset"), QString::number(id),
                          {{QStringLiteral("name"), name}, {QStringLiteral("root"), rootPath}});
}

Result<std::int64_t> DatasetStore::addLabelClass(std::int64_t datasetId, const QString &name,
                                                 const QString &color)
{
    if (name.trimmed().isEmpty())
        return fail(tr("A label needs a name."));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = m_db.execute("INSERT INTO label_class(dataset_id, name, color) VALUES (?, ?, ?)",
                               datasetId, name, color);
        !ok)
        return fail(withContext(tr("Could not add the label \"%1\"").arg(name), ok.error()));
    const std::int64_t id = m_db.lastInsertId();
    if (auto ok = m_audit.record(QStringLiteral("label_class.create"), QStringLiteral("label_class"),
                                 QString::number(id),
                                 {{QStringLiteral("dataset"), qint64(datasetId)},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("color"), color}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return id;
}

Result<int> DatasetStore::addImages(std::int64_t datasetId, const QList<NewImage> &images)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto insertImage = m_db.statement(
        "INSERT INTO image(dataset_id, path, width, height, size_bytes, mtime, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insertImage)
        return fail(insertImage.error());
    auto insertShape = m_db.statement(
        "INSERT INTO shape(image_id, label_class_id, kind, geometry, z) VALUES (?, ?, ?, ?, ?)");
    if (!insertShape)
        return fail(insertShape.error());

    int shapeCount = 0;
    for (const NewImage &image : images) {
        (*insertImage)->reset();
        (*insertImage)->bindAll(datasetId, image.path, image.width, image.height, image.sizeBytes,
                                image.mtimeMs, image.status);
        if (auto ok = (*insertImage)->run(); !ok)
            return fail(withContext(tr("Could not add the image %1").arg(image.path), ok.error()));
        const std::int64_t imageId = m_db.lastInsertId();
        int z = 0;
        for (const NewShape &shape : image.shapes) {
            (*insertShape)->reset();
            (*insertShape)->bindAll(imageId, shape.labelClassId, shape.kind,
                                    compactJson({{QStringLiteral("points"), shape.points}}), z++);
            if (auto ok = (*insertShape)->run(); !ok)
                return fail(withContext(tr("Could not add a shape to the image %1").arg(image.path),
                                        ok.error()));
            ++shapeCount;
        }
    }
    if (auto ok = m_audit.record(QStringLiteral("image.add"), QStringLiteral("dataset"),
                                 QString::number(datasetId),
                                 {{QStringLiteral("images"), int(images.size())},
                                  {QStringLiteral("shapes"), shapeCount}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return int(images.size());
}

} // namespace atelier

// DatasetReader: reads a dataset back from the store (label classes, then images with their shapes), for exports.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace atelier {

class Database;

struct StoredLabelClass
{
    std::int64_t id = 0;
    QString name;
    QString color;
    std::optional<std::int64_t> externalId;
};

// geometry and attributes are the JSON texts of the shape row (see dataset_store.h).
struct StoredShape
{
    std::int64_t id = 0;
    std::int64_t labelClassId = 0;
    QString kind;
    QByteArray geometry;
    QByteArray attributes;
    std::optional<std::int64_t> groupId;
};

struct StoredImage
{
    std::int64_t id = 0;
    QString path;
    int width = 0;
    int height = 0;
    std::optional<std::int64_t> externalId;
    QList<StoredShape> shapes; // in z order
    QString split;             // train, val, test, or empty when unassigned
};

class DatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(DatasetReader)

public:
    explicit DatasetReader(Database &db);

    [[nodiscard]] Result<std::int64_t> datasetId(const QString &name);
    [[nodiscard]] Result<QList<StoredLabelClass>> labelClasses(std::int64_t datasetId);
    [[nodiscard]] Result<std::int64_t> imageCount(std::int64_t datasetId);
    // The folder the dataset's image paths are relative to, as stored: relative to the project
    // folder when it is not absolute.
    [[nodiscard]] Result<QString> rootPath(std::int64_t datasetId);

    // Calls `visit` for each image in id order with its shapes, one image in memory at a time,
    // so that exports of large datasets stay small. Stops at the first error `visit` returns.
    [[nodiscard]] Status forEachImage(std::int64_t datasetId, const std::function<Status(const StoredImage &)> &visit);

private:
    Database &m_db;
};

} // namespace atelier

// DatasetStore: datasets, their label classes and images with shapes, as rows of the store.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace atelier {

class AuditLog;
class Database;

// Geometry convention: image pixel coordinates, x right and y down, where pixel (0, 0) covers
// the square [0, 1) x [0, 1) (as COCO). `points` is flat: x0, y0, x1, y1, ...; a box is its
// top-left and bottom-right corners.
struct NewShape
{
    std::int64_t labelClassId = 0;
    QString kind; // box, rotated_box, polygon, polyline, point, mask
    QJsonArray points;
};

struct NewImage
{
    QString path; // relative to the dataset's root folder
    int width = 0;
    int height = 0;
    std::int64_t sizeBytes = 0;
    std::int64_t mtimeMs = 0;
    QString status = QStringLiteral("new");
    QList<NewShape> shapes;
};

class DatasetStore
{
    Q_DECLARE_TR_FUNCTIONS(DatasetStore)

public:
    DatasetStore(Database &db, AuditLog &audit);

    // `rootPath` may be relative: it is then resolved against the project folder.
    [[nodiscard]] Result<std::int64_t> createDataset(const QString &name, const QString &rootPath,
                                                     const QString &description = {});
    [[nodiscard]] Result<std::int64_t> addLabelClass(std::int64_t datasetId, const QString &name,
                                                     const QString &color);
    // Adds the images and their shapes in one transaction, recorded as one audit row.
    [[nodiscard]] Result<int> addImages(std::int64_t datasetId, const QList<NewImage> &images);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace atelier

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
// top-left and bottom-right corners. shape.geometry holds, by kind:
//   box          {"points": [x1, y1, x2, y2]}           (COCO bbox [x, y, w, h] = x1, y1, x2-x1, y2-y1)
//   rotated_box  {"points": [x1, y1, x2, y2], "rotation": degrees}: the box before rotation,
//                turned clockwise (y down) about its centre, as CVAT stores it
//   polygon      {"points": [x0, y0, x1, y1, ...]}     one ring, implicitly closed
//   polyline     {"points": [x0, y0, ...]}             open
//   point        {"points": [x, y]}
//   mask         {"rle": "<pycocotools compressed counts>", "size": [h, w]} (see MaskRle)
// Shapes that form one object share shape.group_id (the rings of one COCO polygon annotation:
// k rings give k polygon shapes). Flags such as iscrowd, occluded, truncated and difficult live
// in shape.attributes (a JSON object, e.g. {"iscrowd": 1}). Formats map onto this in
// core/datasets/formats/.
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
    // createDataset() in two halves, for a bulk import's own transaction: the row first, its audit
    // row with the import's at the end. A page that SQLite wrote to the log early in a transaction
    // and changes again late makes its commit re-read the whole log (a quarter of a gigabyte after
    // a million shapes); the audit pages, written only at the end, are not spilled before that.
    [[nodiscard]] Result<std::int64_t> insertDataset(const QString &name, const QString &rootPath,
                                                     const QString &description = {});
    [[nodiscard]] Status recordDatasetCreated(std::int64_t id, const QString &name, const QString &rootPath);
    [[nodiscard]] Result<std::int64_t> addLabelClass(std::int64_t datasetId, const QString &name,
                                                     const QString &color);
    // Adds the images and their shapes in one transaction, recorded as one audit row.
    [[nodiscard]] Result<int> addImages(std::int64_t datasetId, const QList<NewImage> &images);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace atelier

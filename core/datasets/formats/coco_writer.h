// CocoWriter: writes a dataset of the store as a COCO instances file, reporting what COCO cannot hold.
#pragma once

#include "core/datasets/formats/interchange_report.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

class Database;
class TaskContext;

struct CocoExportSummary
{
    int images = 0;
    int categories = 0;
    int annotations = 0;
    InterchangeReport report; // per image: shapes converted (rotated boxes) or dropped (polylines, points)
};

// Mapping (the inverse of CocoReader's, see dataset_store.h): the polygons of one group become
// one annotation with one ring each; a box becomes a box-only annotation ("segmentation": []);
// a mask becomes RLE, compressed, or uncompressed counts for crowd regions as COCO's own files
// have them. Ids: the external ids kept by an import (image, category, group as annotation id),
// fresh ones above the largest where there are none or they collide.
// area and bbox: a mask gets pycocotools' area() and toBbox() of its RLE, as loadRes computes
// them for segmentation results. Polygons get the area of their rasterised union (annToRLE then
// area(): what COCOeval's area ranges mean for a mask), and the exact extent of their vertices
// as bbox, as COCO's own files and labelme2coco have it, rather than the whole-pixel box of the
// raster, which would throw away sub-pixel precision. A box gets w * h.
class CocoWriter
{
    Q_DECLARE_TR_FUNCTIONS(CocoWriter)

public:
    explicit CocoWriter(Database &db);

    // Writes through QSaveFile: `outPath` is either the whole new file or left as it was.
    [[nodiscard]] Result<CocoExportSummary> write(const QString &datasetName, const QString &outPath,
                                                  TaskContext *task = nullptr);

private:
    Database &m_db;
};

} // namespace atelier

// CocoWriter: writes a dataset (its working state or a version) as COCO instances files, reporting what COCO cannot hold.
#pragma once

#include "core/datasets/formats/interchange_report.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace atelier {

class ExportSource;
class TaskContext;

struct CocoExportOptions
{
    // Besides the file of all images, one file per split that images have, named after it with
    // the split before the suffix (instances.json: instances_train.json, instances_val.json,
    // instances_test.json), as COCO's own annotations/ folder holds one file per split.
    bool splitFiles = true;
};

struct CocoExportSummary
{
    int images = 0;
    int categories = 0;
    int annotations = 0;
    QStringList splitFiles; // the per-split files written (test, train, val: by name)
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
// Categories are in the order the labels were made. A split file holds every category, the
// images of its split and their annotations, with the same ids as the file of all images.
class CocoWriter
{
    Q_DECLARE_TR_FUNCTIONS(CocoWriter)

public:
    // Writes through QSaveFile: each file is either whole and new or left as it was.
    [[nodiscard]] static Result<CocoExportSummary> write(ExportSource &source, const QString &outPath,
                                                         const CocoExportOptions &options = {},
                                                         TaskContext *task = nullptr);

    // Where the file of `split` goes beside `outPath`: a/instances.json -> a/instances_train.json.
    static QString splitFilePath(const QString &outPath, const QString &split);
};

} // namespace atelier

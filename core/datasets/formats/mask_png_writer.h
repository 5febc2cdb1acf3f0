// MaskPngWriter: writes a dataset as mask PNGs, semantic (class per pixel) and instance (object per pixel).
#pragma once

#include "core/datasets/formats/export_source.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

class TaskContext;

// Layout, per image path p (suffix replaced by .png), as Pascal VOC's segmentation folders:
//   SegmentationClass/p.png   8-bit grey: 0 background, n the n-th line of classes.txt
//   SegmentationObject/p.png  16-bit grey: 0 background, n the n-th object of the image
//   classes.txt               "background", then the labels in ExportSource::labels() order
//   instances.json            {p: [{"instance": n, "label": name, "group_id": g or null}]}
// where p is <split>/<path> for an image with a split (see SplitFolders), as mmsegmentation's
// ann_dir/train/ folders: SegmentationClass/val/a.png.
// Objects are painted in z order, later ones over earlier ones. Polygons of one group and label
// are one object, rasterised ring by ring with MaskRle::fromPolygon and merged, so that the
// pixels are the ones pycocotools gives for the same COCO annotation; boxes and rotated boxes
// are rasterised as the polygon of their corners (boxes in rleFrBbox's order, as pycocotools
// does for a box-only annotation); masks are their own pixels. Polylines, points, masks of
// another size than their image and images of unknown size are dropped and reported.
// 16-bit instance masks hold up to 65535 objects an image; more are dropped and reported.
class MaskPngWriter
{
    Q_DECLARE_TR_FUNCTIONS(MaskPngWriter)

public:
    [[nodiscard]] static Result<ExportSummary> write(ExportSource &source, const QString &outFolder,
                                                     TaskContext *task = nullptr);
};

} // namespace atelier

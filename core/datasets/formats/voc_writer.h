// VocWriter: writes a dataset as Pascal VOC XML, one file per image under Annotations/.
#pragma once

#include "core/datasets/formats/export_source.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

class TaskContext;

struct VocExportOptions
{
    bool copyImages = true; // copy each image into JPEGImages/ (those missing are reported)
};

// Layout: Annotations/<path>.xml (the image path's suffix replaced), JPEGImages/<path>, and
// ImageSets/Main/default.txt listing the images, with train.txt, val.txt and test.txt beside it
// for the images that have a split (VOC's own convention). <filename> is the image path relative to
// JPEGImages. Boxes: the inverse of VocReader's mapping, rounded to whole pixels (VOC holds
// integers): xmin = round(x1) + 1, xmax = round(x2). Converted, and reported: polygons (the
// rings of one group together), rotated boxes and masks become the box that holds them,
// rounded outwards (xmin = floor(x1) + 1, xmax = ceil(x2)); boxes outside the image are clipped
// to it and boxes thinner than a pixel widened to one. Dropped, and reported: polylines and
// points. Attributes: difficult, truncated and occluded as 0/1 elements (always written, as VOC
// tools expect), pose as <pose>, every other attribute in CVAT's <attributes> list. Groups are
// not kept.
class VocWriter
{
    Q_DECLARE_TR_FUNCTIONS(VocWriter)

public:
    [[nodiscard]] static Result<ExportSummary> write(ExportSource &source, const QString &outFolder,
                                                     const VocExportOptions &options = {},
                                                     TaskContext *task = nullptr);
};

} // namespace atelier

// YoloWriter: writes a dataset as an Ultralytics YOLO folder (data.yaml, classes.txt, images/ and labels/ trees).
#pragma once

#include "core/datasets/formats/export_source.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

class TaskContext;

struct YoloExportOptions
{
    bool copyImages = true; // copy each image into images/ (those missing are reported)
};

// Layout: an image with a split (DatasetSplits) goes to images/<split>/p, p its path without a
// leading images/<folder>/; one without keeps a path images/<folder>/x.jpg, and any other path p
// is placed at images/train/p. Labels go to the same place under labels/ with the suffix .txt. data.yaml names the splits present (train, val,
// test; Roboflow's "valid" as val), classes.txt and data.yaml's names number the classes in
// ExportSource::labels() order from 0.
// Lines: a box is `class cx cy w h`; a polygon `class x1 y1 ...` (one line a ring: groups and
// attributes are not kept, YOLO has neither). Converted, and reported: a rotated box becomes
// the polygon of its 4 corners, a mask the box of its pixels. Dropped, and reported: polylines
// and points, and every shape of an image whose size is unknown. Coordinates outside the image
// are clipped to its edge (reported). Numbers are normalised to the image size and written as
// the shortest text that reads back as the same double (at most 17 significant digits), so
// that an import gives back each coordinate to within a few units in the last place, rather
// than Ultralytics' 6 digits, which lose up to 0.005 pixels on a 10000 pixel image.
class YoloWriter
{
    Q_DECLARE_TR_FUNCTIONS(YoloWriter)

public:
    [[nodiscard]] static Result<ExportSummary> write(ExportSource &source, const QString &outFolder,
                                                     const YoloExportOptions &options = {},
                                                     TaskContext *task = nullptr);
};

} // namespace atelier

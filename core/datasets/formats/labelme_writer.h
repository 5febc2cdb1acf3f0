// LabelmeWriter: writes a dataset as labelme JSON files, one beside each (copied) image.
#pragma once

#include "core/datasets/formats/export_source.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

class TaskContext;

struct LabelmeExportOptions
{
    bool copyImages = true; // copy each image beside its JSON file (those missing are reported)
};

// Layout: <path>.json (the image path's suffix replaced) beside <path>, with imagePath the image's
// file name and imageData null, as labelme saves files by default. An image with a split goes
// into the split's folder (train/, val/, test/; see SplitFolders), as labelme datasets keep them. The inverse of
// LabelmeReader's mapping: box -> rectangle, polygon -> polygon (or the circle its
// "labelme_circle" attribute names, while the polygon is still that circle's), polyline ->
// linestrip, point -> point, mask -> mask (the PNG of its pixels' box, 8-bit, 255 for set
// pixels); rotated boxes become the polygon of their corners (converted, reported). Boolean
// attributes go to the shape's flags, "description" to description, the others to an
// "attributes" object that labelme keeps as it is. group_id is the shape's group.
class LabelmeWriter
{
    Q_DECLARE_TR_FUNCTIONS(LabelmeWriter)

public:
    // The labelme release whose file layout (mask shapes, description) the files follow.
    static constexpr const char *FileVersion = "5.4.1";

    [[nodiscard]] static Result<ExportSummary> write(ExportSource &source, const QString &outFolder,
                                                     const LabelmeExportOptions &options = {},
                                                     TaskContext *task = nullptr);
};

} // namespace atelier

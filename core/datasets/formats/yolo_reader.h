// YoloReader: imports an Ultralytics YOLO dataset (images/ and labels/ trees, data.yaml or classes.txt) as a new dataset.
#pragma once

#include "core/datasets/formats/dataset_import.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

class AuditLog;
class Database;
class TaskContext;

// `path` is a data.yaml file, or a folder holding data.yaml or classes.txt (one name a line,
// line n naming class n). With data.yaml the images are those of its train, val and test
// entries (folders, or .txt lists of image paths), relative to its `path` (absolute, or relative
// to the YAML's folder; the YAML's folder when absent or missing); with classes.txt, every image
// under images/ (or the folder itself). Each image's labels are found as Ultralytics finds them:
// the last "/images/" of its path replaced by "/labels/" and the suffix by .txt; an image
// without one has no shapes. Lines `class cx cy w h` become boxes, lines `class x1 y1 x2 y2 ...`
// (3 points or more) polygons, all normalised to the image size, which is read from the image's
// header. options.imagesFolder, when given, replaces the dataset root. Image paths are stored
// relative to the root, and with data.yaml each image's split is the entry (train, val, test)
// that lists it first.
class YoloReader
{
    Q_DECLARE_TR_FUNCTIONS(YoloReader)

public:
    // Normalised coordinates may lie this far outside 0..1, in pixels (as CocoReader allows).
    static constexpr double BoundsTolerance = 1.0;

    YoloReader(Database &db, AuditLog &audit);

    // All or nothing; errors name the file and line ("labels/train/a.txt line 3: ...").
    [[nodiscard]] Result<ImportSummary> import(const QString &path, const ImportOptions &options,
                                               TaskContext *task = nullptr);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace atelier

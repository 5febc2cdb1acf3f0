// LabelmeReader: imports labelme JSON files (one per image) as a new dataset.
#pragma once

#include "core/datasets/formats/dataset_import.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace atelier {

class AuditLog;
class Database;
class TaskContext;

// `path` is a folder (its .json files, searched recursively) or one .json file; the dataset
// root is that folder (or options.imagesFolder) and each image's path is its imagePath, taken
// from the JSON file's folder, relative to the root. Its split is the first folder of the JSON
// file under the folder given (train/, val/ or valid/, test/; see SplitFolders). Its size is
// imageHeight/imageWidth, or the size of imageData or of the image file when they are absent.
// labelme's points are pixel coordinates in Atelier's own convention (pixel 0 covers [0, 1)), so
// they are kept as they are.
// shape_type: rectangle -> box, polygon -> polygon, line and linestrip -> polyline, point ->
// point, mask (labelme 5.2 and later: a base64 PNG of the box between points[0] and points[1],
// both corner pixels included) -> mask. A circle (its centre, then a point on it) becomes a
// polygon of CircleVertices vertices starting at that point, with the attribute
// "labelme_circle": [cx, cy, px, py] so that LabelmeWriter writes it back as the same circle;
// each one is reported as converted. Other shape types are skipped and reported.
// group_id -> the shape's group; the shape's flags -> boolean attributes; description (when not
// empty) -> the attribute "description"; an "attributes" object (what LabelmeWriter writes for
// attributes labelme has no field for) -> those attributes.
class LabelmeReader
{
    Q_DECLARE_TR_FUNCTIONS(LabelmeReader)

public:
    static constexpr int CircleVertices = 64;

    // The polygon standing for labelme's circle through (px, py) around (cx, cy).
    static std::vector<double> circlePolygon(double cx, double cy, double px, double py);

    LabelmeReader(Database &db, AuditLog &audit);

    // All or nothing; errors name the file and the JSON path or line ("a.json: shapes[2].points").
    [[nodiscard]] Result<ImportSummary> import(const QString &path, const ImportOptions &options,
                                               TaskContext *task = nullptr);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace atelier

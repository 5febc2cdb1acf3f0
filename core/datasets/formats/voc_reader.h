// VocReader: imports Pascal VOC XML files (one per image) as a new dataset of boxes.
#pragma once

#include "core/datasets/formats/dataset_import.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

class AuditLog;
class Database;
class TaskContext;

// `path` is a VOC folder (Annotations/ with the XML, JPEGImages/ with the images), a folder of
// .xml files (searched recursively; the images are beside them) or one .xml file.
// options.imagesFolder, when given, is where the images are instead. An image's path is the
// <filename> (kept as given when it holds a '/'), under the XML's subfolder of the annotation
// folder. Its size is <size>, or the image's header when <size> is missing or 0. In a VOC folder,
// its split is the list of ImageSets/Main/ (train.txt, val.txt, test.txt) that names its id, the
// annotation's path under Annotations/ without .xml, as VocWriter writes them.
// Coordinates: VOC numbers pixels from 1 and its boxes include their last pixel, so
// <xmin>1</xmin><xmax>10</xmax> covers pixels 1..10, which in Atelier's convention (pixel 0
// covers [0, 1)) is [0, 10): x1 = xmin - 1, y1 = ymin - 1, x2 = xmax, y2 = ymax.
// <difficult>, <truncated> and <occluded> of 1 become the attributes difficult, truncated and
// occluded (true); a <pose> other than Unspecified the attribute pose; CVAT's
// <attributes><attribute><name/><value/></attribute></attributes> the named attributes
// (true/false as booleans, numbers as numbers, anything else as text).
class VocReader
{
    Q_DECLARE_TR_FUNCTIONS(VocReader)

public:
    VocReader(Database &db, AuditLog &audit);

    // All or nothing; errors name the file, line and element ("a.xml line 12: <bndbox> ...").
    [[nodiscard]] Result<ImportSummary> import(const QString &path, const ImportOptions &options,
                                               TaskContext *task = nullptr);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace atelier

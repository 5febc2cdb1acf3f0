// CocoReader: imports a COCO instances file into a new dataset of the store, all or nothing.
#pragma once

#include "core/datasets/formats/interchange_report.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace atelier {

class AuditLog;
class Database;
class TaskContext;

namespace coco {
struct Records;
}

struct CocoImportOptions
{
    QString datasetName;
    // Where file_name is relative to; empty: the JSON file's folder. When given, every listed
    // image must exist there.
    QString imagesFolder;
    // Leave out malformed records (and what refers to them) and list them, instead of stopping.
    bool skipBadRecords = false;
};

struct CocoImportSummary
{
    std::int64_t datasetId = 0;
    int images = 0;
    int categories = 0;
    int annotations = 0;
    int shapes = 0;
    InterchangeReport report; // the records left out, with skipBadRecords
};

class CocoReader
{
    Q_DECLARE_TR_FUNCTIONS(CocoReader)

public:
    // Coordinates may lie this far outside the image (pixels): annotation tools snap to the
    // image's outer edge (x = width) and round-trips through float32 land a little beyond it,
    // and COCO 2017 itself has such polygons. Farther out is an error in the data.
    static constexpr double BoundsTolerance = 1.0;

    CocoReader(Database &db, AuditLog &audit);

    // Reads `jsonPath` in windows and chunks of a few MB (CocoScanner, then CocoEntryParser on
    // each chunk), so memory stays well under the file's size, and writes one new dataset in one
    // transaction with one audit row. On error the store is as it was, and the message names
    // the file and the JSON path of the problem (annotations[812].segmentation).
    [[nodiscard]] Result<CocoImportSummary> import(const QString &jsonPath, const CocoImportOptions &options,
                                                   TaskContext *task = nullptr);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace atelier

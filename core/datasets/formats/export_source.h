// ExportSource: what an export writes, read either from a dataset's working state or from one of its versions.
#pragma once

#include "core/datasets/dataset_reader.h"
#include "core/datasets/formats/interchange_report.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace atelier {

class BlobStore;
class Database;

// What every writer of YOLO, Pascal VOC, labelme and mask PNG folders returns.
struct ExportSummary
{
    int images = 0;
    int files = 0;  // annotation files (and PNGs) written, besides copied images
    int shapes = 0; // shapes written, converted ones included
    InterchangeReport report; // per image: shapes converted or dropped, images not copied

    // {"images", "files", "shapes", "report"}, as the CLI prints it.
    QJsonObject toJson() const;
};

class ExportSource
{
    Q_DECLARE_TR_FUNCTIONS(ExportSource)

public:
    // The working state of `datasetName`.
    [[nodiscard]] static Result<ExportSource> open(Database &db, const QString &datasetName);
    // Version `version` of `datasetName`, from its manifest in `blobs`.
    [[nodiscard]] static Result<ExportSource> openVersion(Database &db, BlobStore &blobs, const QString &datasetName,
                                                          std::int64_t version);

    const QString &datasetName() const { return m_name; }
    // The folder the image paths are relative to.
    const QString &rootPath() const { return m_root; }
    // In class order: by the external id the labels had in their source file (YOLO's class
    // index, COCO's category id), then those without one in the order they were made (working
    // state) or by name (version). Formats that number classes (YOLO, mask PNGs) number them
    // in this order without gaps, so an import followed by an export keeps YOLO's numbers
    // (unless the names skipped some).
    const QList<StoredLabelClass> &labels() const { return m_labels; }
    std::int64_t imageCount() const { return m_imageCount; }
    // The largest id an image kept from the file it was imported from (0 when none), so that a
    // writer numbering images (COCO) gives the others fresh ids above it. Versions keep no such
    // ids: their images get fresh ones.
    std::int64_t largestImageExternalId() const { return m_largestImageExternalId; }

    // Calls `visit` for each image with its shapes (in z order), one image in memory at a time;
    // stops at the first error `visit` returns.
    [[nodiscard]] Status forEachImage(const std::function<Status(const StoredImage &)> &visit);

private:
    ExportSource(Database &db, BlobStore *blobs) : m_db(&db), m_blobs(blobs) {}
    void sortLabels();
    [[nodiscard]] Status forEachVersionImage(const std::function<Status(const StoredImage &)> &visit);

    Database *m_db;
    BlobStore *m_blobs; // set for a version
    QString m_name;
    QString m_root;
    std::int64_t m_datasetId = 0;
    std::int64_t m_imageCount = 0;
    std::int64_t m_largestImageExternalId = 0;
    QList<StoredLabelClass> m_labels;
    QString m_manifest; // a version's root blob
};

} // namespace atelier

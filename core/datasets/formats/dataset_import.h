// DatasetImport: what a per-image format's reader collected (labels, images, shapes), stored as one new dataset at once.
#pragma once

#include "core/datasets/formats/interchange_report.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>

#include <string_view>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace atelier {

class AuditLog;
class Database;

// What every reader of YOLO, Pascal VOC and labelme files takes.
struct ImportOptions
{
    QString datasetName;
    // Where the images are; empty: the format's own place (see each reader).
    QString imagesFolder;
};

struct ImportSummary
{
    std::int64_t datasetId = 0;
    int images = 0;
    int labels = 0;
    int shapes = 0;
    InterchangeReport report; // what the reader converted (labelme circles) or left out

    // {"images", "labels", "shapes", "report"}, as the CLI prints it.
    QJsonObject toJson() const;
};

// One shape in the geometry convention of dataset_store.h.
struct ImportedShape
{
    int label = 0; // index into DatasetImport::labels()
    QString kind;
    QJsonObject geometry;
    QJsonObject attributes;
    std::optional<std::int64_t> groupId;
};

struct ImportedImage
{
    QString path; // relative to the dataset's root folder
    int width = 0;
    int height = 0;
    QList<ImportedShape> shapes;
    QString split; // train, val, test, or empty
};

class DatasetImport
{
    Q_DECLARE_TR_FUNCTIONS(DatasetImport)

public:
    // The colour of the n-th new label class (Tableau 10, distinct on light and dark themes).
    static QString labelColor(qsizetype n);
    // The size in the header of the image file `path`, or an error naming the file.
    [[nodiscard]] static Result<QSize> imageSize(const QString &path);
    // Whether `fileName` has the suffix of an image format the readers look for.
    static bool isImageFile(const QString &fileName);
    // Whether an image path that should be relative to the images folder leads out of it (an
    // absolute path, or up through ".."): a file must not make the import read what lies elsewhere.
    static bool leavesFolder(std::string_view path);

    // The index of the label `name`, added at the end on first use. `externalId` is the id it
    // has in the file (YOLO's class index), kept so that exports can write it back.
    int label(const QString &name, std::optional<std::int64_t> externalId = std::nullopt);
    const QStringList &labels() const { return m_labels; }

    void addImage(ImportedImage image) { m_images.append(std::move(image)); }
    const QList<ImportedImage> &images() const { return m_images; }
    InterchangeReport &report() { return m_report; }

    // Creates the dataset `datasetName` rooted at `rootPath` with all labels, images and shapes
    // in one transaction and one audit row ("dataset.import" with `format` and `source`). On
    // error the store is as it was.
    [[nodiscard]] Result<ImportSummary> save(Database &db, AuditLog &audit, const QString &datasetName,
                                             const QString &rootPath, const QString &format,
                                             const QString &source);

private:
    QStringList m_labels;
    QList<std::optional<std::int64_t>> m_externalIds;
    QHash<QString, int> m_labelIndex;
    QList<ImportedImage> m_images;
    InterchangeReport m_report;
};

} // namespace atelier

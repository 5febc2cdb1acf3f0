// DatasetStatistics: distributions over a dataset's working copy or one of its versions: labels, shapes per image, box sizes, aspect ratios, statuses and splits.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <cstdint>

namespace atelier {

class BlobStore;
class Database;

struct LabelShapeCount
{
    QString name;
    QString color; // #rrggbb
    std::int64_t shapes = 0;

    bool operator==(const LabelShapeCount &) const = default;
};

// The size and shape of an object are those of its axis-aligned bounding box in pixels (the
// vertices' extent; a rotated box's turned corners; a mask's set pixels). Size is sqrt(w * h);
// aspect ratio is w / h. Shapes whose box has no area (points, straight horizontal or vertical
// lines) count in shapesWithoutArea and in neither distribution.
struct DatasetStatistics
{
    Q_DECLARE_TR_FUNCTIONS(DatasetStatistics)

public:
    // COCO's object scales: small below 32² pixels of area, large from 96².
    enum Scale { Small, Medium, Large, ScaleCount };
    static constexpr double SmallBelow = 32;
    static constexpr double LargeFrom = 96;

    // Shapes per image: bucket n holds the images with n shapes, the last those with
    // ShapesPerImageCap or more.
    static constexpr int ShapesPerImageCap = 10;
    // Box size, log-spaced: bucket 0 is [0, 4), bucket i is [2^(i+1), 2^(i+2)), the last is
    // [1024, inf).
    static constexpr int BoxSizeBuckets = 10;
    // Aspect ratio, log-spaced and centred on powers of two: bucket i holds the ratios nearest
    // 2^(i-3) (from 2^(i-3.5) to 2^(i-2.5)); the first and last are open (<= 1:8, >= 8:1).
    static constexpr int AspectBuckets = 7;

    static int boxSizeBucket(double size);
    static int aspectBucket(double ratio);
    static Scale scaleOf(double size);
    // Short axis texts for the buckets: "0–4", "4–8", … "≥1024"; "≤1:8", "1:4", … "≥8:1"; "0" … "≥10".
    static QString boxSizeBucketText(int bucket);
    static QString aspectBucketText(int bucket);
    static QString shapesPerImageBucketText(int bucket);

    // Reads the working copy in one pass over its images and shapes.
    [[nodiscard]] static Result<DatasetStatistics> ofWorkingCopy(Database &db, std::int64_t datasetId);
    // Reads version `version` in one pass over its manifest.
    [[nodiscard]] static Result<DatasetStatistics> ofVersion(Database &db, BlobStore &blobs, std::int64_t datasetId,
                                                             std::int64_t version);

    std::int64_t images = 0;
    std::int64_t shapes = 0;
    // Every label class, those without shapes included, by shapes (most first), then by name.
    QList<LabelShapeCount> labels;
    std::array<std::int64_t, ShapesPerImageCap + 1> shapesPerImage{};
    // Per size bucket, the shapes of each scale (a bucket that straddles 32 or 96 has two).
    std::array<std::array<std::int64_t, ScaleCount>, BoxSizeBuckets> boxSizes{};
    std::array<std::int64_t, ScaleCount> scales{};
    std::array<std::int64_t, AspectBuckets> aspectRatios{};
    std::int64_t shapesWithoutArea = 0;
    QMap<QString, std::int64_t> imagesPerStatus; // only the statuses that occur
    QMap<QString, std::int64_t> imagesPerSplit;  // train, val, test; "" for images without a split

    bool operator==(const DatasetStatistics &) const = default;

    // Adds one image's counts; the two readers and tests build statistics through these.
    void addImage(const QString &status, const QString &split, int shapeCount);
    // A shape whose bounding box is `width` x `height` pixels.
    void addShape(double width, double height);
    // Adds `other`'s counts to these; labels are matched by name, those not here are appended.
    void merge(const DatasetStatistics &other);
};

} // namespace atelier

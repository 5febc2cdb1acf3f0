// DatasetStatistics: one pass over the shapes of the store (working copy) or over a version's manifest chunks.
#include "core/datasets/dataset_statistics.h"

#include "core/annotation/mask_rle.h"
#include "core/datasets/formats/shape_geometry.h"
#include "core/datasets/version_manifest.h"
#include "core/project/blob_store.h"
#include "core/store/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

namespace atelier {

namespace {

// How a shape's geometry gives its bounding box (see the geometry convention in dataset_store.h).
enum class GeometryKind { Vertices = 0, RotatedBox = 1, Mask = 2 };

GeometryKind geometryKindOf(const QString &kind)
{
    if (kind == u"mask")
        return GeometryKind::Mask;
    return kind == u"rotated_box" ? GeometryKind::RotatedBox : GeometryKind::Vertices;
}

struct BoxSize
{
    double width = 0;
    double height = 0;
};

BoxSize boundsOf(std::span<const double> xy)
{
    if (xy.size() < 2)
        return {};
    double left = std::numeric_limits<double>::infinity();
    double top = left;
    double right = -left;
    double bottom = -left;
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
        left = std::min(left, xy[i]);
        right = std::max(right, xy[i]);
        top = std::min(top, xy[i + 1]);
        bottom = std::max(bottom, xy[i + 1]);
    }
    return {right - left, bottom - top};
}

BoxSize boundsOf(GeometryKind kind, std::span<const double> xy, double rotation)
{
    if (kind == GeometryKind::RotatedBox && xy.size() >= 4) {
        const std::vector<double> corners = ShapeGeometry::rotatedCorners(xy.first(4), rotation);
        return boundsOf(corners);
    }
    return boundsOf(xy);
}

BoxSize maskBounds(const QJsonObject &geometry)
{
    const QJsonArray size = geometry.value(u"size").toArray();
    auto mask = MaskRle::fromCompressedString(geometry.value(u"rle").toString().toLatin1(), size.at(0).toInt(),
                                              size.at(1).toInt());
    if (!mask)
        return {};
    const MaskRle::BoundingBox box = mask->boundingBox();
    return {box.width, box.height};
}

BoxSize boundsOf(GeometryKind kind, const QJsonObject &geometry, std::vector<double> &xy)
{
    if (kind == GeometryKind::Mask)
        return maskBounds(geometry);
    xy.clear();
    for (const QJsonValue &value : geometry.value(u"points").toArray())
        xy.push_back(value.toDouble());
    return boundsOf(kind, xy, geometry.value(u"rotation").toDouble());
}

// The numbers after `key` in JSON text: an array's ("points": [...]) or a single one
// ("rotation": 30). Reading them straight from the text is what keeps a million shapes under a
// second; anything unexpected returns false, and the caller parses the JSON instead.
bool scanNumbers(std::string_view json, std::string_view key, std::vector<double> &numbers)
{
    numbers.clear();
    std::size_t at = json.find(key);
    if (at == std::string_view::npos)
        return false;
    at = json.find_first_not_of(" \t\r\n:", at + key.size());
    if (at == std::string_view::npos)
        return false;
    const bool array = json[at] == '[';
    if (array)
        ++at;
    const char *end = json.data() + json.size();
    const char *p = json.data() + at;
    for (;;) {
        while (p != end && (*p == ' ' || *p == ',' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
        if (p == end)
            return false;
        if (array && *p == ']')
            return true;
        double value = 0;
        const auto [next, error] = std::from_chars(p, end, value);
        if (error != std::errc())
            return false;
        numbers.push_back(value);
        p = next;
        if (!array)
            return true;
    }
}

BoxSize boundsOfText(GeometryKind kind, const QByteArray &text, std::vector<double> &xy)
{
    const std::string_view json(text.constData(), std::size_t(text.size()));
    if (kind != GeometryKind::Mask && scanNumbers(json, "\"points\"", xy)) {
        double rotation = 0;
        if (kind == GeometryKind::RotatedBox) {
            std::vector<double> turn;
            if (scanNumbers(json, "\"rotation\"", turn) && !turn.empty())
                rotation = turn.front();
        }
        return boundsOf(kind, xy, rotation);
    }
    return boundsOf(kind, QJsonDocument::fromJson(text).object(), xy);
}

void sortLabels(QList<LabelShapeCount> &labels)
{
    std::sort(labels.begin(), labels.end(), [](const LabelShapeCount &a, const LabelShapeCount &b) {
        return a.shapes != b.shapes ? a.shapes > b.shapes : a.name < b.name;
    });
}

Status countWorkingImages(Database &db, std::int64_t datasetId, DatasetStatistics &statistics)
{
    // The count reads the shape_image_group index only, not the shapes.
    auto st = db.statement("SELECT status, split, (SELECT count(*) FROM shape WHERE shape.image_id = image.id) "
                           "FROM image WHERE dataset_id = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(datasetId);
    return (*st)->forEachRow([&](const Statement &r) {
        statistics.addImage(r.text(0), r.isNull(1) ? QString() : r.text(1), int(r.int64(2)));
    });
}

Status countWorkingShapes(Database &db, std::int64_t datasetId, DatasetStatistics &statistics)
{
    auto labels = db.statement("SELECT id, name, color FROM label_class WHERE dataset_id = ?");
    if (!labels)
        return fail(labels.error());
    (*labels)->bindAll(datasetId);
    QHash<std::int64_t, qsizetype> labelIndex;
    auto listed = (*labels)->forEachRow([&](const Statement &r) {
        labelIndex.insert(r.int64(0), statistics.labels.size());
        statistics.labels.append({r.text(1), r.text(2), 0});
    });
    if (!listed)
        return listed;

    auto shapes = db.statement("SELECT s.label_class_id, "
                               "CASE s.kind WHEN 'mask' THEN 2 WHEN 'rotated_box' THEN 1 ELSE 0 END, s.geometry "
                               "FROM image i JOIN shape s ON s.image_id = i.id WHERE i.dataset_id = ?");
    if (!shapes)
        return fail(shapes.error());
    (*shapes)->bindAll(datasetId);
    std::vector<double> xy;
    return (*shapes)->forEachRow([&](const Statement &r) {
        const qsizetype label = labelIndex.value(r.int64(0), -1);
        if (label >= 0)
            ++statistics.labels[label].shapes;
        const BoxSize box = boundsOfText(GeometryKind(r.int64(1)), r.blob(2), xy);
        statistics.addShape(box.width, box.height);
    });
}

Result<QString> manifestOf(Database &db, std::int64_t datasetId, std::int64_t version)
{
    auto st = db.statement("SELECT manifest_sha256 FROM dataset_version WHERE dataset_id = ? AND number = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(datasetId, version);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(DatasetStatistics::tr("The dataset has no version %1. List its versions to see which exist.")
                        .arg(version));
    return (*st)->text(0);
}

void countVersionImage(const QJsonObject &image, QHash<QString, qsizetype> &labelIndex,
                       DatasetStatistics &statistics, std::vector<double> &xy)
{
    const QJsonArray shapes = image.value(u"shapes").toArray();
    statistics.addImage(image.value(u"status").toString(), image.value(u"split").toString(), int(shapes.size()));
    for (const QJsonValue &value : shapes) {
        const QJsonObject shape = value.toObject();
        const QString label = shape.value(u"label").toString();
        if (!labelIndex.contains(label)) {
            labelIndex.insert(label, statistics.labels.size());
            statistics.labels.append({label, {}, 0});
        }
        ++statistics.labels[labelIndex.value(label)].shapes;
        const BoxSize box = boundsOf(geometryKindOf(shape.value(u"kind").toString()),
                                     shape.value(u"geometry").toObject(), xy);
        statistics.addShape(box.width, box.height);
    }
}

// The statistics of one chunk of a version, or why it could not be read.
Result<DatasetStatistics> countChunk(BlobStore &blobs, const QString &chunk)
{
    auto images = VersionManifest::readChunk(blobs, chunk);
    if (!images)
        return fail(images.error());
    DatasetStatistics statistics;
    QHash<QString, qsizetype> labelIndex;
    std::vector<double> xy;
    for (const QJsonObject &image : std::as_const(*images))
        countVersionImage(image, labelIndex, statistics, xy);
    return statistics;
}

} // namespace

int DatasetStatistics::boxSizeBucket(double size)
{
    if (!(size >= 4))
        return 0;
    return std::min(BoxSizeBuckets - 1, int(std::floor(std::log2(size))) - 1);
}

int DatasetStatistics::aspectBucket(double ratio)
{
    const int bucket = int(std::floor(std::log2(ratio) + 0.5)) + 3;
    return std::clamp(bucket, 0, AspectBuckets - 1);
}

DatasetStatistics::Scale DatasetStatistics::scaleOf(double size)
{
    return size < SmallBelow ? Small : size < LargeFrom ? Medium : Large;
}

QString DatasetStatistics::boxSizeBucketText(int bucket)
{
    if (bucket == 0)
        return QStringLiteral("0–4"); // not "<4": chart labels take "<" for the start of a tag
    if (bucket == BoxSizeBuckets - 1)
        return QStringLiteral("≥%1").arg(1 << (bucket + 1));
    return QStringLiteral("%1–%2").arg(1 << (bucket + 1)).arg(1 << (bucket + 2));
}

QString DatasetStatistics::aspectBucketText(int bucket)
{
    const int power = bucket - 3;
    const QString ratio = power < 0 ? QStringLiteral("1:%1").arg(1 << -power) : QStringLiteral("%1:1").arg(1 << power);
    if (bucket == 0)
        return u'≤' + ratio;
    return bucket == AspectBuckets - 1 ? u'≥' + ratio : ratio;
}

QString DatasetStatistics::shapesPerImageBucketText(int bucket)
{
    return bucket == ShapesPerImageCap ? QStringLiteral("≥%1").arg(bucket) : QString::number(bucket);
}

void DatasetStatistics::addImage(const QString &status, const QString &split, int shapeCount)
{
    ++images;
    ++shapesPerImage[std::size_t(std::clamp(shapeCount, 0, ShapesPerImageCap))];
    ++imagesPerStatus[status];
    ++imagesPerSplit[split];
}

void DatasetStatistics::addShape(double width, double height)
{
    ++shapes;
    if (!(width > 0 && height > 0)) {
        ++shapesWithoutArea;
        return;
    }
    const double size = std::sqrt(width * height);
    const Scale scale = scaleOf(size);
    ++boxSizes[std::size_t(boxSizeBucket(size))][scale];
    ++scales[scale];
    ++aspectRatios[std::size_t(aspectBucket(width / height))];
}

void DatasetStatistics::merge(const DatasetStatistics &other)
{
    images += other.images;
    shapes += other.shapes;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < labels.size(); ++i)
        index.insert(labels.at(i).name, i);
    for (const LabelShapeCount &label : other.labels) {
        if (const auto same = index.constFind(label.name); same != index.cend())
            labels[*same].shapes += label.shapes;
        else
            labels.append(label);
    }
    for (std::size_t i = 0; i < shapesPerImage.size(); ++i)
        shapesPerImage[i] += other.shapesPerImage[i];
    for (std::size_t i = 0; i < boxSizes.size(); ++i) {
        for (std::size_t scale = 0; scale < ScaleCount; ++scale)
            boxSizes[i][scale] += other.boxSizes[i][scale];
    }
    for (std::size_t scale = 0; scale < ScaleCount; ++scale)
        scales[scale] += other.scales[scale];
    for (std::size_t i = 0; i < aspectRatios.size(); ++i)
        aspectRatios[i] += other.aspectRatios[i];
    shapesWithoutArea += other.shapesWithoutArea;
    for (auto it = other.imagesPerStatus.cbegin(); it != other.imagesPerStatus.cend(); ++it)
        imagesPerStatus[it.key()] += it.value();
    for (auto it = other.imagesPerSplit.cbegin(); it != other.imagesPerSplit.cend(); ++it)
        imagesPerSplit[it.key()] += it.value();
}

Result<DatasetStatistics> DatasetStatistics::ofWorkingCopy(Database &db, std::int64_t datasetId)
{
    DatasetStatistics statistics;
    if (auto ok = countWorkingImages(db, datasetId, statistics); !ok)
        return fail(withContext(tr("Could not count the images of the dataset"), ok.error()));
    if (auto ok = countWorkingShapes(db, datasetId, statistics); !ok)
        return fail(withContext(tr("Could not measure the shapes of the dataset"), ok.error()));
    sortLabels(statistics.labels);
    return statistics;
}

Result<DatasetStatistics> DatasetStatistics::ofVersion(Database &db, BlobStore &blobs, std::int64_t datasetId,
                                                       std::int64_t version)
{
    auto sha = manifestOf(db, datasetId, version);
    if (!sha)
        return fail(sha.error());
    auto root = VersionManifest::readRoot(blobs, *sha);
    if (!root)
        return fail(withContext(tr("Could not read version %1").arg(version), root.error()));
    DatasetStatistics statistics;
    for (const QJsonValue &value : root->value(u"labels").toArray()) {
        const QJsonObject label = value.toObject();
        statistics.labels.append({label.value(u"name").toString(), label.value(u"color").toString(), 0});
    }
    // Chunks are independent, and parsing their JSON is most of the work: they are read on
    // every core, then added up in order.
    const QList<Result<DatasetStatistics>> chunks = QtConcurrent::blockingMapped(
        VersionManifest::chunkHashes(*root), [&blobs](const QString &chunk) { return countChunk(blobs, chunk); });
    for (const Result<DatasetStatistics> &chunk : chunks) {
        if (!chunk)
            return fail(withContext(tr("Could not read version %1").arg(version), chunk.error()));
        statistics.merge(*chunk);
    }
    sortLabels(statistics.labels);
    return statistics;
}

} // namespace atelier

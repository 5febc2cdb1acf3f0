// CocoWriter: streams categories, images and annotations into a QSaveFile, one image at a time.
#include "core/datasets/formats/coco_writer.h"

#include "core/annotation/mask_rle.h"
#include "core/datasets/dataset_reader.h"
#include "core/datasets/formats/shape_geometry.h"
#include "core/store/database.h"
#include "core/tasks/task_context.h"

#include <QHash>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace atelier {

namespace {

using json = nlohmann::json;
constexpr std::size_t FlushAt = 4 << 20;

// Output buffered in memory and handed to the file in large writes.
class Output
{
public:
    explicit Output(QSaveFile &file) : m_file(file) {}
    void add(const std::string &text)
    {
        m_buffer += text;
        if (m_buffer.size() >= FlushAt)
            flush();
    }
    void add(const json &value) { add(value.dump(-1, ' ', false, json::error_handler_t::replace)); }
    bool flush()
    {
        const bool ok = m_file.write(m_buffer.data(), qint64(m_buffer.size())) == qint64(m_buffer.size());
        m_buffer.clear();
        m_ok = m_ok && ok;
        return m_ok;
    }
    bool ok() const { return m_ok; }

private:
    QSaveFile &m_file;
    std::string m_buffer;
    bool m_ok = true;
};

// Assigns COCO ids: the kept one when it is free, else one above every id seen.
class IdAllocator
{
public:
    explicit IdAllocator(std::int64_t largest) : m_next(largest + 1) {}
    std::int64_t take(std::optional<std::int64_t> wanted)
    {
        if (wanted && *wanted > 0 && m_used.insert(*wanted).second)
            return *wanted;
        while (!m_used.insert(m_next).second)
            ++m_next;
        return m_next++;
    }

private:
    std::int64_t m_next;
    std::unordered_set<std::int64_t> m_used;
};

// The 4 corners of a rotated box {"points": [x1, y1, x2, y2], "rotation": degrees clockwise}.
std::vector<double> rotatedCorners(const json &geometry)
{
    const auto box = geometry["points"].get<std::vector<double>>();
    return ShapeGeometry::rotatedCorners(box, geometry.value("rotation", 0.0));
}

bool isNumberList(const json &points, std::size_t minimum)
{
    if (!points.is_array() || points.size() < minimum)
        return false;
    return std::all_of(points.begin(), points.end(), [](const json &v) { return v.is_number(); });
}

// One COCO annotation being assembled from the shapes of one group.
struct Pending
{
    std::int64_t labelClassId = 0;
    std::optional<std::int64_t> groupId;
    std::vector<std::vector<double>> rings;
    json annotation = json::object(); // set when the shape is not a polygon
    json attributes = json::object();
    int iscrowd = 0;
};

class ImageExport
{
public:
    ImageExport(const StoredImage &image, InterchangeReport &report) : m_image(image), m_report(report) {}

    // The annotations of the image, before ids and categories are filled in.
    std::vector<Pending> annotations()
    {
        for (const StoredShape &shape : m_image.shapes)
            add(shape);
        std::vector<Pending> result;
        for (Pending &pending : m_list) {
            if (!pending.rings.empty())
                finishPolygons(pending);
            if (!pending.annotation.empty())
                result.push_back(std::move(pending));
        }
        return result;
    }

private:
    void note(const StoredShape &shape, const char *action, const QString &reason)
    {
        m_report.add({m_image.path, QString::fromLatin1(action), shape.kind, shape.id, reason});
    }

    void add(const StoredShape &shape)
    {
        json geometry = json::parse(shape.geometry.constBegin(), shape.geometry.constEnd(), nullptr, false);
        json attributes = json::parse(shape.attributes.constBegin(), shape.attributes.constEnd(), nullptr, false);
        if (!attributes.is_object())
            attributes = json::object();
        const int iscrowd = attributes.value("iscrowd", 0) ? 1 : 0;
        attributes.erase("iscrowd");
        const json &points = geometry.is_object() && geometry.contains("points") ? geometry["points"] : json();
        const bool ok = shape.kind == QLatin1String("mask") ? geometry.is_object() && geometry.contains("rle")
                                                            : isNumberList(points, 2);
        if (!ok)
            return note(shape, "dropped", CocoWriter::tr("its geometry could not be read"));
        if (shape.kind == QLatin1String("polygon") && isNumberList(points, 6))
            return polygonGroup(shape, iscrowd, attributes).rings.push_back(points.get<std::vector<double>>());
        if (shape.kind == QLatin1String("rotated_box") && isNumberList(points, 4)) {
            note(shape, "converted", CocoWriter::tr("COCO has no rotated boxes: written as the polygon of its 4 corners"));
            return polygonGroup(shape, iscrowd, attributes).rings.push_back(rotatedCorners(geometry));
        }
        Pending pending{shape.labelClassId, shape.groupId, {}, {}, std::move(attributes), iscrowd};
        if (shape.kind == QLatin1String("box") && points.size() == 4)
            return addBox(pending, points);
        if (shape.kind == QLatin1String("mask"))
            return addMask(shape, pending, geometry);
        note(shape, "dropped", shape.kind == QLatin1String("polyline") || shape.kind == QLatin1String("point")
                                   ? CocoWriter::tr("COCO instances hold no %1 shapes").arg(shape.kind)
                                   : CocoWriter::tr("the shape is incomplete"));
    }

    Pending &polygonGroup(const StoredShape &shape, int iscrowd, json &attributes)
    {
        // Shapes without a group are objects of their own: key them by their (unique) shape id.
        const auto key = std::tuple(shape.groupId.has_value(), shape.groupId.value_or(shape.id), shape.labelClassId, iscrowd);
        auto [at, added] = m_groups.try_emplace(key, m_list.size());
        if (added)
            m_list.push_back({shape.labelClassId, shape.groupId, {}, {}, std::move(attributes), iscrowd});
        return m_list[at->second];
    }

    void addBox(Pending &pending, const json &points)
    {
        const double x1 = points[0], y1 = points[1], x2 = points[2], y2 = points[3];
        const double w = std::abs(x2 - x1), h = std::abs(y2 - y1);
        pending.annotation = {{"bbox", {std::min(x1, x2), std::min(y1, y2), w, h}}, {"area", w * h},
                              {"segmentation", json::array()}};
        m_list.push_back(std::move(pending));
    }

    void addMask(const StoredShape &shape, Pending &pending, const json &geometry)
    {
        const json &size = geometry.value("size", json());
        const std::string rle = geometry["rle"].is_string() ? geometry["rle"].get<std::string>() : std::string();
        auto mask = size.is_array() && size.size() == 2 && size[0].is_number_integer() && size[1].is_number_integer()
            ? MaskRle::fromCompressedString(QByteArrayView(rle.data(), qsizetype(rle.size())), size[0], size[1])
            : Result<MaskRle>(fail(CocoWriter::tr("no size")));
        if (!mask)
            return note(shape, "dropped", CocoWriter::tr("its mask could not be read: %1").arg(mask.error().message));
        const MaskRle::BoundingBox box = mask->boundingBox();
        json counts = rle;
        if (pending.iscrowd) // crowd regions are uncompressed counts in COCO's own files
            counts = json(std::vector<std::uint32_t>(mask->counts().begin(), mask->counts().end()));
        pending.annotation = {{"bbox", {box.x, box.y, box.width, box.height}}, {"area", mask->area()},
                              {"segmentation", {{"size", {mask->height(), mask->width()}}, {"counts", counts}}}};
        m_list.push_back(std::move(pending));
    }

    void finishPolygons(Pending &pending)
    {
        std::vector<MaskRle> masks;
        double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
        for (const auto &ring : pending.rings) {
            for (std::size_t i = 0; i + 1 < ring.size(); i += 2) {
                x0 = std::min(x0, ring[i]), x1 = std::max(x1, ring[i]);
                y0 = std::min(y0, ring[i + 1]), y1 = std::max(y1, ring[i + 1]);
            }
            if (auto mask = MaskRle::fromPolygon(ring, m_image.height, m_image.width))
                masks.push_back(std::move(*mask));
        }
        auto merged = masks.empty() ? Result<MaskRle>(MaskRle()) : MaskRle::merge(masks);
        pending.annotation = {{"bbox", {x0, y0, x1 - x0, y1 - y0}}, {"area", merged ? merged->area() : 0},
                              {"segmentation", pending.rings}};
    }

    const StoredImage &m_image;
    InterchangeReport &m_report;
    std::vector<Pending> m_list;
    std::map<std::tuple<bool, std::int64_t, std::int64_t, int>, std::size_t> m_groups;
};

} // namespace

CocoWriter::CocoWriter(Database &db)
    : m_db(db)
{}

Result<CocoExportSummary> CocoWriter::write(const QString &datasetName, const QString &outPath, TaskContext *task)
{
    DatasetReader reader(m_db);
    auto datasetId = reader.datasetId(datasetName);
    auto labels = datasetId ? reader.labelClasses(*datasetId) : Result<QList<StoredLabelClass>>(fail(datasetId.error()));
    auto total = datasetId ? reader.imageCount(*datasetId) : Result<std::int64_t>(0);
    auto largestImage = m_db.queryInt("SELECT coalesce(max(external_id), 0) FROM image WHERE dataset_id = ?", datasetId.value_or(0));
    auto largestGroup = m_db.queryInt("SELECT coalesce(max(s.group_id), 0) FROM shape s JOIN image i ON i.id = s.image_id "
                                      "WHERE i.dataset_id = ?", datasetId.value_or(0));
    for (const Error *error : {labels ? nullptr : &labels.error(), total ? nullptr : &total.error(),
                               largestImage ? nullptr : &largestImage.error(), largestGroup ? nullptr : &largestGroup.error()}) {
        if (error)
            return fail(withContext(tr("Could not export \"%1\"").arg(datasetName), *error));
    }

    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Could not write %1: %2").arg(outPath, file.errorString()));
    Output out(file);
    CocoExportSummary summary;

    std::int64_t largestCategory = 0;
    for (const StoredLabelClass &label : *labels)
        largestCategory = std::max(largestCategory, label.externalId.value_or(0));
    IdAllocator categoryIds(largestCategory);
    QHash<std::int64_t, std::int64_t> categoryOf; // label_class.id -> COCO id
    json categories = json::array();
    for (const StoredLabelClass &label : *labels) {
        const std::int64_t id = categoryIds.take(label.externalId);
        categoryOf.insert(label.id, id);
        categories.push_back({{"id", id}, {"name", label.name.toStdString()}, {"supercategory", ""}});
    }
    summary.categories = int(categories.size());
    out.add(R"({"info":{"description":)" + json(datasetName.toStdString()).dump() + R"(,"version":"1.0"},"licenses":[],"categories":)");
    out.add(categories);

    // Images first, annotations in a second pass: both are arrays of the one document.
    IdAllocator imageIds(*largestImage);
    std::unordered_map<std::int64_t, std::int64_t> imageOf;
    out.add(std::string(R"(,"images":[)"));
    auto listed = reader.forEachImage(*datasetId, [&](const StoredImage &image) -> Status {
        const std::int64_t id = imageIds.take(image.externalId);
        imageOf.emplace(image.id, id);
        out.add(std::string(summary.images++ ? "," : ""));
        out.add(json{{"id", id}, {"file_name", image.path.toStdString()}, {"width", image.width}, {"height", image.height}});
        return {};
    });
    if (!listed)
        return fail(listed.error());

    IdAllocator annotationIds(*largestGroup);
    std::int64_t done = 0;
    out.add(std::string(R"(],"annotations":[)"));
    auto written = reader.forEachImage(*datasetId, [&](const StoredImage &image) -> Status {
        if (task) {
            task->setProgress(done++, *total, tr("Writing %1").arg(outPath));
            if (task->isCanceled())
                return fail(tr("The export to %1 was cancelled; the file was not written.").arg(outPath));
        }
        for (Pending &pending : ImageExport(image, summary.report).annotations()) {
            json &a = pending.annotation;
            a["id"] = annotationIds.take(pending.groupId);
            a["image_id"] = imageOf.at(image.id);
            a["category_id"] = categoryOf.value(pending.labelClassId);
            a["iscrowd"] = pending.iscrowd;
            if (!pending.attributes.empty())
                a["attributes"] = std::move(pending.attributes);
            out.add(std::string(summary.annotations++ ? "," : ""));
            out.add(a);
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    out.add(std::string("]}\n"));
    if (!out.flush() || !file.commit())
        return fail(tr("Could not write %1: %2").arg(outPath, file.errorString()));
    return summary;
}

} // namespace atelier

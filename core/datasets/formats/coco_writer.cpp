// CocoWriter: streams categories, images and annotations into a QSaveFile (and one a split), one image at a time.
#include "core/datasets/formats/coco_writer.h"

#include "core/annotation/mask_rle.h"
#include "core/datasets/formats/export_source.h"
#include "core/datasets/formats/shape_geometry.h"
#include "core/tasks/task_context.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace atelier {

namespace {

using json = nlohmann::json;
constexpr std::size_t FlushAt = 4 << 20;

// One COCO document being written (all images, or one split's), buffered in memory and handed
// to its QSaveFile in large writes.
class Document
{
public:
    explicit Document(const QString &path) : m_file(path) {}

    bool open() { return m_file.open(QIODevice::WriteOnly); }
    QString errorString() const { return m_file.errorString(); }

    void add(const std::string &text)
    {
        m_buffer += text;
        if (m_buffer.size() >= FlushAt)
            flush();
    }
    void add(const json &value) { add(value.dump(-1, ' ', false, json::error_handler_t::replace)); }
    // An element of the array being written, after a comma unless it is the first.
    void addElement(const json &value)
    {
        add(std::string(m_elements++ ? "," : ""));
        add(value);
    }
    // Ends one array ("images") and starts the next ("annotations").
    void nextArray(const char *text)
    {
        add(std::string(text));
        m_elements = 0;
    }
    bool flush()
    {
        const bool ok = m_file.write(m_buffer.data(), qint64(m_buffer.size())) == qint64(m_buffer.size());
        m_buffer.clear();
        m_ok = m_ok && ok;
        return m_ok;
    }
    bool commit() { return flush() && m_file.commit(); }

private:
    QSaveFile m_file;
    std::string m_buffer;
    bool m_ok = true;
    int m_elements = 0;
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

QString CocoWriter::splitFilePath(const QString &outPath, const QString &split)
{
    const QFileInfo info(outPath);
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    return QDir(info.path()).filePath(info.completeBaseName() + u'_' + split + suffix);
}

Result<CocoExportSummary> CocoWriter::write(ExportSource &source, const QString &outPath, const CocoExportOptions &options,
                                            TaskContext *task)
{
    CocoExportSummary summary;
    QList<StoredLabelClass> labels = source.labels(); // categories in the order the labels were made
    std::stable_sort(labels.begin(), labels.end(), [](const StoredLabelClass &a, const StoredLabelClass &b) { return a.id < b.id; });
    std::int64_t largestCategory = 0;
    for (const StoredLabelClass &label : std::as_const(labels))
        largestCategory = std::max(largestCategory, label.externalId.value_or(0));
    IdAllocator categoryIds(largestCategory);
    QHash<std::int64_t, std::int64_t> categoryOf; // label_class.id -> COCO id
    json categories = json::array();
    for (const StoredLabelClass &label : std::as_const(labels)) {
        const std::int64_t id = categoryIds.take(label.externalId);
        categoryOf.insert(label.id, id);
        categories.push_back({{"id", id}, {"name", label.name.toStdString()}, {"supercategory", ""}});
    }
    summary.categories = int(categories.size());

    std::map<QString, std::unique_ptr<Document>> documents; // "" the whole dataset, else a split
    const auto start = [&](const QString &split, const QString &path) -> Status {
        auto document = std::make_unique<Document>(path);
        if (!document->open())
            return fail(tr("Could not write %1: %2").arg(path, document->errorString()));
        document->add(R"({"info":{"description":)" + json(source.datasetName().toStdString()).dump()
                      + R"(,"version":"1.0"},"licenses":[],"categories":)");
        document->add(categories);
        document->add(std::string(R"(,"images":[)"));
        documents.emplace(split, std::move(document));
        return {};
    };
    if (auto ok = start(QString(), outPath); !ok)
        return fail(ok.error());
    Document &all = *documents.at(QString());
    // The split's file, opened when its first image comes; null when splits are not written.
    const auto splitDocument = [&](const QString &split) -> Result<Document *> {
        if (!options.splitFiles || split.isEmpty())
            return nullptr;
        if (!documents.contains(split)) {
            if (auto ok = start(split, splitFilePath(outPath, split)); !ok)
                return fail(ok.error());
        }
        return documents.at(split).get();
    };

    // Images first, annotations in a second pass: both are arrays of the one document.
    IdAllocator imageIds(source.largestImageExternalId());
    std::unordered_map<std::int64_t, std::int64_t> imageOf;
    std::optional<std::int64_t> largestGroup;
    auto listed = source.forEachImage([&](const StoredImage &image) -> Status {
        const std::int64_t id = imageIds.take(image.externalId);
        imageOf.emplace(image.id, id);
        for (const StoredShape &shape : image.shapes) {
            if (shape.groupId)
                largestGroup = std::max(largestGroup.value_or(*shape.groupId), *shape.groupId);
        }
        const json record{{"id", id}, {"file_name", image.path.toStdString()}, {"width", image.width}, {"height", image.height}};
        all.addElement(record);
        ++summary.images;
        auto split = splitDocument(image.split);
        if (!split)
            return fail(split.error());
        if (*split)
            (*split)->addElement(record);
        return {};
    });
    if (!listed)
        return fail(listed.error());

    for (auto &[split, document] : documents)
        document->nextArray(R"(],"annotations":[)");
    IdAllocator annotationIds(largestGroup.value_or(0));
    std::int64_t done = 0;
    auto written = source.forEachImage([&](const StoredImage &image) -> Status {
        if (task) {
            task->setProgress(done++, source.imageCount(), tr("Writing %1").arg(outPath));
            if (task->isCanceled())
                return fail(tr("The export to %1 was cancelled; the file was not written.").arg(outPath));
        }
        // The file the first pass opened for the image's split (none: the split came since).
        const auto found = image.split.isEmpty() ? documents.end() : documents.find(image.split);
        Document *split = found == documents.end() ? nullptr : found->second.get();
        for (Pending &pending : ImageExport(image, summary.report).annotations()) {
            json &a = pending.annotation;
            a["id"] = annotationIds.take(pending.groupId);
            a["image_id"] = imageOf.at(image.id);
            a["category_id"] = categoryOf.value(pending.labelClassId);
            a["iscrowd"] = pending.iscrowd;
            if (!pending.attributes.empty())
                a["attributes"] = std::move(pending.attributes);
            all.addElement(a);
            ++summary.annotations;
            if (split)
                split->addElement(a);
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    // The split files first: the file of all images is committed only when they are whole.
    for (auto &[split, document] : documents) {
        if (split.isEmpty())
            continue;
        const QString path = splitFilePath(outPath, split);
        document->add(std::string("]}\n"));
        if (!document->commit())
            return fail(tr("Could not write %1: %2").arg(path, document->errorString()));
        summary.splitFiles.append(path);
    }
    all.add(std::string("]}\n"));
    if (!all.commit())
        return fail(tr("Could not write %1: %2").arg(outPath, all.errorString()));
    return summary;
}

} // namespace atelier

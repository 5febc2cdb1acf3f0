// CocoReader: parse (SAX) into compact records, then check and insert them in one transaction.
#include "core/datasets/formats/coco_reader.h"

#include "core/annotation/mask_rle.h"
#include "core/datasets/dataset_store.h"
#include "core/datasets/formats/coco_sax_handler.h"
#include "core/datasets/formats/dataset_import.h"
#include "core/datasets/formats/number_text.h"
#include "core/store/audit_log.h"
#include "core/store/bulk_load.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tasks/task_context.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

namespace atelier {

namespace {

constexpr int ProgressEvery = 16384;

QString qs(const std::string &text) { return QString::fromStdString(text); }

// SQLite's page cache during an import: the shape table's three indexes are inserted in image
// order, not row order, and stay in memory instead of being re-read from the file (a million
// shapes make about 50 MB of index pages; the table itself only grows at its end).
constexpr std::int64_t ImportCacheKiB = 64 * 1024;

// Writes the shortest text that reads back as the same double, into `json` whose capacity is
// reused from shape to shape (a million shapes, not a million allocations).
void writePointsGeometry(std::string &json, std::span<const double> xy)
{
    json.assign("{\"points\":[");
    for (std::size_t i = 0; i < xy.size(); ++i) {
        if (i)
            json += ',';
        number_text::appendShortest(json, xy[i]);
    }
    json.append("]}");
}

std::string maskGeometry(const MaskRle &mask)
{
    // COCO's alphabet ('0'..'o') holds the backslash, which JSON must escape; no quote is in it.
    const QByteArray counts = mask.toCompressedString();
    std::string escaped;
    escaped.reserve(std::size_t(counts.size()) + 8);
    for (char c : counts) {
        if (c == '\\')
            escaped += '\\';
        escaped += c;
    }
    return "{\"rle\":\"" + escaped + "\",\"size\":["
           + std::to_string(mask.height()) + ',' + std::to_string(mask.width()) + "]}";
}

// The problems found after parsing: the first stops the import, or with skipping each is listed.
class Problems
{
public:
    Problems(const QString &file, bool skip, InterchangeReport &report)
        : m_file(file), m_skip(skip), m_report(report) {}

    // Returns false when the import must stop (the error is then in error()).
    bool add(const std::string &path, const QString &kind, const QString &reason)
    {
        if (m_skip) {
            m_report.add({qs(path), QStringLiteral("skipped"), kind, 0, reason});
            return true;
        }
        m_error = Error{CocoReader::tr("%1 cannot be imported: %2 at %3.").arg(m_file, reason, qs(path)),
                        qs(path)};
        return false;
    }
    const Error &error() const { return *m_error; }

private:
    QString m_file;
    bool m_skip;
    InterchangeReport &m_report;
    std::optional<Error> m_error;
};

std::string indexed(const char *section, int index)
{
    return std::string(section) + '[' + std::to_string(index) + ']';
}

bool outside(double value, std::int64_t limit)
{
    return !std::isfinite(value) || value < -CocoReader::BoundsTolerance
           || value > double(limit) + CocoReader::BoundsTolerance;
}

// Every few thousand records: the task's progress, and whether to go on.
std::function<bool(std::int64_t)> progressOf(const QString &jsonPath, TaskContext *task)
{
    return [task, &jsonPath](std::int64_t count) {
        if (!task)
            return true;
        task->setProgress(count, 0, CocoReader::tr("Reading %1").arg(QFileInfo(jsonPath).fileName()));
        return !task->isCanceled();
    };
}

Status cancelled(const QString &jsonPath)
{
    return fail(CocoReader::tr("The import of %1 was cancelled; nothing was changed.").arg(jsonPath));
}

// The slow path, which names the JSON path of every problem (and skips bad records).
Status parseWithSax(const QString &jsonPath, coco::Records &records, bool skip,
                    InterchangeReport &report, TaskContext *task)
{
    std::ifstream stream;
    std::vector<char> buffer(1 << 20);
    stream.rdbuf()->pubsetbuf(buffer.data(), std::streamsize(buffer.size()));
    stream.open(QFile::encodeName(jsonPath).toStdString(), std::ios::binary);
    if (!stream)
        return fail(CocoReader::tr("Could not open %1. Check that the file exists and is readable.").arg(jsonPath));
    coco::CocoSaxHandler handler(records, skip, progressOf(jsonPath, task));
    try {
        nlohmann::json::sax_parse(stream, &handler);
    } catch (const std::exception &e) { // nothing in a file should get here; never let it escape
        return fail(CocoReader::tr("%1 cannot be imported: it could not be read.").arg(jsonPath),
                    QString::fromUtf8(e.what()));
    }
    if (handler.isCanceled())
        return cancelled(jsonPath);
    if (const auto &problem = handler.fatal()) {
        const QString where = problem->path.empty() ? QStringLiteral("$") : qs(problem->path);
        return fail(CocoReader::tr("%1 cannot be imported: %2 at %3.").arg(jsonPath, problem->reason, where), where);
    }
    for (const char *section : {"images", "categories"}) {
        if (!handler.sawSection(section))
            return fail(CocoReader::tr("%1 cannot be imported: it has no \"%2\" array; is it a COCO instances file?")
                            .arg(jsonPath, QString::fromLatin1(section)), QString::fromLatin1(section));
    }
    for (const coco::Problem &problem : handler.skipped())
        report.add({qs(problem.path), QStringLiteral("skipped"), QString::fromLatin1(problem.kind.c_str()), 0, problem.reason});
    return {};
}

Status parseFile(const QString &jsonPath, coco::Records &records, bool skip,
                 InterchangeReport &report, TaskContext *task)
{
    return parseWithSax(jsonPath, records, skip, report, task);
}

} // namespace

namespace {

// The second half of an import: checks that need the whole file (ids, bounds, files) and the
// inserts, record by record inside the caller's transaction.
struct StoreWriter
{
    Database &db;
    const coco::Records &records;
    Problems &problems;
    const QString &imagesFolder;
    std::int64_t datasetId = 0;
    std::unordered_map<std::int64_t, std::int64_t> categoryRows; // COCO id -> label_class.id
    std::unordered_map<std::int64_t, std::size_t> imageIndex;    // COCO id -> records.images
    std::vector<std::int64_t> imageRows;                         // label rows by images index
    std::vector<int> nextZ;
    std::string geometry;   // the shape being inserted, reused
    std::string attributes; // of the annotation being inserted, reused
    CocoImportSummary summary;

    Status addCategories()
    {
        auto insert = db.statement("INSERT INTO label_class(dataset_id, name, color, external_id) VALUES (?, ?, ?, ?)");
        if (!insert)
            return fail(insert.error());
        std::unordered_set<std::string> names;
        for (const coco::Category &category : records.categories) {
            const std::string where = indexed("categories", category.index);
            if (categoryRows.contains(category.id) || !names.insert(category.name).second) {
                const QString reason = categoryRows.contains(category.id)
                    ? CocoReader::tr("the category id %1 is listed twice").arg(category.id)
                    : CocoReader::tr("the category name \"%1\" is listed twice").arg(qs(category.name));
                if (!problems.add(where, QStringLiteral("category"), reason))
                    return fail(problems.error());
                continue;
            }
            (*insert)->reset();
            (*insert)->bindAll(datasetId, qs(category.name), DatasetImport::labelColor(qsizetype(categoryRows.size())), category.id);
            if (auto ok = (*insert)->run(); !ok)
                return fail(ok.error());
            categoryRows.emplace(category.id, db.lastInsertId());
        }
        summary.categories = int(categoryRows.size());
        return {};
    }

    std::optional<QString> imageProblem(const coco::Image &image, std::unordered_set<std::string> &paths) const
    {
        if (imageIndex.contains(image.id))
            return CocoReader::tr("the image id %1 is listed twice").arg(image.id);
        if (!paths.insert(image.fileName).second)
            return CocoReader::tr("the file %1 is listed twice").arg(qs(image.fileName));
        if (!imagesFolder.isEmpty() && !QFileInfo::exists(QDir(imagesFolder).filePath(qs(image.fileName))))
            return CocoReader::tr("the image file %1 is missing from %2").arg(qs(image.fileName), imagesFolder);
        return std::nullopt;
    }

    Status addImages()
    {
        auto insert = db.statement("INSERT INTO image(dataset_id, path, width, height, external_id) VALUES (?, ?, ?, ?, ?)");
        if (!insert)
            return fail(insert.error());
        std::unordered_set<std::string> paths;
        paths.reserve(records.images.size());
        imageIndex.reserve(records.images.size());
        imageRows.assign(records.images.size(), 0);
        nextZ.assign(records.images.size(), 0);
        for (std::size_t i = 0; i < records.images.size(); ++i) {
            const coco::Image &image = records.images[i];
            if (auto reason = imageProblem(image, paths)) {
                const char *field = reason->contains(QStringLiteral(" id ")) ? ".id" : ".file_name";
                if (!problems.add(indexed("images", image.index) + field, QStringLiteral("image"), *reason))
                    return fail(problems.error());
                continue;
            }
            (*insert)->reset();
            (*insert)->bindAll(datasetId, std::string_view(image.fileName), image.width, image.height, image.id);
            if (auto ok = (*insert)->run(); !ok)
                return fail(ok.error());
            imageRows[i] = db.lastInsertId();
            imageIndex.emplace(image.id, i);
        }
        summary.images = int(imageIndex.size());
        return {};
    }

    // Where the annotation's geometry is wrong, and why; nothing when it is sound.
    std::optional<std::pair<std::string, QString>> geometryProblem(const coco::Annotation &a, const coco::Image &image) const
    {
        // Paths are built only for a problem: building them for every sound record cost more
        // than checking it.
        const auto where = [&a] { return indexed("annotations", a.index); };
        if (a.bboxCount == 4) {
            const double *b = a.bbox;
            if (b[2] < 0 || b[3] < 0 || outside(b[0], image.width) || outside(b[1], image.height)
                || outside(b[0] + b[2], image.width) || outside(b[1] + b[3], image.height))
                return std::pair(where() + ".bbox", CocoReader::tr("the box lies outside the %1 x %2 image").arg(image.width).arg(image.height));
        }
        if (a.segmentation == coco::Segmentation::Polygons) {
            std::uint64_t at = a.coordBegin;
            for (std::uint32_t r = a.ringBegin; r < a.ringEnd; ++r) {
                const auto ring = [&] { return where() + ".segmentation[" + std::to_string(r - a.ringBegin) + ']'; };
                const std::uint32_t size = records.ringSizes[r];
                if (size < 6 || size % 2)
                    return std::pair(ring(), CocoReader::tr("a polygon needs an even number of coordinates, at least 6"));
                for (std::uint32_t k = 0; k < size; ++k) {
                    if (outside(records.coords[at + k], k % 2 ? image.height : image.width))
                        return std::pair(ring() + '[' + std::to_string(k) + ']',
                                         CocoReader::tr("the point lies outside the %1 x %2 image").arg(image.width).arg(image.height));
                }
                at += size;
            }
        } else if (a.segmentation != coco::Segmentation::None && (a.rleHeight != image.height || a.rleWidth != image.width)) {
            return std::pair(where() + ".segmentation.size",
                             CocoReader::tr("the mask is %1 x %2 but the image is %3 x %4")
                                 .arg(a.rleWidth).arg(a.rleHeight).arg(image.width).arg(image.height));
        }
        return std::nullopt;
    }

    Result<MaskRle> maskOf(const coco::Annotation &a, int height, int width) const
    {
        if (a.segmentation == coco::Segmentation::CountsString)
            return MaskRle::fromCompressedString(QByteArrayView(a.countsText.data(), qsizetype(a.countsText.size())), height, width);
        if (a.segmentation == coco::Segmentation::CountsList)
            return MaskRle::fromUncompressedCounts(std::span(records.counts).subspan(a.coordBegin, a.coordEnd - a.coordBegin), height, width);
        std::vector<MaskRle> rings; // a crowd region drawn as polygons: stored as the mask it means
        std::uint64_t at = a.coordBegin;
        for (std::uint32_t r = a.ringBegin; r < a.ringEnd; ++r) {
            auto ring = MaskRle::fromPolygon(std::span(records.coords).subspan(at, records.ringSizes[r]), height, width);
            if (!ring)
                return ring;
            rings.push_back(std::move(*ring));
            at += records.ringSizes[r];
        }
        return MaskRle::merge(rings);
    }

    static void writeAttributes(std::string &json, const coco::Annotation &a)
    {
        json.assign("{");
        if (a.iscrowd)
            json += "\"iscrowd\":1";
        if (!a.attributes.empty()) {
            if (a.iscrowd)
                json += ',';
            json += a.attributes;
        }
        json += '}';
    }

    Status insertShape(Statement &insert, std::size_t image, std::int64_t label, const char *kind,
                       const std::string &geometry, std::int64_t group)
    {
        insert.reset();
        insert.bindAll(imageRows[image], label, kind, std::string_view(geometry), std::string_view(attributes),
                       nextZ[image]++, group);
        ++summary.shapes;
        return insert.run();
    }

    // The shapes of one annotation (see the geometry convention in dataset_store.h).
    Status addShapes(Statement &insert, const coco::Annotation &a, std::size_t image, std::int64_t label)
    {
        writeAttributes(attributes, a);
        if (a.segmentation == coco::Segmentation::None) {
            const double xy[] = {a.bbox[0], a.bbox[1], a.bbox[0] + a.bbox[2], a.bbox[1] + a.bbox[3]};
            writePointsGeometry(geometry, xy);
            return insertShape(insert, image, label, "box", geometry, a.id);
        }
        if (a.segmentation == coco::Segmentation::Polygons && !a.iscrowd) {
            std::uint64_t at = a.coordBegin;
            for (std::uint32_t r = a.ringBegin; r < a.ringEnd; ++r) {
                const std::uint32_t size = records.ringSizes[r];
                writePointsGeometry(geometry, std::span(records.coords).subspan(at, size));
                if (auto ok = insertShape(insert, image, label, "polygon", geometry, a.id); !ok)
                    return ok;
                at += size;
            }
            return {};
        }
        const coco::Image &info = records.images[image];
        auto mask = maskOf(a, int(info.height), int(info.width));
        if (!mask) {
            if (!problems.add(indexed("annotations", a.index) + ".segmentation", QStringLiteral("annotation"), mask.error().message))
                return fail(problems.error());
            return {};
        }
        return insertShape(insert, image, label, "mask", maskGeometry(*mask), a.id);
    }

    // Checks one annotation; true when it may be inserted (problems may stop the import).
    Result<bool> check(const coco::Annotation &a, std::unordered_set<std::int64_t> &ids, std::size_t &image)
    {
        const auto where = [&a] { return indexed("annotations", a.index); };
        const auto imageAt = imageIndex.find(a.imageId);
        std::optional<std::pair<std::string, QString>> problem;
        if (imageAt == imageIndex.end())
            problem = std::pair(where() + ".image_id", CocoReader::tr("the image id %1 is not among the images").arg(a.imageId));
        else if (!categoryRows.contains(a.categoryId))
            problem = std::pair(where() + ".category_id", CocoReader::tr("the category id %1 is not among the categories").arg(a.categoryId));
        else if (!ids.insert(a.id).second)
            problem = std::pair(where() + ".id", CocoReader::tr("the annotation id %1 is used twice").arg(a.id));
        else
            problem = geometryProblem(a, records.images[imageAt->second]);
        if (!problem) {
            image = imageAt->second;
            return true;
        }
        if (!problems.add(problem->first, QStringLiteral("annotation"), problem->second))
            return fail(problems.error());
        return false;
    }

    Status addAnnotations(TaskContext *task)
    {
        auto insert = db.statement("INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z, group_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return fail(insert.error());
        std::unordered_set<std::int64_t> ids;
        ids.reserve(records.annotations.size());
        const auto total = std::int64_t(records.annotations.size());
        for (std::int64_t i = 0; i < total; ++i) {
            if (task && i % ProgressEvery == 0) {
                task->setProgress(i, total, CocoReader::tr("Storing annotations"));
                if (task->isCanceled())
                    return fail(CocoReader::tr("The import was cancelled; nothing was changed."));
            }
            const coco::Annotation &a = records.annotations[std::size_t(i)];
            std::size_t image = 0;
            auto ok = check(a, ids, image);
            if (!ok)
                return fail(ok.error());
            if (!*ok)
                continue;
            const int before = summary.shapes;
            if (auto added = addShapes(**insert, a, image, categoryRows.at(a.categoryId)); !added)
                return added;
            summary.annotations += summary.shapes > before ? 1 : 0;
        }
        return {};
    }
};

} // namespace

CocoReader::CocoReader(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<CocoImportSummary> CocoReader::import(const QString &jsonPath, const CocoImportOptions &options, TaskContext *task)
{
    InterchangeReport report;
    coco::Records records;
    if (auto parsed = parseFile(jsonPath, records, options.skipBadRecords, report, task); !parsed)
        return fail(parsed.error());

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    const QString root = options.imagesFolder.isEmpty() ? QFileInfo(jsonPath).absolutePath()
                                                        : QFileInfo(options.imagesFolder).absoluteFilePath();
    DatasetStore datasets(m_db, m_audit);
    auto datasetId = datasets.createDataset(options.datasetName, root);
    if (!datasetId)
        return fail(datasetId.error());

    auto bulk = BulkLoad::begin(m_db, ImportCacheKiB);
    if (!bulk)
        return fail(bulk.error());
    Problems problems(jsonPath, options.skipBadRecords, report);
    StoreWriter writer{m_db, records, problems, options.imagesFolder};
    writer.datasetId = *datasetId;
    for (auto step : {&StoreWriter::addCategories, &StoreWriter::addImages}) {
        if (auto ok = (writer.*step)(); !ok)
            return fail(ok.error());
    }
    if (auto ok = writer.addAnnotations(task); !ok)
        return fail(ok.error());

    CocoImportSummary summary = std::move(writer.summary);
    summary.datasetId = *datasetId;
    summary.report = std::move(report);
    if (auto ok = m_audit.record(QStringLiteral("dataset.import"), QStringLiteral("dataset"), QString::number(*datasetId),
                                 {{QStringLiteral("format"), QStringLiteral("coco")},
                                  {QStringLiteral("file"), jsonPath},
                                  {QStringLiteral("images"), summary.images},
                                  {QStringLiteral("annotations"), summary.annotations},
                                  {QStringLiteral("shapes"), summary.shapes},
                                  {QStringLiteral("skipped"), summary.report.count(QStringLiteral("skipped"))}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return summary;
}

} // namespace atelier

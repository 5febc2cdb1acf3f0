// CocoReader: scan the file, parse it chunk by chunk (simdjson), check and insert in one transaction.
#include "core/datasets/formats/coco_reader.h"

#include "core/annotation/mask_rle.h"
#include "core/datasets/dataset_store.h"
#include "core/datasets/formats/coco_entry_parser.h"
#include "core/datasets/formats/coco_ids.h"
#include "core/datasets/formats/coco_sax_handler.h"
#include "core/datasets/formats/coco_scanner.h"
#include "core/datasets/formats/dataset_import.h"
#include "core/datasets/formats/number_text.h"
#include "core/datasets/formats/shape_pipe.h"
#include "core/store/audit_log.h"
#include "core/store/bulk_load.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tasks/task_context.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <array>
#include <cmath>
#include <span>
#include <thread>
#include <unordered_set>

namespace atelier {

namespace {

QString qs(const std::string &text) { return QString::fromStdString(text); }

// SQLite's page cache during an import: where the shape table's indexes stay (see store()) they
// are inserted in image order, not row order, and stay in memory instead of being re-read from
// the file; where they are rebuilt at the end, CREATE INDEX sorts in memory up to this size (a
// million shapes: about 30 MB of keys an index). The table itself only grows at its end.
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

// The same from the coordinates' text as the parser wrote it (Records::ringText).
void writePointsGeometry(std::string &json, std::string_view coordinates)
{
    json.assign("{\"points\":[").append(coordinates).append("]}");
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

Status cancelled(const QString &jsonPath)
{
    return fail(CocoReader::tr("The import of %1 was cancelled; nothing was changed.").arg(jsonPath));
}

} // namespace

namespace {

// The parser's end of the pipe: rows are filled in place, a batch at a time.
class ShapeRows
{
public:
    explicit ShapeRows(ShapePipe &pipe)
        : m_pipe(pipe)
    {}

    // The next row to fill; null once the inserter has stopped.
    ShapeRow *next()
    {
        if (!m_batch)
            m_batch = m_pipe.takeFree();
        return m_batch ? &m_batch->rows[std::size_t(m_batch->count)] : nullptr;
    }

    void commitRow(std::int64_t annotationsRead)
    {
        if (++m_batch->count == ShapeBatch::Capacity)
            send(annotationsRead);
    }

    void send(std::int64_t annotationsRead)
    {
        if (!m_batch || m_batch->count == 0)
            return;
        m_batch->annotationsRead = annotationsRead;
        m_pipe.sendFull(std::exchange(m_batch, nullptr));
    }

private:
    ShapePipe &m_pipe;
    ShapeBatch *m_batch = nullptr;
};

// The inserter's end: batches into the shape table, Rows at a time in one multi-row INSERT (one
// statement step for 64 shapes instead of 64).
class ShapeInserter
{
public:
    static constexpr int Rows = 64;
    static constexpr int Columns = 7;

    explicit ShapeInserter(Database &db)
        : m_db(db)
        , m_fullSql(sql(Rows))
    {}

    Status insert(const ShapeBatch &batch)
    {
        for (int first = 0; first < batch.count; first += Rows) {
            if (auto ok = insert(std::span(batch.rows).subspan(std::size_t(first), std::size_t(std::min(Rows, batch.count - first))));
                !ok)
                return ok;
        }
        return {};
    }

private:
    Status insert(std::span<const ShapeRow> rows)
    {
        auto insert = m_db.statement(rows.size() == Rows ? m_fullSql : sql(int(rows.size())));
        if (!insert)
            return fail(insert.error());
        Statement &statement = **insert;
        statement.reset();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const ShapeRow &row = rows[i];
            const int column = int(i) * Columns;
            // The batch and its strings outlive this statement's run; the kinds are literals.
            statement.bind(column + 1, row.image).bind(column + 2, row.label).bindUnowned(column + 3, row.kind);
            statement.bindUnowned(column + 4, row.geometry).bindUnowned(column + 5, row.attributes);
            statement.bind(column + 6, row.z).bind(column + 7, row.group);
        }
        return statement.run();
    }

    static std::string sql(int rows)
    {
        std::string text = "INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z, group_id) VALUES ";
        for (int i = 0; i < rows; ++i)
            text += i ? ",(?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?)";
        return text;
    }

    Database &m_db;
    const std::string m_fullSql; // the statement of all but a batch's last rows, made once
};

// The second half of an import: checks that need the whole file (ids, bounds, files) and the
// inserts inside the caller's transaction. Images and categories are all known first; the
// annotations come a chunk at a time.
struct StoreWriter
{
    Database &db;
    const coco::Records &table; // images and categories
    Problems &problems;
    const QString &imagesFolder;
    ShapeRows shapes;
    std::int64_t datasetId = 0;
    coco::IdIndex categoryRows = coco::indexFor(table.categories); // COCO id -> label_class.id
    coco::IdIndex imageIndex = coco::indexFor(table.images); // COCO id -> table.images
    std::vector<std::int64_t> imageRows; // image rows by table.images index
    std::vector<int> nextZ;
    coco::IdSet annotationIds;
    const coco::Records *chunk = nullptr; // the annotations being stored
    CocoImportSummary summary;

    Status addCategories()
    {
        auto insert = db.statement("INSERT INTO label_class(dataset_id, name, color, external_id) VALUES (?, ?, ?, ?)");
        if (!insert)
            return fail(insert.error());
        std::unordered_set<std::string> names;
        for (const coco::Category &category : table.categories) {
            const std::string where = indexed("categories", category.index);
            const bool knownId = categoryRows.find(category.id) >= 0;
            if (knownId || !names.insert(category.name).second) {
                const QString reason = knownId ? CocoReader::tr("the category id %1 is listed twice").arg(category.id)
                                               : CocoReader::tr("the category name \"%1\" is listed twice").arg(qs(category.name));
                if (!problems.add(where, QStringLiteral("category"), reason))
                    return fail(problems.error());
                continue;
            }
            (*insert)->reset();
            (*insert)->bindAll(datasetId, qs(category.name), DatasetImport::labelColor(summary.categories), category.id);
            if (auto ok = (*insert)->run(); !ok)
                return fail(ok.error());
            categoryRows.insert(category.id, db.lastInsertId());
            ++summary.categories;
        }
        return {};
    }

    std::optional<QString> imageProblem(const coco::Image &image, std::unordered_set<std::string_view> &paths) const
    {
        if (imageIndex.find(image.id) >= 0)
            return CocoReader::tr("the image id %1 is listed twice").arg(image.id);
        if (!paths.insert(image.fileName).second)
            return CocoReader::tr("the file %1 is listed twice").arg(qs(image.fileName));
        if (DatasetImport::leavesFolder(image.fileName))
            return CocoReader::tr("the file %1 lies outside the images folder").arg(qs(image.fileName));
        if (!imagesFolder.isEmpty() && !QFileInfo::exists(QDir(imagesFolder).filePath(qs(image.fileName))))
            return CocoReader::tr("the image file %1 is missing from %2").arg(qs(image.fileName), imagesFolder);
        return std::nullopt;
    }

    Status addImages()
    {
        auto insert = db.statement("INSERT INTO image(dataset_id, path, width, height, external_id) VALUES (?, ?, ?, ?, ?)");
        if (!insert)
            return fail(insert.error());
        std::unordered_set<std::string_view> paths;
        paths.reserve(table.images.size());
        imageRows.assign(table.images.size(), 0);
        nextZ.assign(table.images.size(), 0);
        for (std::size_t i = 0; i < table.images.size(); ++i) {
            const coco::Image &image = table.images[i];
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
            imageIndex.insert(image.id, std::int64_t(i));
            ++summary.images;
        }
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
                const std::uint32_t size = chunk->ringSizes[r];
                if (size < 6 || size % 2)
                    return std::pair(ring(), CocoReader::tr("a polygon needs an even number of coordinates, at least 6"));
                for (std::uint32_t k = 0; k < size; ++k) {
                    if (outside(chunk->coords[at + k], k % 2 ? image.height : image.width))
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
            return MaskRle::fromUncompressedCounts(std::span(chunk->counts).subspan(a.coordBegin, a.coordEnd - a.coordBegin), height, width);
        std::vector<MaskRle> rings; // a crowd region drawn as polygons: stored as the mask it means
        std::uint64_t at = a.coordBegin;
        for (std::uint32_t r = a.ringBegin; r < a.ringEnd; ++r) {
            auto ring = MaskRle::fromPolygon(std::span(chunk->coords).subspan(at, chunk->ringSizes[r]), height, width);
            if (!ring)
                return ring;
            rings.push_back(std::move(*ring));
            at += chunk->ringSizes[r];
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

    // Adds a shape row of image `image`; `writeGeometry(std::string &)` fills in its geometry.
    template<typename WriteGeometry>
    Status addShape(const coco::Annotation &a, std::size_t image, std::int64_t label, const char *kind,
                    const WriteGeometry &writeGeometry)
    {
        ShapeRow *row = shapes.next();
        if (!row) // the inserter failed; its error is the one reported
            return fail(CocoReader::tr("The import stopped because storing the shapes failed."));
        row->image = imageRows[image];
        row->label = label;
        row->kind = kind;
        writeGeometry(row->geometry);
        writeAttributes(row->attributes, a);
        row->z = nextZ[image]++;
        row->group = a.id;
        ++summary.shapes;
        shapes.commitRow(a.index + 1);
        return {};
    }

    // The shapes of one annotation (see the geometry convention in dataset_store.h).
    Status addShapes(const coco::Annotation &a, std::size_t image, std::int64_t label)
    {
        if (a.segmentation == coco::Segmentation::None) {
            const double xy[] = {a.bbox[0], a.bbox[1], a.bbox[0] + a.bbox[2], a.bbox[1] + a.bbox[3]};
            return addShape(a, image, label, "box", [&](std::string &geometry) { writePointsGeometry(geometry, xy); });
        }
        if (a.segmentation == coco::Segmentation::Polygons && !a.iscrowd) {
            for (std::uint32_t r = a.ringBegin; r < a.ringEnd; ++r) {
                const std::size_t begin = r > 0 ? chunk->ringTextEnds[r - 1] : 0;
                const auto ring = std::string_view(chunk->ringText).substr(begin, chunk->ringTextEnds[r] - begin);
                if (auto ok = addShape(a, image, label, "polygon", [&](std::string &geometry) { writePointsGeometry(geometry, ring); });
                    !ok)
                    return ok;
            }
            return {};
        }
        const coco::Image &info = table.images[image];
        auto mask = maskOf(a, int(info.height), int(info.width));
        if (!mask) {
            if (!problems.add(indexed("annotations", a.index) + ".segmentation", QStringLiteral("annotation"), mask.error().message))
                return fail(problems.error());
            return {};
        }
        return addShape(a, image, label, "mask", [&](std::string &geometry) { geometry = maskGeometry(*mask); });
    }

    // Checks one annotation; true when it may be inserted (problems may stop the import).
    Result<bool> check(const coco::Annotation &a, std::size_t &image, std::int64_t &label)
    {
        const auto where = [&a] { return indexed("annotations", a.index); };
        const std::int64_t imageAt = imageIndex.find(a.imageId);
        label = categoryRows.find(a.categoryId);
        std::optional<std::pair<std::string, QString>> problem;
        if (imageAt < 0)
            problem = std::pair(where() + ".image_id", CocoReader::tr("the image id %1 is not among the images").arg(a.imageId));
        else if (label < 0)
            problem = std::pair(where() + ".category_id", CocoReader::tr("the category id %1 is not among the categories").arg(a.categoryId));
        else if (!annotationIds.insert(a.id))
            problem = std::pair(where() + ".id", CocoReader::tr("the annotation id %1 is used twice").arg(a.id));
        else
            problem = geometryProblem(a, table.images[std::size_t(imageAt)]);
        if (!problem) {
            image = std::size_t(imageAt);
            return true;
        }
        if (!problems.add(problem->first, QStringLiteral("annotation"), problem->second))
            return fail(problems.error());
        return false;
    }

    Status addAnnotations(const coco::Records &annotations)
    {
        chunk = &annotations;
        for (const coco::Annotation &a : annotations.annotations) {
            std::size_t image = 0;
            std::int64_t label = 0;
            auto ok = check(a, image, label);
            if (!ok)
                return fail(ok.error());
            if (!*ok)
                continue;
            const int before = summary.shapes;
            if (auto added = addShapes(a, image, label); !added)
                return added;
            summary.annotations += summary.shapes > before ? 1 : 0;
        }
        return {};
    }
};

// The bytes of one chunk wrapped as a JSON array, with the padding simdjson reads past its end.
class ChunkFile
{
public:
    explicit ChunkFile(const QString &jsonPath)
        : m_file(jsonPath)
    {}

    bool open() { return m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered); }

    std::optional<std::span<const char>> read(const coco::Chunk &chunk)
    {
        const std::size_t length = std::size_t(chunk.end - chunk.begin);
        m_buffer.resize(length + 2 + coco::CocoEntryParser::Padding);
        m_buffer[0] = '[';
        if (!m_file.seek(chunk.begin) || m_file.read(m_buffer.data() + 1, qint64(length)) != qint64(length))
            return std::nullopt;
        m_buffer[length + 1] = ']';
        return std::span<const char>(m_buffer.data(), length + 2);
    }

    QString errorString() const { return m_file.errorString(); }

private:
    QFile m_file;
    std::vector<char> m_buffer;
};

// An import from the first byte to the commit; every step returns the error that ends it.
class Import
{
public:
    Import(Database &db, AuditLog &audit, const QString &jsonPath, const CocoImportOptions &options, TaskContext *task)
        : m_db(db), m_audit(audit), m_jsonPath(jsonPath), m_options(options), m_task(task)
        , m_parser(options.skipBadRecords), m_chunks(jsonPath)
    {}

    Result<CocoImportSummary> run();

private:
    Status scan();
    Status parse(coco::Section section, const coco::Chunk &chunk, coco::Records &records);
    Status store();
    Status storeAnnotations(StoreWriter &writer, ShapePipe &pipe);
    Status parseAnnotations(StoreWriter &writer);
    Error malformed(const coco::Problem &fallback) const;
    bool canceled(std::int64_t done, std::int64_t total, const QString &what) const;

    Database &m_db;
    AuditLog &m_audit;
    const QString &m_jsonPath;
    const CocoImportOptions &m_options;
    TaskContext *m_task;
    coco::CocoEntryParser m_parser;
    ChunkFile m_chunks;
    coco::Layout m_layout;
    coco::Records m_table;
    InterchangeReport m_report;
    std::size_t m_reported = 0; // of m_parser.skipped(), already in m_report
    CocoImportSummary m_summary;
};

bool Import::canceled(std::int64_t done, std::int64_t total, const QString &what) const
{
    if (!m_task)
        return false;
    m_task->setProgress(done, total, what);
    return m_task->isCanceled();
}

// The exact place of a syntax error, from the strict parser; `fallback` if it finds none.
Error Import::malformed(const coco::Problem &fallback) const
{
    const auto located = coco::CocoSaxHandler::locateSyntaxError(m_jsonPath);
    const coco::Problem &problem = located ? *located : fallback;
    const QString where = problem.path.empty() ? QStringLiteral("$") : qs(problem.path);
    return Error{CocoReader::tr("%1 cannot be imported: %2 at %3.").arg(m_jsonPath, problem.reason, where), where};
}

Status Import::scan()
{
    const qint64 size = QFileInfo(m_jsonPath).size();
    const QString reading = CocoReader::tr("Reading %1").arg(QFileInfo(m_jsonPath).fileName());
    auto layout = coco::CocoScanner::scan(m_jsonPath, [&](std::int64_t bytes) { return !canceled(bytes, size, reading); });
    if (layout) {
        m_layout = std::move(*layout);
        for (const coco::Section section : {coco::Section::Images, coco::Section::Categories}) {
            if (!m_layout.present[int(section)])
                return fail(CocoReader::tr("%1 cannot be imported: it has no \"%2\" array; is it a COCO instances file?")
                                .arg(m_jsonPath, QString::fromLatin1(coco::sectionName(section))),
                            QString::fromLatin1(coco::sectionName(section)));
        }
        return {};
    }
    const coco::ScanError &error = layout.error();
    switch (error.kind) {
    case coco::ScanError::Kind::Unreadable:
        return fail(CocoReader::tr("Could not read %1. Check that the file exists and is readable.").arg(m_jsonPath), error.reason);
    case coco::ScanError::Kind::Canceled:
        return cancelled(m_jsonPath);
    case coco::ScanError::Kind::NotCoco: {
        const QString where = error.path.empty() ? QStringLiteral("$") : qs(error.path);
        return fail(CocoReader::tr("%1 cannot be imported: %2 at %3.").arg(m_jsonPath, error.reason, where), where);
    }
    case coco::ScanError::Kind::Syntax:
        break;
    }
    return fail(malformed({{}, CocoReader::tr("the JSON is malformed near byte %1").arg(error.offset), "file"}));
}

Status Import::parse(coco::Section section, const coco::Chunk &chunk, coco::Records &records)
{
    const auto text = m_chunks.read(chunk);
    if (!text)
        return fail(CocoReader::tr("Could not read %1. Check that the file exists and is readable.").arg(m_jsonPath),
                    m_chunks.errorString());
    const auto outcome = m_parser.parse(text->data(), text->size(), section, chunk.firstIndex, records);
    for (; m_reported < m_parser.skipped().size(); ++m_reported) {
        const coco::Problem &problem = m_parser.skipped()[m_reported];
        m_report.add({qs(problem.path), QStringLiteral("skipped"), QString::fromLatin1(problem.kind.c_str()), 0, problem.reason});
    }
    switch (outcome) {
    case coco::CocoEntryParser::Outcome::Parsed:
        return {};
    case coco::CocoEntryParser::Outcome::Stopped: {
        const coco::Problem &problem = *m_parser.fatal();
        return fail(CocoReader::tr("%1 cannot be imported: %2 at %3.").arg(m_jsonPath, problem.reason, qs(problem.path)), qs(problem.path));
    }
    case coco::CocoEntryParser::Outcome::Malformed:
        break;
    }
    coco::Problem fallback = *m_parser.malformed();
    fallback.reason = CocoReader::tr("the JSON is malformed (%1)").arg(fallback.reason);
    return fail(malformed(fallback));
}

// The annotations, parsed, checked and formatted on a second thread while this one inserts them.
Status Import::storeAnnotations(StoreWriter &writer, ShapePipe &pipe)
{
    const std::int64_t total = m_layout.entries[int(coco::Section::Annotations)];
    std::jthread parser([&] { pipe.close(parseAnnotations(writer)); });
    ShapeInserter inserter(m_db);
    while (ShapeBatch *batch = pipe.takeFull()) {
        const Status inserted = canceled(batch->annotationsRead, total, CocoReader::tr("Storing annotations"))
                                    ? cancelled(m_jsonPath)
                                    : inserter.insert(*batch);
        if (!inserted) {
            pipe.stop();
            return inserted;
        }
        pipe.giveBack(batch);
    }
    parser.join();
    return pipe.parserStatus();
}

// The parsing thread's half of storeAnnotations().
Status Import::parseAnnotations(StoreWriter &writer)
{
    coco::Records annotations;
    for (const coco::Chunk &chunk : m_layout.chunks[int(coco::Section::Annotations)]) {
        if (m_task && m_task->isCanceled())
            return cancelled(m_jsonPath);
        annotations.annotations.clear();
        annotations.coords.clear();
        annotations.ringSizes.clear();
        annotations.ringText.clear();
        annotations.ringTextEnds.clear();
        annotations.counts.clear();
        if (auto ok = parse(coco::Section::Annotations, chunk, annotations); !ok)
            return ok;
        if (auto ok = writer.addAnnotations(annotations); !ok)
            return ok;
    }
    writer.shapes.send(m_layout.entries[int(coco::Section::Annotations)]);
    return {};
}

Status Import::store()
{
    // Every shape's image and label id is a row this transaction inserts itself, so SQLite's check
    // of each (half a second a million rows) would prove nothing; it is off until the transaction
    // ends. The pragma takes effect only outside a transaction, so it comes first.
    if (auto ok = m_db.exec("PRAGMA foreign_keys = OFF"); !ok)
        return ok;
    const auto foreignKeysBackOn = qScopeGuard([this] { (void)m_db.exec("PRAGMA foreign_keys = ON"); });
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    const QString root = m_options.imagesFolder.isEmpty() ? QFileInfo(m_jsonPath).absolutePath()
                                                          : QFileInfo(m_options.imagesFolder).absoluteFilePath();
    DatasetStore datasets(m_db, m_audit);
    auto datasetId = datasets.insertDataset(m_options.datasetName, root); // its audit row comes at the end
    if (!datasetId)
        return fail(datasetId.error());

    auto bulk = BulkLoad::begin(m_db, ImportCacheKiB);
    if (!bulk)
        return fail(bulk.error());
    // Rebuilding the shape indexes costs about what the table holds; inserting into them costs
    // far more per row, so they wait when this import brings at least as many shapes as exist.
    auto existing = m_db.queryInt("SELECT coalesce(max(id), 0) FROM shape");
    if (!existing)
        return fail(existing.error());
    const bool deferIndexes = m_layout.entries[int(coco::Section::Annotations)] >= *existing;
    if (deferIndexes) {
        if (auto ok = bulk->deferIndexes("shape"); !ok)
            return ok;
    }
    Problems problems(m_jsonPath, m_options.skipBadRecords, m_report);
    ShapePipe pipe;
    StoreWriter writer{m_db, m_table, problems, m_options.imagesFolder, ShapeRows(pipe)};
    writer.datasetId = *datasetId;
    for (auto step : {&StoreWriter::addCategories, &StoreWriter::addImages}) {
        if (auto ok = (writer.*step)(); !ok)
            return ok;
    }
    if (auto ok = storeAnnotations(writer, pipe); !ok)
        return ok;
    if (deferIndexes) {
        if (auto ok = bulk->restoreIndexes(); !ok)
            return ok;
    }

    m_summary = std::move(writer.summary);
    m_summary.datasetId = *datasetId;
    if (auto ok = datasets.recordDatasetCreated(*datasetId, m_options.datasetName, root); !ok)
        return ok;
    if (auto ok = m_audit.record(QStringLiteral("dataset.import"), QStringLiteral("dataset"), QString::number(*datasetId),
                                 {{QStringLiteral("format"), QStringLiteral("coco")},
                                  {QStringLiteral("file"), m_jsonPath},
                                  {QStringLiteral("images"), m_summary.images},
                                  {QStringLiteral("annotations"), m_summary.annotations},
                                  {QStringLiteral("shapes"), m_summary.shapes},
                                  {QStringLiteral("skipped"), m_report.count(QStringLiteral("skipped"))}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<CocoImportSummary> Import::run()
{
    if (auto ok = scan(); !ok)
        return fail(ok.error());
    if (!m_chunks.open())
        return fail(CocoReader::tr("Could not open %1. Check that the file exists and is readable.").arg(m_jsonPath),
                    m_chunks.errorString());
    // Images and categories first, whole (they are small), wherever they are in the file.
    for (const coco::Section section : {coco::Section::Images, coco::Section::Categories}) {
        for (const coco::Chunk &chunk : m_layout.chunks[int(section)]) {
            if (auto ok = parse(section, chunk, m_table); !ok)
                return fail(ok.error());
        }
    }
    if (auto ok = store(); !ok)
        return fail(ok.error());
    m_summary.report = std::move(m_report);
    return std::move(m_summary);
}

} // namespace

CocoReader::CocoReader(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<CocoImportSummary> CocoReader::import(const QString &jsonPath, const CocoImportOptions &options, TaskContext *task)
{
    return Import(m_db, m_audit, jsonPath, options, task).run();
}

} // namespace atelier

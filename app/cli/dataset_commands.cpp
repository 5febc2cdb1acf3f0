// dataset import / export: move a dataset between the store and annotation files (COCO, YOLO, Pascal VOC, labelme, mask PNGs).
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/datasets/folder_import.h"
#include "core/datasets/formats/coco_reader.h"
#include "core/datasets/formats/coco_writer.h"
#include "core/datasets/formats/export_source.h"
#include "core/datasets/formats/labelme_reader.h"
#include "core/datasets/formats/labelme_writer.h"
#include "core/datasets/formats/mask_png_writer.h"
#include "core/datasets/formats/voc_reader.h"
#include "core/datasets/formats/voc_writer.h"
#include "core/datasets/formats/yolo_reader.h"
#include "core/datasets/formats/yolo_writer.h"
#include "core/project/project.h"
#include "core/tasks/task_context.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace atelier::cli {

namespace {

// DIR, then --name NAME, --format FORMAT and the command's own options.
struct DatasetArguments
{
    QString folder;
    QString name;
    QString format;
    QString path;    // import: the annotation file
    QString images;  // import: --images
    QString out;     // export: --out
    QString version; // export: --version, a frozen version instead of the working state
    bool skipBad = false;
};

std::optional<DatasetArguments> parse(const QStringList &args, const char *usage)
{
    DatasetArguments parsed;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--skip-bad"))
            parsed.skipBad = true;
        else if (hasValue && arg == QLatin1String("--name"))
            parsed.name = args[++i];
        else if (hasValue && arg == QLatin1String("--format"))
            parsed.format = args[++i];
        else if (hasValue && arg == QLatin1String("--images"))
            parsed.images = args[++i];
        else if (hasValue && arg == QLatin1String("--out"))
            parsed.out = args[++i];
        else if (hasValue && arg == QLatin1String("--version"))
            parsed.version = args[++i];
        else if (arg.startsWith(QLatin1String("--")))
            positional.append(QString()); // unknown option: reported below as a usage error
        else
            positional.append(arg);
    }
    const bool isExport = QByteArray(usage).contains("export");
    if (positional.size() != (isExport ? 1 : 2) || positional.contains(QString()) || parsed.name.isEmpty()
        || parsed.format.isEmpty() || (isExport && parsed.out.isEmpty())) {
        printError(Cli::tr("Usage: atelier %1").arg(QString::fromLatin1(usage)));
        return std::nullopt;
    }
    parsed.folder = positional[0];
    if (!isExport)
        parsed.path = positional[1];
    return parsed;
}

const QStringList ImportFormats{QStringLiteral("coco"), QStringLiteral("yolo"), QStringLiteral("voc"), QStringLiteral("labelme")};
const QStringList ExportFormats = ImportFormats + QStringList{QStringLiteral("masks")};

bool formatSupported(const QString &format, const QStringList &supported = {QStringLiteral("coco")})
{
    if (supported.contains(format))
        return true;
    printError(Cli::tr("format %1 is not supported (supported: %2).").arg(format, supported.join(QStringLiteral(", "))));
    return false;
}

// --format yolo|voc|labelme: a folder (or file) of per-image annotation files.
int importInterchange(Project &project, const DatasetArguments &parsed)
{
    const ImportOptions options{parsed.name, parsed.images};
    Database &db = project.database();
    AuditLog &audit = project.audit();
    auto summary = parsed.format == QLatin1String("yolo") ? YoloReader(db, audit).import(parsed.path, options)
                 : parsed.format == QLatin1String("voc")  ? VocReader(db, audit).import(parsed.path, options)
                                                          : LabelmeReader(db, audit).import(parsed.path, options);
    if (!succeeded(summary))
        return Failure;
    QJsonObject json = summary->toJson();
    json.insert(QStringLiteral("dataset"), parsed.name);
    json.insert(QStringLiteral("format"), parsed.format);
    printJson(json);
    return Success;
}

// What a COCO export prints: the file, its counts and the split files beside it; nothing on
// error (printed).
std::optional<QJsonObject> cocoExport(ExportSource &source, const QString &out)
{
    auto summary = CocoWriter::write(source, out);
    if (!succeeded(summary))
        return std::nullopt;
    QJsonObject json{{QStringLiteral("file"), out},
                     {QStringLiteral("images"), summary->images},
                     {QStringLiteral("categories"), summary->categories},
                     {QStringLiteral("annotations"), summary->annotations},
                     {QStringLiteral("report"), summary->report.toJson()}};
    if (!summary->splitFiles.isEmpty())
        json.insert(QStringLiteral("split_files"), QJsonArray::fromStringList(summary->splitFiles));
    return json;
}

// --format yolo|voc|labelme|masks: a folder of files.
std::optional<QJsonObject> folderExport(ExportSource &source, const DatasetArguments &parsed)
{
    auto summary = parsed.format == QLatin1String("yolo")    ? YoloWriter::write(source, parsed.out)
                 : parsed.format == QLatin1String("voc")     ? VocWriter::write(source, parsed.out)
                 : parsed.format == QLatin1String("labelme") ? LabelmeWriter::write(source, parsed.out)
                                                             : MaskPngWriter::write(source, parsed.out);
    if (!succeeded(summary))
        return std::nullopt;
    QJsonObject json = summary->toJson();
    json.insert(QStringLiteral("folder"), parsed.out);
    return json;
}

// Any export format, from the working state or --version V.
int exportDataset(Project &project, const DatasetArguments &parsed)
{
    bool numeric = true;
    const qint64 version = parsed.version.toLongLong(&numeric);
    if (!parsed.version.isEmpty() && (!numeric || version < 1)) {
        printError(Cli::tr("--version takes a version number (1, 2, ...), not \"%1\".").arg(parsed.version));
        return Misuse;
    }
    auto source = parsed.version.isEmpty()
        ? ExportSource::open(project.database(), parsed.name)
        : ExportSource::openVersion(project.database(), project.blobs(), parsed.name, version);
    if (!succeeded(source))
        return Failure;
    auto json = parsed.format == QLatin1String("coco") ? cocoExport(*source, parsed.out) : folderExport(*source, parsed);
    if (!json)
        return Failure;
    json->insert(QStringLiteral("dataset"), parsed.name);
    json->insert(QStringLiteral("format"), parsed.format);
    if (!parsed.version.isEmpty())
        json->insert(QStringLiteral("version"), version);
    printJson(*json);
    return Success;
}

// --format folder: PATH is a folder of images, referenced in place; run again, it rescans.
int importImageFolder(const DatasetArguments &parsed)
{
    auto project = Project::open(parsed.folder);
    if (!succeeded(project))
        return Failure;
    TaskContext context;
    auto result = FolderImport((*project)->database(), (*project)->audit()).importOrRescan(parsed.path, parsed.name, context);
    if (!succeeded(result))
        return Failure;
    QJsonObject json = result->toJson();
    json.insert(QStringLiteral("dataset"), parsed.name);
    printJson(json);
    return Success;
}

} // namespace

int datasetImport(const QStringList &args)
{
    const auto parsed = parse(args, "dataset import DIR --name NAME --format coco|yolo|voc|labelme|folder PATH [--images IMGDIR] [--skip-bad]");
    if (parsed && parsed->format == QLatin1String("folder"))
        return importImageFolder(*parsed);
    if (!parsed || !formatSupported(parsed->format, ImportFormats))
        return Misuse;
    auto project = Project::open(parsed->folder);
    if (!succeeded(project))
        return Failure;
    if (parsed->format != QLatin1String("coco"))
        return importInterchange(**project, *parsed);
    CocoReader reader((*project)->database(), (*project)->audit());
    auto summary = reader.import(parsed->path, {parsed->name, parsed->images, parsed->skipBad});
    if (!succeeded(summary))
        return Failure;
    printJson({{QStringLiteral("dataset"), parsed->name},
               {QStringLiteral("images"), summary->images},
               {QStringLiteral("categories"), summary->categories},
               {QStringLiteral("annotations"), summary->annotations},
               {QStringLiteral("shapes"), summary->shapes},
               {QStringLiteral("report"), summary->report.toJson()}});
    return Success;
}

int datasetExport(const QStringList &args)
{
    const auto parsed = parse(args, "dataset export DIR --name NAME --format coco|yolo|voc|labelme|masks --out PATH [--version V]");
    if (!parsed || !formatSupported(parsed->format, ExportFormats))
        return Misuse;
    auto project = Project::open(parsed->folder);
    if (!succeeded(project))
        return Failure;
    return exportDataset(**project, *parsed);
}

} // namespace atelier::cli

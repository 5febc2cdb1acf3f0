// dataset import / export: move a dataset between the store and an annotation file (COCO for now).
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/datasets/formats/coco_reader.h"
#include "core/datasets/formats/coco_writer.h"
#include "core/project/project.h"

#include <QJsonObject>

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

bool formatSupported(const QString &format)
{
    if (format == QLatin1String("coco"))
        return true;
    printError(Cli::tr("format %1 is not supported yet (supported: coco).").arg(format));
    return false;
}

} // namespace

int datasetImport(const QStringList &args)
{
    const auto parsed = parse(args, "dataset import DIR --name NAME --format coco PATH [--images IMGDIR] [--skip-bad]");
    if (!parsed || !formatSupported(parsed->format))
        return Misuse;
    auto project = Project::open(parsed->folder);
    if (!succeeded(project))
        return Failure;
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
    const auto parsed = parse(args, "dataset export DIR --name NAME --format coco --out PATH");
    if (!parsed || !formatSupported(parsed->format))
        return Misuse;
    auto project = Project::open(parsed->folder);
    if (!succeeded(project))
        return Failure;
    auto summary = CocoWriter((*project)->database()).write(parsed->name, parsed->out);
    if (!succeeded(summary))
        return Failure;
    printJson({{QStringLiteral("dataset"), parsed->name},
               {QStringLiteral("file"), parsed->out},
               {QStringLiteral("images"), summary->images},
               {QStringLiteral("categories"), summary->categories},
               {QStringLiteral("annotations"), summary->annotations},
               {QStringLiteral("report"), summary->report.toJson()}});
    return Success;
}

} // namespace atelier::cli

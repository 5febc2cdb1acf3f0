// dataset version / versions / diff / restore: freeze, list, compare and restore versions of a dataset.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/datasets/dataset_reader.h"
#include "core/datasets/dataset_versions.h"
#include "core/project/project.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace atelier::cli {

namespace {

// DIR, then --name NAME and the options that a command asks for in `wanted`.
struct VersionArguments
{
    QString folder;
    QString name;
    QString message;
    std::int64_t from = 0;
    std::int64_t to = 0;
    std::int64_t version = 0;
};

bool takeOption(VersionArguments &parsed, const QString &option, const QString &value, const QStringList &wanted)
{
    if (!wanted.contains(option))
        return false;
    bool ok = true;
    if (option == QLatin1String("--name"))
        parsed.name = value;
    else if (option == QLatin1String("--message"))
        parsed.message = value;
    else if (option == QLatin1String("--from"))
        parsed.from = value.toLongLong(&ok);
    else if (option == QLatin1String("--to"))
        parsed.to = value.toLongLong(&ok);
    else if (option == QLatin1String("--version"))
        parsed.version = value.toLongLong(&ok);
    return ok;
}

std::optional<VersionArguments> parse(const QStringList &args, const QStringList &wanted, const char *usage)
{
    VersionArguments parsed;
    QStringList positional;
    QStringList seen;
    bool good = true;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i].startsWith(QLatin1String("--"))) {
            good = good && i + 1 < args.size() && takeOption(parsed, args[i], args[i + 1], wanted);
            seen.append(args[i]);
            ++i;
        } else {
            positional.append(args[i]);
        }
    }
    for (const QString &option : wanted)
        good = good && (seen.contains(option) || option == QLatin1String("--message"));
    if (!good || positional.size() != 1) {
        printError(Cli::tr("Usage: atelier %1").arg(QString::fromLatin1(usage)));
        return std::nullopt;
    }
    parsed.folder = positional[0];
    return parsed;
}

// Opens the project and finds the dataset; prints the error and returns nothing on failure.
struct OpenDataset
{
    std::unique_ptr<Project> project;
    std::int64_t datasetId = 0;
};

std::optional<OpenDataset> openDataset(const VersionArguments &parsed)
{
    auto project = Project::open(parsed.folder);
    if (!succeeded(project))
        return std::nullopt;
    auto id = DatasetReader((*project)->database()).datasetId(parsed.name);
    if (!succeeded(id))
        return std::nullopt;
    return OpenDataset{std::move(*project), *id};
}

DatasetVersions versionsOf(Project &project)
{
    return DatasetVersions(project.database(), project.audit(), project.blobs());
}

} // namespace

int datasetVersion(const QStringList &args)
{
    const auto parsed = parse(args, {QStringLiteral("--name"), QStringLiteral("--message")},
                              "dataset version DIR --name NAME --message TEXT");
    if (!parsed)
        return Misuse;
    auto dataset = openDataset(*parsed);
    if (!dataset)
        return Failure;
    auto info = versionsOf(*dataset->project).create(dataset->datasetId, parsed->message);
    if (!succeeded(info))
        return Failure;
    printJson({{QStringLiteral("dataset"), parsed->name},
               {QStringLiteral("version"), qint64(info->number)},
               {QStringLiteral("manifest"), info->manifestSha256}});
    return Success;
}

int datasetVersions(const QStringList &args)
{
    const auto parsed = parse(args, {QStringLiteral("--name")}, "dataset versions DIR --name NAME");
    if (!parsed)
        return Misuse;
    auto dataset = openDataset(*parsed);
    if (!dataset)
        return Failure;
    auto versions = versionsOf(*dataset->project).list(dataset->datasetId);
    if (!succeeded(versions))
        return Failure;
    QJsonArray list;
    for (const VersionInfo &version : std::as_const(*versions))
        list.append(version.toJson());
    printJson({{QStringLiteral("dataset"), parsed->name}, {QStringLiteral("versions"), list}});
    return Success;
}

int datasetDiff(const QStringList &args)
{
    const auto parsed = parse(args, {QStringLiteral("--name"), QStringLiteral("--from"), QStringLiteral("--to")},
                              "dataset diff DIR --name NAME --from V1 --to V2");
    if (!parsed)
        return Misuse;
    auto dataset = openDataset(*parsed);
    if (!dataset)
        return Failure;
    auto differences = versionsOf(*dataset->project).diff(dataset->datasetId, parsed->from, parsed->to);
    if (!succeeded(differences))
        return Failure;
    QJsonArray images;
    for (const ImageDifference &difference : std::as_const(*differences))
        images.append(difference.toJson());
    printJson({{QStringLiteral("dataset"), parsed->name},
               {QStringLiteral("from"), qint64(parsed->from)},
               {QStringLiteral("to"), qint64(parsed->to)},
               {QStringLiteral("images"), images}});
    return Success;
}

int datasetRestore(const QStringList &args)
{
    const auto parsed = parse(args, {QStringLiteral("--name"), QStringLiteral("--version")},
                              "dataset restore DIR --name NAME --version V");
    if (!parsed)
        return Misuse;
    if (parsed->version < 1) {
        printError(Cli::tr("--version takes a version number (1, 2, ...), not %1.").arg(parsed->version));
        return Misuse;
    }
    auto dataset = openDataset(*parsed);
    if (!dataset)
        return Failure;
    if (!succeeded(versionsOf(*dataset->project).restore(dataset->datasetId, parsed->version)))
        return Failure;
    auto images = DatasetReader(dataset->project->database()).imageCount(dataset->datasetId);
    if (!succeeded(images))
        return Failure;
    printJson({{QStringLiteral("dataset"), parsed->name},
               {QStringLiteral("restored"), qint64(parsed->version)},
               {QStringLiteral("images"), qint64(*images)}});
    return Success;
}

} // namespace atelier::cli

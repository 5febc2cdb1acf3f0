// dataset split: assign a dataset's images to train, val and test (DatasetSplits).
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/datasets/dataset_reader.h"
#include "core/datasets/dataset_splits.h"
#include "core/project/project.h"

#include <QJsonObject>

#include <cmath>
#include <optional>

namespace atelier::cli {

namespace {

constexpr const char *Usage = "dataset split DIR --name NAME --train F --val F --test F [--seed S] [--stratify]";

struct SplitArguments
{
    QString folder;
    QString name;
    SplitOptions options;
};

// A fraction of --train, --val or --test; prints what is wrong and returns nothing otherwise.
std::optional<double> fraction(const QString &option, const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (ok && number >= 0 && std::isfinite(number))
        return number;
    printError(Cli::tr("%1 takes a fraction of the images (0.8, or 80 with the others in percent), not \"%2\".").arg(option, value));
    return std::nullopt;
}

std::optional<SplitArguments> parse(const QStringList &args)
{
    SplitArguments parsed;
    QStringList positional;
    QStringList fractions; // of --train, --val and --test, which all must be given
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        double *target = arg == QLatin1String("--train") ? &parsed.options.train
                       : arg == QLatin1String("--val")   ? &parsed.options.val
                       : arg == QLatin1String("--test")  ? &parsed.options.test
                                                         : nullptr;
        if (arg == QLatin1String("--stratify")) {
            parsed.options.stratified = true;
        } else if (hasValue && arg == QLatin1String("--name")) {
            parsed.name = args[++i];
        } else if (hasValue && target) {
            const auto value = fraction(arg, args[++i]);
            if (!value)
                return std::nullopt;
            *target = *value;
            fractions.append(arg);
        } else if (hasValue && arg == QLatin1String("--seed")) {
            bool ok = false;
            parsed.options.seed = args[++i].toULongLong(&ok);
            if (!ok) {
                printError(Cli::tr("--seed takes a whole number from 0 to 18446744073709551615, not \"%1\".").arg(args[i]));
                return std::nullopt;
            }
        } else {
            positional.append(arg.startsWith(QLatin1String("--")) ? QString() : arg);
        }
    }
    fractions.removeDuplicates();
    if (positional.size() != 1 || positional.constFirst().isEmpty() || parsed.name.isEmpty() || fractions.size() != 3) {
        printError(Cli::tr("Usage: atelier %1").arg(QLatin1String(Usage)));
        return std::nullopt;
    }
    parsed.folder = positional.constFirst();
    return parsed;
}

} // namespace

int datasetSplit(const QStringList &args)
{
    const auto parsed = parse(args);
    if (!parsed)
        return Misuse;
    auto project = Project::open(parsed->folder);
    if (!succeeded(project))
        return Failure;
    auto datasetId = DatasetReader((*project)->database()).datasetId(parsed->name);
    if (!succeeded(datasetId))
        return Failure;
    auto counts = DatasetSplits((*project)->database(), (*project)->audit()).assign(*datasetId, parsed->options);
    if (!succeeded(counts))
        return Failure;
    printJson({{QStringLiteral("dataset"), parsed->name},
               {QStringLiteral("seed"), QString::number(parsed->options.seed)},
               {QStringLiteral("stratified"), parsed->options.stratified},
               {QStringLiteral("counts"), counts->toJson()}});
    return Success;
}

} // namespace atelier::cli

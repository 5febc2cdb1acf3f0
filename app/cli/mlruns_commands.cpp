// tracking import: import or sync an MLflow file store (an mlruns/ folder) into a project.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/project/project.h"
#include "core/tracking/mlruns_import.h"

#include <QJsonObject>

namespace atelier::cli {

int trackingImport(const QStringList &args)
{
    const QString usage = QStringLiteral("tracking import DIR --mlruns PATH");
    const qsizetype option = args.indexOf(QStringLiteral("--mlruns"));
    if (args.size() != 3 || option < 0 || option == 2) {
        printError(Cli::tr("expected a project folder and --mlruns PATH. Usage: atelier %1").arg(usage));
        return Misuse;
    }
    const QString folder = option == 0 ? args[2] : args[0];
    const QString mlruns = args[option + 1];
    auto project = Project::open(folder);
    if (!succeeded(project))
        return Failure;
    auto counts = MlrunsImport((*project)->database(), (*project)->audit(), (*project)->blobs()).sync(mlruns);
    if (!succeeded(counts))
        return Failure;
    printJson({{QStringLiteral("mlruns"), mlruns},
               {QStringLiteral("experiments_created"), counts->experimentsCreated},
               {QStringLiteral("runs_created"), counts->runsCreated},
               {QStringLiteral("runs_updated"), counts->runsUpdated},
               {QStringLiteral("params"), counts->params},
               {QStringLiteral("tags"), counts->tags},
               {QStringLiteral("metric_points"), qint64(counts->metricPoints)},
               {QStringLiteral("artifacts"), counts->artifacts}});
    return Success;
}

} // namespace atelier::cli

// The command table: the words that name each command, its synopsis, and the function to run.
#include "app/cli/command_line.h"

#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <span>

namespace atelier::cli {

namespace {

struct Command
{
    QStringList words;
    const char *synopsis; // translated when shown
    int (*run)(const QStringList &args);
};

const Command Commands[] = {
    {{QStringLiteral("project"), QStringLiteral("init")},
     QT_TRANSLATE_NOOP("Cli", "project init DIR       make a new, empty project in DIR"), projectInit},
    {{QStringLiteral("project"), QStringLiteral("info")},
     QT_TRANSLATE_NOOP("Cli", "project info DIR       print the schema version and counts per entity"), projectInfo},
    {{QStringLiteral("project"), QStringLiteral("check")},
     QT_TRANSLATE_NOOP("Cli", "project check DIR      check the store's integrity (exit code 1 on problems)"), projectCheck},
    {{QStringLiteral("demo"), QStringLiteral("create")},
     QT_TRANSLATE_NOOP("Cli", "demo create DIR        make the demo project (synthetic images) in DIR"), demoCreate},
    {{QStringLiteral("demo"), QStringLiteral("pipeline")},
     QT_TRANSLATE_NOOP("Cli", "demo pipeline DIR [--python P] [--epochs N]\n"
                              "                         in a demo project: version the dataset, train the demo model as\n"
                              "                         a job, register it and deploy it (left running)"), demoPipeline},
    {{QStringLiteral("dataset"), QStringLiteral("import")},
     QT_TRANSLATE_NOOP("Cli", "dataset import DIR --name NAME --format coco|yolo|voc|labelme|folder PATH\n"
                              "                         [--images IMGDIR] [--skip-bad]\n"
                              "                         import annotations (or a folder of images) as a dataset"), datasetImport},
    {{QStringLiteral("dataset"), QStringLiteral("export")},
     QT_TRANSLATE_NOOP("Cli", "dataset export DIR --name NAME --format coco|yolo|voc|labelme|masks --out PATH\n"
                              "                         [--version V]\n"
                              "                         write a dataset (or one of its versions) in a format"), datasetExport},
    {{QStringLiteral("dataset"), QStringLiteral("version")},
     QT_TRANSLATE_NOOP("Cli", "dataset version DIR --name NAME --message TEXT\n"
                              "                         freeze the annotations as a new version"), datasetVersion},
    {{QStringLiteral("dataset"), QStringLiteral("versions")},
     QT_TRANSLATE_NOOP("Cli", "dataset versions DIR --name NAME\n"
                              "                         list the versions with their statistics"), datasetVersions},
    {{QStringLiteral("dataset"), QStringLiteral("diff")},
     QT_TRANSLATE_NOOP("Cli", "dataset diff DIR --name NAME --from V1 --to V2\n"
                              "                         compare two versions image by image"), datasetDiff},
    {{QStringLiteral("dataset"), QStringLiteral("restore")},
     QT_TRANSLATE_NOOP("Cli", "dataset restore DIR --name NAME --version V\n"
                              "                         make the working annotations those of a version"), datasetRestore},
    {{QStringLiteral("dataset"), QStringLiteral("split")},
     QT_TRANSLATE_NOOP("Cli", "dataset split DIR --name NAME --train F --val F --test F [--seed S] [--stratify]\n"
                              "                         assign the images to train, val and test at random"), datasetSplit},
    {{QStringLiteral("tracking"), QStringLiteral("serve")},
     QT_TRANSLATE_NOOP("Cli", "tracking serve DIR [--port P]\n"
                              "                         run the MLflow-compatible tracking server on 127.0.0.1\n"
                              "                         (port 0 or none: any free port) until SIGINT or SIGTERM;\n"
                              "                         prints {\"url\": ...} for MLFLOW_TRACKING_URI"), trackingServe},
    {{QStringLiteral("tracking"), QStringLiteral("import")},
     QT_TRANSLATE_NOOP("Cli", "tracking import DIR --mlruns PATH\n"
                              "                         import or sync an MLflow file store (mlruns folder)"), trackingImport},
    {{QStringLiteral("target"), QStringLiteral("add")},
     QT_TRANSLATE_NOOP("Cli", "target add DIR --name N --kind local|ssh|slurm [--host H] [--port P] [--user U]\n"
                              "                         [--identity KEYFILE] [--known-hosts FILE] [--partition P]\n"
                              "                         add a compute target to run jobs on"), targetAdd},
    {{QStringLiteral("target"), QStringLiteral("test")},
     QT_TRANSLATE_NOOP("Cli", "target test DIR N       check that a target can run jobs; prints its GPU count"), targetTest},
    {{QStringLiteral("job"), QStringLiteral("submit")},
     QT_TRANSLATE_NOOP("Cli", "job submit DIR --target N [--name NAME] [--workdir DIR] [--env K=V]... [--gpus G]\n"
                              "                         [--retries R] [--experiment E] [--output DIR] [--checkpoints GLOB]\n"
                              "                         [--dataset-version NAME/V]\n"
                              "                         -- CMD ARGS...\n"
                              "                         start a job detached; prints its id"), jobSubmit},
    {{QStringLiteral("job"), QStringLiteral("list")},
     QT_TRANSLATE_NOOP("Cli", "job list DIR           list the jobs, newest first"), jobList},
    {{QStringLiteral("job"), QStringLiteral("wait")},
     QT_TRANSLATE_NOOP("Cli", "job wait DIR JOB [--timeout S]\n"
                              "                         follow the job (retries included) until it ends;\n"
                              "                         exit code 0 only if it succeeded"), jobWait},
    {{QStringLiteral("job"), QStringLiteral("logs")},
     QT_TRANSLATE_NOOP("Cli", "job logs DIR JOB [--follow]\n"
                              "                         copy the job's stdout and stderr (--follow: until it ends)"), jobLogs},
    {{QStringLiteral("job"), QStringLiteral("cancel")},
     QT_TRANSLATE_NOOP("Cli", "job cancel DIR JOB [--grace S]\n"
                              "                         SIGTERM, then SIGKILL after S seconds (10)"), jobCancel},
    {{QStringLiteral("deploy"), QStringLiteral("start")},
     QT_TRANSLATE_NOOP("Cli", "deploy start DIR --model NAME --version V --target T [--port P] [--name N]\n"
                              "                         [--timeout S] [--split VERSION:WEIGHT]...\n"
                              "                         [--command JSON_ARRAY | -- CMD ARGS...]\n"
                              "                         serve a model version ({model_path}, {port}, {name} in the\n"
                              "                         command; the demo inference server by default) and wait\n"
                              "                         until it is ready (60 s; 0: until its process started)"), deployStart},
    {{QStringLiteral("deploy"), QStringLiteral("status")},
     QT_TRANSLATE_NOOP("Cli", "deploy status DIR DEPLOYMENT\n"
                              "                         probe the server; print its state, metrics and events"), deployStatus},
    {{QStringLiteral("deploy"), QStringLiteral("stop")},
     QT_TRANSLATE_NOOP("Cli", "deploy stop DIR DEPLOYMENT [--grace S]\n"
                              "                         SIGTERM to the server, SIGKILL after S seconds (5)"), deployStop},
    {{QStringLiteral("deploy"), QStringLiteral("split")},
     QT_TRANSLATE_NOOP("Cli", "deploy split DIR DEPLOYMENT VERSION:WEIGHT [VERSION:WEIGHT]... [--timeout S]\n"
                              "                         share the deployment's traffic between model versions by weight\n"
                              "                         (deploy start --split VERSION:WEIGHT does so from the start)"), deploySplit},
    {{QStringLiteral("deploy"), QStringLiteral("gateway")},
     QT_TRANSLATE_NOOP("Cli", "deploy gateway --port P --control-port C --routes JSON\n"
                              "                         the traffic gateway of a split (Atelier starts it as a job)"), deployGateway},
    {{QStringLiteral("model"), QStringLiteral("register")},
     QT_TRANSLATE_NOOP("Cli", "model register DIR --name NAME (--run RUN --artifact PATH | --file PATH)\n"
                              "                         [--description TEXT]\n"
                              "                         register a run's artifact (file or MLflow model folder),\n"
                              "                         or a local file, as the next version of model NAME"), modelRegister},
    {{QStringLiteral("model"), QStringLiteral("list")},
     QT_TRANSLATE_NOOP("Cli", "model list DIR [--name NAME]\n"
                              "                         list the registered models and their versions"), modelList},
    {{QStringLiteral("model"), QStringLiteral("stage")},
     QT_TRANSLATE_NOOP("Cli", "model stage DIR --name NAME --version V --stage none|staging|production|archived\n"
                              "                         [--archive-existing] [--comment TEXT]\n"
                              "                         move a version to a stage; prints its stage history"), modelStage},
    {{QStringLiteral("lineage")},
     QT_TRANSLATE_NOOP("Cli", "lineage DIR --of KIND:ID [--direction up|down|both]\n"
                              "                         print the lineage graph of a node (run:3, model_version:NAME/2,\n"
                              "                         deployment:NAME ...) as JSON"), lineage},
    {{QStringLiteral("loadtest")},
     QT_TRANSLATE_NOOP("Cli", "loadtest URL --concurrency C [--threads T] [--rate R] (--duration S | --requests N)\n"
                              "                         [--body FILE]... [--method M] [--header 'K: V']... [--timeout S]\n"
                              "                         [--project DIR [--deployment NAME|ID]]\n"
                              "                         HTTP load, closed loop or at R requests/s; prints requests,\n"
                              "                         errors, rps and p50/p95/p99/max in ms (kept in DIR if given)"), loadTest},
};

const QStringList VersionFlags = {QStringLiteral("--version"), QStringLiteral("-V"), QStringLiteral("version")};
const QStringList HelpFlags = {QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h")};

void printUsage(std::FILE *stream)
{
    QString text = Cli::tr("Usage: atelier [--demo | --project DIR | DIR]   start the workbench\n"
                      "       atelier COMMAND [ARGS]                  run a command without a window\n\n"
                      "Commands:\n");
    for (const Command &command : Commands)
        text += QStringLiteral("  ") + Cli::tr(command.synopsis) + u'\n';
    text += QStringLiteral("  --version              ") + Cli::tr("print the version") + u'\n';
    std::fputs(text.toLocal8Bit().constData(), stream);
}

bool startsWith(const QStringList &args, const QStringList &words)
{
    return args.size() >= words.size() && args.mid(0, words.size()) == words;
}

} // namespace

bool isCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (VersionFlags.contains(first) || HelpFlags.contains(first))
        return true;
    for (const Command &command : Commands) {
        if (command.words.constFirst() == first)
            return true;
    }
    return false;
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Atelier"));
    QCoreApplication::setOrganizationName(QStringLiteral("Atelier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATELIER_VERSION));
    Translations::install(Translations::systemLanguage());

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (VersionFlags.contains(args.constFirst())) {
        std::printf("atelier %s\n", ATELIER_VERSION);
        return Success;
    }
    if (HelpFlags.contains(args.constFirst())) {
        printUsage(stdout);
        return Success;
    }
    for (const Command &command : Commands) {
        if (startsWith(args, command.words))
            return command.run(args.mid(command.words.size()));
    }
    printError(Cli::tr("unknown command \"%1\".").arg(args.join(u' ')));
    printUsage(stderr);
    return Misuse;
}

} // namespace atelier::cli

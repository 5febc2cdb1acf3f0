// demo create and demo pipeline: the demo project, and its dataset carried through training, registry and serving.
#include "app/cli/commands.h"
#include "app/cli/deploy_session.h"
#include "app/cli/output.h"
#include "core/compute/job_store.h"
#include "core/compute/job_supervisor.h"
#include "core/compute/target_store.h"
#include "core/datasets/dataset_reader.h"
#include "core/datasets/dataset_versions.h"
#include "core/models/lineage_graph.h"
#include "core/models/model_registry.h"
#include "core/project/demo_project.h"
#include "core/project/demo_training.h"
#include "core/project/project.h"
#include "core/serving/demo_serving.h"
#include "core/tasks/task_context.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

#include <climits>
#include <cstdio>

namespace atelier::cli {

namespace {

const QString DemoTarget = QStringLiteral("local");

// The local target the demo's job and deployment run on: "local", made when missing.
bool ensureLocalTarget(Project &project)
{
    TargetStore targets(project.database(), project.audit());
    auto existing = targets.target(DemoTarget);
    if (existing && existing->kind == QLatin1String("local"))
        return true;
    if (existing) {
        printError(Cli::tr("the target \"%1\" of this project is not a local one; the demo pipeline runs on this computer.")
                       .arg(DemoTarget));
        return false;
    }
    return succeeded(targets.add(DemoTarget, QStringLiteral("local")));
}

// Trains the demo model on the dataset version as a job and waits for its end; the job's id.
std::optional<std::int64_t> train(DeploySession &session, const QString &python, int epochs, std::int64_t versionRowId)
{
    Project &project = *session.project;
    auto script = DemoTraining::writeScript(project.folder());
    if (!succeeded(script))
        return std::nullopt;
    JobSpec spec;
    spec.name = QStringLiteral("train the demo model");
    spec.command = DemoTraining::command(python, *script, QDir(project.folder()).filePath(QStringLiteral("images")), epochs);
    spec.target = DemoTarget;
    spec.experiment = QStringLiteral("demo");
    spec.datasetVersionId = versionRowId;
    spec.checkpointPattern = DemoTraining::checkpointPattern();
    JobSupervisor jobs(project, session.tasks);
    jobs.setPollInterval(200);
    QObject::connect(&jobs, &JobSupervisor::errorOccurred, &jobs,
                     [](std::int64_t, const QString &message) { printError(message); });
    auto id = jobs.submit(spec);
    if (!succeeded(id))
        return std::nullopt;
    jobs.start();
    JobStore store(project.database(), project.audit());
    session.waitUntil([&] { return isFinished(store.job(*id).value_or(JobRecord{}).state); }, QDeadlineTimer::Forever);
    jobs.stop();
    const JobRecord job = store.job(*id).value_or(JobRecord{});
    if (job.state != JobState::Succeeded) {
        printError(Cli::tr("the training job %1 ended %2; \"atelier job logs %3 %1\" shows why.")
                       .arg(*id)
                       .arg(jobStateName(job.state), project.folder()));
        return std::nullopt;
    }
    return *id;
}

} // namespace

int demoCreate(const QStringList &args)
{
    if (args.size() != 1) {
        printError(Cli::tr("expected one folder. Usage: atelier demo create DIR"));
        return Misuse;
    }
    TaskContext context([](std::int64_t done, std::int64_t total, const QString &) {
        if (done % 50 == 0 || done == total)
            std::fprintf(stderr, "\r%lld/%lld", static_cast<long long>(done), static_cast<long long>(total));
    });
    auto project = DemoProject::create(args.constFirst(), context);
    std::fputc('\n', stderr);
    if (!succeeded(project))
        return Failure;
    printJson({{QStringLiteral("folder"), (*project)->folder()},
               {QStringLiteral("dataset"), DemoProject::datasetName()},
               {QStringLiteral("images"), DemoProject::ImageCount},
               {QStringLiteral("training_script"), QDir((*project)->folder()).filePath(DemoTraining::scriptFileName())}});
    return Success;
}

// The same steps as `dataset version`, `job submit --dataset-version`, `job wait`, `model register
// --run --artifact` and `deploy start`, in one process: the lineage and deployment views of a
// fresh demo then have a real model, trained on a real version, serving on 127.0.0.1.
int demoPipeline(const QStringList &args)
{
    const auto parsed = DeployArguments::parse(args, {QStringLiteral("--python"), QStringLiteral("--epochs")});
    if (!parsed.ok || parsed.positional.size() != 1)
        return deployUsage("demo pipeline DIR [--python P] [--epochs N]");
    const auto epochs = parsed.has(QStringLiteral("--epochs"))
                            ? wholeNumber(parsed.option(QStringLiteral("--epochs")), QStringLiteral("--epochs"), 1000)
                            : std::optional(8);
    if (!epochs || *epochs < 1)
        return Misuse;
    const QString python = parsed.has(QStringLiteral("--python")) ? parsed.option(QStringLiteral("--python"))
                                                                   : QStringLiteral("python3");
    auto session = DeploySession::open(parsed.positional[0]);
    if (!session || !ensureLocalTarget(*session->project))
        return Failure;
    Project &project = *session->project;
    auto datasetId = DatasetReader(project.database()).datasetId(DemoProject::datasetName());
    if (!datasetId) {
        printError(Cli::tr("%1 has no dataset \"%2\": the pipeline runs in a demo project (atelier demo create DIR).")
                       .arg(project.folder(), DemoProject::datasetName()));
        return Failure;
    }
    auto version = DatasetVersions(project.database(), project.audit(), project.blobs())
                       .create(*datasetId, Cli::tr("the demo pipeline's training data"));
    if (!succeeded(version))
        return Failure;
    auto versionNode = LineageGraph::resolve(
        project.database(), QStringLiteral("dataset_version:%1/%2").arg(DemoProject::datasetName()).arg(version->number));
    if (!succeeded(versionNode))
        return Failure;
    const auto jobId = train(*session, python, *epochs, versionNode->rowId);
    if (!jobId)
        return Failure;
    const JobRecord job = JobStore(project.database(), project.audit()).job(*jobId).value_or(JobRecord{});
    ModelRegistry registry(project.database(), project.blobs(), project.audit());
    auto run = registry.catalog().findRun(job.runUuid);
    if (!succeeded(run))
        return Failure;
    auto model = registry.registerFromRun(DemoServing::modelName(), *run, DemoTraining::modelArtifact(),
                                          Cli::tr("trained by the demo pipeline"));
    if (!succeeded(model))
        return Failure;
    DeploymentRequest request;
    request.modelVersionId = model->id;
    request.target = DemoTarget;
    auto deployment = session->supervisor.deploy(request);
    if (!succeeded(deployment))
        return Failure;
    session->supervisor.start();
    session->waitUntil(
        [&] {
            const DeploymentState state = session->store.deployment(*deployment).value_or(DeploymentRecord{}).state;
            return state == DeploymentState::Ready || state == DeploymentState::Down;
        },
        QDeadlineTimer(60000));
    const auto record = session->deployment(QString::number(*deployment));
    if (!record)
        return Failure;
    printJson({{QStringLiteral("dataset_version"), QStringLiteral("%1/%2").arg(DemoProject::datasetName()).arg(version->number)},
               {QStringLiteral("job_id"), qint64(*jobId)},
               {QStringLiteral("run_id"), job.runUuid},
               {QStringLiteral("model"), model->modelName},
               {QStringLiteral("version"), qint64(model->version)},
               {QStringLiteral("deployment"), session->json(*record)}});
    if (record->state == DeploymentState::Ready)
        return Success;
    printError(Cli::tr("the deployment %1 is %2; \"atelier deploy status %3 %1\" shows why.")
                   .arg(record->name, deploymentStateName(record->state), project.folder()));
    return Failure;
}

} // namespace atelier::cli

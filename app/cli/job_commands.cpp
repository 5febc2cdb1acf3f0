// target add/test and job submit/list/wait/logs/cancel: compute targets and training jobs without a window.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/compute/compute_target.h"
#include "core/compute/job_spec.h"
#include "core/compute/job_store.h"
#include "core/compute/job_supervisor.h"
#include "core/compute/slurm/slurm_target.h"
#include "core/compute/ssh_target.h"
#include "core/compute/target_store.h"
#include "core/models/lineage_graph.h"
#include "core/project/project.h"
#include "core/tasks/task_manager.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>

namespace atelier::cli {

namespace {

// Options with a value, then the positional words. Unknown options are usage errors.
struct Parsed
{
    QStringList positional;
    QHash<QString, QStringList> options;
    QStringList command; // after "--"
    bool ok = true;

    QString option(const QString &name) const { return options.value(name).value(0); }
};

Parsed parse(const QStringList &args, const QStringList &valued, const QStringList &flags = {})
{
    Parsed parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--")) {
            parsed.command = args.mid(i + 1);
            break;
        }
        if (flags.contains(arg))
            parsed.options[arg].append(QString());
        else if (valued.contains(arg) && i + 1 < args.size())
            parsed.options[arg].append(args[++i]);
        else if (arg.startsWith(QLatin1String("--")))
            parsed.ok = false;
        else
            parsed.positional.append(arg);
    }
    return parsed;
}

int usage(const char *synopsis)
{
    printError(Cli::tr("Usage: atelier %1").arg(QString::fromUtf8(synopsis)));
    return Misuse;
}

std::optional<int> number(const QString &text, const QString &option)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0) {
        printError(Cli::tr("%1 takes a whole number of 0 or more, not \"%2\".").arg(option, text));
        return std::nullopt;
    }
    return value;
}

// An open project with a job supervisor that polls often: the command line has no window to keep
// responsive, so it waits in an event loop for what the supervisor reports.
class JobSession
{
public:
    static std::unique_ptr<JobSession> open(const QString &folder)
    {
        auto project = Project::open(folder);
        if (!succeeded(project))
            return nullptr;
        return std::unique_ptr<JobSession>(new JobSession(std::move(*project)));
    }

    ~JobSession()
    {
        supervisor.stop();
        tasks.waitForAll();
    }

    // Runs the event loop until `done` holds (checked after every change and every 100 ms) or the
    // deadline passes; false on the deadline.
    bool waitUntil(const std::function<bool()> &done, QDeadlineTimer deadline = QDeadlineTimer::Forever)
    {
        QEventLoop loop;
        QTimer tick;
        auto check = [&] {
            if (done() || deadline.hasExpired())
                loop.quit();
        };
        QObject::connect(&tick, &QTimer::timeout, &loop, check);
        QObject::connect(&supervisor, &JobSupervisor::jobChanged, &loop, check);
        tick.start(100);
        if (!done())
            loop.exec();
        return done();
    }

    std::optional<JobRecord> job(std::int64_t id)
    {
        auto job = jobs.job(id);
        if (!succeeded(job))
            return std::nullopt;
        return *job;
    }

    std::unique_ptr<Project> project;
    TaskManager tasks;
    JobSupervisor supervisor;
    JobStore jobs;

private:
    explicit JobSession(std::unique_ptr<Project> opened)
        : project(std::move(opened))
        , supervisor(*project, tasks)
        , jobs(project->database(), project->audit())
    {
        supervisor.setPollInterval(200);
        QObject::connect(&supervisor, &JobSupervisor::errorOccurred, &supervisor,
                         [](std::int64_t, const QString &message) { printError(message); });
    }
};

QJsonObject jobJson(const JobRecord &job)
{
    QJsonObject json{{QStringLiteral("id"), qint64(job.id)},
                     {QStringLiteral("name"), job.name},
                     {QStringLiteral("target"), job.targetName},
                     {QStringLiteral("state"), jobStateName(job.state)},
                     {QStringLiteral("attempt"), job.attempt},
                     {QStringLiteral("folder"), job.folder},
                     {QStringLiteral("run_id"), job.runUuid},
                     {QStringLiteral("created_at"), job.createdAt},
                     {QStringLiteral("updated_at"), job.updatedAt}};
    if (job.exitCode)
        json.insert(QStringLiteral("exit_code"), *job.exitCode);
    return json;
}

// The last reason in the job's history, for the error of a job that did not succeed.
QString lastReason(JobStore &jobs, std::int64_t id)
{
    auto events = jobs.events(id);
    return events && !events->isEmpty() ? events->constLast().reason : QString();
}

std::optional<std::int64_t> jobId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        printError(Cli::tr("\"%1\" is not a job id. \"atelier job list DIR\" shows the jobs.").arg(text));
        return std::nullopt;
    }
    return id;
}

constexpr const char *TargetAddUsage =
    "target add DIR --name N --kind local|ssh|slurm [--host H] [--port P] [--user U] [--identity KEYFILE] "
    "[--known-hosts FILE] [--root REMOTE_DIR] [--partition P]";
constexpr const char *SubmitUsage =
    "job submit DIR --target N [--name NAME] [--workdir DIR] [--env K=V]... [--gpus G] [--retries R] "
    "[--experiment E] [--output DIR] [--checkpoints GLOB] [--dataset-version NAME/V] -- CMD ARGS...";

} // namespace

int targetAdd(const QStringList &args)
{
    const QStringList settings = {QStringLiteral("--host"), QStringLiteral("--port"), QStringLiteral("--user"),
                                  QStringLiteral("--identity"), QStringLiteral("--known-hosts"),
                                  QStringLiteral("--root"), QStringLiteral("--partition")};
    const Parsed parsed = parse(args, settings + QStringList{QStringLiteral("--name"), QStringLiteral("--kind")});
    if (!parsed.ok || parsed.positional.size() != 1 || parsed.option(QStringLiteral("--name")).isEmpty()
        || parsed.option(QStringLiteral("--kind")).isEmpty())
        return usage(TargetAddUsage);
    QJsonObject config;
    for (const QString &setting : settings) {
        if (!parsed.options.contains(setting))
            continue;
        const QString key = setting.mid(2).replace(u'-', u'_');
        if (setting == QLatin1String("--port")) {
            const auto port = number(parsed.option(setting), setting);
            if (!port || *port > 65535)
                return Misuse;
            config.insert(key, *port);
        } else {
            config.insert(key, parsed.option(setting));
        }
    }
    auto project = Project::open(parsed.positional[0]);
    if (!succeeded(project))
        return Failure;
    auto id = TargetStore((*project)->database(), (*project)->audit())
                  .add(parsed.option(QStringLiteral("--name")), parsed.option(QStringLiteral("--kind")), config);
    if (!succeeded(id))
        return Failure;
    printJson({{QStringLiteral("id"), qint64(*id)},
               {QStringLiteral("name"), parsed.option(QStringLiteral("--name"))},
               {QStringLiteral("kind"), parsed.option(QStringLiteral("--kind"))},
               {QStringLiteral("config"), config}});
    return Success;
}

int targetTest(const QStringList &args)
{
    const Parsed parsed = parse(args, {});
    if (!parsed.ok || parsed.positional.size() != 2)
        return usage("target test DIR NAME");
    auto session = JobSession::open(parsed.positional[0]);
    if (!session)
        return Failure;
    auto target = session->supervisor.target(parsed.positional[1]);
    if (!succeeded(target))
        return Failure;
    auto check = (*target)->check();
    if (!succeeded(check))
        return Failure;
    printJson({{QStringLiteral("target"), parsed.positional[1]},
               {QStringLiteral("shell"), check->shell},
               {QStringLiteral("gpus"), int(check->gpus.size())},
               {QStringLiteral("gpu_ids"), QJsonArray::fromStringList(check->gpus)}});
    return Success;
}

int jobSubmit(const QStringList &args)
{
    const Parsed parsed = parse(args, {QStringLiteral("--target"), QStringLiteral("--name"), QStringLiteral("--workdir"),
                                       QStringLiteral("--env"), QStringLiteral("--gpus"), QStringLiteral("--retries"),
                                       QStringLiteral("--experiment"), QStringLiteral("--output"),
                                       QStringLiteral("--checkpoints"), QStringLiteral("--dataset-version")});
    if (!parsed.ok || parsed.positional.size() != 1 || parsed.command.isEmpty()
        || parsed.option(QStringLiteral("--target")).isEmpty())
        return usage(SubmitUsage);
    JobSpec spec;
    spec.target = parsed.option(QStringLiteral("--target"));
    spec.command = parsed.command;
    spec.name = parsed.options.contains(QStringLiteral("--name")) ? parsed.option(QStringLiteral("--name"))
                                                                   : QFileInfo(parsed.command[0]).fileName();
    // Relative paths on the command line mean the current folder, as in any shell command.
    if (parsed.options.contains(QStringLiteral("--workdir")))
        spec.workingFolder = QDir::current().absoluteFilePath(parsed.option(QStringLiteral("--workdir")));
    for (const QString &pair : parsed.options.value(QStringLiteral("--env"))) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0) {
            printError(Cli::tr("--env takes NAME=VALUE, not \"%1\".").arg(pair));
            return Misuse;
        }
        spec.environment.append({pair.left(equals), pair.mid(equals + 1)});
    }
    for (const auto &[option, field] : {std::pair{QStringLiteral("--gpus"), &spec.resources.gpus},
                                        std::pair{QStringLiteral("--retries"), &spec.retries}}) {
        if (!parsed.options.contains(option))
            continue;
        const auto value = number(parsed.option(option), option);
        if (!value)
            return Misuse;
        *field = *value;
    }
    spec.experiment = parsed.option(QStringLiteral("--experiment"));
    spec.outputFolder = parsed.option(QStringLiteral("--output"));
    spec.checkpointPattern = parsed.option(QStringLiteral("--checkpoints"));

    auto session = JobSession::open(parsed.positional[0]);
    if (!session)
        return Failure;
    // A local job runs where the command was typed; a remote one gets a folder sent up only when
    // asked (--workdir), never the current folder by surprise.
    auto target = TargetStore(session->project->database(), session->project->audit()).target(spec.target);
    if (!succeeded(target))
        return Failure;
    if (spec.workingFolder.isEmpty() && target->kind == QLatin1String("local"))
        spec.workingFolder = QDir::currentPath();
    // The dataset version the job trains on, for its lineage: NAME/V.
    if (parsed.options.contains(QStringLiteral("--dataset-version"))) {
        auto version = LineageGraph::resolve(session->project->database(),
                                             QStringLiteral("dataset_version:") + parsed.option(QStringLiteral("--dataset-version")));
        if (!succeeded(version))
            return Failure;
        spec.datasetVersionId = version->rowId;
    }
    auto id = session->supervisor.submit(spec);
    if (!succeeded(id))
        return Failure;
    // Wait until it was handed to its target: started, or refused.
    session->waitUntil([&] {
        auto job = session->jobs.job(*id);
        return !job || isFinished(job->state) || !job->externalId.isEmpty();
    });
    const auto job = session->job(*id);
    if (!job)
        return Failure;
    printJson(jobJson(*job));
    // A job that started and then failed quickly was submitted all the same: `job wait` tells.
    if (isFinished(job->state) && job->externalId.isEmpty()) {
        printError(Cli::tr("the job %1 could not start: %2").arg(*id).arg(lastReason(session->jobs, *id)));
        return Failure;
    }
    return Success;
}

int jobList(const QStringList &args)
{
    const Parsed parsed = parse(args, {});
    if (!parsed.ok || parsed.positional.size() != 1)
        return usage("job list DIR");
    auto project = Project::open(parsed.positional[0]);
    if (!succeeded(project))
        return Failure;
    auto jobs = JobStore((*project)->database(), (*project)->audit()).jobs();
    if (!succeeded(jobs))
        return Failure;
    QJsonArray list;
    for (const JobRecord &job : std::as_const(*jobs))
        list.append(jobJson(job));
    printJson({{QStringLiteral("jobs"), list}});
    return Success;
}

int jobWait(const QStringList &args)
{
    const Parsed parsed = parse(args, {QStringLiteral("--timeout")});
    if (!parsed.ok || parsed.positional.size() != 2)
        return usage("job wait DIR JOB [--timeout S]");
    const auto id = jobId(parsed.positional[1]);
    if (!id)
        return Misuse;
    QDeadlineTimer deadline = QDeadlineTimer::Forever;
    if (parsed.options.contains(QStringLiteral("--timeout"))) {
        const auto seconds = number(parsed.option(QStringLiteral("--timeout")), QStringLiteral("--timeout"));
        if (!seconds)
            return Misuse;
        deadline = QDeadlineTimer(qint64(*seconds) * 1000);
    }
    auto session = JobSession::open(parsed.positional[0]);
    if (!session || !session->job(*id))
        return Failure;
    session->supervisor.start();
    const bool ended = session->waitUntil(
        [&] {
            auto job = session->jobs.job(*id);
            return !job || isFinished(job->state);
        },
        deadline);
    const auto job = session->job(*id);
    if (!job)
        return Failure;
    printJson(jobJson(*job));
    if (!ended) {
        printError(Cli::tr("the job %1 is still %2 after %3 s; it goes on running.")
                       .arg(*id)
                       .arg(jobStateName(job->state), parsed.option(QStringLiteral("--timeout"))));
        return Failure;
    }
    if (job->state != JobState::Succeeded) {
        printError(Cli::tr("the job %1 %2: %3").arg(*id).arg(jobStateName(job->state), lastReason(session->jobs, *id)));
        return Failure;
    }
    return Success;
}

int jobLogs(const QStringList &args)
{
    const Parsed parsed = parse(args, {}, {QStringLiteral("--follow")});
    if (!parsed.ok || parsed.positional.size() != 2)
        return usage("job logs DIR JOB [--follow]");
    const auto id = jobId(parsed.positional[1]);
    if (!id)
        return Misuse;
    auto session = JobSession::open(parsed.positional[0]);
    if (!session)
        return Failure;
    const auto job = session->job(*id);
    if (!job)
        return Failure;
    auto target = session->supervisor.target(job->targetName);
    if (!succeeded(target))
        return Failure;
    // The folder on the target (a remote one for ssh), which the store's local folder is not.
    const JobHandle handle{job->id, (*target)->jobFolder(session->project->folder(), job->id), job->externalId};
    std::int64_t offsets[2] = {0, 0};
    // Copies what the logs gained since the last call; false on a read error.
    auto drain = [&]() -> bool {
        for (LogStream stream : {LogStream::Stdout, LogStream::Stderr}) {
            std::int64_t &offset = offsets[stream == LogStream::Stdout ? 0 : 1];
            std::FILE *out = stream == LogStream::Stdout ? stdout : stderr;
            for (;;) {
                auto chunk = (*target)->readLog(handle, stream, offset, 1 << 20);
                if (!succeeded(chunk))
                    return false;
                if (chunk->isEmpty())
                    break;
                std::fwrite(chunk->constData(), 1, std::size_t(chunk->size()), out);
                offset += chunk->size();
            }
            std::fflush(out);
        }
        return true;
    };
    if (!parsed.options.contains(QStringLiteral("--follow")))
        return drain() ? Success : Failure;
    session->supervisor.start();
    bool readable = true;
    session->waitUntil([&] {
        readable = drain();
        auto current = session->jobs.job(*id);
        return !readable || !current || isFinished(current->state);
    });
    // What the job wrote between the last read and its end.
    return readable && drain() ? Success : Failure;
}

int jobCancel(const QStringList &args)
{
    const Parsed parsed = parse(args, {QStringLiteral("--grace")});
    if (!parsed.ok || parsed.positional.size() != 2)
        return usage("job cancel DIR JOB [--grace S]");
    const auto id = jobId(parsed.positional[1]);
    if (!id)
        return Misuse;
    auto session = JobSession::open(parsed.positional[0]);
    if (!session)
        return Failure;
    if (parsed.options.contains(QStringLiteral("--grace"))) {
        const auto seconds = number(parsed.option(QStringLiteral("--grace")), QStringLiteral("--grace"));
        if (!seconds)
            return Misuse;
        session->supervisor.setCancelGrace(*seconds * 1000);
    }
    if (!succeeded(session->supervisor.cancel(*id)))
        return Failure;
    session->supervisor.start();
    session->waitUntil([&] {
        auto job = session->jobs.job(*id);
        return !job || isFinished(job->state);
    });
    const auto job = session->job(*id);
    if (!job)
        return Failure;
    printJson(jobJson(*job));
    return job->state == JobState::Cancelled ? Success : Failure;
}

} // namespace atelier::cli

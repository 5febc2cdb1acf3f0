// deploy start/status/stop: model servers on compute targets, started, probed and stopped without a window.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/compute/job_supervisor.h"
#include "core/compute/slurm/slurm_target.h"
#include "core/compute/ssh_target.h"
#include "core/compute/target_store.h"
#include "core/project/project.h"
#include "core/serving/deployment_store.h"
#include "core/serving/deployment_supervisor.h"
#include "core/tasks/task_manager.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <climits>
#include <functional>
#include <optional>

namespace atelier::cli {

namespace {

struct Parsed
{
    QStringList positional;
    QHash<QString, QString> options;
    QStringList command; // after "--"
    bool ok = true;

    QString option(const QString &name) const { return options.value(name); }
    bool has(const QString &name) const { return options.contains(name); }
};

Parsed parse(const QStringList &args, const QStringList &valued)
{
    Parsed parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--")) {
            parsed.command = args.mid(i + 1);
            break;
        }
        if (valued.contains(arg) && i + 1 < args.size())
            parsed.options.insert(arg, args[++i]);
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

std::optional<int> wholeNumber(const QString &text, const QString &option, int highest = INT_MAX)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > highest) {
        printError(Cli::tr("%1 takes a whole number from 0 to %2, not \"%3\".").arg(option).arg(highest).arg(text));
        return std::nullopt;
    }
    return value;
}

// An open project with a deployment supervisor; the command line waits in an event loop for
// what it reports.
class DeploySession
{
public:
    static std::unique_ptr<DeploySession> open(const QString &folder)
    {
        auto project = Project::open(folder);
        if (!succeeded(project))
            return nullptr;
        return std::unique_ptr<DeploySession>(new DeploySession(std::move(*project)));
    }

    ~DeploySession()
    {
        supervisor.stop();
        tasks.waitForAll();
    }

    // Runs the event loop until `done` holds (checked after every signal and every 100 ms) or
    // the deadline passes; false on the deadline.
    bool waitUntil(const std::function<bool()> &done, QDeadlineTimer deadline)
    {
        QEventLoop loop;
        QTimer tick;
        auto check = [&] {
            if (done() || deadline.hasExpired())
                loop.quit();
        };
        QObject::connect(&tick, &QTimer::timeout, &loop, check);
        QObject::connect(&supervisor, &DeploymentSupervisor::probed, &loop, check);
        QObject::connect(&supervisor, &DeploymentSupervisor::stateChanged, &loop, check);
        QObject::connect(&supervisor, &DeploymentSupervisor::actionFinished, &loop, check);
        tick.start(100);
        if (!done())
            loop.exec();
        return done();
    }

    std::optional<DeploymentRecord> deployment(const QString &nameOrId)
    {
        auto record = store.deployment(nameOrId);
        if (!succeeded(record))
            return std::nullopt;
        return *record;
    }

    QJsonObject json(const DeploymentRecord &record)
    {
        QJsonObject json{{QStringLiteral("id"), qint64(record.id)},
                         {QStringLiteral("name"), record.name},
                         {QStringLiteral("model"), record.modelName},
                         {QStringLiteral("version"), qint64(record.modelVersion)},
                         {QStringLiteral("target"), record.targetName},
                         {QStringLiteral("state"), deploymentStateName(record.state)},
                         {QStringLiteral("command"), QJsonArray::fromStringList(record.command)},
                         {QStringLiteral("created_at"), record.createdAt},
                         {QStringLiteral("updated_at"), record.updatedAt}};
        if (record.port)
            json.insert(QStringLiteral("port"), *record.port);
        if (record.jobId)
            json.insert(QStringLiteral("job_id"), qint64(*record.jobId));
        if (const auto status = supervisor.status(record.id)) {
            json.insert(QStringLiteral("url"), status->url);
            if (status->probeMs)
                json.insert(QStringLiteral("probe_ms"), *status->probeMs);
            if (status->processStartedMs > 0)
                json.insert(QStringLiteral("uptime_s"),
                            double(QDateTime::currentMSecsSinceEpoch() - status->processStartedMs) / 1000.0);
        }
        auto events = store.events(record.id, 10);
        QJsonArray eventList;
        for (const DeploymentEvent &event : events ? *events : QList<DeploymentEvent>{}) {
            eventList.append(QJsonObject{{QStringLiteral("at"), event.at},
                                         {QStringLiteral("kind"), event.kind},
                                         {QStringLiteral("state"), event.state},
                                         {QStringLiteral("detail"), event.detail}});
            if (event.kind == DeploymentEventKind::State || event.kind == DeploymentEventKind::Stop)
                json.insert(QStringLiteral("reason"), event.detail);
        }
        json.insert(QStringLiteral("events"), eventList);
        QJsonObject figures;
        if (auto latest = store.latestSamples(record.id)) {
            for (const auto &[at, sample] : std::as_const(*latest))
                figures.insert(sample.name, sample.value);
        }
        json.insert(QStringLiteral("metrics"), figures);
        return json;
    }

    std::unique_ptr<Project> project;
    TaskManager tasks;
    DeploymentSupervisor supervisor;
    DeploymentStore store;

private:
    explicit DeploySession(std::unique_ptr<Project> opened)
        : project(std::move(opened))
        , supervisor(*project, tasks)
        , store(project->database(), project->audit())
    {
        supervisor.setTargetFactory([](const TargetRecord &record) {
            if (record.kind == QLatin1String("slurm"))
                return SlurmTarget::fromRecord(record);
            return record.kind == QLatin1String("ssh") ? SshTarget::fromRecord(record)
                                                       : JobSupervisor::makeLocalTarget(record);
        });
        QObject::connect(&supervisor, &DeploymentSupervisor::errorOccurred, &supervisor,
                         [](std::int64_t, const QString &message) { printError(message); });
    }
};

std::optional<QStringList> commandTemplate(const Parsed &parsed)
{
    if (!parsed.command.isEmpty())
        return parsed.command;
    if (!parsed.has(QStringLiteral("--command")))
        return QStringList();
    const QJsonDocument document = QJsonDocument::fromJson(parsed.option(QStringLiteral("--command")).toUtf8());
    QStringList words;
    for (const QJsonValue &word : document.array()) {
        if (!word.isString())
            break;
        words.append(word.toString());
    }
    if (!document.isArray() || words.size() != document.array().size() || words.isEmpty()) {
        printError(Cli::tr("--command takes a JSON array of strings, such as '[\"python3\", \"serve.py\", \"--port\", "
                           "\"{port}\"]', or give the command after --."));
        return std::nullopt;
    }
    return words;
}

constexpr const char *StartUsage =
    "deploy start DIR --model NAME --version V --target T [--port P] [--name N] [--timeout S]\n"
    "                 [--command JSON_ARRAY | -- CMD ARGS...]";

} // namespace

int deployStart(const QStringList &args)
{
    const Parsed parsed = parse(args, {QStringLiteral("--model"), QStringLiteral("--version"), QStringLiteral("--target"),
                                       QStringLiteral("--port"), QStringLiteral("--name"), QStringLiteral("--timeout"),
                                       QStringLiteral("--command")});
    if (!parsed.ok || parsed.positional.size() != 1 || parsed.option(QStringLiteral("--model")).isEmpty()
        || parsed.option(QStringLiteral("--version")).isEmpty() || parsed.option(QStringLiteral("--target")).isEmpty())
        return usage(StartUsage);
    const auto version = wholeNumber(parsed.option(QStringLiteral("--version")), QStringLiteral("--version"));
    const auto timeout = parsed.has(QStringLiteral("--timeout"))
                             ? wholeNumber(parsed.option(QStringLiteral("--timeout")), QStringLiteral("--timeout"))
                             : std::optional(60);
    std::optional<int> port;
    if (parsed.has(QStringLiteral("--port"))) {
        port = wholeNumber(parsed.option(QStringLiteral("--port")), QStringLiteral("--port"), 65535);
        if (!port)
            return Misuse;
    }
    const auto command = commandTemplate(parsed);
    if (!version || !timeout || !command)
        return Misuse;

    auto session = DeploySession::open(parsed.positional[0]);
    if (!session)
        return Failure;
    auto model = session->store.model(parsed.option(QStringLiteral("--model")), *version);
    if (!succeeded(model))
        return Failure;
    DeploymentRequest request;
    request.name = parsed.option(QStringLiteral("--name"));
    request.modelVersionId = model->modelVersionId;
    request.target = parsed.option(QStringLiteral("--target"));
    request.port = port;
    request.command = *command;
    bool launched = false;
    QObject::connect(&session->supervisor, &DeploymentSupervisor::actionFinished, &session->supervisor,
                     [&] { launched = true; });
    auto id = session->supervisor.deploy(request);
    if (!succeeded(id))
        return Failure;
    session->supervisor.start();
    // Until the server is ready or down (the state is read from the store, which rounds update);
    // with --timeout 0 only until its process was started.
    const bool settled = session->waitUntil(
        [&] {
            auto record = session->store.deployment(*id);
            return !record || record->state == DeploymentState::Ready || record->state == DeploymentState::Down
                   || (*timeout == 0 && launched);
        },
        *timeout == 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(qint64(*timeout) * 1000));
    const auto record = session->deployment(QString::number(*id));
    if (!record)
        return Failure;
    const QJsonObject json = session->json(*record);
    printJson(json);
    if (record->state == DeploymentState::Ready || (*timeout == 0 && record->state != DeploymentState::Down))
        return Success;
    if (settled)
        printError(Cli::tr("the deployment %1 is down: %2").arg(record->name, json.value(QStringLiteral("reason")).toString()));
    else
        printError(Cli::tr("the deployment %1 is still %2 after %3 s; its server goes on starting. \"atelier deploy "
                           "status\" follows it.")
                       .arg(record->name, deploymentStateName(record->state))
                       .arg(*timeout));
    return Failure;
}

int deployStatus(const QStringList &args)
{
    const Parsed parsed = parse(args, {});
    if (!parsed.ok || parsed.positional.size() != 2)
        return usage("deploy status DIR DEPLOYMENT");
    auto session = DeploySession::open(parsed.positional[0]);
    if (!session)
        return Failure;
    const auto before = session->deployment(parsed.positional[1]);
    if (!before)
        return Failure;
    if (before->state != DeploymentState::Stopped) {
        // One probe round: the state printed is the server's now, not the last one recorded.
        bool probed = false;
        QObject::connect(&session->supervisor, &DeploymentSupervisor::probed, &session->supervisor,
                         [&](std::int64_t deploymentId) { probed = probed || deploymentId == before->id; });
        session->supervisor.start();
        session->waitUntil([&] { return probed; }, QDeadlineTimer(15000));
    }
    const auto record = session->deployment(QString::number(before->id));
    if (!record)
        return Failure;
    printJson(session->json(*record));
    return Success;
}

int deployStop(const QStringList &args)
{
    const Parsed parsed = parse(args, {QStringLiteral("--grace")});
    if (!parsed.ok || parsed.positional.size() != 2)
        return usage("deploy stop DIR DEPLOYMENT [--grace S]");
    auto session = DeploySession::open(parsed.positional[0]);
    if (!session)
        return Failure;
    if (parsed.has(QStringLiteral("--grace"))) {
        const auto seconds = wholeNumber(parsed.option(QStringLiteral("--grace")), QStringLiteral("--grace"), 3600);
        if (!seconds)
            return Misuse;
        session->supervisor.setStopGrace(*seconds * 1000);
    }
    const auto before = session->deployment(parsed.positional[1]);
    if (!before)
        return Failure;
    std::optional<QString> failure;
    bool finished = false;
    QObject::connect(&session->supervisor, &DeploymentSupervisor::actionFinished, &session->supervisor,
                     [&](std::int64_t deploymentId, const QString &, bool succeededNow, const QString &message) {
                         if (deploymentId != before->id)
                             return;
                         finished = true;
                         if (!succeededNow)
                             failure = message;
                     });
    if (!succeeded(session->supervisor.stopDeployment(before->id)))
        return Failure;
    session->waitUntil([&] { return finished; }, QDeadlineTimer::Forever);
    const auto record = session->deployment(QString::number(before->id));
    if (!record)
        return Failure;
    printJson(session->json(*record));
    if (failure) {
        printError(Cli::tr("could not stop the deployment %1: %2").arg(record->name, *failure));
        return Failure;
    }
    return Success;
}

} // namespace atelier::cli

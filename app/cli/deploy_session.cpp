// DeploySession: the supervisor and store the deploy commands share, and the JSON they print.
#include "app/cli/deploy_session.h"

#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/compute/job_supervisor.h"
#include "core/compute/target_store.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace atelier::cli {

DeployArguments DeployArguments::parse(const QStringList &args, const QStringList &valued)
{
    DeployArguments parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--")) {
            parsed.command = args.mid(i + 1);
            break;
        }
        if (valued.contains(arg) && i + 1 < args.size())
            parsed.options[arg].append(args[++i]);
        else if (arg.startsWith(QLatin1String("--")))
            parsed.ok = false;
        else
            parsed.positional.append(arg);
    }
    return parsed;
}

int deployUsage(const char *synopsis)
{
    printError(Cli::tr("Usage: atelier %1").arg(QString::fromUtf8(synopsis)));
    return Misuse;
}

std::optional<int> wholeNumber(const QString &text, const QString &option, int highest)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > highest) {
        printError(Cli::tr("%1 takes a whole number from 0 to %2, not \"%3\".").arg(option).arg(highest).arg(text));
        return std::nullopt;
    }
    return value;
}

std::unique_ptr<DeploySession> DeploySession::open(const QString &folder)
{
    auto project = Project::open(folder);
    if (!succeeded(project))
        return nullptr;
    return std::unique_ptr<DeploySession>(new DeploySession(std::move(*project)));
}

DeploySession::DeploySession(std::unique_ptr<Project> opened)
    : project(std::move(opened))
    , supervisor(*project, tasks)
    , store(project->database(), project->audit())
{
    QObject::connect(&supervisor, &DeploymentSupervisor::errorOccurred, &supervisor,
                     [](std::int64_t, const QString &message) { printError(message); });
}

DeploySession::~DeploySession()
{
    supervisor.stop();
    tasks.waitForAll();
}

bool DeploySession::waitUntil(const std::function<bool()> &done, QDeadlineTimer deadline)
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

std::optional<DeploymentRecord> DeploySession::deployment(const QString &nameOrId)
{
    auto record = store.deployment(nameOrId);
    if (!succeeded(record))
        return std::nullopt;
    return *record;
}

std::optional<RouteWeight> DeploySession::routeWeight(const QString &text, const QString &model)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const QString version = text.left(colon);
    const qsizetype slash = version.lastIndexOf(u'/');
    bool numberOk = false, weightOk = false;
    const qint64 number = version.mid(slash + 1).toLongLong(&numberOk);
    const int weight = text.mid(colon + 1).toInt(&weightOk);
    if (colon < 0 || !numberOk || !weightOk || weight < 0) {
        printError(Cli::tr("\"%1\" is not VERSION:WEIGHT (such as 2:10, or MODEL/2:10 for a version of another model): "
                           "a version number and a weight of 0 or more.")
                       .arg(text));
        return std::nullopt;
    }
    auto served = store.model(slash < 0 ? model : version.left(slash), number);
    if (!succeeded(served))
        return std::nullopt;
    return RouteWeight{served->modelVersionId, weight};
}

QJsonArray DeploySession::routesJson(const DeploymentRecord &record)
{
    const auto status = supervisor.status(record.id);
    QJsonArray routes;
    for (const DeploymentRoute &route : record.routes) {
        QJsonObject json{{QStringLiteral("model_version_id"), qint64(route.modelVersionId)},
                         {QStringLiteral("model"), route.modelName},
                         {QStringLiteral("version"), qint64(route.modelVersion)},
                         {QStringLiteral("weight"), route.weight}};
        const std::optional<int> port = record.isSplit() ? route.port : record.port;
        if (port)
            json.insert(QStringLiteral("port"), *port);
        const std::optional<std::int64_t> job = record.isSplit() ? route.jobId : record.jobId;
        if (job)
            json.insert(QStringLiteral("job_id"), qint64(*job));
        for (const RouteStatus &seen : status ? status->routes : QList<RouteStatus>{}) {
            if (seen.modelVersionId != route.modelVersionId)
                continue;
            json.insert(QStringLiteral("state"), deploymentStateName(seen.state));
            json.insert(QStringLiteral("reason"), seen.reason);
            json.insert(QStringLiteral("url"), seen.url);
        }
        routes.append(json);
    }
    return routes;
}

QJsonObject DeploySession::json(const DeploymentRecord &record)
{
    QJsonObject json{{QStringLiteral("id"), qint64(record.id)},
                     {QStringLiteral("name"), record.name},
                     {QStringLiteral("model"), record.modelName},
                     {QStringLiteral("version"), qint64(record.modelVersion)},
                     {QStringLiteral("target"), record.targetName},
                     {QStringLiteral("state"), deploymentStateName(record.state)},
                     {QStringLiteral("command"), QJsonArray::fromStringList(record.command)},
                     {QStringLiteral("created_at"), record.createdAt},
                     {QStringLiteral("updated_at"), record.updatedAt},
                     {QStringLiteral("routes"), routesJson(record)}};
    if (record.port)
        json.insert(QStringLiteral("port"), *record.port);
    if (record.jobId)
        json.insert(QStringLiteral("job_id"), qint64(*record.jobId));
    if (record.isSplit() && record.jobId && record.gatewayControlPort())
        json.insert(QStringLiteral("gateway"),
                    QJsonObject{{QStringLiteral("job_id"), qint64(*record.jobId)},
                                {QStringLiteral("control_url"),
                                 QStringLiteral("http://127.0.0.1:%1").arg(*record.gatewayControlPort())}});
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

} // namespace atelier::cli

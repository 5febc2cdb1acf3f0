// DeploymentSupervisor's traffic split: new weights sent to the running gateway, or the servers restarted with new routes.
#include "core/serving/deployment_supervisor.h"
#include "core/serving/deployment_supervisor_p.h"

#include "core/compute/job_store.h"
#include "core/project/project.h"
#include "core/serving/http_probe.h"
#include "core/store/audit_log.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <numeric>

namespace atelier {

namespace {

QSet<std::int64_t> versionsOf(const QList<RouteWeight> &routes)
{
    QSet<std::int64_t> versions;
    for (const RouteWeight &route : routes)
        versions.insert(route.modelVersionId);
    return versions;
}

QList<RouteWeight> weightsOf(const QList<DeploymentRoute> &routes)
{
    QList<RouteWeight> weights;
    for (const DeploymentRoute &route : routes)
        weights.append({route.modelVersionId, route.weight});
    return weights;
}

} // namespace

Status DeploymentSupervisor::checkSplit(const DeploymentRecord &record, const QList<RouteWeight> &routes)
{
    if (auto ok = DeploymentStore::validateSplit(routes); !ok)
        return ok;
    for (const RouteWeight &route : routes) {
        if (auto model = m_store->model(route.modelVersionId); !model)
            return fail(model.error());
    }
    // The gateway listens on 127.0.0.1 and reaches the servers there.
    if (routes.size() > 1 && record.targetKind != QLatin1String("local"))
        return fail(tr("A traffic split runs on a local target only; \"%1\" is a %2 target. Deploy the versions to a "
                       "local target to split traffic between them.")
                        .arg(record.targetName, record.targetKind));
    return {};
}

// "dominant-colour v1 90 %, v2 10 %": the shares a user reads, in the order given.
QString DeploymentSupervisor::splitText(const QList<RouteWeight> &routes)
{
    const int total = std::accumulate(routes.cbegin(), routes.cend(), 0,
                                      [](int sum, const RouteWeight &route) { return sum + route.weight; });
    QStringList parts;
    QString previousModel;
    for (const RouteWeight &route : routes) {
        auto model = m_store->model(route.modelVersionId);
        const QString name = model ? model->modelName : QString::number(route.modelVersionId);
        const QString version = model ? QStringLiteral("v%1").arg(model->version) : QString();
        const double share = total > 0 ? 100.0 * route.weight / total : 0;
        parts.append(tr("%1 %2 %3 %").arg(name == previousModel ? QString() : name, version).arg(share, 0, 'f', 0).trimmed());
        previousModel = name;
    }
    return parts.join(QStringLiteral(", "));
}

Status DeploymentSupervisor::setSplit(std::int64_t deploymentId, const QList<RouteWeight> &routes)
{
    auto record = m_store->deployment(deploymentId);
    if (!record)
        return fail(record.error());
    if (auto ok = checkSplit(*record, routes); !ok)
        return ok;
    const QString detail = tr("%1 (before: %2), by %3")
                               .arg(splitText(routes), splitText(weightsOf(record->routes)), m_project.audit().actor());
    if (record->state == DeploymentState::Stopped) {
        // Kept for the next start.
        if (auto ok = m_store->setSplit(deploymentId, routes, DeploymentState::Stopped, detail); !ok)
            return ok;
        QTimer::singleShot(0, this, [this, deploymentId] { finishAction(deploymentId, DeploymentEventKind::Split, {}); });
        return {};
    }
    if (m_watches.value(deploymentId) && m_watches.value(deploymentId)->busy)
        return fail(tr("The deployment \"%1\" is being started or stopped already; wait for that to end.").arg(record->name));
    auto gatewayJob = record->jobId ? m_jobs->job(*record->jobId) : Result<JobRecord>(fail(QString()));
    const bool gatewayRuns = record->isSplit() && record->gatewayControlPort() && gatewayJob
                             && !isFinished(gatewayJob->state) && !gatewayJob->externalId.isEmpty();
    if (gatewayRuns && versionsOf(routes) == versionsOf(weightsOf(record->routes))) {
        reweighGateway(*record, routes, detail);
        return {};
    }
    return relaunch(deploymentId, DeploymentEventKind::Split, [this, deploymentId, routes, detail] {
        return m_store->setSplit(deploymentId, routes, DeploymentState::Starting, detail);
    });
}

// The same versions with other weights: the gateway takes them without a restart. Should it not
// answer, the servers restart with the new split instead.
void DeploymentSupervisor::reweighGateway(const DeploymentRecord &record, const QList<RouteWeight> &routes,
                                          const QString &detail)
{
    Watch &watch = this->watch(record);
    watch.busy = true;
    QJsonArray weights;
    for (const RouteWeight &route : routes)
        weights.append(QJsonObject{{QStringLiteral("key"), QString::number(route.modelVersionId)},
                                   {QStringLiteral("weight"), route.weight}});
    const QString url = QStringLiteral("http://127.0.0.1:%1/routes").arg(*record.gatewayControlPort());
    const QByteArray body = QJsonDocument(weights).toJson(QJsonDocument::Compact);
    auto answer = std::make_shared<Status>();
    m_tasks.start(
        tr("Changing the traffic split of %1").arg(record.name),
        [url, body, answer, connectMs = m_connectTimeoutMs, totalMs = m_probeTimeoutMs](TaskContext &) {
            HttpProbe http;
            http.setTimeouts(connectMs, 4 * totalMs);
            auto reply = http.post(url, body);
            if (!reply)
                *answer = fail(reply.error());
            else if (reply->status != 200)
                *answer = fail(tr("the traffic gateway answered HTTP %1: %2")
                                   .arg(reply->status)
                                   .arg(QString::fromUtf8(reply->body.left(300))));
            return Status{};
        },
        this, [this, id = record.id, state = record.state, routes, detail, answer](const Status &) {
            if (const auto current = m_watches.value(id))
                current->busy = false;
            if (!*answer) {
                emitEvent(id, m_store->addEvent(id, DeploymentEventKind::Probe, state,
                                                tr("the traffic gateway did not take the new weights (%1); restarting the "
                                                   "servers with them")
                                                    .arg(answer->error().message)));
                if (auto ok = relaunch(id, DeploymentEventKind::Split, [this, id, routes, detail] {
                        return m_store->setSplit(id, routes, DeploymentState::Starting, detail);
                    });
                    !ok)
                    finishAction(id, DeploymentEventKind::Split, ok);
                return;
            }
            Status ok = m_store->setSplit(id, routes, std::nullopt, detail);
            if (ok) {
                if (auto events = m_store->events(id, 1); events && !events->isEmpty())
                    Q_EMIT eventRecorded(id, events->constFirst());
                pollNow();
            }
            finishAction(id, DeploymentEventKind::Split, ok);
        });
}

} // namespace atelier

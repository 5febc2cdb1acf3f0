// DeploymentStore's routes: the versions a deployment serves, their weights, servers and the split's gateway.
#include "core/serving/deployment_store.h"

#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace atelier {

namespace {

const QString ControlPortKey = QStringLiteral("gateway_control_port");

QJsonArray routesJson(const QList<RouteWeight> &routes)
{
    QJsonArray list;
    for (const RouteWeight &route : routes)
        list.append(QJsonObject{{QStringLiteral("model_version"), qint64(route.modelVersionId)},
                                {QStringLiteral("weight"), route.weight}});
    return list;
}

// The heaviest route; among equals the deployment's current version, else the first given.
std::int64_t primaryOf(const QList<RouteWeight> &routes, std::int64_t current)
{
    const int heaviest = std::max_element(routes.cbegin(), routes.cend(), [](const RouteWeight &a, const RouteWeight &b) {
                             return a.weight < b.weight;
                         })->weight;
    for (const RouteWeight &route : routes) {
        if (route.weight == heaviest && route.modelVersionId == current)
            return current;
    }
    for (const RouteWeight &route : routes) {
        if (route.weight == heaviest)
            return route.modelVersionId;
    }
    return current;
}

} // namespace

std::optional<int> DeploymentRecord::gatewayControlPort() const
{
    const int port = config.value(ControlPortKey).toInt();
    return port > 0 ? std::optional(port) : std::nullopt;
}

Status DeploymentStore::validateSplit(const QList<RouteWeight> &routes)
{
    if (routes.isEmpty())
        return fail(tr("A deployment serves at least one model version: give one with its weight."));
    QSet<std::int64_t> seen;
    int total = 0;
    for (const RouteWeight &route : routes) {
        if (seen.contains(route.modelVersionId))
            return fail(tr("The model version %1 is given twice in the traffic split: give each version once.")
                            .arg(route.modelVersionId));
        seen.insert(route.modelVersionId);
        if (route.weight < 0)
            return fail(tr("A weight of the traffic split is %1: weights are 0 or more.").arg(route.weight));
        total += route.weight;
    }
    if (total <= 0)
        return fail(tr("Every weight of the traffic split is 0: at least one version must take traffic."));
    return {};
}

Status DeploymentStore::insertRoutes(std::int64_t deploymentId, const QList<RouteWeight> &routes, std::optional<int> port)
{
    for (const RouteWeight &route : routes) {
        if (auto model = this->model(route.modelVersionId); !model)
            return fail(model.error());
        if (auto ok = m_db.execute("INSERT INTO deployment_route(deployment_id, model_version_id, weight, port) "
                                   "VALUES (?, ?, ?, ?)",
                                   deploymentId, route.modelVersionId, route.weight, port);
            !ok)
            return fail(withContext(tr("Could not record the routes of the deployment %1").arg(deploymentId), ok.error()));
    }
    return {};
}

Status DeploymentStore::attachRoute(std::int64_t deploymentId, std::int64_t modelVersionId, std::int64_t jobId, int port)
{
    if (auto ok = m_db.execute("UPDATE deployment_route SET job_id = ?, port = ? WHERE deployment_id = ? AND "
                               "model_version_id = ?",
                               jobId, port, deploymentId, modelVersionId);
        !ok)
        return fail(withContext(tr("Could not record the server job of the model version %1 of the deployment %2")
                                    .arg(modelVersionId)
                                    .arg(deploymentId),
                                ok.error()));
    return {};
}

Status DeploymentStore::attachGateway(std::int64_t deploymentId, std::int64_t jobId, int port, int controlPort)
{
    if (auto ok = m_db.execute("UPDATE deployment SET job_id = ?, port = ?, updated_at = ?, "
                               "config = json_set(config, '$.gateway_control_port', ?) WHERE id = ?",
                               jobId, port, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), controlPort,
                               deploymentId);
        !ok)
        return fail(withContext(tr("Could not record the traffic gateway of the deployment %1").arg(deploymentId),
                                ok.error()));
    return {};
}

Status DeploymentStore::setSplit(std::int64_t deploymentId, const QList<RouteWeight> &routes,
                                 std::optional<DeploymentState> newState, const QString &detail)
{
    if (auto ok = validateSplit(routes); !ok)
        return ok;
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto record = deployment(deploymentId);
    if (!record)
        return fail(record.error());
    QList<RouteWeight> added;
    for (const RouteWeight &route : routes) {
        const bool kept = std::any_of(record->routes.cbegin(), record->routes.cend(), [&](const DeploymentRoute &old) {
            return old.modelVersionId == route.modelVersionId;
        });
        if (!kept)
            added.append(route);
        else if (auto ok = m_db.execute("UPDATE deployment_route SET weight = ? WHERE deployment_id = ? AND "
                                        "model_version_id = ?",
                                        route.weight, deploymentId, route.modelVersionId);
                 !ok)
            return fail(withContext(tr("Could not change the traffic split of the deployment \"%1\"").arg(record->name),
                                    ok.error()));
    }
    for (const DeploymentRoute &old : std::as_const(record->routes)) {
        const bool dropped = std::none_of(routes.cbegin(), routes.cend(), [&](const RouteWeight &route) {
            return route.modelVersionId == old.modelVersionId;
        });
        if (dropped) {
            if (auto ok = m_db.execute("DELETE FROM deployment_route WHERE deployment_id = ? AND model_version_id = ?",
                                       deploymentId, old.modelVersionId);
                !ok)
                return fail(ok.error());
        }
    }
    if (auto ok = insertRoutes(deploymentId, added, std::nullopt); !ok)
        return ok;
    const DeploymentState state = newState.value_or(record->state);
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (auto ok = m_db.execute("UPDATE deployment SET model_version_id = ?, state = ?, updated_at = ? WHERE id = ?",
                               primaryOf(routes, record->modelVersionId), deploymentStateName(state), at, deploymentId);
        !ok)
        return fail(ok.error());
    if (auto ok = m_db.execute("INSERT INTO deployment_event(deployment_id, at, kind, state, detail) VALUES (?, ?, ?, ?, ?)",
                               deploymentId, at, DeploymentEventKind::Split, deploymentStateName(state), detail);
        !ok)
        return fail(ok.error());
    if (auto ok = m_audit.record(QStringLiteral("deployment.split"), QStringLiteral("deployment"),
                                 QString::number(deploymentId),
                                 {{QStringLiteral("routes"), routesJson(routes)}, {QStringLiteral("detail"), detail}});
        !ok)
        return fail(ok.error());
    return transaction->commit();
}

Result<QList<DeploymentRoute>> DeploymentStore::routes(std::int64_t deploymentId)
{
    auto st = m_db.statement("SELECT r.model_version_id, m.name, mv.version, r.weight, r.port, r.job_id "
                             "FROM deployment_route r JOIN model_version mv ON mv.id = r.model_version_id "
                             "JOIN model m ON m.id = mv.model_id WHERE r.deployment_id = ? "
                             "ORDER BY r.weight DESC, m.name, mv.version");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(deploymentId);
    QList<DeploymentRoute> list;
    if (auto ok = (*st)->forEachRow([&](const Statement &row) {
            DeploymentRoute route{row.int64(0), row.text(1), row.int64(2), int(row.int64(3)), std::nullopt, std::nullopt};
            if (!row.isNull(4))
                route.port = int(row.int64(4));
            if (!row.isNull(5))
                route.jobId = row.int64(5);
            list.append(route);
        });
        !ok)
        return fail(ok.error());
    return list;
}

} // namespace atelier

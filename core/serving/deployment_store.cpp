// DeploymentStore: prepared statements over the deployment tables, each user action with its audit row.
#include "core/serving/deployment_store.h"

#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace atelier {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList commandFrom(const QString &json)
{
    QStringList words;
    for (const QJsonValue &word : QJsonDocument::fromJson(json.toUtf8()).array())
        words.append(word.toString());
    return words;
}

constexpr const char *SelectDeployment =
    "SELECT d.id, d.name, d.model_version_id, m.name, mv.version, d.target_id, t.name, t.kind, d.state, d.command, "
    "d.port, d.job_id, d.config, d.created_at, coalesce(d.updated_at, d.created_at) "
    "FROM deployment d JOIN model_version mv ON mv.id = d.model_version_id JOIN model m ON m.id = mv.model_id "
    "JOIN compute_target t ON t.id = d.target_id ";

DeploymentRecord deploymentFrom(const Statement &row)
{
    DeploymentRecord record;
    record.id = row.int64(0);
    record.name = row.text(1);
    record.modelVersionId = row.int64(2);
    record.modelName = row.text(3);
    record.modelVersion = row.int64(4);
    record.targetId = row.int64(5);
    record.targetName = row.text(6);
    record.targetKind = row.text(7);
    record.state = deploymentStateFromName(row.text(8)).value_or(DeploymentState::Down);
    record.command = commandFrom(row.text(9));
    if (!row.isNull(10))
        record.port = int(row.int64(10));
    if (!row.isNull(11))
        record.jobId = row.int64(11);
    record.config = QJsonDocument::fromJson(row.text(12).toUtf8()).object();
    record.createdAt = row.text(13);
    record.updatedAt = row.text(14);
    return record;
}

} // namespace

DeploymentStore::DeploymentStore(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<ServedModel> DeploymentStore::selectModel(const char *where, const QString &name, std::int64_t number)
{
    auto st = m_db.statement(
        (QByteArray("SELECT mv.id, m.name, mv.version, mv.sha256, mv.size, mv.source_path, mv.content = 'folder' "
                    "FROM model_version mv JOIN model m ON m.id = mv.model_id ")
         + where)
            .toStdString());
    if (!st)
        return fail(st.error());
    if (name.isNull())
        (*st)->bindAll(number);
    else
        (*st)->bindAll(name, number);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(name.isNull() ? tr("The model version %1 is missing from the project.").arg(number)
                                  : tr("The model \"%1\" has no version %2 in this project. \"atelier model list\" "
                                       "shows the registered models and their versions.")
                                        .arg(name)
                                        .arg(number));
    const Statement &model = **st;
    return ServedModel{model.int64(0), model.text(1), model.int64(2), model.text(3), model.int64(4),
                       model.text(5), model.int64(6) != 0};
}

Result<ServedModel> DeploymentStore::model(std::int64_t modelVersionId)
{
    return selectModel("WHERE mv.id = ?", QString(), modelVersionId);
}

Result<ServedModel> DeploymentStore::model(const QString &modelName, std::int64_t version)
{
    return selectModel("WHERE m.name = ? AND mv.version = ?", modelName, version);
}

Result<bool> DeploymentStore::nameTaken(const QString &name)
{
    auto count = m_db.queryInt("SELECT count(*) FROM deployment WHERE name = ?", name);
    if (!count)
        return fail(count.error());
    return *count > 0;
}

Result<std::int64_t> DeploymentStore::create(const NewDeployment &deployment)
{
    if (deployment.name.trimmed().isEmpty())
        return fail(tr("A deployment needs a name."));
    if (auto ok = validateSplit(deployment.routes); !deployment.routes.isEmpty() && !ok)
        return fail(ok.error());
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto taken = nameTaken(deployment.name);
    if (!taken)
        return fail(taken.error());
    if (*taken)
        return fail(tr("A deployment named \"%1\" exists already. Choose another name.").arg(deployment.name));
    const QString at = now();
    if (auto ok = m_db.execute("INSERT INTO deployment(name, model_version_id, target_id, state, config, created_at, "
                               "command, port, updated_at) VALUES (?, ?, ?, 'starting', ?, ?, ?, ?, ?)",
                               deployment.name, deployment.modelVersionId, deployment.targetId,
                               compact(deployment.config), at, compact(deployment.command), deployment.port, at);
        !ok)
        return fail(withContext(tr("Could not create the deployment \"%1\"").arg(deployment.name), ok.error()));
    const std::int64_t id = m_db.lastInsertId();
    const QList<RouteWeight> routes =
        deployment.routes.isEmpty() ? QList<RouteWeight>{{deployment.modelVersionId, 100}} : deployment.routes;
    if (auto ok = insertRoutes(id, routes, routes.size() == 1 ? deployment.port : std::nullopt); !ok)
        return fail(ok.error());
    if (auto ok = m_db.execute("INSERT INTO deployment_event(deployment_id, at, kind, state, detail) "
                               "VALUES (?, ?, 'start', 'starting', ?)",
                               id, at, tr("deployed by %1").arg(m_audit.actor()));
        !ok)
        return fail(ok.error());
    if (auto ok = m_audit.record(QStringLiteral("deployment.create"), QStringLiteral("deployment"), QString::number(id),
                                 {{QStringLiteral("name"), deployment.name},
                                  {QStringLiteral("model_version"), qint64(deployment.modelVersionId)},
                                  {QStringLiteral("target"), qint64(deployment.targetId)},
                                  {QStringLiteral("command"), QJsonArray::fromStringList(deployment.command)}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return id;
}

Status DeploymentStore::attachJob(std::int64_t deploymentId, std::int64_t jobId, int port)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    // A deployment served by one server has no gateway (any more).
    if (auto ok = m_db.execute("UPDATE deployment SET job_id = ?, port = ?, updated_at = ?, "
                               "config = json_remove(config, '$.gateway_control_port') WHERE id = ?",
                               jobId, port, now(), deploymentId);
        !ok)
        return fail(withContext(tr("Could not record the server job of the deployment %1").arg(deploymentId),
                                ok.error()));
    if (auto ok = m_db.execute("UPDATE deployment_route SET job_id = ?, port = ? WHERE deployment_id = ? AND "
                               "model_version_id = (SELECT model_version_id FROM deployment WHERE id = ?)",
                               jobId, port, deploymentId, deploymentId);
        !ok)
        return fail(ok.error());
    return transaction->commit();
}

Result<bool> DeploymentStore::transition(std::int64_t deploymentId, DeploymentState from, DeploymentState to,
                                         const QString &reason)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    const QString at = now();
    if (auto ok = m_db.execute("UPDATE deployment SET state = ?, updated_at = ? WHERE id = ? AND state = ?",
                               deploymentStateName(to), at, deploymentId, deploymentStateName(from));
        !ok)
        return fail(withContext(tr("Could not record that the deployment %1 is %2")
                                    .arg(deploymentId)
                                    .arg(deploymentStateName(to)),
                                ok.error()));
    auto changed = m_db.queryInt("SELECT changes()");
    if (!changed)
        return fail(changed.error());
    if (*changed == 0)
        return false;
    if (auto ok = m_db.execute("INSERT INTO deployment_event(deployment_id, at, kind, state, detail) "
                               "VALUES (?, ?, 'state', ?, ?)",
                               deploymentId, at, deploymentStateName(to), reason);
        !ok)
        return fail(ok.error());
    if (auto ok = m_audit.record(QStringLiteral("deployment.state"), QStringLiteral("deployment"),
                                 QString::number(deploymentId),
                                 {{QStringLiteral("from"), deploymentStateName(from)},
                                  {QStringLiteral("to"), deploymentStateName(to)},
                                  {QStringLiteral("reason"), reason}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return true;
}

Status DeploymentStore::recordAction(std::int64_t deploymentId, const QString &kind, DeploymentState state,
                                     const QString &detail)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    const QString at = now();
    if (auto ok = m_db.execute("UPDATE deployment SET state = ?, updated_at = ? WHERE id = ?",
                               deploymentStateName(state), at, deploymentId);
        !ok)
        return fail(withContext(tr("Could not record the %1 of the deployment %2").arg(kind).arg(deploymentId),
                                ok.error()));
    if (auto ok = m_db.execute("INSERT INTO deployment_event(deployment_id, at, kind, state, detail) "
                               "VALUES (?, ?, ?, ?, ?)",
                               deploymentId, at, kind, deploymentStateName(state), detail);
        !ok)
        return fail(ok.error());
    if (auto ok = m_audit.record(QStringLiteral("deployment.") + kind, QStringLiteral("deployment"),
                                 QString::number(deploymentId), {{QStringLiteral("detail"), detail}});
        !ok)
        return fail(ok.error());
    return transaction->commit();
}

Status DeploymentStore::rollTo(std::int64_t deploymentId, std::int64_t modelVersionId, const QString &detail)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    // The route of the version served until now moves to the new one, keeping its weight.
    if (auto ok = m_db.execute("UPDATE OR REPLACE deployment_route SET model_version_id = ? WHERE deployment_id = ? "
                               "AND model_version_id = (SELECT model_version_id FROM deployment WHERE id = ?)",
                               modelVersionId, deploymentId, deploymentId);
        !ok)
        return fail(withContext(tr("Could not roll the deployment %1 to another version").arg(deploymentId),
                                ok.error()));
    if (auto ok = m_db.execute("UPDATE deployment SET model_version_id = ?, updated_at = ? WHERE id = ?", modelVersionId,
                               now(), deploymentId);
        !ok)
        return fail(ok.error());
    if (auto ok = recordAction(deploymentId, DeploymentEventKind::Rollout, DeploymentState::Starting, detail); !ok)
        return ok;
    return transaction->commit();
}

Result<DeploymentEvent> DeploymentStore::addEvent(std::int64_t deploymentId, const QString &kind,
                                                  DeploymentState state, const QString &detail)
{
    DeploymentEvent event{0, now(), kind, deploymentStateName(state), detail};
    if (auto ok = m_db.execute("INSERT INTO deployment_event(deployment_id, at, kind, state, detail) "
                               "VALUES (?, ?, ?, ?, ?)",
                               deploymentId, event.at, kind, event.state, detail);
        !ok)
        return fail(withContext(tr("Could not record an event of the deployment %1").arg(deploymentId), ok.error()));
    event.id = m_db.lastInsertId();
    return event;
}

Status DeploymentStore::addSamples(std::int64_t deploymentId, qint64 atMs, const QList<DeploymentSample> &samples)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    for (const DeploymentSample &sample : samples) {
        if (auto ok = m_db.execute("INSERT INTO deployment_sample(deployment_id, at, name, value) VALUES (?, ?, ?, ?)",
                                   deploymentId, std::int64_t(atMs), sample.name, sample.value);
            !ok)
            return fail(withContext(tr("Could not record the metrics of the deployment %1").arg(deploymentId),
                                    ok.error()));
    }
    return transaction->commit();
}

Result<QList<DeploymentRecord>> DeploymentStore::select(const char *where, const std::function<void(Statement &)> &bind)
{
    auto st = m_db.statement((QByteArray(SelectDeployment) + where).toStdString());
    if (!st)
        return fail(st.error());
    if (bind)
        bind(**st);
    QList<DeploymentRecord> list;
    if (auto ok = (*st)->forEachRow([&](const Statement &row) { list.append(deploymentFrom(row)); }); !ok)
        return fail(ok.error());
    for (DeploymentRecord &record : list) {
        auto routes = this->routes(record.id);
        if (!routes)
            return fail(routes.error());
        record.routes = std::move(*routes);
    }
    return list;
}

Result<DeploymentRecord> DeploymentStore::deployment(std::int64_t deploymentId)
{
    auto found = select("WHERE d.id = ?", [&](Statement &st) { st.bindAll(deploymentId); });
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(tr("There is no deployment %1 in this project.").arg(deploymentId));
    return found->constFirst();
}

Result<DeploymentRecord> DeploymentStore::deployment(const QString &nameOrId)
{
    auto found = select("WHERE d.name = ?", [&](Statement &st) { st.bindAll(nameOrId); });
    if (!found)
        return fail(found.error());
    if (!found->isEmpty())
        return found->constFirst();
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    if (isNumber && id > 0)
        return deployment(std::int64_t(id));
    return fail(tr("There is no deployment named \"%1\" in this project. \"atelier deploy status DIR NAME\" takes a "
                   "deployment's name or id.")
                    .arg(nameOrId));
}

Result<QList<DeploymentRecord>> DeploymentStore::deployments()
{
    return select("ORDER BY d.id DESC");
}

Result<QList<DeploymentEvent>> DeploymentStore::events(std::int64_t deploymentId, int limit)
{
    auto st = m_db.statement("SELECT id, at, kind, state, detail FROM deployment_event WHERE deployment_id = ? "
                             "ORDER BY id DESC LIMIT ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(deploymentId, limit > 0 ? limit : -1);
    QList<DeploymentEvent> list;
    if (auto ok = (*st)->forEachRow([&](const Statement &row) {
            list.prepend({row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4)});
        });
        !ok)
        return fail(ok.error());
    return list;
}

Result<QList<std::pair<qint64, double>>> DeploymentStore::samples(std::int64_t deploymentId, const QString &name,
                                                                  qint64 sinceMs)
{
    auto st = m_db.statement("SELECT at, value FROM deployment_sample WHERE deployment_id = ? AND name = ? AND at >= ? "
                             "AND value IS NOT NULL ORDER BY at");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(deploymentId, name, std::int64_t(sinceMs));
    QList<std::pair<qint64, double>> list;
    if (auto ok = (*st)->forEachRow([&](const Statement &row) { list.append({row.int64(0), row.real(1)}); }); !ok)
        return fail(ok.error());
    return list;
}

Result<QList<std::pair<qint64, DeploymentSample>>> DeploymentStore::latestSamples(std::int64_t deploymentId)
{
    // SQLite takes the other columns from the row that holds the max().
    auto st = m_db.statement("SELECT max(at), name, value FROM deployment_sample WHERE deployment_id = ? "
                             "GROUP BY name ORDER BY name");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(deploymentId);
    QList<std::pair<qint64, DeploymentSample>> list;
    if (auto ok = (*st)->forEachRow([&](const Statement &row) {
            list.append({row.int64(0), DeploymentSample{row.text(1), row.real(2)}});
        });
        !ok)
        return fail(ok.error());
    return list;
}

} // namespace atelier

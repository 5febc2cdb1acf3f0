// LoadTestStore: one insert per finished test (with its audit row) and the list of a deployment's tests.
#include "core/serving/load_test_store.h"

#include "core/serving/load_generator.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QJsonDocument>

#include <chrono>

namespace atelier {

namespace {

constexpr const char *SelectLoadTest =
    "SELECT id, deployment_id, url, started_at, settings, requests, errors, duration_ms, p50_ms, p95_ms, p99_ms, "
    "max_ms, histogram FROM load_test WHERE ?1 IS NULL OR deployment_id = ?1 ORDER BY id DESC";

std::optional<double> optionalReal(const Statement &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<double>(row.real(column));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

LoadTestRecord loadTestFrom(const Statement &row)
{
    LoadTestRecord record;
    record.id = row.int64(0);
    if (!row.isNull(1))
        record.deploymentId = row.int64(1);
    record.url = row.text(2);
    record.startedAt = row.text(3);
    record.settings = QJsonDocument::fromJson(row.text(4).toUtf8()).object();
    record.requests = row.int64(5);
    record.errors = row.int64(6);
    record.durationMs = row.int64(7);
    record.p50Ms = optionalReal(row, 8);
    record.p95Ms = optionalReal(row, 9);
    record.p99Ms = optionalReal(row, 10);
    record.maxMs = optionalReal(row, 11);
    record.histogram = QJsonDocument::fromJson(row.text(12).toUtf8()).array();
    return record;
}

} // namespace

LoadTestRecord LoadTestRecord::from(const LoadSettings &settings, const LoadResult &result,
                                    std::optional<std::int64_t> deploymentId)
{
    LoadTestRecord record;
    record.deploymentId = deploymentId;
    record.url = settings.url;
    record.startedAt = result.startedAt;
    const QJsonObject summary = result.toJson();
    QJsonObject outcome;
    for (const char *key : {"errors_by_kind", "rps", "service_p99", "canceled"}) {
        if (const QJsonValue value = summary.value(QLatin1String(key)); !value.isUndefined())
            outcome.insert(QLatin1String(key), value);
    }
    record.settings = settings.toJson();
    record.settings.insert(QStringLiteral("outcome"), outcome);
    record.requests = result.requests;
    record.errors = result.errors();
    record.durationMs = std::chrono::duration_cast<std::chrono::milliseconds>(result.elapsed).count();
    if (result.latency.count() > 0) {
        record.p50Ms = summary.value(QLatin1String("p50")).toDouble();
        record.p95Ms = summary.value(QLatin1String("p95")).toDouble();
        record.p99Ms = summary.value(QLatin1String("p99")).toDouble();
        record.maxMs = summary.value(QLatin1String("max")).toDouble();
    }
    record.histogram = result.latency.toJson();
    return record;
}

LoadTestStore::LoadTestStore(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<std::int64_t> LoadTestStore::save(const LoadTestRecord &record)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (record.deploymentId) {
        auto found = m_db.queryInt("SELECT count(*) FROM deployment WHERE id = ?", *record.deploymentId);
        if (!found)
            return fail(found.error());
        if (*found == 0)
            return fail(tr("There is no deployment %1 to keep the load test with. \"atelier deploy status\" "
                           "lists the deployments.").arg(*record.deploymentId));
    }
    if (auto ok = m_db.execute("INSERT INTO load_test(deployment_id, url, started_at, settings, requests, errors, "
                               "duration_ms, p50_ms, p95_ms, p99_ms, max_ms, histogram) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               record.deploymentId, record.url, record.startedAt, compact(record.settings),
                               record.requests, record.errors, record.durationMs, record.p50Ms, record.p95Ms,
                               record.p99Ms, record.maxMs, compact(record.histogram));
        !ok)
        return fail(withContext(tr("Could not store the load test of %1").arg(record.url), ok.error()));
    const std::int64_t id = m_db.lastInsertId();
    QJsonObject detail{{QStringLiteral("url"), record.url},
                       {QStringLiteral("requests"), qint64(record.requests)},
                       {QStringLiteral("errors"), qint64(record.errors)}};
    if (record.deploymentId)
        detail.insert(QStringLiteral("deployment"), qint64(*record.deploymentId));
    if (auto ok = m_audit.record(QStringLiteral("load_test.save"), QStringLiteral("load_test"), QString::number(id), detail);
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return id;
}

Result<QList<LoadTestRecord>> LoadTestStore::list(std::optional<std::int64_t> deploymentId)
{
    auto st = m_db.statement(SelectLoadTest);
    if (!st)
        return fail(st.error());
    (*st)->bindAll(deploymentId);
    QList<LoadTestRecord> list;
    if (auto ok = (*st)->forEachRow([&](const Statement &row) { list.append(loadTestFrom(row)); }); !ok)
        return fail(withContext(tr("Could not read the load tests"), ok.error()));
    return list;
}

} // namespace atelier

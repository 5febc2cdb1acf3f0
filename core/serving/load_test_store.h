// LoadTestStore: finished load tests (load_test), kept with the deployment they ran against.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace atelier {

class AuditLog;
class Database;
struct LoadResult;
struct LoadSettings;

struct LoadTestRecord
{
    std::int64_t id = 0;
    std::optional<std::int64_t> deploymentId; // none: a bare URL from the command line
    QString url;
    QString startedAt;    // ISO 8601 UTC
    // LoadSettings::toJson(), and under "outcome" what the columns do not hold: errors_by_kind,
    // rps, service_p99 (ms, uncorrected) and canceled.
    QJsonObject settings;
    std::int64_t requests = 0;
    std::int64_t errors = 0;
    std::int64_t durationMs = 0;
    // None when no request was answered.
    std::optional<double> p50Ms;
    std::optional<double> p95Ms;
    std::optional<double> p99Ms;
    std::optional<double> maxMs;
    QJsonArray histogram; // [[upper_bound_ms, count], ...]

    // What a finished test stores.
    static LoadTestRecord from(const LoadSettings &settings, const LoadResult &result,
                               std::optional<std::int64_t> deploymentId = std::nullopt);
};

class LoadTestStore
{
    Q_DECLARE_TR_FUNCTIONS(LoadTestStore)

public:
    LoadTestStore(Database &db, AuditLog &audit);

    // Stores `record` (its id is ignored) with an audit row; returns the new id. A deployment id
    // that names no deployment is refused.
    [[nodiscard]] Result<std::int64_t> save(const LoadTestRecord &record);
    // The tests of one deployment, newest first; without one, every test.
    [[nodiscard]] Result<QList<LoadTestRecord>> list(std::optional<std::int64_t> deploymentId = std::nullopt);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace atelier

// RunTableReader: each cell is a primary-key lookup, so a block of rows costs its size, not the table's.
#include "core/tracking/run_table_reader.h"

#include "core/store/database.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace atelier {

namespace {

// A key as MLflow's search syntax reads it: as it is when it is a plain word, else backquoted.
QString quotedKey(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.\\-/:]+$"));
    if (plain.match(key).hasMatch())
        return key;
    QString escaped = key;
    escaped.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QLatin1Char('`') + escaped + QLatin1Char('`');
}

std::string_view valueQuery(const RunColumn &column)
{
    switch (column.source) {
    case RunColumn::Source::Param:
        return "SELECT value FROM param WHERE run_id = ? AND key = ?";
    case RunColumn::Source::Tag:
        return "SELECT value FROM tag WHERE run_id = ? AND key = ?";
    case RunColumn::Source::Metric:
        break;
    }
    switch (column.statistic) {
    case RunColumn::Statistic::Last:
        return "SELECT last_value FROM metric_series WHERE run_id = ? AND key = ?";
    case RunColumn::Statistic::Min:
        return "SELECT min_value FROM metric_series WHERE run_id = ? AND key = ?";
    case RunColumn::Statistic::Max:
        break;
    }
    return "SELECT max_value FROM metric_series WHERE run_id = ? AND key = ?";
}

// Every distinct key of a table, one index seek a key (a loose index scan), so that 500 keys
// over millions of rows cost 500 seeks rather than a scan.
constexpr std::string_view AllKeysQueries[] = {
    "WITH RECURSIVE k(key) AS (SELECT min(key) FROM param UNION ALL "
    "SELECT (SELECT min(key) FROM param WHERE key > k.key) FROM k WHERE k.key IS NOT NULL) "
    "SELECT key FROM k WHERE key IS NOT NULL",
    "WITH RECURSIVE k(key) AS (SELECT min(key) FROM metric_series UNION ALL "
    "SELECT (SELECT min(key) FROM metric_series WHERE key > k.key) FROM k WHERE k.key IS NOT NULL) "
    "SELECT key FROM k WHERE key IS NOT NULL",
    "WITH RECURSIVE k(key) AS (SELECT min(key) FROM tag UNION ALL "
    "SELECT (SELECT min(key) FROM tag WHERE key > k.key) FROM k WHERE k.key IS NOT NULL) "
    "SELECT key FROM k WHERE key IS NOT NULL",
};

constexpr std::string_view ExperimentKeysQueries[] = {
    "SELECT DISTINCT p.key FROM run r JOIN param p ON p.run_id = r.id WHERE r.experiment_id = ?",
    "SELECT DISTINCT s.key FROM run r JOIN metric_series s ON s.run_id = r.id WHERE r.experiment_id = ?",
    "SELECT DISTINCT t.key FROM run r JOIN tag t ON t.run_id = r.id WHERE r.experiment_id = ?",
};

Status collectKeys(Database &db, std::string_view sql, std::optional<std::int64_t> experimentId,
                   QStringList &keys)
{
    auto st = db.statement(sql);
    if (!st)
        return fail(st.error());
    if (experimentId)
        (*st)->bind(1, *experimentId);
    return (*st)->forEachRow([&](const Statement &row) { keys.append(row.text(0)); });
}

void sortUnique(QStringList &keys)
{
    keys.sort();
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

} // namespace

QString RunColumn::searchName() const
{
    switch (source) {
    case Source::Param:
        return QStringLiteral("params.") + quotedKey(key);
    case Source::Tag:
        return QStringLiteral("tags.") + quotedKey(key);
    case Source::Metric:
        break;
    }
    return statistic == Statistic::Last ? QStringLiteral("metrics.") + quotedKey(key) : QString();
}

RunTableReader::RunTableReader(Database &db)
    : m_db(db)
{}

Result<QList<RunRow>> RunTableReader::rows(const QList<std::int64_t> &rowIds)
{
    auto st = m_db.statement("SELECT r.uuid, r.name, e.name, r.status, r.start_time, r.end_time, r.user "
                             "FROM run r JOIN experiment e ON e.id = r.experiment_id WHERE r.id = ?");
    if (!st)
        return fail(st.error());
    QList<RunRow> rows;
    rows.reserve(rowIds.size());
    for (std::int64_t rowId : rowIds) {
        (*st)->reset();
        (*st)->bind(1, rowId);
        auto found = (*st)->step();
        if (!found)
            return fail(found.error());
        if (!*found)
            continue;
        const Statement &r = **st;
        RunRow row;
        row.rowId = rowId;
        row.runId = r.text(0);
        row.name = r.text(1);
        row.experiment = r.text(2);
        row.status = runStatusFromName(r.text(3)).value_or(RunStatus::Running);
        if (!r.isNull(4))
            row.startTime = r.int64(4);
        if (!r.isNull(5))
            row.endTime = r.int64(5);
        row.user = r.text(6);
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<QVariant>> RunTableReader::values(const RunColumn &column, const QList<std::int64_t> &rowIds)
{
    auto st = m_db.statement(valueQuery(column));
    if (!st)
        return fail(st.error());
    const bool numeric = column.source == RunColumn::Source::Metric;
    QList<QVariant> values;
    values.reserve(rowIds.size());
    for (std::int64_t rowId : rowIds) {
        (*st)->reset();
        (*st)->bindAll(rowId, column.key);
        auto found = (*st)->step();
        if (!found)
            return fail(found.error());
        if (!*found)
            values.append(QVariant());
        else if (numeric)
            values.append((*st)->isNull(0) ? std::numeric_limits<double>::quiet_NaN() : (*st)->real(0));
        else
            values.append((*st)->text(0));
    }
    return values;
}

Result<RunColumnKeys> RunTableReader::keys(const QList<std::int64_t> &experimentIds)
{
    RunColumnKeys keys;
    QStringList *lists[] = {&keys.params, &keys.metrics, &keys.tags};
    for (int source = 0; source < 3; ++source) {
        if (experimentIds.isEmpty()) {
            if (auto done = collectKeys(m_db, AllKeysQueries[source], std::nullopt, *lists[source]); !done)
                return fail(done.error());
            continue;
        }
        for (std::int64_t experimentId : experimentIds) {
            if (auto done = collectKeys(m_db, ExperimentKeysQueries[source], experimentId, *lists[source]); !done)
                return fail(done.error());
        }
        sortUnique(*lists[source]);
    }
    return keys;
}

} // namespace atelier

// RunTableReader: what the runs table shows, read a block of rows and one column at a time.
#pragma once

#include "core/result.h"
#include "core/tracking/tracking_types.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <optional>

namespace atelier {

class Database;

// A column the user chose to show: a param, a tag, or a metric's last, min or max value.
struct RunColumn
{
    enum class Source { Param, Metric, Tag };
    enum class Statistic { Last, Min, Max };

    Source source = Source::Metric;
    QString key;
    Statistic statistic = Statistic::Last;

    // "metrics.`val acc`", the name MLflow's search syntax gives the column (the filter bar and
    // order_by use it); min and max have none, since MLflow searches only latest values.
    QString searchName() const;
    friend bool operator==(const RunColumn &, const RunColumn &) = default;
};

// The fixed part of a row: what every runs table shows.
struct RunRow
{
    std::int64_t rowId = 0;
    QString runId;
    QString name;
    QString experiment;
    RunStatus status = RunStatus::Running;
    std::optional<std::int64_t> startTime; // ms since the epoch
    std::optional<std::int64_t> endTime;
    QString user;
};

// The keys that the runs of some experiments have, to offer as columns.
struct RunColumnKeys
{
    QStringList params;
    QStringList metrics;
    QStringList tags;
};

class RunTableReader
{
    Q_DECLARE_TR_FUNCTIONS(RunTableReader)

public:
    explicit RunTableReader(Database &db);

    // The rows for `rowIds`, in that order; ids of runs that no longer exist are left out.
    [[nodiscard]] Result<QList<RunRow>> rows(const QList<std::int64_t> &rowIds);

    // One value a row id, in the order of `rowIds`: a double for metrics (NaN kept), a string for
    // params and tags, and an invalid QVariant where the run has no such key.
    [[nodiscard]] Result<QList<QVariant>> values(const RunColumn &column, const QList<std::int64_t> &rowIds);

    // Sorted keys; every experiment when `experimentIds` is empty.
    [[nodiscard]] Result<RunColumnKeys> keys(const QList<std::int64_t> &experimentIds);

private:
    Database &m_db;
};

} // namespace atelier

// RunComparison: 2 to 20 runs read together for the compare view: the union of their params and
// metrics, which params differ, and the axes of a parallel-coordinates plot.
#pragma once

#include "core/result.h"
#include "core/tracking/tracking_types.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace atelier {

class Database;

// One axis of a parallel-coordinates plot: numeric when every run's value reads as a number,
// otherwise the distinct values in sorted order, evenly spaced.
struct ParallelAxis
{
    QString title;
    bool numeric = true;
    double min = 0;
    double max = 0;
    QStringList categories;

    // Where `value` sits on the axis, 0 at the bottom and 1 at the top; nullopt when the run has
    // no value for it.
    std::optional<double> position(const std::optional<QString> &value) const;
};

struct RunComparison
{
    Q_DECLARE_TR_FUNCTIONS(RunComparison)

public:
    static constexpr int MinRuns = 2;
    static constexpr int MaxRuns = 20;

    QList<Run> runs;
    QList<std::int64_t> rowIds; // the store's row id of each run, for the metric charts
    QStringList paramKeys;      // sorted union
    QStringList metricKeys;     // sorted union, model metrics only

    // Reads the runs in the given order; fails on an unknown run or a count outside 2..20.
    [[nodiscard]] static Result<RunComparison> load(Database &db, const QStringList &runIds);

    std::optional<QString> param(int run, const QString &key) const;
    std::optional<double> metric(int run, const QString &key) const; // the latest value
    // Whether the runs disagree on `key`, a run without it counting as a value of its own.
    bool differs(const QString &key) const;
    // An axis a param, then the metric's axis last.
    QList<ParallelAxis> parallelAxes(const QString &metricKey) const;
};

} // namespace atelier

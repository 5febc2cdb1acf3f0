// MetricStore: compact metric series with a level-of-detail pyramid kept at ingest, and their queries.
#pragma once

#include "core/result.h"
#include "core/tracking/tracking_types.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

#include <cstdint>
#include <vector>

namespace atelier {

class Database;

// One bucket of a series at some level of detail: what a chart needs to draw a min/max band
// and a line through the last values, so that a single spike among millions stays visible.
struct MetricBucket
{
    std::int64_t firstStep = 0;
    std::int64_t lastStep = 0;
    std::int64_t lastTimestamp = 0;
    double min = 0; // NaN when every value in the bucket is NaN
    double max = 0;
    double last = 0;
    std::int64_t count = 0;
};

struct MetricSeriesSummary
{
    std::int64_t seriesId = 0;
    QString key;
    bool system = false;
    MetricValue latest; // highest step, then newest timestamp
    double min = 0;
    double max = 0;
    std::int64_t count = 0;
    std::int64_t firstStep = 0;
    std::int64_t firstTimestamp = 0;
};

// Points live in a clustered table keyed by (series, step, timestamp) WITHOUT ROWID; each series
// keeps its latest value, min, max and count for the runs table, and buckets of several widths
// (a pyramid) that ingest updates, so that reading any range at any zoom costs the number of
// buckets drawn, not the number of points.
class MetricStore
{
    Q_DECLARE_TR_FUNCTIONS(MetricStore)

public:
    explicit MetricStore(Database &db);

    // Appends points to run `runRowId` in the caller's transaction (TrackingStore::logBatch, the
    // mlruns importer). Points may arrive in any order; a point with the same step and timestamp
    // as a stored one replaces its value.
    [[nodiscard]] Status append(std::int64_t runRowId, const QList<MetricValue> &points);

    [[nodiscard]] Result<QList<MetricSeriesSummary>> series(std::int64_t runRowId);
    [[nodiscard]] Result<std::int64_t> seriesId(std::int64_t runRowId, const QString &key);

    // Every point, by step then timestamp; `maxResults` and the opaque page token page through
    // long histories as MLflow's GetMetricHistory does.
    [[nodiscard]] Result<QList<MetricValue>> history(std::int64_t seriesId, int maxResults,
                                                     const QString &pageToken = {},
                                                     QString *nextPageToken = nullptr);

    // At most about `maxBuckets` buckets covering steps [fromStep, toStep], read from the
    // coarsest pyramid level that still gives that many, or the raw points (as one-point
    // buckets) when the range holds fewer points than that.
    [[nodiscard]] Result<std::vector<MetricBucket>> buckets(std::int64_t seriesId, std::int64_t fromStep,
                                                            std::int64_t toStep, int maxBuckets);

    // The pyramid's levels: level L groups steps [b * width, (b + 1) * width) into bucket b.
    static int levelCount();
    static std::int64_t levelWidth(int level);

private:
    struct SeriesState;
    [[nodiscard]] Result<SeriesState> openSeries(std::int64_t runRowId, const QString &key);

    Database &m_db;
    // Series ids by (run row id, key), kept for the life of the store; each append checks the
    // ids it uses against metric_series once, so a rolled-back series never lingers here.
    QHash<QPair<std::int64_t, QString>, std::int64_t> m_seriesIds;
};

} // namespace atelier

// MetricCurve: turns a series' buckets into what a chart draws (x by step, wall or relative time;
// a min/max band and a line), with TensorBoard's debiased EMA smoothing.
#pragma once

#include "core/tracking/metric_store.h"

#include <vector>

namespace atelier {

enum class MetricXAxis { Step, WallTime, RelativeTime };

struct CurvePoint
{
    double x = 0; // a step, ms since the epoch, or seconds since the series' first point
    double min = 0;
    double max = 0;
    double line = 0; // the bucket's last value, smoothed when asked
};

struct MetricCurve
{
    // `firstTimestamp` is the series' first point's time, the origin of RelativeTime.
    // `smoothing` in [0, 1): 0 draws the values as they are. NaN values are left out of the
    // smoothing and drawn as gaps; infinities are left out of the band.
    static std::vector<CurvePoint> fromBuckets(const std::vector<MetricBucket> &buckets, MetricXAxis axis,
                                               std::int64_t firstTimestamp, double smoothing);

    // TensorBoard's exponential moving average, debiased so the first values are not pulled to 0.
    static std::vector<double> smooth(const std::vector<double> &values, double smoothing);
};

} // namespace atelier

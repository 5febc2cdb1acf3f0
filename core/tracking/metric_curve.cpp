// MetricCurve: the smoothing is TensorBoard's (tensorboard/plugins/scalar/vz_line_chart): an EMA
// divided by 1 - w^n so that the first values are not biased toward zero.
#include "core/tracking/metric_curve.h"

#include <cmath>

namespace atelier {

std::vector<double> MetricCurve::smooth(const std::vector<double> &values, double smoothing)
{
    std::vector<double> smoothed;
    smoothed.reserve(values.size());
    double last = 0;
    double weight = 0;
    for (double value : values) {
        if (!std::isfinite(value) || smoothing <= 0) {
            smoothed.push_back(value);
            continue;
        }
        last = last * smoothing + (1 - smoothing) * value;
        weight = weight * smoothing + (1 - smoothing);
        smoothed.push_back(last / weight);
    }
    return smoothed;
}

std::vector<CurvePoint> MetricCurve::fromBuckets(const std::vector<MetricBucket> &buckets, MetricXAxis axis,
                                                 std::int64_t firstTimestamp, double smoothing)
{
    std::vector<double> lines;
    lines.reserve(buckets.size());
    for (const MetricBucket &bucket : buckets)
        lines.push_back(bucket.last);
    lines = smooth(lines, smoothing);

    std::vector<CurvePoint> points;
    points.reserve(buckets.size());
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        const MetricBucket &bucket = buckets[i];
        CurvePoint point;
        switch (axis) {
        case MetricXAxis::Step:
            point.x = double(bucket.lastStep);
            break;
        case MetricXAxis::WallTime:
            point.x = double(bucket.lastTimestamp);
            break;
        case MetricXAxis::RelativeTime:
            point.x = double(bucket.lastTimestamp - firstTimestamp) / 1000.0;
            break;
        }
        point.min = bucket.min;
        point.max = bucket.max;
        point.line = lines[i];
        points.push_back(point);
    }
    return points;
}

} // namespace atelier

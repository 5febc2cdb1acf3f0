// PrometheusHistogram: bucket arithmetic as Prometheus does it (promql/quantile.go), so that figures match a Prometheus server's.
#include "core/serving/prometheus_histogram.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace atelier {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Infinity = std::numeric_limits<double>::infinity();

bool matches(const MetricSample &sample, const MetricLabels &match)
{
    return std::all_of(match.begin(), match.end(),
                       [&](const auto &pair) { return sample.label(pair.first) == pair.second; });
}

// Bounds as the le label spells them ("+Inf", "0.5", "1e-3").
double boundOf(const MetricSample &bucket)
{
    const QString text = bucket.label(QStringLiteral("le"));
    if (text.compare(QLatin1String("+Inf"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("Inf"), Qt::CaseInsensitive) == 0)
        return Infinity;
    return text.toDouble();
}

} // namespace

Result<PrometheusHistogram> PrometheusHistogram::from(const PrometheusText &scrape, const QString &family,
                                                      const MetricLabels &match)
{
    const MetricFamily *metric = scrape.family(family);
    if (!metric)
        return fail(tr("The metrics have no histogram named %1.").arg(family));
    if (metric->type != MetricType::Histogram)
        return fail(tr("The metric %1 is a %2, not a histogram.").arg(family, metricTypeName(metric->type)));
    std::map<double, double> buckets;
    PrometheusHistogram histogram;
    bool any = false;
    const QString bucketName = family + QLatin1String("_bucket");
    const QString sumName = family + QLatin1String("_sum");
    for (const MetricSample &sample : metric->samples) {
        if (!matches(sample, match))
            continue;
        any = true;
        if (sample.name == bucketName)
            buckets[boundOf(sample)] += sample.value;
        else if (sample.name == sumName)
            histogram.sum += sample.value;
        else
            histogram.count += sample.value;
    }
    if (!any)
        return fail(tr("The histogram %1 has no series with the labels asked for.").arg(family));
    for (const auto &[bound, count] : buckets)
        histogram.buckets.append({bound, count});
    return histogram;
}

double PrometheusHistogram::quantile(double q) const
{
    if (std::isnan(q))
        return NaN;
    if (q < 0)
        return -Infinity;
    if (q > 1)
        return Infinity;
    QList<HistogramBucket> sorted = buckets;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const HistogramBucket &a, const HistogramBucket &b) { return a.upperBound < b.upperBound; });
    if (sorted.isEmpty() || !std::isinf(sorted.last().upperBound) || sorted.last().upperBound < 0)
        return NaN;
    // Buckets of one bound add up; counts that fall (a scrape read mid-update) are raised to the
    // running maximum, as Prometheus does.
    QList<HistogramBucket> merged;
    for (const HistogramBucket &bucket : std::as_const(sorted)) {
        if (!merged.isEmpty() && merged.last().upperBound == bucket.upperBound)
            merged.last().count += bucket.count;
        else
            merged.append(bucket);
    }
    double highest = 0;
    for (HistogramBucket &bucket : merged) {
        highest = std::max(highest, bucket.count);
        bucket.count = highest;
    }
    if (merged.size() < 2)
        return NaN;
    const double observations = merged.last().count;
    if (observations == 0)
        return NaN;
    double rank = q * observations;
    qsizetype b = 0;
    while (b < merged.size() - 1 && merged[b].count < rank)
        ++b;
    if (b == merged.size() - 1)
        return merged[b - 1].upperBound;
    if (b == 0 && merged[0].upperBound <= 0)
        return merged[0].upperBound;
    double bucketStart = 0;
    const double bucketEnd = merged[b].upperBound;
    double count = merged[b].count;
    if (b > 0) {
        bucketStart = merged[b - 1].upperBound;
        count -= merged[b - 1].count;
        rank -= merged[b - 1].count;
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

PrometheusHistogram PrometheusHistogram::since(const PrometheusHistogram &earlier) const
{
    if (count < earlier.count)
        return *this;
    PrometheusHistogram delta;
    delta.sum = sum - earlier.sum;
    delta.count = count - earlier.count;
    for (const HistogramBucket &bucket : buckets) {
        double before = 0;
        for (const HistogramBucket &old : earlier.buckets) {
            if (old.upperBound == bucket.upperBound)
                before = old.count;
        }
        if (bucket.count < before)
            return *this;
        delta.buckets.append({bucket.upperBound, bucket.count - before});
    }
    return delta;
}

} // namespace atelier

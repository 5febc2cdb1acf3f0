// PrometheusHistogram: the cumulative buckets of a Prometheus histogram, with histogram_quantile and the delta between two scrapes.
#pragma once

#include "core/result.h"
#include "core/serving/prometheus_text.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace atelier {

struct HistogramBucket
{
    double upperBound = 0; // the `le` label; +Inf for the last bucket
    double count = 0;      // cumulative: observations <= upperBound

    friend bool operator==(const HistogramBucket &, const HistogramBucket &) = default;
};

class PrometheusHistogram
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusHistogram)

public:
    QList<HistogramBucket> buckets; // ascending upper bounds
    double sum = 0;
    double count = 0;

    // The series of the histogram `family` in `scrape` whose labels include every pair of `match`,
    // added up bucket by bucket (as PromQL's sum by (le)). Fails when the scrape has no such
    // histogram or no series matches.
    [[nodiscard]] static Result<PrometheusHistogram> from(const PrometheusText &scrape, const QString &family,
                                                          const MetricLabels &match = {});

    // PromQL's histogram_quantile: linear interpolation inside the bucket that holds the rank,
    // the highest finite bound when it falls into the +Inf bucket, NaN without observations or
    // without a +Inf bucket; -Inf below q = 0, +Inf above q = 1.
    double quantile(double q) const;

    // What was observed after `earlier` (a scrape of the same series). Counters only grow, so a
    // smaller count anywhere means the server restarted: then everything now counts as new.
    PrometheusHistogram since(const PrometheusHistogram &earlier) const;
};

} // namespace atelier

// LatencyHistogram: request latencies from 1 µs to 60 s in log-spaced buckets, recorded in O(1).
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <chrono>
#include <cstdint>
#include <vector>

class QJsonArray;

namespace atelier {

// HdrHistogram's layout: values are whole microseconds; below 128 µs each value has a bucket of
// its own, and every further power of two is cut into 64 equal buckets, so a bucket is at most
// 1/64 (1.6 %) as wide as the values it holds. 1,331 buckets reach 60 s; longer latencies land
// in the last one (the exact maximum is kept beside). Recording is a bit scan, a shift and an
// increment, cheap enough for a load generator's inner loop; the histograms of several threads
// merge by adding their counts.
class LatencyHistogram
{
    Q_DECLARE_TR_FUNCTIONS(LatencyHistogram)

public:
    static constexpr std::int64_t HighestMicroseconds = 60'000'000;

    struct Bucket
    {
        double upperBoundMs = 0; // the highest latency the bucket holds
        std::int64_t count = 0;
    };

    LatencyHistogram();

    void record(std::chrono::nanoseconds latency);
    void merge(const LatencyHistogram &other);
    void clear();

    std::int64_t count() const { return m_count; }
    // The latency that `percent` (0 < percent <= 100) of the recorded values do not exceed, as the
    // upper bound of its bucket (never above the exact maximum); 0 when nothing was recorded.
    double percentileMs(double percent) const;
    double minMs() const;
    double maxMs() const;
    double meanMs() const;

    // The buckets that hold values, lowest first.
    QList<Bucket> buckets() const;
    // [[upper_bound_ms, count], ...] over the buckets that hold values (the load_test table's form).
    QJsonArray toJson() const;
    // Reads toJson()'s form back; each count lands in the bucket of its upper bound.
    [[nodiscard]] static Result<LatencyHistogram> fromJson(const QJsonArray &json);

    // The bucket of a latency in whole microseconds, and the highest value a bucket holds.
    static int bucketIndex(std::int64_t microseconds);
    static std::int64_t bucketUpperBound(int index);
    static int bucketCount();

private:
    void recordMicroseconds(std::int64_t microseconds, std::int64_t times);

    std::vector<std::int64_t> m_counts;
    std::int64_t m_count = 0;
    std::int64_t m_min = 0;  // µs, exact
    std::int64_t m_max = 0;  // µs, exact (may exceed HighestMicroseconds)
    double m_sum = 0;        // µs, for the mean
};

} // namespace atelier

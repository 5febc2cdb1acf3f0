// LatencyHistogram: HdrHistogram-style bucket arithmetic, percentiles and the JSON form.
#include "core/serving/latency_histogram.h"

#include <QJsonArray>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace atelier {

namespace {

// Values below 2^ExactBits µs have a bucket each; every power of two above is cut in HalfCount.
constexpr int ExactBits = 7;
constexpr std::int64_t ExactCount = std::int64_t{1} << ExactBits; // 128
constexpr std::int64_t HalfCount = ExactCount / 2;                // 64

constexpr int indexOf(std::int64_t microseconds)
{
    const std::int64_t v = std::clamp<std::int64_t>(microseconds, 0, LatencyHistogram::HighestMicroseconds);
    if (v < ExactCount)
        return int(v);
    const int shift = std::bit_width(std::uint64_t(v)) - ExactBits; // highest bit - 6
    return int(HalfCount * shift + (v >> shift));
}

constexpr std::int64_t upperBoundOf(int index)
{
    if (index < ExactCount)
        return index;
    const int shift = int(index / HalfCount) - 1;
    const std::int64_t subBucket = index - HalfCount * shift;
    return ((subBucket + 1) << shift) - 1;
}

constexpr int Buckets = indexOf(LatencyHistogram::HighestMicroseconds) + 1;

// The layout's promises, checked by the compiler.
static_assert(indexOf(127) == 127 && indexOf(128) == 128 && indexOf(129) == 128 && indexOf(130) == 129);
static_assert(upperBoundOf(128) == 129 && upperBoundOf(191) == 255 && upperBoundOf(192) == 259);
static_assert(indexOf(upperBoundOf(700)) == 700 && indexOf(upperBoundOf(700) + 1) == 701);

double toMs(std::int64_t microseconds)
{
    return double(microseconds) / 1000.0;
}

} // namespace

LatencyHistogram::LatencyHistogram()
    : m_counts(std::size_t(Buckets), 0)
{}

int LatencyHistogram::bucketIndex(std::int64_t microseconds)
{
    return indexOf(microseconds);
}

std::int64_t LatencyHistogram::bucketUpperBound(int index)
{
    return upperBoundOf(index);
}

int LatencyHistogram::bucketCount()
{
    return Buckets;
}

void LatencyHistogram::record(std::chrono::nanoseconds latency)
{
    const std::int64_t microseconds = std::max<std::int64_t>(0, (latency.count() + 500) / 1000);
    recordMicroseconds(microseconds, 1);
}

void LatencyHistogram::recordMicroseconds(std::int64_t microseconds, std::int64_t times)
{
    m_counts[std::size_t(indexOf(microseconds))] += times;
    m_min = m_count == 0 ? microseconds : std::min(m_min, microseconds);
    m_max = m_count == 0 ? microseconds : std::max(m_max, microseconds);
    m_count += times;
    m_sum += double(microseconds) * double(times);
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_count == 0)
        return;
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    m_min = m_count == 0 ? other.m_min : std::min(m_min, other.m_min);
    m_max = m_count == 0 ? other.m_max : std::max(m_max, other.m_max);
    m_count += other.m_count;
    m_sum += other.m_sum;
}

void LatencyHistogram::clear()
{
    std::fill(m_counts.begin(), m_counts.end(), 0);
    m_count = 0;
    m_min = m_max = 0;
    m_sum = 0;
}

double LatencyHistogram::percentileMs(double percent) const
{
    if (m_count == 0)
        return 0;
    // Nearest rank: the smallest value with at least `percent` of all values at or below it.
    const double wanted = std::ceil(std::clamp(percent, 0.0, 100.0) / 100.0 * double(m_count));
    const std::int64_t rank = std::clamp<std::int64_t>(std::int64_t(wanted), 1, m_count);
    std::int64_t seen = 0;
    for (int i = 0; i < Buckets; ++i) {
        seen += m_counts[std::size_t(i)];
        if (seen >= rank)
            return toMs(std::min(upperBoundOf(i), m_max));
    }
    return toMs(m_max);
}

double LatencyHistogram::minMs() const
{
    return toMs(m_min);
}

double LatencyHistogram::maxMs() const
{
    return toMs(m_max);
}

double LatencyHistogram::meanMs() const
{
    return m_count == 0 ? 0 : m_sum / double(m_count) / 1000.0;
}

QList<LatencyHistogram::Bucket> LatencyHistogram::buckets() const
{
    QList<Bucket> list;
    for (int i = 0; i < Buckets; ++i) {
        if (const std::int64_t n = m_counts[std::size_t(i)]; n > 0)
            list.append({toMs(upperBoundOf(i)), n});
    }
    return list;
}

QJsonArray LatencyHistogram::toJson() const
{
    QJsonArray json;
    for (const Bucket &bucket : buckets())
        json.append(QJsonArray{bucket.upperBoundMs, qint64(bucket.count)});
    return json;
}

Result<LatencyHistogram> LatencyHistogram::fromJson(const QJsonArray &json)
{
    LatencyHistogram histogram;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QJsonArray pair = json.at(i).toArray();
        const double upperMs = pair.at(0).toDouble(-1);
        const double count = pair.at(1).toDouble(-1);
        if (pair.size() != 2 || upperMs < 0 || count < 0 || count != std::floor(count)
            || upperMs > double(std::numeric_limits<std::int32_t>::max()))
            return fail(tr("The latency histogram is damaged: entry %1 is not [upper_bound_ms, count].").arg(i + 1));
        if (count > 0)
            histogram.recordMicroseconds(std::llround(upperMs * 1000.0), std::int64_t(count));
    }
    return histogram;
}

} // namespace atelier

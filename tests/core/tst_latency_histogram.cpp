// Tests LatencyHistogram: bucket layout, percentiles against an exact sorted-vector computation, merge and JSON.
#include "core/serving/latency_histogram.h"

#include <QJsonArray>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace atelier;
using namespace std::chrono_literals;

namespace {

using Samples = std::vector<std::int64_t>; // microseconds

// The nearest-rank percentile of the exact values, as the histogram defines it.
std::int64_t exactPercentile(Samples sorted, double percent)
{
    std::sort(sorted.begin(), sorted.end());
    const auto rank = std::max<std::int64_t>(1, std::int64_t(std::ceil(percent / 100.0 * double(sorted.size()))));
    return sorted[std::size_t(rank - 1)];
}

Samples generate(const QString &shape, int n)
{
    std::mt19937_64 random(42);
    Samples samples;
    samples.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        double us = 0;
        if (shape == QLatin1String("uniform"))
            us = std::uniform_real_distribution<double>(1, 2'000'000)(random);
        else if (shape == QLatin1String("exponential"))
            us = std::exponential_distribution<double>(1.0 / 5'000)(random);
        else if (shape == QLatin1String("lognormal"))
            us = std::lognormal_distribution<double>(8, 2.5)(random);
        else if (shape == QLatin1String("bimodal"))
            us = i % 100 < 97 ? std::normal_distribution<double>(800, 50)(random) : 1'000'000 + i;
        else if (shape == QLatin1String("constant"))
            us = 12'345;
        else if (shape == QLatin1String("tiny"))
            us = double(i % 200);
        samples.push_back(std::max<std::int64_t>(0, std::llround(us)));
    }
    return samples;
}

LatencyHistogram histogramOf(const Samples &samples)
{
    LatencyHistogram histogram;
    for (std::int64_t us : samples)
        histogram.record(std::chrono::microseconds(us));
    return histogram;
}

} // namespace

class TestLatencyHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsAreContiguousAndNarrow()
    {
        // Every value up to 60 s lands in a bucket whose upper bound is at or above it and within
        // 1/64 of it; consecutive buckets leave no gap.
        std::int64_t previousUpper = -1;
        for (int i = 0; i < LatencyHistogram::bucketCount(); ++i) {
            const std::int64_t upper = LatencyHistogram::bucketUpperBound(i);
            const std::int64_t lower = previousUpper + 1;
            QCOMPARE(LatencyHistogram::bucketIndex(lower), i);
            QCOMPARE(LatencyHistogram::bucketIndex(upper), i);
            QVERIFY2(double(upper - lower + 1) <= std::max(1.0, double(lower) / 64.0),
                     qPrintable(QStringLiteral("bucket %1: [%2, %3]").arg(i).arg(lower).arg(upper)));
            previousUpper = upper;
        }
        QVERIFY(previousUpper >= LatencyHistogram::HighestMicroseconds);
        QCOMPARE(LatencyHistogram::bucketIndex(LatencyHistogram::HighestMicroseconds * 10),
                 LatencyHistogram::bucketCount() - 1);
    }

    void percentilesMatchSortedValues_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("count");
        for (const char *shape : {"uniform", "exponential", "lognormal", "bimodal", "constant", "tiny"}) {
            QTest::addRow("%s 1", shape) << QString::fromLatin1(shape) << 1;
            QTest::addRow("%s 99", shape) << QString::fromLatin1(shape) << 99;
            QTest::addRow("%s 100000", shape) << QString::fromLatin1(shape) << 100'000;
        }
    }

    void percentilesMatchSortedValues()
    {
        QFETCH(QString, shape);
        QFETCH(int, count);
        const Samples samples = generate(shape, count);
        const LatencyHistogram histogram = histogramOf(samples);
        QCOMPARE(histogram.count(), std::int64_t(count));
        for (double percent : {0.1, 1.0, 25.0, 50.0, 90.0, 95.0, 99.0, 99.9, 100.0}) {
            const double exact = double(std::min(exactPercentile(samples, percent), LatencyHistogram::HighestMicroseconds));
            const double estimate = histogram.percentileMs(percent) * 1000.0;
            // Never below the exact value, and above it by less than its bucket's width.
            QVERIFY2(estimate >= exact && estimate <= exact + std::max(1.0, exact / 64.0),
                     qPrintable(QStringLiteral("p%1: %2 µs for %3 µs").arg(percent).arg(estimate).arg(exact)));
        }
        QCOMPARE(histogram.maxMs(), double(*std::max_element(samples.cbegin(), samples.cend())) / 1000.0);
        QCOMPARE(histogram.minMs(), double(*std::min_element(samples.cbegin(), samples.cend())) / 1000.0);
        double sum = 0;
        for (std::int64_t us : samples)
            sum += double(us);
        QVERIFY(std::abs(histogram.meanMs() - sum / double(count) / 1000.0) < 1e-6);
    }

    void nanosecondsRoundToMicroseconds()
    {
        LatencyHistogram histogram;
        histogram.record(499ns);
        histogram.record(1'500ns);
        histogram.record(-5ms); // a clock step back counts as no time, not as a huge unsigned value
        QCOMPARE(histogram.count(), std::int64_t{3});
        QCOMPARE(histogram.minMs(), 0.0);
        QCOMPARE(histogram.maxMs(), 0.002);
    }

    void beyondTheRangeKeepsTheExactMaximum()
    {
        LatencyHistogram histogram;
        histogram.record(10ms);
        histogram.record(120s);
        QCOMPARE(histogram.maxMs(), 120'000.0);
        // The top bucket holds everything from 60 s on; its bound is what the percentile can say.
        QVERIFY(histogram.percentileMs(100) >= 60'000.0 && histogram.percentileMs(100) <= 120'000.0);
        QVERIFY(histogram.percentileMs(50) <= 10.0 * (1 + 1.0 / 64));
    }

    void emptyHistogramIsZero()
    {
        const LatencyHistogram histogram;
        QCOMPARE(histogram.count(), std::int64_t{0});
        QCOMPARE(histogram.percentileMs(99), 0.0);
        QCOMPARE(histogram.meanMs(), 0.0);
        QVERIFY(histogram.toJson().isEmpty());
    }

    void mergeEqualsRecordingEverything()
    {
        const Samples samples = generate(QStringLiteral("lognormal"), 30'000);
        LatencyHistogram whole = histogramOf(samples);
        LatencyHistogram parts[3];
        for (std::size_t i = 0; i < samples.size(); ++i)
            parts[i % 3].record(std::chrono::microseconds(samples[i]));
        LatencyHistogram merged;
        for (const LatencyHistogram &part : parts)
            merged.merge(part);
        QCOMPARE(merged.count(), whole.count());
        QCOMPARE(merged.toJson(), whole.toJson());
        for (double percent : {50.0, 95.0, 99.0, 100.0})
            QCOMPARE(merged.percentileMs(percent), whole.percentileMs(percent));
        QCOMPARE(merged.minMs(), whole.minMs());
        QCOMPARE(merged.maxMs(), whole.maxMs());
    }

    void jsonListsFilledBucketsAndReadsBack()
    {
        LatencyHistogram histogram;
        for (int i = 0; i < 5; ++i)
            histogram.record(3ms);
        histogram.record(250ms);
        const QJsonArray json = histogram.toJson();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(0).toArray().at(1).toInteger(), qint64{5});
        const double upper = json.at(0).toArray().at(0).toDouble();
        QVERIFY(upper >= 3.0 && upper < 3.0 * (1 + 1.0 / 64));
        auto back = LatencyHistogram::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->count(), std::int64_t{6});
        QCOMPARE(back->percentileMs(50), histogram.percentileMs(50));
    }

    void damagedJsonIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not a pair") << QByteArray("[[1.0]]");
        QTest::newRow("negative count") << QByteArray("[[1.0, -2]]");
        QTest::newRow("fractional count") << QByteArray("[[1.0, 2.5]]");
        QTest::newRow("text") << QByteArray("[[\"1\", 2]]");
        QTest::newRow("not an array") << QByteArray("[7]");
    }

    void damagedJsonIsRefused()
    {
        QFETCH(QByteArray, json);
        auto histogram = LatencyHistogram::fromJson(QJsonDocument::fromJson(json).array());
        QVERIFY(!histogram);
        QVERIFY(histogram.error().message.contains(QLatin1String("[upper_bound_ms, count]")));
    }
};

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latency_histogram.moc"

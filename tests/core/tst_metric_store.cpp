// Tests MetricStore: summaries, NaN and infinities, replacements, history pages and the bucket pyramid against brute force.
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tracking/metric_store.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>
#include <map>
#include <utility>

using namespace atelier;

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// The points of a series as the test wrote them: (step, timestamp) -> value, later writes winning.
using Reference = std::map<std::pair<std::int64_t, std::int64_t>, double>;

// The bucket brute force computes over the stored points with steps in [from, to].
MetricBucket bruteForce(const Reference &points, std::int64_t from, std::int64_t to)
{
    MetricBucket bucket;
    bucket.min = NaN;
    bucket.max = NaN;
    for (auto it = points.lower_bound({from, std::numeric_limits<std::int64_t>::min()});
         it != points.end() && it->first.first <= to; ++it) {
        const double value = it->second;
        if (bucket.count == 0)
            bucket.firstStep = it->first.first;
        bucket.lastStep = it->first.first;
        bucket.lastTimestamp = it->first.second;
        bucket.last = value;
        if (!std::isnan(value)) {
            bucket.min = std::isnan(bucket.min) ? value : std::min(bucket.min, value);
            bucket.max = std::isnan(bucket.max) ? value : std::max(bucket.max, value);
        }
        ++bucket.count;
    }
    return bucket;
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

QString describe(const MetricBucket &b)
{
    return QStringLiteral("[%1..%2] n=%3 min=%4 max=%5 last=%6@%7")
        .arg(b.firstStep)
        .arg(b.lastStep)
        .arg(b.count)
        .arg(b.min)
        .arg(b.max)
        .arg(b.last)
        .arg(b.lastTimestamp);
}

} // namespace

class TestMetricStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<MetricStore> m_store;
    std::int64_t m_run = 0;
    int m_runs = 0;

    // The 1,000,000-point series, with one spike up and one down.
    std::int64_t m_longSeries = 0;
    std::vector<double> m_longValues;
    static constexpr std::int64_t LongCount = 1'000'000;
    static constexpr std::int64_t SpikeUpStep = 654'321;
    static constexpr std::int64_t SpikeDownStep = 123'457;

    Database &db() { return m_project->database(); }

    std::int64_t newRun()
    {
        const QString uuid = QStringLiteral("%1").arg(++m_runs, 32, 10, QLatin1Char('0'));
        auto ok = db().execute("INSERT INTO run(uuid, experiment_id) VALUES (?, 0)", uuid);
        if (!ok)
            qFatal("%s", qPrintable(ok.error().toString()));
        return db().lastInsertId();
    }

    void append(std::int64_t run, const QList<MetricValue> &points)
    {
        auto transaction = Transaction::begin(db());
        QVERIFY(transaction);
        auto ok = m_store->append(run, points);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QVERIFY(transaction->commit());
    }

    MetricSeriesSummary summary(std::int64_t run, const QString &key)
    {
        auto all = m_store->series(run);
        if (all) {
            for (const MetricSeriesSummary &s : std::as_const(*all)) {
                if (s.key == key)
                    return s;
            }
        }
        return {};
    }

    // Checks every bucket of buckets(from, to, maxBuckets) against brute force over `points`.
    void checkBuckets(std::int64_t series, const Reference &points, std::int64_t from, std::int64_t to,
                      int maxBuckets)
    {
        auto buckets = m_store->buckets(series, from, to, maxBuckets);
        QVERIFY2(buckets, qPrintable(buckets ? QString() : buckets.error().toString()));
        const MetricBucket whole = bruteForce(points, from, to);
        QVERIFY2(std::int64_t(buckets->size()) <= std::max<std::int64_t>(maxBuckets + 1, 0),
                 qPrintable(QStringLiteral("%1 buckets for %2").arg(buckets->size()).arg(maxBuckets)));
        if (whole.count <= maxBuckets) {
            // Few enough points: each one is its own bucket, in (step, timestamp) order.
            QCOMPARE(std::int64_t(buckets->size()), whole.count);
            auto point = points.lower_bound({from, std::numeric_limits<std::int64_t>::min()});
            for (const MetricBucket &bucket : *buckets) {
                QVERIFY(point != points.end());
                QVERIFY2(bucket.count == 1 && bucket.firstStep == point->first.first
                             && bucket.lastStep == point->first.first && bucket.lastTimestamp == point->first.second
                             && sameValue(bucket.min, point->second) && sameValue(bucket.max, point->second)
                             && sameValue(bucket.last, point->second),
                         qPrintable(describe(bucket)));
                ++point;
            }
            return;
        }
        std::int64_t total = 0;
        double min = NaN;
        double max = NaN;
        std::int64_t previousLast = std::numeric_limits<std::int64_t>::min();
        for (const MetricBucket &bucket : *buckets) {
            QVERIFY(bucket.firstStep >= from && bucket.lastStep <= to);
            QVERIFY2(bucket.firstStep <= bucket.lastStep && bucket.firstStep > previousLast,
                     qPrintable(describe(bucket)));
            previousLast = bucket.lastStep;
            const MetricBucket expected = bruteForce(points, bucket.firstStep, bucket.lastStep);
            QVERIFY2(expected.count == bucket.count && sameValue(expected.min, bucket.min)
                         && sameValue(expected.max, bucket.max) && sameValue(expected.last, bucket.last)
                         && expected.lastTimestamp == bucket.lastTimestamp && expected.firstStep == bucket.firstStep
                         && expected.lastStep == bucket.lastStep,
                     qPrintable(describe(bucket) + QStringLiteral(" expected ") + describe(expected)));
            total += bucket.count;
            if (!std::isnan(bucket.min))
                min = std::isnan(min) ? bucket.min : std::min(min, bucket.min);
            if (!std::isnan(bucket.max))
                max = std::isnan(max) ? bucket.max : std::max(max, bucket.max);
        }
        QCOMPARE(total, whole.count);
        QVERIFY(sameValue(min, whole.min));
        QVERIFY(sameValue(max, whole.max));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto project = Project::create(m_dir.filePath(QStringLiteral("project")));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
        m_store = std::make_unique<MetricStore>(db());
        m_run = newRun();

        // A noisy series in [0, 1) with a spike up and one down, logged in batches of 1000.
        QRandomGenerator random(7);
        m_longValues.resize(std::size_t(LongCount));
        const std::int64_t run = newRun();
        auto transaction = Transaction::begin(db());
        QVERIFY(transaction);
        QList<MetricValue> batch;
        for (std::int64_t step = 0; step < LongCount; ++step) {
            double value = random.generateDouble();
            if (step == SpikeUpStep)
                value = 1000;
            if (step == SpikeDownStep)
                value = -1000;
            m_longValues[std::size_t(step)] = value;
            batch.append({QStringLiteral("loss"), value, 1'700'000'000'000 + step, step});
            if (batch.size() == 1000) {
                QVERIFY(m_store->append(run, batch));
                batch.clear();
            }
        }
        QVERIFY(transaction->commit());
        auto id = m_store->seriesId(run, QStringLiteral("loss"));
        QVERIFY(id);
        m_longSeries = *id;
    }

    void summaryFollowsTheLatestRule()
    {
        const std::int64_t run = newRun();
        append(run, {{QStringLiteral("acc"), 0.5, 100, 5}, {QStringLiteral("acc"), 0.9, 200, 3},
                     {QStringLiteral("acc"), 0.1, 50, 5}, {QStringLiteral("acc"), 0.7, 300, 1}});
        MetricSeriesSummary s = summary(run, QStringLiteral("acc"));
        QCOMPARE(s.count, 4);
        QCOMPARE(s.latest.step, 5);
        QCOMPARE(s.latest.timestamp, 100);
        QCOMPARE(s.latest.value, 0.5);
        QCOMPARE(s.min, 0.1);
        QCOMPARE(s.max, 0.9);
        QCOMPARE(s.firstStep, 1);
        QCOMPARE(s.firstTimestamp, 300);
        QVERIFY(!s.system);

        // A later call with an older step changes neither the latest nor the first point.
        append(run, {{QStringLiteral("acc"), 0.95, 400, 4}});
        s = summary(run, QStringLiteral("acc"));
        QCOMPARE(s.count, 5);
        QCOMPARE(s.latest.value, 0.5);
        QCOMPARE(s.max, 0.95);
        // The same step at a newer time is the new latest.
        append(run, {{QStringLiteral("acc"), 0.6, 500, 5}, {QStringLiteral("system/gpu_utilization_percentage"), 80, 500, 0}});
        s = summary(run, QStringLiteral("acc"));
        QCOMPARE(s.latest.value, 0.6);
        QCOMPARE(s.latest.timestamp, 500);
        QVERIFY(summary(run, QStringLiteral("system/gpu_utilization_percentage")).system);
    }

    void replacingAPointKeepsCountAndFixesMinMax()
    {
        const std::int64_t run = newRun();
        append(run, {{QStringLiteral("x"), 1, 10, 0}, {QStringLiteral("x"), 50, 10, 1}, {QStringLiteral("x"), 2, 10, 2}});
        // The maximum is replaced by a smaller value; a point in the same call is written twice.
        append(run, {{QStringLiteral("x"), 3, 10, 1}, {QStringLiteral("x"), 4, 10, 3}, {QStringLiteral("x"), 5, 10, 3}});
        const MetricSeriesSummary s = summary(run, QStringLiteral("x"));
        QCOMPARE(s.count, 4);
        QCOMPARE(s.max, 5.0);
        QCOMPARE(s.min, 1.0);
        QCOMPARE(s.latest.value, 5.0);
        auto history = m_store->history(s.seriesId, 0);
        QVERIFY(history);
        QCOMPARE(history->size(), 4);
        QCOMPARE(history->at(1).value, 3.0);
        for (int level = 0; level < MetricStore::levelCount(); ++level) {
            auto st = db().statement("SELECT min_value, max_value, count FROM metric_bucket "
                                     "WHERE series_id = ? AND level = ? AND bucket = 0");
            QVERIFY(st);
            (*st)->bindAll(s.seriesId, level);
            auto row = (*st)->step();
            QVERIFY(row && *row);
            QCOMPARE((*st)->real(0), 1.0);
            QCOMPARE((*st)->real(1), 5.0);
            QCOMPARE((*st)->int64(2), 4);
        }
    }

    void nanAndInfinitiesRoundTrip()
    {
        const std::int64_t run = newRun();
        append(run, {{QStringLiteral("v"), NaN, 1, 0}, {QStringLiteral("v"), Inf, 2, 1}, {QStringLiteral("v"), -Inf, 3, 2},
                     {QStringLiteral("v"), NaN, 4, 3}, {QStringLiteral("only_nan"), NaN, 1, 0}});
        const MetricSeriesSummary s = summary(run, QStringLiteral("v"));
        QVERIFY(std::isnan(s.latest.value));
        QCOMPARE(s.min, -Inf);
        QCOMPARE(s.max, Inf);
        auto history = m_store->history(s.seriesId, 0);
        QVERIFY(history);
        QCOMPARE(history->size(), 4);
        QVERIFY(std::isnan(history->at(0).value));
        QCOMPARE(history->at(1).value, Inf);
        QCOMPARE(history->at(2).value, -Inf);
        QVERIFY(std::isnan(history->at(3).value));

        const MetricSeriesSummary nanOnly = summary(run, QStringLiteral("only_nan"));
        QVERIFY(std::isnan(nanOnly.min) && std::isnan(nanOnly.max) && std::isnan(nanOnly.latest.value));
        auto buckets = m_store->buckets(nanOnly.seriesId, 0, 0, 10);
        QVERIFY(buckets);
        QCOMPARE(buckets->size(), std::size_t(1));
        QVERIFY(std::isnan(buckets->front().min) && std::isnan(buckets->front().last));
    }

    void historyPages_data()
    {
        QTest::addColumn<int>("pointCount");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("three pages") << 25 << 10;
        QTest::newRow("exact pages") << 20 << 10;
        QTest::newRow("one page") << 5 << 10;
        QTest::newRow("all at once") << 7 << 0;
    }

    void historyPages()
    {
        QFETCH(int, pointCount);
        QFETCH(int, pageSize);
        const std::int64_t run = newRun();
        QList<MetricValue> points;
        // Steps repeat with two timestamps each, logged newest first.
        for (int i = pointCount - 1; i >= 0; --i)
            points.append({QStringLiteral("h"), double(i), 1000 + i % 2, i / 2});
        append(run, points);
        auto id = m_store->seriesId(run, QStringLiteral("h"));
        QVERIFY(id);
        QList<MetricValue> all;
        QString token;
        int pages = 0;
        do {
            QString next;
            auto page = m_store->history(*id, pageSize, token, &next);
            QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
            QVERIFY(pageSize == 0 || page->size() <= pageSize);
            all += *page;
            token = next;
            ++pages;
        } while (!token.isEmpty() && pages < 100);
        QCOMPARE(all.size(), pointCount);
        for (int i = 0; i < pointCount; ++i) {
            QCOMPARE(all[i].value, double(i));
            QCOMPARE(all[i].step, i / 2);
            QCOMPARE(all[i].timestamp, 1000 + i % 2);
            QCOMPARE(all[i].key, QStringLiteral("h"));
        }
        QCOMPARE(pages, pageSize == 0 ? 1 : std::max(1, (pointCount + pageSize - 1) / pageSize));
    }

    void badPageTokenIsInvalid()
    {
        auto page = m_store->history(m_longSeries, 10, QStringLiteral("not a token!"));
        QVERIFY(!page);
        QCOMPARE(page.error().code, TrackingError::InvalidParameterValue);
        auto missing = m_store->history(987654321, 10);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, TrackingError::ResourceDoesNotExist);
    }

    void spikeIsTheMaxOfItsBucketAtEveryLevel()
    {
        for (int level = 0; level < MetricStore::levelCount(); ++level) {
            const std::int64_t width = MetricStore::levelWidth(level);
            auto st = db().statement("SELECT min_value, max_value, count, first_step, last_step FROM metric_bucket "
                                     "WHERE series_id = ? AND level = ? AND bucket = ?");
            QVERIFY(st);
            (*st)->bindAll(m_longSeries, level, SpikeUpStep / width);
            auto row = (*st)->step();
            QVERIFY(row && *row);
            QCOMPARE((*st)->real(1), 1000.0);
            const std::int64_t first = SpikeUpStep / width * width;
            const std::int64_t last = std::min(first + width, LongCount) - 1;
            QCOMPARE((*st)->int64(2), last - first + 1);
            QCOMPARE((*st)->int64(3), first);
            QCOMPARE((*st)->int64(4), last);
        }
        // And whatever the zoom, the chart's bucket over the spikes shows them.
        for (const int maxBuckets : {2000, 500, 37, 3, 1}) {
            auto buckets = m_store->buckets(m_longSeries, 0, LongCount - 1, maxBuckets);
            QVERIFY(buckets);
            QVERIFY(!buckets->empty() && int(buckets->size()) <= maxBuckets + 1);
            bool upSeen = false;
            bool downSeen = false;
            for (const MetricBucket &bucket : *buckets) {
                if (bucket.firstStep <= SpikeUpStep && SpikeUpStep <= bucket.lastStep)
                    upSeen = bucket.max == 1000.0;
                if (bucket.firstStep <= SpikeDownStep && SpikeDownStep <= bucket.lastStep)
                    downSeen = bucket.min == -1000.0;
            }
            QVERIFY2(upSeen && downSeen, qPrintable(QString::number(maxBuckets)));
        }
    }

    void randomRangesMatchBruteForce()
    {
        Reference points;
        for (std::int64_t step = 0; step < LongCount; ++step)
            points.emplace(std::pair(step, 1'700'000'000'000 + step), m_longValues[std::size_t(step)]);
        QRandomGenerator random(42);
        for (int i = 0; i < 60; ++i) {
            std::int64_t from = random.bounded(qint64(0), qint64(LongCount + 100)) - 50;
            std::int64_t to = random.bounded(qint64(0), qint64(LongCount + 100)) - 50;
            if (from > to)
                std::swap(from, to);
            const int maxBuckets = QList<int>{1, 7, 100, 2000, 5000}[random.bounded(5)];
            checkBuckets(m_longSeries, points, from, to, maxBuckets);
        }
        checkBuckets(m_longSeries, points, 0, LongCount - 1, 2000);
        checkBuckets(m_longSeries, points, SpikeUpStep, SpikeUpStep, 2000);
    }

    void outOfOrderSparseSeriesMatchesBruteForce()
    {
        // Steps in random order with gaps, repeated steps at other times, replaced values, NaNs.
        const std::int64_t run = newRun();
        QRandomGenerator random(1234);
        Reference points;
        for (int round = 0; round < 40; ++round) {
            QList<MetricValue> batch;
            for (int i = 0; i < 1000; ++i) {
                const std::int64_t step = random.bounded(-5000, 300000);
                const std::int64_t timestamp = random.bounded(0, 4);
                double value = random.generateDouble() * 100 - 50;
                if (random.bounded(50) == 0)
                    value = NaN;
                batch.append({QStringLiteral("sparse"), value, timestamp, step});
                points[{step, timestamp}] = value;
            }
            append(run, batch);
        }
        auto id = m_store->seriesId(run, QStringLiteral("sparse"));
        QVERIFY(id);
        const MetricSeriesSummary s = summary(run, QStringLiteral("sparse"));
        QCOMPARE(s.count, std::int64_t(points.size()));
        const MetricBucket whole = bruteForce(points, std::numeric_limits<std::int64_t>::min(),
                                              std::numeric_limits<std::int64_t>::max());
        QCOMPARE(s.min, whole.min);
        QCOMPARE(s.max, whole.max);
        QCOMPARE(s.firstStep, points.begin()->first.first);
        QVERIFY(sameValue(s.latest.value, whole.last));
        for (int i = 0; i < 60; ++i) {
            std::int64_t from = random.bounded(-6000, 301000);
            std::int64_t to = random.bounded(-6000, 301000);
            if (from > to)
                std::swap(from, to);
            checkBuckets(*id, points, from, to, QList<int>{1, 10, 300, 2000}[random.bounded(4)]);
        }
    }

    void unknownSeries()
    {
        auto buckets = m_store->buckets(987654321, 0, 10, 10);
        QVERIFY(!buckets);
        QCOMPARE(buckets.error().code, TrackingError::ResourceDoesNotExist);
        auto id = m_store->seriesId(m_run, QStringLiteral("never logged"));
        QVERIFY(!id);
        QCOMPARE(id.error().code, TrackingError::ResourceDoesNotExist);
    }
};

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metric_store.moc"

// Benchmark: metric ingest through MetricStore beside a bare SQLite insert loop, bytes a point, and chart reads.
//
// Usage: bench_metric_ingest [points]   (default 10,000,000; writes two databases of a few hundred MB
// into a temporary folder). Both sides log one series in batches of 1000 points, each batch in
// its own transaction, as the tracking server does for a log-batch request. With synchronous=FULL
// (the project's setting for user edits) every commit waits for an fsync, which bounds both sides
// alike; metric batches from the tracking server commit with synchronous=NORMAL (the decision and
// its reasons are in core/tracking/mlflow_routes.cpp), so the large run uses NORMAL on both and a
// smaller one shows the FULL figures. Wall and CPU times are printed: on a loaded machine the CPU
// time is the steadier measure of the work done.
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tracking/metric_store.h"
#include "core/tracking/tracking_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <vector>

using namespace atelier;

namespace {

constexpr int BatchSize = 1000;
constexpr std::int64_t StartTimestamp = 1'700'000'000'000;

// A training-loss-like curve with noise, the same values on both sides.
double valueAt(std::int64_t step)
{
    const double noise = double((step * 2654435761u) % 1000) / 1000.0;
    return 2.0 / (1.0 + double(step) / 100000.0) + 0.05 * noise;
}

bool check(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

// The peer: sqlite3_prepare once, bind and step per point, into the same WITHOUT ROWID layout,
// with the same pragmas as a project database (WAL, synchronous FULL).
struct Timing
{
    double wall = 0; // seconds
    double cpu = 0;  // seconds of this process's CPU
};

class Stopwatch
{
public:
    Stopwatch() : m_cpu(std::clock()) { m_wall.start(); }
    Timing elapsed() const
    {
        return {double(m_wall.nsecsElapsed()) / 1e9, double(std::clock() - m_cpu) / CLOCKS_PER_SEC};
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu;
};

Timing bareInsert(const QString &path, std::int64_t points, bool fullSync)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    check(sqlite3_exec(db, fullSync ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL", nullptr, nullptr,
                       nullptr),
          db, "pragma");
    check(sqlite3_exec(db,
                       "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"
                       "CREATE TABLE metric_point (series_id INTEGER NOT NULL, step INTEGER NOT NULL, "
                       "timestamp INTEGER NOT NULL, value REAL, PRIMARY KEY (series_id, step, timestamp)) WITHOUT ROWID;",
                       nullptr, nullptr, nullptr),
          db, "schema");
    sqlite3_stmt *insert = nullptr;
    check(sqlite3_prepare_v3(db, "INSERT INTO metric_point(series_id, step, timestamp, value) VALUES (?, ?, ?, ?)", -1,
                             SQLITE_PREPARE_PERSISTENT, &insert, nullptr),
          db, "prepare");
    const Stopwatch watch;
    for (std::int64_t begin = 0; begin < points; begin += BatchSize) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (std::int64_t step = begin; step < std::min(points, begin + BatchSize); ++step) {
            sqlite3_bind_int64(insert, 1, 1);
            sqlite3_bind_int64(insert, 2, step);
            sqlite3_bind_int64(insert, 3, StartTimestamp + step * 10);
            sqlite3_bind_double(insert, 4, valueAt(step));
            if (!check(sqlite3_step(insert), db, "insert"))
                return {};
            sqlite3_reset(insert);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const Timing timing = watch.elapsed();
    sqlite3_finalize(insert);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return timing;
}

// Logs `points` into one new run of a new project at `folder`; returns the run id.
QString storeIngest(const QString &folder, std::int64_t points, bool fullSync, Timing *timing)
{
    auto project = Project::create(folder);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return {};
    }
    Database &db = (*project)->database();
    if (!fullSync && !db.exec("PRAGMA synchronous = NORMAL"))
        return {};
    TrackingStore tracking(db, (*project)->audit());
    auto run = tracking.createRun({});
    if (!run)
        return {};
    const std::int64_t runRowId = *tracking.runRowId(run->runId);
    MetricStore &metrics = tracking.metrics();

    QList<MetricValue> batch;
    batch.reserve(BatchSize);
    const QString key = QStringLiteral("train/loss");
    const Stopwatch watch;
    for (std::int64_t begin = 0; begin < points; begin += BatchSize) {
        batch.clear();
        for (std::int64_t step = begin; step < std::min(points, begin + BatchSize); ++step)
            batch.append({key, valueAt(step), StartTimestamp + step * 10, step});
        auto transaction = Transaction::begin(db);
        if (!transaction)
            return {};
        if (auto ok = metrics.append(runRowId, batch); !ok) {
            std::fprintf(stderr, "%s\n", qPrintable(ok.error().toString()));
            return {};
        }
        if (!transaction->commit())
            return {};
    }
    *timing = watch.elapsed();
    if (!db.exec("PRAGMA wal_checkpoint(TRUNCATE)"))
        return {};
    return run->runId;
}

void printIngest(const char *title, std::int64_t points, const Timing &store, const Timing &bare)
{
    std::printf("metric ingest, %s, %lld points in batches of %d (one transaction each):\n", title,
                qlonglong(points), BatchSize);
    std::printf("  MetricStore::append   %10.0f points/s wall, %10.0f points/s CPU  (%.2f s, %.2f s CPU)\n",
                double(points) / store.wall, double(points) / store.cpu, store.wall, store.cpu);
    std::printf("  bare prepared insert  %10.0f points/s wall, %10.0f points/s CPU  (%.2f s, %.2f s CPU)\n",
                double(points) / bare.wall, double(points) / bare.cpu, bare.wall, bare.cpu);
    std::printf("  ratio store/bare      %10.2f wall, %10.2f CPU  (target >= 0.7; >= 500,000 points/s)\n",
                bare.wall / store.wall, bare.cpu / store.cpu);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::int64_t points = argc > 1 ? std::max<std::int64_t>(BatchSize, QByteArray(argv[1]).toLongLong())
                                         : 10'000'000;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    // (a) Ingest: the project's synchronous=FULL on a smaller run, then NORMAL on the whole.
    const std::int64_t fullPoints = std::min<std::int64_t>(points, 100'000);
    Timing storeFull;
    if (storeIngest(dir.filePath(QStringLiteral("full")), fullPoints, true, &storeFull).isEmpty())
        return 1;
    const Timing bareFull = bareInsert(dir.filePath(QStringLiteral("bare_full.db")), fullPoints, true);
    printIngest("synchronous=FULL", fullPoints, storeFull, bareFull);

    Timing store;
    const QString runId = storeIngest(dir.filePath(QStringLiteral("project")), points, false, &store);
    if (runId.isEmpty())
        return 1;
    const QString storePath = dir.filePath(QStringLiteral("project/atelier.db"));
    const QString barePath = dir.filePath(QStringLiteral("bare.db"));
    const Timing bare = bareInsert(barePath, points, false);
    printIngest("synchronous=NORMAL", points, store, bare);

    // (b) Bytes a point on disk, after a checkpoint.
    const double storeBytes = double(QFileInfo(storePath).size()) / double(points);
    const double bareBytes = double(QFileInfo(barePath).size()) / double(points);
    std::printf("bytes a point on disk:\n");
    std::printf("  project database      %10.1f  (points, series summary and pyramid; target <= 32)\n", storeBytes);
    std::printf("  bare points table     %10.1f\n", bareBytes);

    // (c) Opening the chart: a fresh connection reads the whole series at 2000 buckets, then zooms.
    auto project = Project::open(dir.filePath(QStringLiteral("project")));
    if (!project)
        return 1;
    TrackingStore tracking((*project)->database(), (*project)->audit());
    const Stopwatch open;
    auto rowId = tracking.runRowId(runId);
    if (!rowId)
        return 1;
    auto series = tracking.metrics().series(*rowId);
    if (!series || series->isEmpty())
        return 1;
    const MetricSeriesSummary summary = series->front();
    auto whole = tracking.metrics().buckets(summary.seriesId, summary.firstStep, summary.latest.step, 2000);
    const Timing opened = open.elapsed();
    if (!whole)
        return 1;

    std::vector<double> wholeMs;
    std::vector<double> wholeCpuMs;
    for (int i = 0; i < 10; ++i) {
        const Stopwatch watch;
        auto again = tracking.metrics().buckets(summary.seriesId, summary.firstStep, summary.latest.step, 2000);
        wholeMs.push_back(watch.elapsed().wall * 1e3);
        wholeCpuMs.push_back(watch.elapsed().cpu * 1e3);
    }
    QRandomGenerator random(3);
    const std::int64_t zoomWidth = std::max<std::int64_t>(1, points / 100);
    std::vector<double> zoomMs;
    std::vector<double> zoomCpuMs;
    std::size_t zoomBuckets = 0;
    for (int i = 0; i < 20; ++i) {
        const std::int64_t from = random.bounded(qint64(0), qint64(std::max<std::int64_t>(1, points - zoomWidth)));
        const Stopwatch watch;
        auto zoom = tracking.metrics().buckets(summary.seriesId, from, from + zoomWidth - 1, 2000);
        zoomMs.push_back(watch.elapsed().wall * 1e3);
        zoomCpuMs.push_back(watch.elapsed().cpu * 1e3);
        if (zoom)
            zoomBuckets = zoom->size();
    }
    std::printf("chart reads of the %lld-point series at 2000 buckets (CPU ms beside; clock() ticks are coarse):\n",
                qlonglong(points));
    std::printf("  open (run, series, buckets) %8.2f ms  %8.2f CPU ms  (%zu buckets; target < 200 ms)\n",
                opened.wall * 1e3, opened.cpu * 1e3, whole->size());
    std::printf("  whole range, warm           %8.2f ms  %8.2f CPU ms  (median of 10)\n", median(wholeMs),
                median(wholeCpuMs));
    std::printf("  zoom into 1%%                %8.2f ms  %8.2f CPU ms  (median of 20, %zu buckets; target < 50 ms)\n",
                median(zoomMs), median(zoomCpuMs), zoomBuckets);
    return 0;
}

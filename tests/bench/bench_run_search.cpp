// Benchmark: RunSearch filtering and sorting 100,000 runs beside bare SQLite scans and a hand-written join of the same tables.
//
// bench_run_search [RUNS [PARAMS [METRICS]]]   (defaults 100000 20 20; 5 tags a run)
// Builds a project in a temporary folder with bulk inserts, then times each query five times and
// prints the median, and its ratio to a bare scan of every run row measured in the same run.
// Targets from issue 6: sort 100 ms, filter 200 ms over 100,000 runs.
#include "core/project/project.h"
#include "core/store/bulk_load.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tracking/run_search.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <random>
#include <vector>

using namespace atelier;

namespace {

template<typename T>
T orDie(Result<T> result)
{
    if (!result) {
        std::fprintf(stderr, "bench_run_search: %s\n", qPrintable(result.error().toString()));
        std::exit(1);
    }
    return std::move(*result);
}

void orDie(const Status &status)
{
    if (!status) {
        std::fprintf(stderr, "bench_run_search: %s\n", qPrintable(status.error().toString()));
        std::exit(1);
    }
}

// Runs with `params` params p0.. (p0 is "lr" with 6 values), `metrics` metrics m0.. (uniform in
// [0, 1); 1% NaN; m0 missing from a tenth of the runs) and 5 tags (t0 is "team").
void build(Database &db, int runs, int params, int metrics)
{
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> uniform(0, 1);
    const QStringList lrs{QStringLiteral("0.1"), QStringLiteral("0.03"), QStringLiteral("0.01"),
                          QStringLiteral("0.003"), QStringLiteral("0.001"), QStringLiteral("0.0003")};
    const QStringList teams{QStringLiteral("cv"), QStringLiteral("nlp"), QStringLiteral("rl"), QStringLiteral("speech")};
    QStringList paramKeys{QStringLiteral("lr")};
    for (int p = 1; p < params; ++p)
        paramKeys.append(QStringLiteral("p%1").arg(p));
    QStringList metricKeys;
    for (int m = 0; m < metrics; ++m)
        metricKeys.append(QStringLiteral("m%1").arg(m));
    QStringList tagKeys{QStringLiteral("team")};
    for (int t = 1; t < 5; ++t)
        tagKeys.append(QStringLiteral("t%1").arg(t));

    auto bulk = orDie(BulkLoad::begin(db, 512 * 1024));
    auto transaction = orDie(Transaction::begin(db));
    const QString now = QStringLiteral("2024-01-01T00:00:00.000Z");
    for (int e = 1; e <= 5; ++e)
        orDie(db.execute("INSERT INTO experiment(id, name, created_at, updated_at) VALUES (?, ?, ?, ?)", e,
                         QStringLiteral("experiment %1").arg(e), now, now));
    auto insertRun = orDie(db.statement("INSERT INTO run(id, uuid, experiment_id, name, status, start_time, "
                                        "end_time, user) VALUES (?, ?, ?, ?, 'FINISHED', ?, ?, ?)"));
    auto insertParam = orDie(db.statement("INSERT INTO param(run_id, key, value) VALUES (?, ?, ?)"));
    auto insertTag = orDie(db.statement("INSERT INTO tag(run_id, key, value) VALUES (?, ?, ?)"));
    auto insertMetric = orDie(db.statement(
        "INSERT INTO metric_series(run_id, key, last_step, last_timestamp, last_value, min_value, max_value, "
        "point_count) VALUES (?, ?, 100, ?, ?, ?, ?, 100)"));
    auto run = [](CachedStatement &statement) {
        orDie(statement->run());
        statement->reset();
    };
    for (std::int64_t id = 1; id <= runs; ++id) {
        const std::int64_t start = 1700000000000 + id * 1000 + std::int64_t(uniform(random) * 500);
        insertRun->bindAll(id, QStringLiteral("%1").arg(id, 32, 16, QLatin1Char('0')), std::int64_t(id % 5 + 1),
                           QStringLiteral("run-%1").arg(id), start, start + 3600000, QStringLiteral("user%1").arg(id % 7));
        run(insertRun);
        for (int p = 0; p < params; ++p) {
            const QString value = p == 0 ? lrs[int(random() % lrs.size())] : QString::number(random() % 1000);
            insertParam->bindAll(id, paramKeys[p], value);
            run(insertParam);
        }
        for (int t = 0; t < tagKeys.size(); ++t) {
            const QString value = t == 0 ? teams[int(random() % teams.size())] : QStringLiteral("v%1").arg(random() % 50);
            insertTag->bindAll(id, tagKeys[t], value);
            run(insertTag);
        }
        for (int m = 0; m < metrics; ++m) {
            if (m == 0 && id % 10 == 0)
                continue;
            const double value = uniform(random);
            if (random() % 100 == 0) // NaN, stored as NULL
                insertMetric->bindAll(id, metricKeys[m], start + 100000, nullptr, nullptr, nullptr);
            else
                insertMetric->bindAll(id, metricKeys[m], start + 100000, value, value, value);
            run(insertMetric);
        }
    }
    orDie(transaction.commit());
    orDie(db.exec("ANALYZE"));
}

// The median of five timed calls, in milliseconds; `rows` gets what the last call returned.
double medianMs(const std::function<qsizetype()> &call, qsizetype &rows)
{
    rows = call(); // warms the page cache and the statement cache
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        rows = call();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

qsizetype countRows(Database &db, const char *sql)
{
    auto statement = orDie(db.statement(sql));
    qsizetype rows = 0;
    orDie(statement->forEachRow([&](const Statement &) { ++rows; }));
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int params = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;
    const int metrics = argc > 3 ? std::max(3, std::atoi(argv[3])) : 20;

    QTemporaryDir dir;
    auto project = orDie(Project::create(dir.filePath(QStringLiteral("bench"))));
    Database &db = project->database();
    QElapsedTimer buildTimer;
    buildTimer.start();
    build(db, runs, params, metrics);
    std::printf("built %d runs x (%d params, %d metrics, 5 tags) in %.1f s\n", runs, params, metrics,
                double(buildTimer.elapsed()) / 1000);

    qsizetype rows = 0;
    // Every run row read once: the physical floor of anything that looks at all the runs.
    const double scan = medianMs(
        [&] { return countRows(db, "SELECT max(start_time + end_time), max(length(uuid)) FROM run"); }, rows);
    std::printf("%-62s %8.2f ms  (baseline)\n", "bare scan: max(start_time + end_time), max(length(uuid))", scan);
    const double count = medianMs([&] { return qsizetype(orDie(db.queryInt("SELECT count(*) FROM run"))); }, rows);
    std::printf("%-62s %8.2f ms  %6.1fx\n", "bare count: SELECT count(*) FROM run", count, count / scan);
    const double ordered = medianMs(
        [&] { return countRows(db, "SELECT id, uuid FROM run ORDER BY start_time DESC LIMIT 1000"); }, rows);
    std::printf("%-62s %8.2f ms  %6.1fx\n", "bare page: ORDER BY start_time DESC LIMIT 1000", ordered, ordered / scan);
    const double joined = medianMs(
        [&] {
            return countRows(db, "SELECT run.id FROM run LEFT JOIN metric_series s ON s.run_id = run.id AND "
                                 "s.key = 'm3' ORDER BY s.last_value DESC LIMIT 1000");
        },
        rows);
    std::printf("%-62s %8.2f ms  %6.1fx\n", "hand-written join: ORDER BY m3 last_value LIMIT 1000", joined,
                joined / scan);

    struct Case
    {
        const char *label;
        const char *target;
        QString filter;
        QStringList orderBy;
    };
    const std::vector<Case> cases{
        {"search: no filter, default order", "", {}, {}},
        {"sort: metrics.m3 DESC", "sort 100 ms", {}, {QStringLiteral("metrics.m3 DESC")}},
        {"sort: metrics.m0 ASC (10% missing, 1% NaN)", "sort 100 ms", {}, {QStringLiteral("metrics.m0 ASC")}},
        {"sort: params.p5 ASC", "sort 100 ms", {}, {QStringLiteral("params.p5 ASC")}},
        {"sort: attributes.end_time DESC", "sort 100 ms", {}, {QStringLiteral("attributes.end_time DESC")}},
        {"filter: metrics.m0 > 0.9 (~9%)", "filter 200 ms", QStringLiteral("metrics.m0 > 0.9"), {}},
        {"filter: metrics.m2 > 0.1 (~89%)", "filter 200 ms", QStringLiteral("metrics.m2 > 0.1"), {}},
        {"filter: params.lr = '0.01'", "filter 200 ms", QStringLiteral("params.lr = '0.01'"), {}},
        {"filter: lr and m1 < 0.5 and team = 'cv' (~2%)", "filter 200 ms",
         QStringLiteral("params.lr = '0.01' and metrics.m1 < 0.5 and tags.team = 'cv'"), {}},
        {"filter: tags.team ILIKE 'C%'", "filter 200 ms", QStringLiteral("tags.team ILIKE 'C%'"), {}},
        {"filter + sort: m0 > 0.5, metrics.m1 DESC", "filter 200 ms", QStringLiteral("metrics.m0 > 0.5"),
         {QStringLiteral("metrics.m1 DESC")}},
    };
    RunSearch search(db);
    for (const Case &c : cases) {
        RunSearchRequest request;
        request.filter = c.filter;
        request.orderBy = c.orderBy;
        request.maxResults = 1000;
        const double ms = medianMs([&] { return orDie(search.search(request)).runIds.size(); }, rows);
        std::printf("%-62s %8.2f ms  %6.1fx  %5lld rows  target %s\n", c.label, ms, ms / scan, qlonglong(rows),
                    c.target[0] ? c.target : "-");
    }
    return 0;
}

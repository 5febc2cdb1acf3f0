// Benchmark: MetricChart over a 10,000,000-point series, opened and zoomed on screen, beside the store's bucket reads alone.
//
// bench_metric_chart [POINTS]   (default 10,000,000; a project of a few hundred MB in a temporary folder)
// Logs one series through MetricStore, then times, through the real widget on an offscreen window,
// the step from setMetric() to the chart drawn and painted, and from zoomToSteps() (1% of the
// steps) to the zoomed chart painted; each median of five beside MetricStore::buckets() for the
// same range on the bench's own connection, measured in the same run. Targets from issue 6:
// open under 200 ms, zoom under 50 ms.
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/store/store_thread.h"
#include "core/store/transaction.h"
#include "core/tracking/metric_store.h"
#include "core/tracking/tracking_store.h"
#include "ui/experiments/metric_chart.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace atelier;

namespace {

void orDie(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "bench_metric_chart: %s failed\n", what);
        std::exit(1);
    }
}

// A training-loss-like curve with noise and one spike, which the chart must keep.
double valueAt(std::int64_t step)
{
    const double noise = double((step * 2654435761u) % 1000) / 1000.0;
    return step == 1234567 ? 50.0 : 2.0 / (1.0 + double(step) / 100000.0) + 0.05 * noise;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Counts the paints of the chart view's viewport, so that each step is timed up to its own
// paint: QChart lays out and updates its scene in posted events, and a repaint() right after the
// draw shows the scene as it was, leaving the real paint to land in whatever is timed next.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget &chart)
    {
        auto *view = chart.findChild<QChartView *>();
        orDie(view != nullptr, "finding the chart view");
        view->viewport()->installEventFilter(this);
    }
    int paints = 0;

    // Handles events until the viewport has painted again after `before` paints.
    void waitForPaint(int before)
    {
        QElapsedTimer timer;
        timer.start();
        while (paints == before && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        orDie(paints > before, "painting the chart");
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::int64_t points = argc > 1 ? std::max<std::int64_t>(1000, QByteArray(argv[1]).toLongLong()) : 10'000'000;
    const QString key = QStringLiteral("train/loss");

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("bench"));
    auto project = Project::create(folder);
    orDie(bool(project), "creating the project");
    Database &db = (*project)->database();
    TrackingStore tracking(db, (*project)->audit());
    auto run = tracking.createRun({});
    orDie(bool(run), "creating the run");
    const std::int64_t runRowId = *tracking.runRowId(run->runId);
    orDie(bool(db.exec("PRAGMA synchronous = NORMAL")), "setting synchronous");
    QElapsedTimer ingest;
    ingest.start();
    QList<MetricValue> batch;
    for (std::int64_t begin = 0; begin < points; begin += 10000) {
        batch.clear();
        for (std::int64_t step = begin; step < std::min(points, begin + 10000); ++step)
            batch.append({key, valueAt(step), 1'700'000'000'000 + step * 10, step});
        auto transaction = Transaction::begin(db);
        orDie(transaction && tracking.metrics().append(runRowId, batch) && transaction->commit(), "logging");
    }
    orDie(bool(db.exec("PRAGMA wal_checkpoint(TRUNCATE)")), "checkpointing");
    std::printf("logged %lld points in %.1f s\n", qlonglong(points), double(ingest.elapsed()) / 1000);

    const std::int64_t seriesId = *tracking.metrics().seriesId(runRowId, key);
    const std::int64_t zoomFrom = points / 2;
    const std::int64_t zoomTo = zoomFrom + points / 100 - 1;

    std::vector<double> open, zoom, storeOpen, storeZoom;
    int drawnPoints = 0;
    int zoomedPoints = 0;
    for (int i = 0; i < 6; ++i) { // the first round warms the page cache and is not counted
        // The store alone: what the chart asks of it, at the bucket count it asks for (a bucket every two
        // pixels of its 1600).
        QElapsedTimer timer;
        timer.start();
        auto series = tracking.metrics().series(runRowId);
        auto whole = tracking.metrics().buckets(seriesId, 0, points - 1, 800);
        const double storeWhole = msSince(timer);
        timer.restart();
        auto part = tracking.metrics().buckets(seriesId, zoomFrom, zoomTo, 800);
        const double storePart = msSince(timer);
        orDie(series && whole && part, "reading buckets");

        StoreThread store(folder);
        MetricChart chart(store);
        chart.resize(1600, 900);
        chart.show();
        QSignalSpy drawn(&chart, &MetricChart::drawn);
        PaintCounter painted(chart);
        timer.restart();
        chart.setMetric(key, {{runRowId, QStringLiteral("run")}});
        orDie(drawn.wait(60000), "drawing the chart");
        painted.waitForPaint(painted.paints);
        const double opened = msSince(timer);
        drawnPoints = int(chart.points(0).size());

        timer.restart();
        chart.zoomToSteps(zoomFrom, zoomTo);
        orDie(drawn.wait(60000), "zooming the chart");
        painted.waitForPaint(painted.paints);
        const double zoomed = msSince(timer);
        zoomedPoints = int(chart.points(0).size());
        if (i == 0)
            continue;
        open.push_back(opened);
        zoom.push_back(zoomed);
        storeOpen.push_back(storeWhole);
        storeZoom.push_back(storePart);
    }
    std::printf("MetricChart on a 1600x900 offscreen window, %lld points, median of 5:\n", qlonglong(points));
    std::printf("%-36s %10s %10s %8s  %s\n", "step", "chart ms", "store ms", "ratio", "target");
    std::printf("%-36s %10.2f %10.2f %7.1fx  < 200 ms (%d buckets drawn)\n", "open: setMetric to painted",
                median(open), median(storeOpen), median(open) / median(storeOpen), drawnPoints);
    std::printf("%-36s %10.2f %10.2f %7.1fx  < 50 ms (%d buckets drawn)\n", "zoom to 1%: zoomToSteps to painted",
                median(zoom), median(storeZoom), median(zoom) / median(storeZoom), zoomedPoints);
    return 0;
}

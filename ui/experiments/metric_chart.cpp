// MetricChart: each refresh asks the store for about one bucket every two pixels per run, so a chart
// costs the same for a thousand points or ten million; a spike stays in its bucket's max and shows in
// the band.
#include "ui/experiments/metric_chart.h"

#include "core/store/database.h"
#include "core/store/store_thread.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace atelier {

namespace {

// Tableau's ten colours: distinct for the runs a chart overlays, readable in both themes.
const QColor RunColors[] = {QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2),
                            QColor(0x59a14f), QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7),
                            QColor(0x9c755f), QColor(0xbab0ac)};

QColor runColor(int index)
{
    return RunColors[index % std::size(RunColors)];
}

struct Bounds
{
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();

    void add(double value, bool positiveOnly)
    {
        if (!std::isfinite(value) || (positiveOnly && value <= 0))
            return;
        min = std::min(min, value);
        max = std::max(max, value);
    }
    bool isEmpty() const { return min > max; }
    // A little room above and below, and some height for a flat line.
    std::pair<double, double> padded(bool logScale) const
    {
        if (isEmpty())
            return {logScale ? 0.1 : 0.0, 1.0};
        if (logScale)
            return {min / 1.2, max * 1.2};
        const double margin = max > min ? (max - min) * 0.05 : std::max(std::abs(max) * 0.05, 0.5);
        return {min - margin, max + margin};
    }
};

} // namespace

MetricChart::MetricChart(StoreThread &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_view(new QChartView(new QChart, this))
    , m_live(new QTimer(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::HorizontalRubberBand);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_live->setInterval(1000);
    connect(m_live, &QTimer::timeout, this, &MetricChart::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

MetricChart::~MetricChart() = default;

QChart *MetricChart::chart() const
{
    return m_view->chart();
}

const std::vector<CurvePoint> &MetricChart::points(int index) const
{
    return m_drawn.at(std::size_t(index)).points;
}

void MetricChart::setMetric(const QString &key, const QList<Curve> &curves)
{
    m_key = key;
    m_curves = curves;
    m_stepRange.reset();
    refresh();
}

void MetricChart::setXAxis(MetricXAxis axis)
{
    m_axis = axis;
    m_stepRange.reset();
    refresh();
}

void MetricChart::setSmoothing(double smoothing)
{
    m_smoothing = std::clamp(smoothing, 0.0, 0.999);
    refresh();
}

void MetricChart::setLogScale(bool logScale)
{
    m_logScale = logScale;
    draw();
}

void MetricChart::setLive(bool live)
{
    if (live)
        m_live->start();
    else
        m_live->stop();
}

void MetricChart::zoomToSteps(std::int64_t fromStep, std::int64_t toStep)
{
    m_stepRange = std::pair{std::min(fromStep, toStep), std::max(fromStep, toStep)};
    refresh();
}

void MetricChart::resetZoom()
{
    m_stepRange.reset();
    refresh();
}

void MetricChart::refresh()
{
    const int generation = ++m_generation;
    // Two pixels a bucket: the band keeps every spike, and a noisy line that turns at every pixel
    // cost twice the paint (37 ms against 15 ms for a 1600-pixel chart) for nothing the eye sees.
    const int maxBuckets = std::max(200, m_view->width() / 2);
    m_store.post([this, generation, maxBuckets, key = m_key, curves = m_curves, axis = m_axis,
                  smoothing = m_smoothing, range = m_stepRange](Result<Database *> db) {
        std::vector<Drawn> read(std::size_t(curves.size()));
        std::optional<Error> error;
        for (qsizetype i = 0; i < curves.size() && db && !error; ++i) {
            MetricStore store(**db);
            auto series = store.series(curves[i].runRowId);
            if (!series) {
                error = series.error();
                break;
            }
            const auto summary = std::find_if(series->cbegin(), series->cend(),
                                              [&](const MetricSeriesSummary &s) { return s.key == key; });
            if (summary == series->cend())
                continue;
            const auto [from, to] = range.value_or(std::pair{summary->firstStep, summary->latest.step});
            auto buckets = store.buckets(summary->seriesId, from, to, maxBuckets);
            if (!buckets) {
                error = buckets.error();
                break;
            }
            Drawn &curve = read[std::size_t(i)];
            curve.points = MetricCurve::fromBuckets(*buckets, axis, summary->firstTimestamp, smoothing);
            for (const MetricBucket &bucket : *buckets)
                curve.steps.push_back(bucket.lastStep);
            curve.count = summary->count;
        }
        if (!db)
            error = db.error();
        QMetaObject::invokeMethod(this, [this, generation, read = std::move(read), error]() mutable {
            if (generation != m_generation)
                return;
            if (error) {
                Q_EMIT problem(error->message);
                return;
            }
            m_drawn = std::move(read);
            draw();
            Q_EMIT drawn();
        }, Qt::QueuedConnection);
    });
}

void MetricChart::draw()
{
    m_drawing = true;
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);

    QAbstractAxis *x = nullptr;
    if (m_axis == MetricXAxis::WallTime) {
        auto *time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("HH:mm:ss"));
        x = time;
    } else {
        auto *values = new QValueAxis;
        values->setLabelFormat(m_axis == MetricXAxis::Step ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
        x = values;
    }
    x->setTitleText(m_axis == MetricXAxis::Step           ? tr("Step")
                    : m_axis == MetricXAxis::WallTime     ? tr("Time")
                                                          : tr("Seconds since start"));
    QAbstractAxis *y = m_logScale ? static_cast<QAbstractAxis *>(new QLogValueAxis) : new QValueAxis;
    y->setTitleText(m_key);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    Bounds xs, ys;
    for (std::size_t i = 0; i < m_drawn.size(); ++i) {
        const std::vector<CurvePoint> &points = m_drawn[i].points;
        if (points.empty())
            continue;
        // Whole lists in one replace(): append() point by point signals every point.
        QList<QPointF> maxima, minima, lastValues;
        for (const CurvePoint &p : points) {
            xs.add(p.x, false);
            if (std::isfinite(p.min) && std::isfinite(p.max) && (!m_logScale || p.min > 0)) {
                maxima.append({p.x, p.max});
                minima.append({p.x, p.min});
                ys.add(p.min, m_logScale);
                ys.add(p.max, m_logScale);
            }
            if (std::isfinite(p.line) && (!m_logScale || p.line > 0))
                lastValues.append({p.x, p.line});
        }
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        auto *line = new QLineSeries;
        upper->replace(maxima);
        lower->replace(minima);
        line->replace(lastValues);
        const QColor color = runColor(int(i));
        auto *band = new QAreaSeries(upper, lower);
        QColor fill = color;
        fill.setAlpha(60);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        line->setName(m_curves.value(qsizetype(i)).runName);
        line->setPen(QPen(color, 1.5));
        for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(band), static_cast<QAbstractSeries *>(line)}) {
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        }
        for (QLegendMarker *marker : chart->legend()->markers(band))
            marker->setVisible(false);
    }

    const auto [yMin, yMax] = ys.padded(m_logScale);
    y->setRange(yMin, yMax);
    const double xMin = xs.isEmpty() ? 0 : xs.min;
    const double xMax = xs.isEmpty() ? 1 : (xs.max > xs.min ? xs.max : xs.min + 1);
    if (m_axis == MetricXAxis::WallTime)
        x->setRange(QDateTime::fromMSecsSinceEpoch(std::int64_t(xMin)), QDateTime::fromMSecsSinceEpoch(std::int64_t(xMax)));
    else
        x->setRange(xMin, xMax);
    if (auto *values = qobject_cast<QValueAxis *>(x))
        connect(values, &QValueAxis::rangeChanged, this, &MetricChart::onZoomed);
    if (auto *time = qobject_cast<QDateTimeAxis *>(x))
        connect(time, &QDateTimeAxis::rangeChanged, this, &MetricChart::onZoomed);
    m_drawing = false;
}

// The user zoomed with the rubber band (or out with a right click): the visible x range is mapped
// back to steps, and the store gives that range again at one bucket every two pixels.
void MetricChart::onZoomed()
{
    if (m_drawing || m_drawn.empty())
        return;
    QAbstractAxis *x = m_view->chart()->axes(Qt::Horizontal).value(0);
    double from = 0, to = 0;
    if (auto *values = qobject_cast<QValueAxis *>(x)) {
        from = values->min();
        to = values->max();
    } else if (auto *time = qobject_cast<QDateTimeAxis *>(x)) {
        from = double(time->min().toMSecsSinceEpoch());
        to = double(time->max().toMSecsSinceEpoch());
    }
    std::optional<std::int64_t> firstStep, lastStep;
    for (const Drawn &curve : m_drawn) {
        for (std::size_t i = 0; i < curve.points.size(); ++i) {
            if (curve.points[i].x < from || curve.points[i].x > to)
                continue;
            firstStep = std::min(firstStep.value_or(curve.steps[i]), curve.steps[i]);
            lastStep = std::max(lastStep.value_or(curve.steps[i]), curve.steps[i]);
        }
    }
    if (!firstStep)
        return;
    QTimer::singleShot(0, this, [this, from = *firstStep, to = *lastStep] { zoomToSteps(from, to); });
}

} // namespace atelier

// MetricChart: one metric of one or more runs overlaid, drawn from the store's level-of-detail
// buckets as a min/max band and a line, re-bucketed when the user zooms, and live while runs log.
#pragma once

#include "core/tracking/metric_curve.h"

#include <QWidget>

class QChart;
class QChartView;
class QTimer;

namespace atelier {

class StoreThread;

class MetricChart : public QWidget
{
    Q_OBJECT

public:
    struct Curve
    {
        std::int64_t runRowId = 0;
        QString runName;
    };

    MetricChart(StoreThread &store, QWidget *parent = nullptr);
    ~MetricChart() override;

    void setMetric(const QString &key, const QList<Curve> &curves);
    void setXAxis(MetricXAxis axis);
    void setSmoothing(double smoothing);
    void setLogScale(bool logScale);
    // Reads the runs again every second while they may still be logging.
    void setLive(bool live);
    // Shows steps [fromStep, toStep] at the full level of detail; resetZoom() shows everything.
    void zoomToSteps(std::int64_t fromStep, std::int64_t toStep);
    void resetZoom();
    // Reads the curves again at the current zoom (setLive's timer, and runs changed elsewhere).
    void refresh();

    QChart *chart() const;
    // The points drawn for curve `index` (for tests and the compare view's export).
    const std::vector<CurvePoint> &points(int index) const;
    int curveCount() const { return int(m_drawn.size()); }

Q_SIGNALS:
    // A refresh landed and is drawn.
    void drawn();
    void problem(const QString &message);

private:
    struct Drawn
    {
        std::vector<CurvePoint> points;
        std::vector<std::int64_t> steps; // the step of each point, to map a zoom back to steps
        std::int64_t count = 0;
    };

    void draw();
    void onZoomed();

    StoreThread &m_store;
    QChartView *m_view;
    QTimer *m_live;
    QString m_key;
    QList<Curve> m_curves;
    MetricXAxis m_axis = MetricXAxis::Step;
    double m_smoothing = 0;
    bool m_logScale = false;
    std::optional<std::pair<std::int64_t, std::int64_t>> m_stepRange;
    std::vector<Drawn> m_drawn;
    int m_generation = 0;
    bool m_drawing = false;
};

} // namespace atelier

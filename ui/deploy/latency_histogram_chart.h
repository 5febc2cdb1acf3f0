// LatencyHistogramChart: a load test's latencies over a logarithmic time axis, in log-spaced bins (ten a decade), with its p50 and p99 marked; drawn with Qt Charts.
#pragma once

#include <QJsonArray>
#include <QList>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;

namespace atelier {

class LatencyHistogramChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int BinsPerDecade = 10;

    struct Bin
    {
        double lowerMs = 0;
        double upperMs = 0;
        qint64 count = 0;
    };

    explicit LatencyHistogramChart(QWidget *parent = nullptr);

    // [[upper_bound_ms, count], ...] as LatencyHistogram::toJson() and the load_test table hold it;
    // the percentiles, when given, are drawn as vertical lines.
    void setHistogram(const QJsonArray &histogram, std::optional<double> p50Ms = {}, std::optional<double> p99Ms = {});
    void clear();

    // The buckets regrouped into bins [10^((k-1)/10), 10^(k/10)) ms, from the lowest that holds a
    // value to the highest, empty ones between included.
    static QList<Bin> bins(const QJsonArray &histogram);
    const QList<Bin> &drawnBins() const { return m_bins; }
    QChart *chart() const;

private:
    void draw();

    QChartView *m_view;
    QList<Bin> m_bins;
    std::optional<double> m_p50;
    std::optional<double> m_p99;
};

} // namespace atelier

// LatencyHistogramChart: the load generator's 1,331 fine buckets are regrouped into log-spaced bins and
// drawn as steps over a logarithmic axis, so a tail ten times the median shows as its own hump instead
// of a hair at the far right.
#include "ui/deploy/latency_histogram_chart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace atelier {

namespace {

const QColor BarColor(0x4e79a7);
const QColor P50Color(0x59a14f);
const QColor P99Color(0xe15759);

// The bin whose upper bound 10^(k/10) is the first at or above `ms`.
int binIndex(double ms)
{
    return int(std::ceil(std::log10(std::max(ms, 1e-3)) * LatencyHistogramChart::BinsPerDecade - 1e-9));
}

double binUpper(int index)
{
    return std::pow(10.0, double(index) / LatencyHistogramChart::BinsPerDecade);
}

void styleAxis(QAbstractAxis *axis, const QFont &font, const QPalette &palette)
{
    axis->setLabelsFont(font);
    axis->setTitleFont(font);
    axis->setLabelsColor(palette.text().color());
    axis->setTitleBrush(palette.text());
    QColor grid = palette.text().color();
    grid.setAlpha(40);
    axis->setGridLineColor(grid);
    QColor minor = grid;
    minor.setAlpha(18);
    axis->setMinorGridLineColor(minor);
}

} // namespace

LatencyHistogramChart::LatencyHistogramChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
{
    setObjectName(QStringLiteral("latencyHistogramChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    QChart *chart = m_view->chart();
    chart->setTitle(tr("Latency histogram"));
    QFont titleFont = font();
    titleFont.setWeight(QFont::DemiBold);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setLabelColor(palette().text().color());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    draw();
}

QChart *LatencyHistogramChart::chart() const
{
    return m_view->chart();
}

QList<LatencyHistogramChart::Bin> LatencyHistogramChart::bins(const QJsonArray &histogram)
{
    std::map<int, qint64> counts;
    for (const QJsonValue &bucket : histogram) {
        const QJsonArray pair = bucket.toArray();
        const double upper = pair.at(0).toDouble();
        const qint64 count = pair.at(1).toInteger();
        if (pair.size() == 2 && upper > 0 && count > 0)
            counts[binIndex(upper)] += count;
    }
    QList<Bin> bins;
    if (counts.empty())
        return bins;
    for (int index = counts.begin()->first; index <= counts.rbegin()->first; ++index) {
        const auto found = counts.find(index);
        bins.append({binUpper(index - 1), binUpper(index), found == counts.end() ? 0 : found->second});
    }
    return bins;
}

void LatencyHistogramChart::setHistogram(const QJsonArray &histogram, std::optional<double> p50Ms,
                                         std::optional<double> p99Ms)
{
    m_bins = bins(histogram);
    m_p50 = p50Ms;
    m_p99 = p99Ms;
    draw();
}

void LatencyHistogramChart::clear()
{
    m_bins.clear();
    m_p50.reset();
    m_p99.reset();
    draw();
}

void LatencyHistogramChart::draw()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);

    auto *x = new QLogValueAxis;
    x->setBase(10);
    x->setLabelFormat(QStringLiteral("%g"));
    x->setMinorTickCount(8);
    x->setTitleText(m_bins.isEmpty() ? tr("No load test shown") : tr("Latency (ms, log scale)"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("Requests"));
    styleAxis(x, small, palette());
    styleAxis(y, small, palette());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // Each bin is a step of the outline: up at its lower bound, across, down at its upper one.
    auto *outline = new QLineSeries;
    qint64 highest = 0;
    for (const Bin &bin : std::as_const(m_bins)) {
        outline->append(bin.lowerMs, 0);
        outline->append(bin.lowerMs, double(bin.count));
        outline->append(bin.upperMs, double(bin.count));
        outline->append(bin.upperMs, 0);
        highest = std::max(highest, bin.count);
    }
    auto *area = new QAreaSeries(outline);
    area->setName(tr("requests"));
    QColor fill = BarColor;
    fill.setAlpha(170);
    area->setBrush(fill);
    area->setPen(QPen(BarColor, 1));
    chart->addSeries(area);
    area->attachAxis(x);
    area->attachAxis(y);

    const double top = highest > 0 ? double(highest) * 1.1 : 1.0;
    for (const auto &[value, name, color] : {std::tuple{m_p50, tr("p50"), P50Color}, std::tuple{m_p99, tr("p99"), P99Color}}) {
        if (!value || !(*value > 0))
            continue;
        auto *marker = new QLineSeries;
        marker->setName(tr("%1 %2 ms").arg(name).arg(*value, 0, 'g', 3));
        marker->setPen(QPen(color, 1.5, Qt::DashLine));
        marker->append(*value, 0);
        marker->append(*value, top);
        chart->addSeries(marker);
        marker->attachAxis(x);
        marker->attachAxis(y);
    }
    chart->legend()->setVisible(!m_bins.isEmpty());

    if (m_bins.isEmpty()) {
        x->setRange(0.1, 1000);
    } else {
        // Whole decades at both ends, so the axis is labelled at 1, 10, 100 ...
        x->setRange(std::pow(10.0, std::floor(std::log10(m_bins.constFirst().lowerMs))),
                    std::pow(10.0, std::ceil(std::log10(m_bins.constLast().upperMs) - 1e-9)));
    }
    y->setRange(0, top);
    y->applyNiceNumbers();
}

} // namespace atelier

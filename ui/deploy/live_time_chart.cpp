// LiveTimeChart: the time axis ends at the newest figure and reaches back to the oldest one shown (at
// most the span, at least a minute), so a young deployment's lines fill the chart instead of a sliver.
#include "ui/deploy/live_time_chart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace atelier {

namespace {

constexpr qint64 MinimumSpanMs = 60'000;

} // namespace

LiveTimeChart::LiveTimeChart(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
    , m_time(new QDateTimeAxis(this))
    , m_values(new QValueAxis(this))
{
    QChart *chart = m_view->chart();
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(150);
    chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setWeight(QFont::DemiBold);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->hide();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    m_time->setLabelsFont(small);
    m_values->setLabelsFont(small);
    m_values->setTitleFont(small);
    m_time->setTickCount(5);
    m_values->setTickCount(5);
    m_values->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    // Whatever the palette: the chart takes the colours of the view around it.
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    chart->legend()->setLabelColor(palette().text().color());
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_values)}) {
        axis->setLabelsColor(palette().text().color());
        axis->setTitleBrush(palette().text());
        QColor grid = palette().text().color();
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    advanceTo(QDateTime::currentMSecsSinceEpoch());
}

LiveTimeChart::~LiveTimeChart() = default;

QChart *LiveTimeChart::chart() const
{
    return m_view->chart();
}

void LiveTimeChart::addLine(const QString &name, const QString &label, const QColor &color, Qt::PenStyle style,
                            double scale)
{
    Line line{{}, label, QPen(color, 1.6, style), scale};
    addSegment(line);
    m_lines.insert(name, line);
    m_view->chart()->legend()->setVisible(m_lines.size() > 1);
}

QLineSeries *LiveTimeChart::addSegment(Line &line)
{
    auto *series = new QLineSeries;
    series->setName(line.label);
    series->setPen(line.pen);
    m_view->chart()->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(m_values);
    if (!line.segments.isEmpty()) {
        for (QLegendMarker *marker : m_view->chart()->legend()->markers(series))
            marker->setVisible(false);
    }
    line.segments.append(series);
    return series;
}

// Keeps the first segment (and its legend entry), empty.
void LiveTimeChart::clearSegments(Line &line)
{
    while (line.segments.size() > 1) {
        QLineSeries *series = line.segments.takeLast();
        m_view->chart()->removeSeries(series);
        delete series;
    }
    line.segments.constFirst()->clear();
}

void LiveTimeChart::setYAxisTitle(const QString &title)
{
    m_values->setTitleText(title);
}

void LiveTimeChart::setPoints(const QString &name, const Points &points)
{
    const auto found = m_lines.find(name);
    if (found == m_lines.end())
        return;
    Line &line = *found;
    clearSegments(line);
    QList<QPointF> segment;
    QLineSeries *series = line.segments.constFirst();
    for (const auto &[atMs, value] : points) {
        if (!std::isfinite(value))
            continue;
        if (!segment.isEmpty() && double(atMs) - segment.constLast().x() > double(GapMs)) {
            series->replace(segment);
            segment.clear();
            series = addSegment(line);
        }
        segment.append(QPointF(double(atMs), value * line.scale));
    }
    series->replace(segment);
    if (!points.isEmpty())
        m_nowMs = std::max(m_nowMs, points.constLast().first);
    rescale();
}

void LiveTimeChart::append(const QString &name, qint64 atMs, double value)
{
    const auto found = m_lines.find(name);
    if (found == m_lines.end() || !std::isfinite(value))
        return;
    Line &line = *found;
    QLineSeries *series = line.segments.constLast();
    if (series->count() > 0 && double(atMs) - series->at(series->count() - 1).x() > double(GapMs))
        series = addSegment(line);
    series->append(double(atMs), value * line.scale);
    m_nowMs = std::max(m_nowMs, atMs);
    rescale();
}

void LiveTimeChart::advanceTo(qint64 nowMs)
{
    m_nowMs = std::max(m_nowMs, nowMs);
    rescale();
}

int LiveTimeChart::pointCount(const QString &name) const
{
    const auto line = m_lines.constFind(name);
    int count = 0;
    for (const QLineSeries *series : line == m_lines.cend() ? QList<QLineSeries *>() : line->segments)
        count += int(series->count());
    return count;
}

void LiveTimeChart::rescale()
{
    const double from = double(m_nowMs - m_spanMs);
    double oldest = double(m_nowMs);
    double highest = 0;
    for (Line &line : m_lines) {
        // Segments wholly older than the span go; the first one stays for the legend.
        while (line.segments.size() > 1 && (line.segments[0]->count() == 0
                                            || line.segments[0]->at(line.segments[0]->count() - 1).x() < from)) {
            QLineSeries *gone = line.segments.takeFirst();
            m_view->chart()->removeSeries(gone);
            delete gone;
            for (QLegendMarker *marker : m_view->chart()->legend()->markers(line.segments.constFirst()))
                marker->setVisible(true);
        }
        for (QLineSeries *series : std::as_const(line.segments)) {
            int stale = 0;
            while (stale < series->count() && series->at(stale).x() < from)
                ++stale;
            if (stale > 0)
                series->removePoints(0, stale);
            for (const QPointF &point : series->points())
                highest = std::max(highest, point.y());
        }
        if (line.segments.constFirst()->count() > 0)
            oldest = std::min(oldest, line.segments.constFirst()->at(0).x());
    }
    const qint64 start = std::min(qint64(oldest), m_nowMs - MinimumSpanMs);
    m_time->setFormat(m_nowMs - start > 15 * 60'000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(start), QDateTime::fromMSecsSinceEpoch(m_nowMs));
    m_values->setRange(0, highest > 0 ? highest * 1.15 : 1.0);
    m_values->applyNiceNumbers();
}

} // namespace atelier

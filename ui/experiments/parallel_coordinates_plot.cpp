// ParallelCoordinatesPlot: positions come from RunComparison's axes; this file only paints them.
#include "ui/experiments/parallel_coordinates_plot.h"

#include <QPainter>
#include <QPainterPath>

namespace atelier {

namespace {

constexpr int Margin = 28;

QString axisLabel(const ParallelAxis &axis, bool top)
{
    if (!axis.numeric)
        return axis.categories.isEmpty() ? QString() : (top ? axis.categories.last() : axis.categories.first());
    return QString::number(top ? axis.max : axis.min, 'g', 4);
}

} // namespace

ParallelCoordinatesPlot::ParallelCoordinatesPlot(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(200);
}

void ParallelCoordinatesPlot::setComparison(const RunComparison &comparison, const QString &metricKey)
{
    m_axes = comparison.parallelAxes(metricKey);
    m_lines.clear();
    m_runNames.clear();
    for (int run = 0; run < comparison.runs.size(); ++run) {
        QList<std::optional<double>> line;
        for (int axis = 0; axis < comparison.paramKeys.size(); ++axis)
            line.append(m_axes[axis].position(comparison.param(run, comparison.paramKeys[axis])));
        const std::optional<double> metric = comparison.metric(run, metricKey);
        line.append(m_axes.last().position(metric ? std::optional<QString>(QString::number(*metric, 'g', 17))
                                                  : std::nullopt));
        m_lines.append(line);
        m_runNames.append(comparison.runs[run].info.runName);
    }
    update();
}

// Low metric values blue, high ones orange; runs without the metric grey.
QColor ParallelCoordinatesPlot::lineColor(int run) const
{
    const std::optional<double> metric = m_lines[run].last();
    if (!metric)
        return palette().color(QPalette::PlaceholderText);
    const QColor low(0x4e79a7), high(0xf28e2b);
    const double t = *metric;
    return QColor::fromRgbF(float(low.redF() + (high.redF() - low.redF()) * t),
                            float(low.greenF() + (high.greenF() - low.greenF()) * t),
                            float(low.blueF() + (high.blueF() - low.blueF()) * t));
}

void ParallelCoordinatesPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_axes.isEmpty())
        return;
    const QFontMetrics metrics = fontMetrics();
    const QRect area = rect().adjusted(Margin + 20, Margin + metrics.height(), -Margin - 20, -Margin - metrics.height());
    const double spacing = m_axes.size() > 1 ? double(area.width()) / double(m_axes.size() - 1) : 0;
    auto pointOn = [&](int axis, double position) {
        return QPointF(area.left() + spacing * axis, area.bottom() - position * area.height());
    };

    for (int run = 0; run < m_lines.size(); ++run) {
        QPainterPath path;
        bool drawing = false;
        for (int axis = 0; axis < m_lines[run].size(); ++axis) {
            const std::optional<double> position = m_lines[run][axis];
            if (!position) {
                drawing = false;
                continue;
            }
            const QPointF point = pointOn(axis, *position);
            drawing ? path.lineTo(point) : path.moveTo(point);
            drawing = true;
        }
        painter.setPen(QPen(lineColor(run), 2));
        painter.drawPath(path);
    }

    painter.setPen(palette().color(QPalette::WindowText));
    for (int axis = 0; axis < m_axes.size(); ++axis) {
        const QPointF top = pointOn(axis, 1), bottom = pointOn(axis, 0);
        painter.drawLine(top, bottom);
        const QString title = metrics.elidedText(m_axes[axis].title, Qt::ElideMiddle, int(std::max(spacing, 80.0)) - 8);
        painter.drawText(QRectF(top.x() - 60, area.top() - 2 * metrics.height() - 4, 120, metrics.height()),
                         Qt::AlignCenter, title);
        painter.drawText(QRectF(top.x() - 60, top.y() - metrics.height() - 2, 120, metrics.height()),
                         Qt::AlignCenter, axisLabel(m_axes[axis], true));
        painter.drawText(QRectF(bottom.x() - 60, bottom.y() + 2, 120, metrics.height()), Qt::AlignCenter,
                         axisLabel(m_axes[axis], false));
    }
}

} // namespace atelier

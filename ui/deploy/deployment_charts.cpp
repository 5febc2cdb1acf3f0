// DeploymentCharts: server latencies are solid lines and probe latencies dashed ones, so a gap between
// the two (time on the wire and in the HTTP stack, not in the model) shows at once.
#include "ui/deploy/deployment_charts.h"

#include "ui/deploy/live_time_chart.h"

#include <QHBoxLayout>

namespace atelier {

namespace {

// Tableau's colours, as MetricChart uses them.
const QColor Blue(0x4e79a7);
const QColor Orange(0xf28e2b);
const QColor Red(0xe15759);
const QColor Green(0x59a14f);
const QColor Purple(0xb07aa1);
const QColor Teal(0x76b7b2);

} // namespace

DeploymentCharts::DeploymentCharts(QWidget *parent)
    : QWidget(parent)
    , m_requests(new LiveTimeChart(tr("Requests per second"), this))
    , m_errors(new LiveTimeChart(tr("Error rate (%)"), this))
    , m_latency(new LiveTimeChart(tr("Latency (ms)"), this))
    , m_gpu(new LiveTimeChart(tr("GPU use (%)"), this))
{
    setObjectName(QStringLiteral("deploymentCharts"));
    m_requests->setObjectName(QStringLiteral("requestsChart"));
    m_errors->setObjectName(QStringLiteral("errorsChart"));
    m_latency->setObjectName(QStringLiteral("latencyChart"));
    m_gpu->setObjectName(QStringLiteral("gpuChart"));
    m_requests->addLine(QStringLiteral("rps"), tr("requests/s"), Blue);
    m_errors->addLine(QStringLiteral("error_rate"), tr("errors"), Red, Qt::SolidLine, 100.0);
    m_latency->addLine(QStringLiteral("p50_ms"), tr("p50"), Green);
    m_latency->addLine(QStringLiteral("p95_ms"), tr("p95"), Orange);
    m_latency->addLine(QStringLiteral("p99_ms"), tr("p99"), Red);
    m_latency->addLine(QStringLiteral("probe_p50_ms"), tr("probe p50"), Teal, Qt::DashLine);
    m_latency->addLine(QStringLiteral("probe_p99_ms"), tr("probe p99"), Purple, Qt::DashLine);
    m_gpu->addLine(QStringLiteral("gpu_util"), tr("GPU"), Blue);
    m_gpu->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_requests, 2);
    layout->addWidget(m_errors, 2);
    layout->addWidget(m_latency, 3);
    layout->addWidget(m_gpu, 2);
}

QStringList DeploymentCharts::figureNames()
{
    return {QStringLiteral("rps"),          QStringLiteral("error_rate"),   QStringLiteral("p50_ms"),
            QStringLiteral("p95_ms"),       QStringLiteral("p99_ms"),       QStringLiteral("probe_p50_ms"),
            QStringLiteral("probe_p99_ms"), QStringLiteral("gpu_util")};
}

void DeploymentCharts::setHistory(const QHash<QString, Points> &history)
{
    for (auto it = history.cbegin(); it != history.cend(); ++it) {
        for (LiveTimeChart *chart : charts()) {
            if (chart->hasLine(it.key()))
                chart->setPoints(it.key(), it.value());
        }
    }
    m_gpu->setVisible(!history.value(QStringLiteral("gpu_util")).isEmpty());
}

void DeploymentCharts::add(qint64 atMs, const QList<DeploymentSample> &samples)
{
    for (const DeploymentSample &sample : samples) {
        for (LiveTimeChart *chart : charts()) {
            if (chart->hasLine(sample.name))
                chart->append(sample.name, atMs, sample.value);
        }
        if (sample.name == QLatin1String("gpu_util"))
            m_gpu->show();
    }
}

void DeploymentCharts::advanceTo(qint64 nowMs)
{
    for (LiveTimeChart *chart : charts())
        chart->advanceTo(nowMs);
}

} // namespace atelier

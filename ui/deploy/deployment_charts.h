// DeploymentCharts: a deployment's last hour as live charts: requests per second, error rate, latency (server and probes), GPU use.
#pragma once

#include "core/serving/deployment_store.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <utility>

namespace atelier {

class LiveTimeChart;

class DeploymentCharts : public QWidget
{
    Q_OBJECT

public:
    using Points = QList<std::pair<qint64, double>>;

    explicit DeploymentCharts(QWidget *parent = nullptr);

    // The sample names the charts draw (what to read from the store).
    static QStringList figureNames();

    // The stored history of each figure (name -> points, oldest first).
    void setHistory(const QHash<QString, Points> &history);
    void add(qint64 atMs, const QList<DeploymentSample> &samples);
    // Moves the time axes on while no figures come (a stopped server).
    void advanceTo(qint64 nowMs);

    LiveTimeChart *requests() const { return m_requests; }
    LiveTimeChart *errors() const { return m_errors; }
    LiveTimeChart *latency() const { return m_latency; }
    LiveTimeChart *gpu() const { return m_gpu; }

private:
    QList<LiveTimeChart *> charts() const { return {m_requests, m_errors, m_latency, m_gpu}; }

    LiveTimeChart *m_requests;
    LiveTimeChart *m_errors;
    LiveTimeChart *m_latency;
    LiveTimeChart *m_gpu;
};

} // namespace atelier

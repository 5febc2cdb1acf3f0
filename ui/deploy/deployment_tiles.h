// DeploymentTiles: a deployment's figures at a glance: uptime, requests per second, error rate, p50/p95/p99 latency, GPU use.
#pragma once

#include "core/serving/deployment_store.h"

#include <QHash>
#include <QWidget>

#include <optional>
#include <utility>

namespace atelier {

class StatTile;

class DeploymentTiles : public QWidget
{
    Q_OBJECT

public:
    // A figure older than this is shown as not known: a server that stopped has no rate "now".
    static constexpr qint64 FreshMs = 30'000;

    explicit DeploymentTiles(QWidget *parent = nullptr);

    // The newest value of each figure, with its time (DeploymentStore::latestSamples()).
    void setLatest(const QList<std::pair<qint64, DeploymentSample>> &latest);
    // Figures of one scrape.
    void add(qint64 atMs, const QList<DeploymentSample> &samples);
    // When the server process started (0: none runs), for the uptime.
    void setProcessStart(qint64 startedMs);
    // Shows the figures as of `nowMs`: the uptime moves on, old figures go stale.
    void refresh(qint64 nowMs);

    StatTile *uptime() const { return m_uptime; }
    StatTile *requestRate() const { return m_rps; }
    StatTile *errorRate() const { return m_errors; }
    StatTile *p50() const { return m_p50; }
    StatTile *p95() const { return m_p95; }
    StatTile *p99() const { return m_p99; }
    StatTile *gpu() const { return m_gpu; }

    // "4 min 12 s", "3 h 5 min", "2 d 7 h".
    static QString durationText(qint64 ms);
    // Latencies keep three significant digits: "0.84 ms", "12.3 ms", "250 ms".
    static QString millisecondsText(double ms);

private:
    std::optional<double> fresh(const QString &name, qint64 nowMs) const;
    void showLatency(StatTile *tile, const QString &server, const QString &probe, qint64 nowMs);

    QHash<QString, std::pair<qint64, double>> m_latest;
    qint64 m_startedMs = 0;
    StatTile *m_uptime;
    StatTile *m_rps;
    StatTile *m_errors;
    StatTile *m_p50;
    StatTile *m_p95;
    StatTile *m_p99;
    StatTile *m_gpu;
};

} // namespace atelier

// DeploymentMetrics: turns successive scrapes of a server's /metrics, and Atelier's own probe latencies, into dashboard samples.
#pragma once

#include "core/serving/deployment_store.h"
#include "core/serving/prometheus_histogram.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

class PrometheusText;

// Which series of /metrics count as the served traffic. The defaults read the demo server; a
// deployment's config {"metrics": {"requests", "errors", "latency", "route_label", "route"}}
// names another server's. An empty route counts every series.
struct MetricNames
{
    QString requests = QStringLiteral("demo_requests_total");
    QString errors = QStringLiteral("demo_request_errors_total");
    QString latency = QStringLiteral("demo_request_duration_seconds"); // a histogram, in seconds
    QString routeLabel = QStringLiteral("route");
    QString route = QStringLiteral("infer");

    static MetricNames fromConfig(const QJsonObject &deploymentConfig);
};

class DeploymentMetrics
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentMetrics)

public:
    struct Outcome
    {
        QList<DeploymentSample> samples; // rps, error_rate, p50_ms, p95_ms, p99_ms
        QStringList problems;            // metrics the scrape lacks, in a user's words
    };

    explicit DeploymentMetrics(MetricNames names = {});

    // The figures of the interval since the previous scrape: none for the first one, no
    // percentiles for an interval without requests. A counter that went down (the server
    // restarted) starts the interval from zero.
    Outcome add(qint64 atMs, const PrometheusText &scrape);
    // Forgets the previous scrape (a new server process).
    void reset() { m_previous.reset(); }

    // probe_ms (the mean), probe_p50_ms, probe_p95_ms and probe_p99_ms of liveness probe
    // latencies; none for an empty list.
    static QList<DeploymentSample> probeSamples(QList<double> latenciesMs);

private:
    struct Snapshot
    {
        qint64 atMs = 0;
        std::optional<double> requests;
        std::optional<double> errors;
        std::optional<PrometheusHistogram> latency;
    };
    Snapshot snapshot(qint64 atMs, const PrometheusText &scrape, QStringList &problems) const;
    std::optional<double> counter(const PrometheusText &scrape, const QString &name, QStringList &problems) const;

    MetricNames m_names;
    std::optional<Snapshot> m_previous;
};

} // namespace atelier

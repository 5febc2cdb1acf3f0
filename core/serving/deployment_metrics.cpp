// DeploymentMetrics: counter and histogram deltas between two scrapes, as rate() and histogram_quantile() would give them.
#include "core/serving/deployment_metrics.h"

#include "core/serving/prometheus_text.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace atelier {

namespace {

// A counter's growth, or its value when it went down (it restarted from zero meanwhile).
double increase(double now, double before)
{
    return now >= before ? now - before : now;
}

double nearestRank(const QList<double> &sorted, double q)
{
    const auto rank = qsizetype(std::ceil(q * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace

MetricNames MetricNames::fromConfig(const QJsonObject &deploymentConfig)
{
    MetricNames names;
    const QJsonObject metrics = deploymentConfig.value(QStringLiteral("metrics")).toObject();
    auto take = [&](const char *key, QString &field) {
        const QJsonValue value = metrics.value(QLatin1String(key));
        if (value.isString())
            field = value.toString();
    };
    take("requests", names.requests);
    take("errors", names.errors);
    take("latency", names.latency);
    take("route_label", names.routeLabel);
    take("route", names.route);
    return names;
}

DeploymentMetrics::DeploymentMetrics(MetricNames names)
    : m_names(std::move(names))
{}

std::optional<double> DeploymentMetrics::counter(const PrometheusText &scrape, const QString &name,
                                                 QStringList &problems) const
{
    const MetricLabels match = m_names.route.isEmpty() ? MetricLabels{} : MetricLabels{{m_names.routeLabel, m_names.route}};
    if (auto total = scrape.sum(name, match))
        return total;
    // A declared counter without a series of the route has counted nothing yet.
    if (scrape.family(name))
        return 0.0;
    problems.append(tr("the metrics have no counter %1").arg(name));
    return std::nullopt;
}

DeploymentMetrics::Snapshot DeploymentMetrics::snapshot(qint64 atMs, const PrometheusText &scrape,
                                                        QStringList &problems) const
{
    Snapshot now;
    now.atMs = atMs;
    now.requests = counter(scrape, m_names.requests, problems);
    now.errors = counter(scrape, m_names.errors, problems);
    const MetricLabels match = m_names.route.isEmpty() ? MetricLabels{} : MetricLabels{{m_names.routeLabel, m_names.route}};
    auto latency = PrometheusHistogram::from(scrape, m_names.latency, match);
    if (latency)
        now.latency = *latency;
    else if (const MetricFamily *family = scrape.family(m_names.latency); family && family->type == MetricType::Histogram)
        now.latency = PrometheusHistogram{};
    else
        problems.append(latency.error().message);
    return now;
}

DeploymentMetrics::Outcome DeploymentMetrics::add(qint64 atMs, const PrometheusText &scrape)
{
    Outcome outcome;
    const Snapshot now = snapshot(atMs, scrape, outcome.problems);
    const std::optional<Snapshot> before = std::exchange(m_previous, now);
    if (!before || atMs <= before->atMs)
        return outcome;
    const double seconds = double(atMs - before->atMs) / 1000.0;
    std::optional<double> requests;
    if (now.requests && before->requests) {
        requests = increase(*now.requests, *before->requests);
        outcome.samples.append({QStringLiteral("rps"), *requests / seconds});
    }
    if (requests && now.errors && before->errors)
        outcome.samples.append({QStringLiteral("error_rate"),
                                *requests > 0 ? std::min(1.0, increase(*now.errors, *before->errors) / *requests) : 0.0});
    if (now.latency && before->latency) {
        const PrometheusHistogram interval = now.latency->since(*before->latency);
        for (const auto &[name, q] : {std::pair{QStringLiteral("p50_ms"), 0.5}, std::pair{QStringLiteral("p95_ms"), 0.95},
                                      std::pair{QStringLiteral("p99_ms"), 0.99}}) {
            const double quantileSeconds = interval.quantile(q);
            if (interval.count > 0 && std::isfinite(quantileSeconds))
                outcome.samples.append({name, quantileSeconds * 1000.0});
        }
    }
    return outcome;
}

QList<DeploymentSample> DeploymentMetrics::probeSamples(QList<double> latenciesMs)
{
    if (latenciesMs.isEmpty())
        return {};
    std::sort(latenciesMs.begin(), latenciesMs.end());
    const double mean = std::accumulate(latenciesMs.begin(), latenciesMs.end(), 0.0) / double(latenciesMs.size());
    return {{QStringLiteral("probe_ms"), mean},
            {QStringLiteral("probe_p50_ms"), nearestRank(latenciesMs, 0.5)},
            {QStringLiteral("probe_p95_ms"), nearestRank(latenciesMs, 0.95)},
            {QStringLiteral("probe_p99_ms"), nearestRank(latenciesMs, 0.99)}};
}

} // namespace atelier

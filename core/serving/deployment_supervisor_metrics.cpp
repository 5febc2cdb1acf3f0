// DeploymentSupervisor's samples: the figures of each scrape and probe round, and a split's per-route figures from its gateway.
#include "core/serving/deployment_supervisor.h"
#include "core/serving/deployment_supervisor_p.h"

#include <algorithm>

namespace atelier {

// Every server of a round scrapes, or none does (see startRound).
void DeploymentSupervisor::recordMetrics(Watch &watch, const QList<RoundResult> &results)
{
    if (!results.constFirst().scrapeRound)
        return;
    const qint64 atMs = results.constFirst().atMs;
    QList<DeploymentSample> samples = DeploymentMetrics::probeSamples(std::exchange(watch.probeLatencies, {}));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const auto &scrape = results.at(i).scrape;
        Server &server = watch.servers[i];
        if (!scrape)
            continue;
        if (!*scrape) {
            recordProblem(watch, scrape->error().message);
            continue;
        }
        if (server.isGateway()) {
            samples += gatewaySamples(watch, atMs, **scrape);
            continue;
        }
        const DeploymentMetrics::Outcome outcome = server.metrics.add(atMs, **scrape);
        const QString prefix = watch.record.isSplit()
                                   ? QStringLiteral("route.%1.server_").arg(server.modelVersionId)
                                   : QString();
        for (const DeploymentSample &sample : outcome.samples)
            samples.append({prefix + sample.name, sample.value});
        for (const QString &problem : outcome.problems)
            recordProblem(watch, tr("%1 has no figure for the dashboard: %2").arg(server.baseUrl, problem));
    }
    if (samples.isEmpty())
        return;
    if (auto ok = m_store->addSamples(watch.record.id, atMs, samples); !ok) {
        report(watch.record.id, ok.error());
        return;
    }
    Q_EMIT samplesRecorded(watch.record.id, atMs, samples);
}

// What the clients of a split saw, from its gateway's counters: the whole deployment's figures
// under their usual names, and each route's under route.<model version id>.<figure>.
QList<DeploymentSample> DeploymentSupervisor::gatewaySamples(Watch &watch, qint64 atMs, const PrometheusText &scrape)
{
    Server &gateway = watch.servers.last();
    const DeploymentMetrics::Outcome total = gateway.metrics.add(atMs, scrape);
    QList<DeploymentSample> samples = total.samples;
    for (const QString &problem : total.problems)
        recordProblem(watch, tr("the traffic gateway has no figure for the dashboard: %1").arg(problem));
    std::optional<double> totalRps;
    for (const DeploymentSample &sample : total.samples) {
        if (sample.name == QLatin1String("rps"))
            totalRps = sample.value;
    }
    for (const Server &server : std::as_const(watch.servers)) {
        if (server.isGateway())
            continue;
        auto traffic = watch.routeTraffic.find(server.modelVersionId);
        if (traffic == watch.routeTraffic.end())
            traffic = watch.routeTraffic.insert(server.modelVersionId,
                                                DeploymentMetrics(gatewayMetricNames(QString::number(server.modelVersionId))));
        const QString prefix = QStringLiteral("route.%1.").arg(server.modelVersionId);
        for (const DeploymentSample &sample : traffic->add(atMs, scrape).samples) {
            samples.append({prefix + sample.name, sample.value});
            // An interval without requests has no shares.
            if (sample.name == QLatin1String("rps") && totalRps && *totalRps > 0)
                samples.append({prefix + QStringLiteral("share"), std::clamp(sample.value / *totalRps, 0.0, 1.0)});
        }
    }
    return samples;
}

} // namespace atelier

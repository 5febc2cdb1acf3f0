// DeploymentSupervisor::Watch: what the supervisor keeps per deployment, shared by its two source files.
#pragma once

#include "core/serving/deployment_health.h"
#include "core/serving/deployment_metrics.h"
#include "core/serving/deployment_store.h"
#include "core/serving/deployment_supervisor.h"
#include "core/serving/http_probe.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace atelier {

struct DeploymentSupervisor::Watch
{
    DeploymentRecord record;
    DeploymentHealth health;
    DeploymentMetrics metrics;
    DeploymentStatus status;
    std::shared_ptr<HttpProbe> http = std::make_shared<HttpProbe>();
    bool probing = false;
    bool busy = false;              // a start, stop, restart or rollout is under way
    std::int64_t metricsJobId = 0;  // the server process whose counters `metrics` follows
    qint64 lastScrapeMs = 0;
    QList<double> probeLatencies;   // since the last samples
    QSet<QString> problems;         // recorded as events since the state last changed
};

} // namespace atelier

// DeploymentHealth: the rules that turn a process state and three probe outcomes into a deployment state and its reason.
#include "core/serving/deployment_health.h"

#include <array>
#include <utility>

namespace atelier {

namespace {

constexpr std::array<std::pair<DeploymentState, const char *>, 6> StateNames = {{
    {DeploymentState::Starting, "starting"},
    {DeploymentState::Loading, "loading"},
    {DeploymentState::Ready, "ready"},
    {DeploymentState::Degraded, "degraded"},
    {DeploymentState::Down, "down"},
    {DeploymentState::Stopped, "stopped"},
}};

bool isTransportFailure(const ProbeOutcome &probe)
{
    return probe.kind != ProbeOutcome::Kind::Answered && probe.kind != ProbeOutcome::Kind::NotRun;
}

} // namespace

QString deploymentStateName(DeploymentState state)
{
    for (const auto &[value, name] : StateNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("down");
}

std::optional<DeploymentState> deploymentStateFromName(const QString &name)
{
    for (const auto &[value, text] : StateNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

DeploymentHealth::DeploymentHealth(qint64 startedAtMs, Limits limits)
    : m_limits(limits)
    , m_startedAtMs(startedAtMs)
    , m_reason(tr("starting the server process"))
{}

void DeploymentHealth::restart(qint64 atMs)
{
    m_startedAtMs = atMs;
    m_everLive = false;
    m_everReady = false;
    m_state = DeploymentState::Starting;
    m_reason = tr("starting the server process");
}

void DeploymentHealth::resume(DeploymentState state, qint64 startedAtMs)
{
    m_startedAtMs = startedAtMs;
    m_state = state;
    m_everLive = state == DeploymentState::Loading || state == DeploymentState::Ready
                 || state == DeploymentState::Degraded;
    m_everReady = state == DeploymentState::Ready;
}

HealthVerdict DeploymentHealth::assess(const HealthObservation &observation)
{
    const Assessment now = judge(observation);
    if (observation.live.ok())
        m_everLive = true;
    if (now.state == DeploymentState::Ready)
        m_everReady = true;
    const bool changed = now.state != m_state;
    m_state = now.state;
    m_reason = now.reason;
    return {now.state, now.reason, changed};
}

DeploymentHealth::Assessment DeploymentHealth::judge(const HealthObservation &observation) const
{
    const QString stderrLine = observation.lastError.isEmpty() ? QString() : QStringLiteral(": ") + observation.lastError;
    switch (observation.process) {
    case ProcessSeen::Exited: {
        const int code = observation.exitCode.value_or(-1);
        if (code > 128)
            return {DeploymentState::Down,
                    tr("the server process was killed by signal %1 (exit code %2)%3").arg(code - 128).arg(code).arg(stderrLine)};
        return {DeploymentState::Down, tr("the server process ended with exit code %1%2").arg(code).arg(stderrLine)};
    }
    case ProcessSeen::Vanished:
        return {DeploymentState::Down, tr("the server process is gone without an exit code (killed together with its "
                                          "wrapper, or the computer restarted)%1").arg(stderrLine)};
    case ProcessSeen::NotStarted:
        return {DeploymentState::Starting, tr("starting the server process")};
    case ProcessSeen::Running:
    case ProcessSeen::Unknown:
        break;
    }
    return judgeProbes(observation);
}

DeploymentHealth::Assessment DeploymentHealth::judgeProbes(const HealthObservation &observation) const
{
    const ProbeOutcome &live = observation.live;
    const qint64 sinceStart = observation.atMs - m_startedAtMs;
    switch (live.kind) {
    case ProbeOutcome::Kind::NotRun:
        return {m_state, m_reason};
    case ProbeOutcome::Kind::Refused:
        if (!m_everLive && sinceStart < m_limits.startTimeoutMs)
            return {DeploymentState::Starting, tr("waiting for the server to accept connections")};
        return {DeploymentState::Down, m_everLive ? tr("the server stopped accepting connections: %1").arg(live.detail)
                                                  : tr("the server did not accept connections within %1 s of its "
                                                       "start: %2").arg(m_limits.startTimeoutMs / 1000).arg(live.detail)};
    case ProbeOutcome::Kind::TimedOut:
    case ProbeOutcome::Kind::Failed:
        return {DeploymentState::Degraded, tr("the liveness probe failed: %1").arg(live.detail)};
    case ProbeOutcome::Kind::Answered:
        if (!live.ok())
            return {DeploymentState::Degraded, tr("the liveness probe answered HTTP %1").arg(live.status)};
        break;
    }

    const ProbeOutcome &ready = observation.ready;
    if (isTransportFailure(ready))
        return {DeploymentState::Degraded, tr("the readiness probe failed: %1").arg(ready.detail)};
    if (ready.kind == ProbeOutcome::Kind::Answered && !ready.ok()) {
        if (!m_everReady && sinceStart >= m_limits.readyTimeoutMs)
            return {DeploymentState::Degraded, tr("the server is live but still not ready %1 s after its start (HTTP %2)")
                                                   .arg(sinceStart / 1000)
                                                   .arg(ready.status)};
        return {DeploymentState::Loading, tr("the server is live; the model is loading (ready answers HTTP %1)")
                                              .arg(ready.status)};
    }

    const ProbeOutcome &model = observation.modelReady;
    if (isTransportFailure(model))
        return {DeploymentState::Degraded, tr("the model's readiness probe failed: %1").arg(model.detail)};
    if (model.kind == ProbeOutcome::Kind::Answered && !model.ok()) {
        if (m_everReady)
            return {DeploymentState::Degraded, tr("the server is ready but its model is not (HTTP %1)").arg(model.status)};
        return {DeploymentState::Loading, tr("the server is ready; its model is loading (HTTP %1)").arg(model.status)};
    }
    return {DeploymentState::Ready, tr("ready: live, and the model answers")};
}

} // namespace atelier

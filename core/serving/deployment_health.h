// DeploymentHealth: the state of a deployment (starting, loading, ready, degraded, down) from what its process and health probes showed.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

// "stopped" is a deployment that was stopped on purpose: nothing is probed any more.
enum class DeploymentState { Starting, Loading, Ready, Degraded, Down, Stopped };

QString deploymentStateName(DeploymentState state);
std::optional<DeploymentState> deploymentStateFromName(const QString &name);

// What one HTTP health probe got.
struct ProbeOutcome
{
    enum class Kind {
        NotRun,   // skipped: an earlier probe of the round already decided
        Answered, // any HTTP status
        Refused,  // nothing listens on the port
        TimedOut, // connected (or tried to) and got no answer in time
        Failed,   // any other transport failure
    };
    Kind kind = Kind::NotRun;
    int status = 0;  // when answered
    QString detail;  // the failure's message, or what the server said

    bool ok() const { return kind == Kind::Answered && status >= 200 && status < 300; }
};

// The server process as its compute target saw it.
enum class ProcessSeen {
    NotStarted, // not handed to the target yet, or the target has not reported its process
    Running,
    Exited,     // ended with an exit code
    Vanished,   // gone without an exit code (killed with its wrapper, or the machine restarted)
    Unknown,    // the target could not be asked (an SSH host out of reach)
};

// One round of looking at the deployment.
struct HealthObservation
{
    qint64 atMs = 0;
    ProcessSeen process = ProcessSeen::Unknown;
    std::optional<int> exitCode;
    QString lastError;          // the last line the server wrote to stderr
    ProbeOutcome live;          // GET /v2/health/live
    ProbeOutcome ready;         // GET /v2/health/ready
    ProbeOutcome modelReady;    // GET /v2/models/NAME/ready
};

struct HealthVerdict
{
    DeploymentState state = DeploymentState::Starting;
    QString reason;             // for the deployment's events: what happened, in a user's words
    bool changed = false;       // the state differs from the previous verdict's
};

struct HealthLimits
{
    qint64 startTimeoutMs = 60000;  // refused connections count as starting for this long
    qint64 readyTimeoutMs = 600000; // a server live but never ready is degraded after this
};

// KServe's semantics: live means the process serves HTTP, ready that it can answer inferences. A
// live server whose model is not ready yet is loading, not down; a process that lives while its
// probes fail or time out is degraded; a process that is gone, or a port that refuses
// connections once the server had listened (or past the start timeout), is down. The class
// holds no I/O: the supervisor feeds it observations, tests feed it tables.
class DeploymentHealth
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentHealth)

public:
    using Limits = HealthLimits;

    explicit DeploymentHealth(qint64 startedAtMs = 0, Limits limits = {});

    // A new server process started at `atMs`: what was learnt about the last one is forgotten.
    void restart(qint64 atMs);
    // Continues from a state recorded earlier (another process watched it before), so that a
    // ready server is not taken for a starting one.
    void resume(DeploymentState state, qint64 startedAtMs);

    HealthVerdict assess(const HealthObservation &observation);

    DeploymentState state() const { return m_state; }
    QString reason() const { return m_reason; }

private:
    struct Assessment
    {
        DeploymentState state;
        QString reason;
    };
    Assessment judge(const HealthObservation &observation) const;
    Assessment judgeProbes(const HealthObservation &observation) const;

    Limits m_limits;
    qint64 m_startedAtMs = 0;
    bool m_everLive = false;
    bool m_everReady = false;
    DeploymentState m_state = DeploymentState::Starting;
    QString m_reason;
};

} // namespace atelier

// SshLink: the one connection to a host that its jobs share, checked by a keepalive and reconnected when it drops.
#pragma once

#include "core/compute/ssh/ssh_endpoint.h"
#include "core/result.h"

#include <QObject>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace atelier {

class SshConnection;

// How often SshLink checks the link and how long it waits between reconnect attempts.
struct SshLinkTiming
{
    std::chrono::milliseconds keepaliveInterval{5000};
    std::chrono::milliseconds firstRetryDelay{1000};
    std::chrono::milliseconds maxRetryDelay{30000};
};

// After open(), a watcher thread sends an application-level keepalive (one round trip, see
// SshConnection::checkAlive) every keepaliveInterval; with SshConnection::ReplyTimeout that notices
// a dead link, even one that sends no reset, within 15 s. It then reconnects the same
// SshConnection object, waiting 1, 2, 4 ... up to 30 s between attempts, so jobs keep their
// pointer. Signals are emitted in the thread that owns the link. The callbacks may be called from
// the watcher thread on reconnect (a changed host key is refused there as anywhere).
class SshLink : public QObject
{
    Q_OBJECT

public:
    explicit SshLink(SshEndpoint endpoint, SshCallbacks callbacks = {}, SshLinkTiming timing = {}, QObject *parent = nullptr);
    // Stops the watcher (waiting for a keepalive under way) and disconnects.
    ~SshLink() override;

    // Connects (blocking, so from a worker thread) and starts the keepalive.
    [[nodiscard]] Status open();
    // The shared connection, the same object across reconnects; it fails its calls while down.
    [[nodiscard]] std::shared_ptr<SshConnection> connection() const { return m_connection; }
    [[nodiscard]] bool isUp() const;

signals:
    void connectionLost(const QString &reason);
    void reconnected();
    void reconnectFailed(const QString &reason, int attempt);

private:
    void watch();
    // Tries until connected or stopped; false when stopped.
    bool reconnect(std::unique_lock<std::mutex> &lock);
    template<typename Emit>
    void post(Emit emitSignal);

    std::shared_ptr<SshConnection> m_connection;
    SshLinkTiming m_timing;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_up = false;
    std::thread m_watcher;
};

} // namespace atelier

// SshLink: the one connection to a host that its jobs share, checked by a keepalive and reconnected when it drops.
#include "core/compute/ssh/ssh_link.h"

#include "core/compute/ssh/ssh_connection.h"

#include <algorithm>

namespace atelier {

SshLink::SshLink(SshEndpoint endpoint, SshCallbacks callbacks, SshLinkTiming timing, QObject *parent)
    : QObject(parent)
    , m_connection(std::make_shared<SshConnection>(std::move(endpoint), std::move(callbacks)))
    , m_timing(timing)
{}

SshLink::~SshLink()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_watcher.joinable())
        m_watcher.join();
    m_connection->disconnect();
}

Status SshLink::open()
{
    if (auto ok = m_connection->connect(); !ok)
        return ok;
    const std::lock_guard lock(m_mutex);
    m_up = true;
    if (!m_watcher.joinable())
        m_watcher = std::thread([this] { watch(); });
    return {};
}

bool SshLink::isUp() const
{
    const std::lock_guard lock(m_mutex);
    return m_up;
}

template<typename Emit>
void SshLink::post(Emit emitSignal)
{
    // Queued to the link's own thread; pending calls die with the link.
    QMetaObject::invokeMethod(this, std::move(emitSignal), Qt::QueuedConnection);
}

void SshLink::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, m_timing.keepaliveInterval, [this] { return m_stopping; })) {
        lock.unlock();
        const Status alive = m_connection->checkAlive();
        lock.lock();
        if (alive || m_stopping)
            continue;
        m_up = false;
        post([this, reason = alive.error().message] { emit connectionLost(reason); });
        if (!reconnect(lock))
            return;
    }
}

bool SshLink::reconnect(std::unique_lock<std::mutex> &lock)
{
    std::chrono::milliseconds delay = m_timing.firstRetryDelay;
    for (int attempt = 1; !m_stopping; ++attempt) {
        lock.unlock();
        const Status ok = m_connection->connect();
        lock.lock();
        if (ok) {
            m_up = true;
            post([this] { emit reconnected(); });
            return true;
        }
        post([this, reason = ok.error().message, attempt] { emit reconnectFailed(reason, attempt); });
        if (m_wake.wait_for(lock, delay, [this] { return m_stopping; }))
            break;
        delay = std::min(delay * 2, m_timing.maxRetryDelay);
    }
    return false;
}

} // namespace atelier
